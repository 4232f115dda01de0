"""Every name and label has its Chinese form in the database, marked as the project's translation."""

from __future__ import annotations

import re
import sqlite3
from decimal import Decimal

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
        allowed = {"translation", "gazetteer", None}
        if table == "places":
            allowed.add("gazetteer+translation")  # a bonded zone (tests/pipeline/test_places.py)
        assert kinds <= allowed, table
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
    assert "gazetteer+translation" in note and "comprehensive bonded zone" in note


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


# Every text of data.db a reader sees in English (window, exports, Datasette), with the column
# that holds its Chinese form when that is not simply ``<column>_zh``.
CHINESE_OF = {
    ("categories", "name"): "name_zh",
    ("places", "name"): "name_zh",
    ("entities", "name"): "name_zh",
    ("units", "id"): "name_zh",  # a unit's id is its English form (people, tons, CNY)
    ("charts", "title"): "title_zh",
}
# Columns that hold ids and codes, read by the program and named by the window in its own words.
CODES = {
    "id",
    "kind",
    "unit",  # the units table gives each unit's Chinese
    "qualifier",  # over / about / at most: words of the interface
    "reading",  # exact / assumption / unresolved: words of the interface
    "relation",
    "role",  # quote or summary: how a span of the source mentions a fact
    "formula",  # fact ids and arithmetic
    "provenance",
    "evidence",
    "zh_provenance",
    "url",
    "sha256",
    "published",
    "statement_date",
    "cited_sources",
    "key",
}
# Texts shown as they are in either language, and why.
SHOWN_AS_STORED = {
    ("sources", "text"): "the source's words",
    ("facts", "quote"): "the source's words, verbatim",
    ("ignored_numbers", "text"): "the source's words",
    # A publication is cited by its own title, in the language it was published in (all four
    # sources are English pages); a translated title would not find it. Its publisher and who
    # gave its figures have Chinese forms (publisher_zh, statement_by_zh).
    ("sources", "title"): "cited as published",
    ("sources", "period"): "the years a source covers, digits only (tested below)",
    # Build bookkeeping: why a numeral of the report is no figure. The window never shows it.
    ("ignored_numbers", "reason"): "not shown by the window or the exports",
    ("meta", "value"): "facts about the file (schema version, sha256, the provenance note)",
    # Until the chart data carries group labels in Chinese, the window translates them.
    ("chart_facts", "group_label"): "translated by the interface",
}
# The search index repeats the texts above for FTS; it is not read as text.
NOT_READ = {"search_index"}
# Deliberate blanks: official names whose Chinese form the project does not know for certain
# (the report's English hides them); the window shows the English, in a Chinese sentence too.
PROPER_NAMES_WITHOUT_CHINESE = {
    ("entities", "jd-chongqing"),  # "JD Chongqing": which JD company is meant is not said
    ("entities", "chongqing-beigou-network"),
    ("entities", "qin-ma"),
    ("entities", "yuou-stock"),
    ("places", "yubei-airport-park"),
    ("places", "southwest-smart-ecommerce-hq-park"),
    ("places", "chongqing-internet-business-park"),
    ("places", "chongqing-digital-business-park"),
    ("places", "ecommerce-industry-demonstration-park"),
}
# Publishers whose Chinese name the project does not know for certain: cited in English.
PUBLISHERS_WITHOUT_CHINESE = {
    ("sources", "chongqing-ecommerce-2020"),  # iChongqing
    ("sources", "beltandroad-online-retail-2020"),  # Belt and Road News
}


def _text_columns(bundled, table: str) -> list[str]:
    return [
        name
        for (_, name, kind, *_rest) in bundled.execute(f"PRAGMA table_info({table})")
        if kind == "TEXT"
    ]


def _shown_columns(bundled) -> dict[tuple[str, str], str]:
    """Every English text column a reader sees, with its Chinese column."""
    tables = [t for (t,) in bundled.execute("SELECT name FROM sqlite_master WHERE type = 'table'")]
    found = {}
    for table in tables:
        if table in NOT_READ or table.startswith("search_index"):
            continue
        columns = _text_columns(bundled, table)
        for column in columns:
            chinese = CHINESE_OF.get((table, column), f"{column}_zh")
            if (table, column) not in CHINESE_OF and (
                column.endswith(("_zh", "_id")) or column in CODES
            ):
                continue
            if chinese in columns:
                found[(table, column)] = chinese
            else:
                assert (table, column) in SHOWN_AS_STORED, f"{table}.{column} has no Chinese form"
    return found


