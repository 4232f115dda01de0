"""Fixtures of the store's plan tests: the generated database, and a limit its size can reach."""

from __future__ import annotations

import pytest

from cqdesk.store import open_database, paging


@pytest.fixture(scope="module")
def db(generated_db_path):
    """A connection to the generated test database (data.db plus a few thousand facts)."""
    connection = open_database(generated_db_path)
    yield connection
    connection.close()


@pytest.fixture
def small_sparse_limit(monkeypatch):
    """The generated test database is small: a low limit makes every plan (driven, sorted and
    walked) run on it, as each does on a million facts."""
    monkeypatch.setattr(paging, "SPARSE", 40)
