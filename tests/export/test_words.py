"""The formats' framing words come from the caller: English by default, Chinese when the window or
the command line hands in the Chinese translation; the data and the numbers stay as they are."""

from __future__ import annotations

import dataclasses
import re
from collections.abc import Mapping

import pytest

from cqdesk.cli.qm import QmFile
from cqdesk.export import (
    citation_html,
    citation_text,
    cited_fact_text,
    markdown,
    source_citation,
    tsv,
)
from cqdesk.export.chart_data import chart_csv
from cqdesk.export.licences import source_text_terms
from cqdesk.export.printout import fact_printout, view_printout
from cqdesk.export.records import json_record_text
from cqdesk.export.tables import html_table
from cqdesk.export.views import describe, order_phrase
from cqdesk.export.words import ENGLISH, Words, words_in
from cqdesk.paths import TRANSLATIONS_DIR
from cqdesk.store.charts import charts
from cqdesk.store.details import fact_detail
from cqdesk.store.facts import fact_rows_by_id
from cqdesk.store.records import FactSort
from cqdesk.store.source import sources
from cqdesk.text.language import CHINESE

# Framing words of the English forms that must not survive in a Chinese copy or export.
ENGLISH_FRAMING = re.compile(
    r"\b(Formula|Inputs|Sources? of the inputs|Published by|Statement by|published by|Note|"
    r"Reading|Source|Sources|exact arithmetic|assumption \(see note\)|derived by cqdesk|"
    r"a reference figure|cqdesk fact|Figures from|no quote|Rests on|Exact arithmetic)\b"
)


@pytest.fixture(scope="module")
def chinese() -> Words:
    qm = QmFile.load(TRANSLATIONS_DIR / "cqdesk_zh_CN.qm")
    return words_in(lambda text: qm.translate("", text) or text, CHINESE)


def _texts(words: Words) -> dict[str, str]:
    """Every word of ``words`` by its field (a mapping's entries as field.key)."""
    found = {}
    for field in dataclasses.fields(words):
        value = getattr(words, field.name)
        if isinstance(value, Mapping):
            found |= {f"{field.name}.{key}": text for key, text in value.items()}
        else:
            found[field.name] = value
    return found


def test_the_english_words_are_the_english_defaults():
    assert words_in(str) == ENGLISH
    assert ENGLISH.labelled("Formula", "a / b") == "Formula: a / b"
    assert ENGLISH.reading_name("assumption") == "assumption (see note)"


def test_every_word_has_its_chinese_form(chinese):
    english, translated = _texts(ENGLISH), _texts(chinese)
    same = [name for name, text in english.items() if translated[name] == text]
    assert same == []
    assert chinese.labelled("公式", "a / b") == "公式：a / b"


def test_a_derived_fact_cited_in_chinese(tiny_db, chinese):
    detail = fact_detail(tiny_db, "shops-per-firm")
    text = citation_text(detail, sources(tiny_db), chinese)
    assert "公式：" in text and "输入数据：" in text and "输入数据的来源：" in text
    assert "解读：假定" in text and "说明：" in text and "由 cqdesk 推算" in text
    assert not ENGLISH_FRAMING.search(text), text
    # The data stays as given: the formula's ids, the quotes, the source's title and address.
    assert detail.formula in text
    assert all(f"“{row.quote}”" in text for row in detail.inputs if row.quote)
    report = sources(tiny_db).report
    assert f"“{report.title}”" in text and report.url in text


def test_a_reported_fact_and_its_source_line_in_chinese(tiny_db, chinese):
    detail = fact_detail(tiny_db, "banan-firms")
    text = cited_fact_text(detail, sources(tiny_db), chinese)
    quote_line, citation, reference = text.split("\n")[1:]
    assert quote_line == "\u201cOver 300 firms opened in Banan District\u201d"
    assert citation.startswith("声明：Test Commission，2021-02-07；发布：Test Press，")
    assert reference == "cqdesk 数据：banan-firms"
    html = citation_html(detail, sources(tiny_db), chinese)
    assert "声明：" in html and not ENGLISH_FRAMING.search(re.sub(r"<[^>]+>", "", html))


def test_a_citation_names_the_publisher_in_chinese_where_the_data_has_it(tiny_db, chinese):
    report = dataclasses.replace(
        sources(tiny_db).report, publisher_zh="测试出版社", statement_by_zh="测试委员会"
    )
    text = source_citation(report, chinese)
    assert text.startswith("声明：测试委员会，2021-02-07；发布：测试出版社，“Tiny report”，")
    # English words keep the English names; a name without a Chinese form stays English.
    assert source_citation(report).startswith("Statement by Test Commission, 2021-02-07; ")
    untranslated = dataclasses.replace(report, publisher_zh=None)
    assert "发布：Test Press，" in source_citation(untranslated, chinese)
    assert "测试出版社" in source_text_terms(report, chinese)


def test_tables_keep_their_header_and_numbers_and_cite_in_chinese(tiny_db, chinese):
    rows = fact_rows_by_id(tiny_db, ["banan-firms", "shops-per-firm"])
    plain = tsv(rows, chinese)
    assert plain.splitlines()[0] == tsv(rows).splitlines()[0]  # the column names are keys
    assert "\t300\t" in plain and "假定（见说明）" in plain
    html = html_table(rows, sources(tiny_db), chinese)
    assert "<p>来源：声明：" in html
    assert "假定（见说明）" in markdown(rows, sources(tiny_db), chinese)
    assert "数据来自" in markdown(rows, sources(tiny_db), chinese)


def test_json_printouts_and_chart_csv_cite_in_chinese(tiny_db, chinese):
    detail = fact_detail(tiny_db, "shops-per-firm")
    cited = sources(tiny_db)
    record = json_record_text(detail, cited, chinese)
    assert (
        "基于一项假定" in record
        and "由 cqdesk 推算" in record
        and '"reading": "assumption"' in record
    )
    page = fact_printout(detail, cited, "t", chinese)
    assert "类型" in page and "推算数据" in page and "输入数据的来源" in page
    view = view_printout([detail.row], cited, "t", "v", chinese)
    assert "<th" in view and "名称" in view and "数据 id" in view
    chart = charts(tiny_db)[0]
    assert "声明：" in chart_csv(chart, cited, chinese)


def test_the_export_summary_in_chinese(chinese):
    text = describe(
        3,
        "csv",
        category="农村电商",
        search="巴南",
        order=order_phrase(FactSort("value", True), {"value": "数值"}, chinese),
        words=chinese,
    )
    assert text == "3 条数据（CSV），筛选条件：类别为农村电商，搜索“巴南”，按数值排序，倒序"