def test_every_shown_text_has_a_chinese_form_or_is_a_known_blank(bundled):
    shown = _shown_columns(bundled)
    assert {("facts", "note"), ("facts", "entity_label"), ("facts", "period")} <= set(shown)
    assert {("sources", "publisher"), ("sources", "statement_by")} <= set(shown)
    missing = []
    for (table, column), chinese in shown.items():
        key = "id" if table != "chart_facts" else "chart_id || ':' || position"
        rows = bundled.execute(
            f"SELECT {key}, {column} FROM {table} "
            f"WHERE {column} IS NOT NULL AND {column} <> '' AND ({chinese} IS NULL OR {chinese} = '')"
        )
        missing += [(table, column, row_id) for row_id, _ in rows]
    blanks = {(table, row_id) for table, column, row_id in missing if column == "name"}
    publishers = {(table, row_id) for table, column, row_id in missing if column == "publisher"}
    assert [m for m in missing if m[1] not in ("name", "publisher")] == []
    assert blanks == PROPER_NAMES_WITHOUT_CHINESE
    assert publishers == PUBLISHERS_WITHOUT_CHINESE


def test_the_deliberate_blanks_are_blank_in_zh_yaml():
    zh = yaml.safe_load((REPO / "resources" / "zh.yaml").read_text(encoding="utf-8"))
    for table, row_id in PROPER_NAMES_WITHOUT_CHINESE:
        assert row_id in zh[table] and zh[table][row_id] is None, (table, row_id)
    for table, row_id in PUBLISHERS_WITHOUT_CHINESE:
        assert zh[table][row_id]["publisher"] is None, (table, row_id)


def test_the_sources_publishers_in_chinese_with_their_provenance(bundled):
    rows = {
        row[0]: row[1:]
        for row in bundled.execute(
            "SELECT id, title, publisher_zh, statement_by_zh, zh_provenance FROM sources"
        )
    }
    report = rows["chongqing-ecommerce-2020"]
    assert report[1:] == (None, "重庆市商务委员会", "translation")
    assert rows["mofcom-online-retail-2020"][1].startswith("中华人民共和国商务部")
    assert rows["xinhua-online-retail-2020"][1].startswith("新华社")
    assert rows["beltandroad-online-retail-2020"][1:] == (None, None, None)
    assert all(title.isascii() for title, *_ in rows.values())  # titles stay as published


def test_a_blank_name_stays_english_inside_chinese_labels(bundled):
    labels = dict(bundled.execute("SELECT id, entity_label_zh FROM facts"))
    assert labels["hema-qinma-online-orders"] == "盒马鲜生、Qin Ma"
    assert labels["yuzhong-projects"] == "洋码头、美菜网"


# English hedges and the Chinese words that keep them; a quoted English word kept verbatim
# counts as kept too. A translation may not drop an "about", a "likely" or an "unresolved".
HEDGES = {
    r"\babout(?= (?:\d|USD|plus))": ("约",),  # "about 12.86%", not "a figure about Xiushan"
    r"\blikely\b": ("很可能",),
    r"\bunresolved\b": ("未定",),
    r"\bassumes?\b": ("假定",),
    r"\bimplie[sd]\b": ("推算", "隐含", "意味"),
    r"\bplanned\b": ("计划", "拟"),
    r"\bif\b": ("若",),
    r"\bmay\b": ("可能",),
    r"\bcould\b": ("可能", "也可"),
    r"\blower bound\b": ("下限",),
}
_NUMBER = re.compile(
    r"(\d[\d,]*(?:\.\d+)?)(?:\s*(?:to|-|至)\s*(\d[\d,]*(?:\.\d+)?))?\s*"
    r"(trillion|billion|million|万亿|亿|万)?"
)
_SCALE = {"trillion": 12, "万亿": 12, "billion": 9, "million": 6, "亿": 8, "万": 4}


