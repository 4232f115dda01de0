"""A chart's bars as a table: TSV and HTML for the clipboard, CSV (title and source first) for a file.

Every format has the same columns (``CHART_COLUMNS``): the bar's label, its value as the report
prints it, the plain number, the qualifier as a word, the unit code, the kind (reported,
derived or reference), the fact's id, so a reader can find the bar's quote again, a derived
value's reading and the source it comes from. Every source the bars draw on is cited.
"""

from __future__ import annotations

import csv
import io
import os
import tempfile
from html import escape
from pathlib import Path

from cqdesk.export.citation import source_citation, source_citation_html
from cqdesk.export.values import QUALIFIER_ZH, plain
from cqdesk.export.words import ENGLISH, Words
from cqdesk.store.records import Chart, ChartBar, Source, Sources
from cqdesk.text.formatting import qualifier_word

CHART_COLUMNS = (
    "label",
    "value_as_printed",
    "value",
    "qualifier",
    "unit",
    "kind",
    "fact_id",
    "reading",
    "source",
)


def bar_cells(chart: Chart, bar: ChartBar, words: Words = ENGLISH) -> list[str]:
    """One bar's cells, in ``CHART_COLUMNS`` order (the reading named in ``words``)."""
    return [
        bar.label,
        bar.value_display,
        plain(bar.value),
        _qualifier(bar),
        chart.unit,
        bar.kind,
        bar.fact_id,
        words.reading_name(bar.reading),
        bar.source_id or "",
    ]


def _qualifier(bar: ChartBar) -> str:
    # A bar in its Chinese form (as the window shows it in Chinese) says its qualifier in Chinese.
    if bar.value_display_zh and bar.value_display == bar.value_display_zh:
        return QUALIFIER_ZH.get(bar.qualifier or "", "")
    return qualifier_word(bar.qualifier)


def chart_sources(chart: Chart, sources: Sources) -> tuple[Source, ...]:
    """The sources a chart's bars come from, once each (the report first)."""
    return sources.cited(bar.source_id for bar in chart.bars if bar.source_id)


def _rows(chart: Chart, bars: list[ChartBar] | None, words: Words) -> list[list[str]]:
    return [bar_cells(chart, bar, words) for bar in (chart.bars if bars is None else bars)]


def chart_tsv(chart: Chart, bars: list[ChartBar] | None = None, words: Words = ENGLISH) -> str:
    """The bars (all, or ``bars``) as tab-separated values with a header row."""
    out = io.StringIO()
    writer = csv.writer(out, delimiter="\t", lineterminator="\n")
    writer.writerow(CHART_COLUMNS)
    writer.writerows(_rows(chart, bars, words))
    return out.getvalue()


def chart_html(
    chart: Chart, sources: Sources, bars: list[ChartBar] | None = None, words: Words = ENGLISH
) -> str:
    """An HTML table of the bars under the chart's title as its caption, then the citations."""
    citations = "".join(
        f"<p>{escape(words.labelled(words.source, ''))}{source_citation_html(source, words)}</p>\n"
        for source in chart_sources(chart, sources)
    )
    head = "".join(f"<th>{name}</th>" for name in CHART_COLUMNS)
    body = "\n".join(
        '<tr valign="top">' + "".join(f"<td>{escape(cell)}</td>" for cell in cells) + "</tr>"
        for cells in _rows(chart, bars, words)
    )
    return (
        f'<table border="1" cellspacing="0" cellpadding="3">\n'
        f"<caption>{escape(chart.title)}</caption>\n<thead><tr>{head}</tr></thead>\n"
        f"<tbody>\n{body}\n</tbody>\n</table>\n{citations}"
    )


def chart_csv(chart: Chart, sources: Sources, words: Words = ENGLISH) -> str:
    """CSV of every bar, RFC 4180 line ends, led by rows naming the chart and its sources.

    The first rows read ``title,<title>`` and ``source,<citation>`` (one such row per source the
    bars come from); an empty row, then the header row and one row per bar, in the chart's order.
    """
    out = io.StringIO()
    writer = csv.writer(out, lineterminator="\r\n")
    writer.writerow(["title", chart.title])
    writer.writerows(["source", source_citation(s, words)] for s in chart_sources(chart, sources))
    writer.writerow([])
    writer.writerow(CHART_COLUMNS)
    writer.writerows(_rows(chart, None, words))
    return out.getvalue()


def write_atomically(path: Path, text: str) -> None:
    """Write ``text`` as UTF-8 so that ``path`` holds either its old content or all of the new.

    The text goes to a temporary file in the same folder (so the rename stays on one file
    system), is flushed to disk, then replaces ``path`` in one step; on failure the temporary
    file is removed and ``path`` is untouched.
    """
    path = Path(path)
    handle, temporary = tempfile.mkstemp(dir=path.parent, prefix=f".{path.name}.", suffix=".tmp")
    try:
        with os.fdopen(handle, "w", encoding="utf-8", newline="") as out:
            out.write(text)
            out.flush()
            os.fsync(out.fileno())
        os.chmod(temporary, _mode_for(path))  # mkstemp's file is private; an export is not
        os.replace(temporary, path)
    except BaseException:
        Path(temporary).unlink(missing_ok=True)
        raise


def _mode_for(path: Path) -> int:
    """The mode the file keeps (or, new, gets from the umask as any other file would)."""
    if path.exists():
        return path.stat().st_mode & 0o777
    umask = os.umask(0)
    os.umask(umask)
    return 0o666 & ~umask
