"""The JSON export's lines are its records, written as JSON, in either language."""

from __future__ import annotations

import json

import pytest

from cqdesk.export.records import RecordLines, json_text, record, record_line
from cqdesk.export.values import detail_in_chinese
from cqdesk.export.words import ENGLISH
from cqdesk.store import Catalog, FactQuery, FactSort
from tests.export.test_words import chinese  # noqa: F401 - a fixture


@pytest.mark.parametrize("language", ["english", "chinese"])
@pytest.mark.parametrize("database", ["real_db_path", "generated_db_path"])
def test_each_line_is_its_record_as_json(request, database, language):
    words = ENGLISH if language == "english" else request.getfixturevalue("chinese")
    with Catalog.open(request.getfixturevalue(database)) as catalog:
        sources, details = catalog.sources(), catalog.details(FactQuery(), FactSort("label"))
    if language == "chinese":
        details = [detail_in_chinese(detail) for detail in details]
    lines = RecordLines(sources, words)
    for n, detail in enumerate(details):
        line = lines.line(detail, n == 0)
        assert line == record_line(record(detail, sources, words), n == 0), detail.row.id
    cited = {source for detail in details for source in record(detail, sources)["sources"]}
    assert lines.cited == cited


def test_a_whole_export_lists_its_records_and_their_sources(generated_db_path):
    with Catalog.open(generated_db_path) as catalog:
        sources = catalog.sources()
        details = catalog.details(FactQuery(search="rural"), FactSort("value", descending=True))
    document = json.loads(json_text(details, sources))
    assert document["count"] == len(details) == len(document["facts"])
    assert document["facts"] == [record(detail, sources) for detail in details]
    cited = {source for fact in document["facts"] for source in fact["sources"]}
    assert {source["id"] for source in document["sources"]} == cited | {sources.report.id}