def numbers(text: str) -> set[Decimal]:
    """Every number of ``text`` with its scale word applied (1350.5亿 and 135.05 billion are
    one number); a range's scale word counts for both ends (585 to 595 million)."""
    found = set()
    for first, second, scale in _NUMBER.findall(text):
        factor = Decimal(10) ** _SCALE.get(scale, 0)
        for number in filter(None, (first, second)):
            found.add((Decimal(number.replace(",", "")) * factor).normalize())
    return found


def translated_pairs(bundled) -> list[tuple[str, str, str]]:
    """(what, English, Chinese) for every label, note and chart text with a translation."""
    pairs = []
    for fact_id, label, label_zh, note, note_zh, period, period_zh in bundled.execute(
        "SELECT id, label, label_zh, note, note_zh, period, period_zh FROM facts"
    ):
        pairs.append((f"{fact_id} label", label, label_zh))
        if note_zh:
            pairs.append((f"{fact_id} note", note, note_zh))
        if period:
            pairs.append((f"{fact_id} period", period, period_zh))
    pairs += [
        (f"chart {i}", t, z)
        for i, t, z in bundled.execute("SELECT id, title, title_zh FROM charts")
    ]
    pairs += [
        (f"bar {c}:{p}", t, z)
        for c, p, t, z in bundled.execute(
            "SELECT chart_id, position, label, label_zh FROM chart_facts"
        )
    ]
    return pairs


def test_translations_keep_every_number(bundled):
    lost = [
        (what, sorted(map(str, numbers(english) - numbers(chinese))))
        for what, english, chinese in translated_pairs(bundled)
        if numbers(english) - numbers(chinese)
    ]
    assert lost == []


def test_translations_keep_every_hedge(bundled):
    lost = []
    for what, english, chinese in translated_pairs(bundled):
        for hedge, words in HEDGES.items():
            wanted = len(re.findall(hedge, english, re.I))
            kept = sum(chinese.count(word) for word in words)
            kept += len(re.findall(hedge, chinese, re.I))  # a quoted English word, verbatim
            if kept < wanted:
                lost.append((what, hedge, english, chinese))
    assert lost == []


@pytest.mark.parametrize(
    ("english", "chinese"),
    [
        ("135.05 billion yuan (about USD 21 billion)", "1350.5亿元（约210亿美元）"),
        ("585 to 595 million", "5.85亿至5.95亿"),
        ("786,000 of 1.827 million", "182.7万中的78.6万"),
    ],
)
def test_numbers_read_alike_in_both_languages(english, chinese):
    assert numbers(english) == numbers(chinese)


def test_a_period_of_digits_reads_the_same_and_any_other_needs_zh_yaml(tmp_path):
    from cqdesk.pipeline.chinese import period_zh

    assert period_zh("2020", {}) == "2020" and period_zh("2015–2020", {}) == "2015–2020"
    assert period_zh("2021-02 (likely)", {}) is None  # never shown half English
    assert period_zh("2021-02 (likely)", {"2021-02 (likely)": "2021年2月（很可能）"}) == (
        "2021年2月（很可能）"
    )
    assert period_zh(None, {}) is None


def test_a_source_period_is_digits_only(bundled):
    periods = [p for (p,) in bundled.execute("SELECT period FROM sources WHERE period IS NOT NULL")]
    assert periods and all(re.fullmatch(r"[\d\-–]+", period) for period in periods)


def test_a_percent_sign_as_printed_stays_a_percent_sign(bundled):
    """The report's "1.49% higher" is stored in points, but its reading is unresolved: the
    Chinese must print % as the source did, not 个百分点, which would settle the reading."""
    rows = bundled.execute(
        "SELECT id, value_display, value_display_zh FROM facts WHERE unit = 'pp'"
    ).fetchall()
    assert rows
    for fact_id, printed, chinese in rows:
        if printed.endswith("%"):
            assert chinese.endswith("%") and "百分点" not in chinese, fact_id
        else:
            assert chinese.endswith("个百分点"), fact_id
    assert {fact_id: zh for fact_id, _, zh in rows}["online-retail-growth-gap"] == "1.49%"
