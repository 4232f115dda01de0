"""Search finds what people type: Chinese words and parts of names, 亿/万 figures, spellings."""

from __future__ import annotations

import re
import sqlite3

import pytest
import sqlite_utils

from cqdesk.store import FactQuery
from cqdesk.store.facts import fact_rows
from tests.conftest import REPO

# What a Chinese or English reader types, and a fact it must find in the bundled data.
CASES = [
    ("巴南", "banan-zhongtong-settlement"),  # part of 巴南区
    ("南区", "banan-logistics-parks-operating"),  # its end
    ("巴南区", "banan-zhongtong-settlement"),
    ("秀山", "xiushan-logistics-park-demonstration-base"),
    ("酉阳", "youyang-demonstration-upgrades"),
    ("口罩", "masks-purchased"),  # one topic word
    ("直播", "live-broadcasts"),
    ("农村电商", "rural-online-retail-sales"),  # four characters
    ("电商", "express-parcels"),
    ("跨境", "cross-border-trade"),
    ("快递", "express-parcels"),
    ("农", "rural-online-retail-sales"),  # one character
    ("洋码头", "yuzhong-projects"),  # a company's Chinese name
    ("猪八戒网", "zhubajie-beigou-donations"),
    ("武汉", "wuhan-aid-agricultural-products"),
    ("农村网络零售额", "rural-online-retail-sales"),  # longer than four: a whole label
    ("1350.5亿", "online-retail-sales"),  # figures written the Chinese way
    ("1350.5亿元", "online-retail-sales"),
    ("243.3亿", "rural-online-retail-sales"),
    ("65万", "online-merchants"),
    ("Nanan", "nanan-projects"),  # no apostrophe
    ("Nan'an", "nanan-projects"),
    ("Yuou", "yuou-stock-national"),
    ("ecommerce", "new-ecommerce-firms"),  # no hyphen
    ("parcels", "express-parcels"),  # the report says "packages"
    ("parcel", "express-parcels"),
    ("package", "express-parcels"),  # singular of what the report prints
    ("mask", "masks-purchased"),
]


@pytest.fixture(scope="module")
def bundled():
    connection = sqlite3.connect(f"file:{REPO / 'data.db'}?mode=ro", uri=True)
    yield connection
    connection.close()


@pytest.mark.parametrize(("typed", "fact_id"), CASES)
def test_the_window_and_cli_search_finds_it(bundled, typed, fact_id):
    assert fact_id in {row.id for row in fact_rows(bundled, FactQuery(search=typed))}


def datasette_escape(query: str) -> str:
    """Datasette's escape_fts (datasette/utils/__init__.py): each term becomes a quoted string."""
    if query.count('"') % 2:
        query += '"'
    bits = [b for b in re.split(r'\s+|(".*?")', query) if b and b != '""']
    return " ".join(f'"{bit}"' if not bit.startswith('"') else bit for bit in bits)


@pytest.mark.parametrize(("typed", "fact_id"), CASES)
def test_datasette_finds_it(bundled, typed, fact_id):
    """The query Datasette runs for ?_search= on the search_index table, FTS5 quoting and all."""
    rows = bundled.execute(
        "SELECT fact_id FROM search_index WHERE rowid IN "
        "(SELECT rowid FROM search_index_fts WHERE search_index_fts MATCH ?)",
        [datasette_escape(typed)],
    )
    assert fact_id in {r for (r,) in rows}


@pytest.mark.parametrize("typed", ["巴南", "口罩", "65万", "Nanan", "parcels", "农村网络零售额"])
def test_sqlite_utils_search_finds_it(typed):
    db = sqlite_utils.Database(sqlite3.connect(f"file:{REPO / 'data.db'}?mode=ro", uri=True))
    assert list(db["search_index"].search(typed, limit=5))


def test_search_in_the_tiny_database(tiny_db):
    def found(text: str) -> set[str]:
        return {row.id for row in fact_rows(tiny_db, FactQuery(search=text))}

    assert "lakeside-shops" in found("湖滨")  # part of a park's Chinese name
    assert "lakeside-shops" in found("stores")  # a synonym of the report's "shops"
    assert "banan-firms" in found("巴南")
    assert "online-sales" in found("105亿")  # 10.5 billion yuan
    assert "acme-yuzhong" in found("总部")
    assert found("区电") == set()  # no piece spanning two names
