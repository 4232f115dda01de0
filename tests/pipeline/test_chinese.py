"""Every name and label has its Chinese form in the database, marked as the project's translation."""

from __future__ import annotations

import sqlite3

import pytest
import yaml

from cqdesk.pipeline import build_database
from cqdesk.pipeline.errors import BuildError
from tests.conftest import REPO
from tests.factories import write_resources

# Official Chinese names the project does not know for certain: empty, never guessed.
NOT_KNOWN = {"chongqing-beigou-network", "qin-ma", "yuou-stock"}


@pytest.fixture(scope="module")
def bundled():
    connection = sqlite3.connect(f"file:{REPO / 'data.db'}?mode=ro", uri=True)
    yield connection
    connection.close()


@pytest.mark.parametrize(
    ("table", "column"),
    [
        ("categories", "name_zh"),
        ("facts", "label_zh"),
        ("units", "name_zh"),
        ("charts", "title_zh"),
        ("chart_facts", "label_zh"),
        ("facts", "place_label_zh"),
    ],
)
def test_every_label_has_a_chinese_form(bundled, table, column):
    where = "place_label IS NOT NULL" if column == "place_label_zh" else "1"
    missing = bundled.execute(f"SELECT * FROM {table} WHERE {where} AND {column} IS NULL")
    assert missing.fetchall() == []


def test_every_figure_has_a_chinese_value(bundled):
    rows = bundled.execute(
        "SELECT id FROM facts WHERE value IS NOT NULL AND value_display_zh IS NULL"
    )
    assert rows.fetchall() == []


def test_names_are_translated_or_deliberately_empty(bundled):
    """Each entity and place has a Chinese form or is listed in zh.yaml as not known (~)."""
    zh = yaml.safe_load((REPO / "resources" / "zh.yaml").read_text(encoding="utf-8"))
    for table in ("entities", "places"):
        for (place_id,) in bundled.execute(f"SELECT id FROM {table} WHERE name_zh IS NULL"):
            assert place_id in zh[table] and zh[table][place_id] is None, (table, place_id)
    empty = {i for (i,) in bundled.execute("SELECT id FROM entities WHERE name_zh IS NULL")}
    assert empty >= NOT_KNOWN


def test_provenance_says_whose_chinese_it_is(bundled):
    for table in ("categories", "entities", "places", "facts", "units", "charts"):
        kinds = {k for (k,) in bundled.execute(f"SELECT DISTINCT zh_provenance FROM {table}")}
        assert kinds <= {"translation", "gazetteer", None}, table
    banan = bundled.execute("SELECT name_zh, zh_provenance FROM places WHERE id = 'banan'")
    assert banan.fetchone() == ("巴南区", "gazetteer")
    park = bundled.execute(
        "SELECT name_zh, zh_provenance FROM places WHERE id = 'xiushan-wuling-logistics-park'"
    )
    assert park.fetchone() == ("秀山（武陵）现代物流园区", "translation")
    assert bundled.execute("SELECT zh_provenance FROM entities WHERE id = 'qin-ma'").fetchone() == (
        None,
    )
    note = bundled.execute("SELECT value FROM meta WHERE key = 'zh_provenance'").fetchone()[0]
    assert "translation" in note and "not known for certain" in note


def test_quotes_stay_as_printed(bundled):
    """The quotes are the source's words; no Chinese is written into them."""
    rows = bundled.execute("SELECT quote FROM facts WHERE quote IS NOT NULL").fetchall()
    text = bundled.execute("SELECT text FROM sources").fetchone()[0]
    assert all(quote in text for (quote,) in rows)


def test_headline_values_in_chinese(bundled):
    rows = dict(bundled.execute("SELECT id, value_display_zh FROM facts"))
    assert rows["online-retail-sales"] == "1350.5亿元"
    assert rows["online-merchants"] == "65万余家"
    assert rows["masks-purchased"] == "超过4000万只"
    change = bundled.execute("SELECT change_zh FROM facts WHERE id = 'online-retail-sales'")
    assert change.fetchone()[0] == "增长13.05%"


def test_a_bad_zh_file_is_a_clear_build_error(tmp_path):
    resources = write_resources(tmp_path / "resources")
    (resources / "zh.yaml").write_text("- just a list\n", encoding="utf-8")
    with pytest.raises(BuildError, match="zh.yaml: expected a mapping"):
        build_database(resources, tmp_path / "out.db")
    (resources / "zh.yaml").write_text("facts: [a, b]\n", encoding="utf-8")
    with pytest.raises(BuildError, match="section 'facts' must be a dict"):
        build_database(resources, tmp_path / "out.db")


def test_a_stale_note_translation_is_not_used(tmp_path):
    from tests.factories import TINY_FACTS, TINY_ZH, build_tiny

    zh = dict(TINY_ZH, notes={"online-sales-gap": {"en": "An older note.", "zh": "旧的说明。"}})
    database = build_tiny(tmp_path, zh=zh, facts=TINY_FACTS)
    connection = sqlite3.connect(database)
    note = connection.execute("SELECT note_zh FROM facts WHERE id = 'online-sales-gap'").fetchone()
    connection.close()
    assert note == (None,)
