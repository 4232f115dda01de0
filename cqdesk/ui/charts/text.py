"""The words of a chart: value labels, tooltips, axis scales and why a chart cannot be drawn."""

from __future__ import annotations

import math
from dataclasses import replace

from PySide6.QtCore import QCoreApplication

from cqdesk.store.records import Chart, ChartBar, Sources
from cqdesk.style.fact_styles import qualifier_name
from cqdesk.text import language
from cqdesk.text.chinese_numbers import UNIT_ZH
from cqdesk.text.formatting import QUALIFIER_SYMBOLS, fill, plain_number, unit_name
from cqdesk.text.readings import EXACT, reading_label, reading_meaning, reading_name

# Words the report puts before a bounded or rounded number; the symbol replaces them on a bar.
_QUALIFIER_PREFIXES = (
    "over ",
    "more than ",
    "exceeded ",
    "exceeding ",
    "in excess of ",
    "above ",
    "about ",
    "around ",
    "approximately ",
    "nearly ",
)
# Chinese values carry their qualifier as words too: 超过4000万只, 约210亿美元, 65万余家.
_CHINESE_PREFIXES = ("不超过", "超过", "约")
# (smallest largest value, divisor, word): 9,300 stays as is, 30,000 reads as 30 thousand.
_SCALES = ((1e9, 1e9, "billion"), (1e6, 1e6, "million"), (1e4, 1e3, "thousand"))
_CHINESE_SCALES = ((1e8, 1e8, "亿"), (1e4, 1e4, "万"))
_UNSCALED = {"%", "pp"}


def tr(text: str) -> str:
    """Translate a chart string in the ChartPane context."""
    return QCoreApplication.translate("", text)


def chart_title(chart: Chart) -> str:
    """A chart's title in the window's language."""
    return language.shown(chart.title, chart.title_zh)


def chart_in_language(chart: Chart) -> Chart:
    """The chart as it is drawn: in Chinese mode its title, bars' labels, groups and values in
    their Chinese forms where there are some, for copies and exports of what the person sees."""
    if not language.chinese():
        return chart
    bars = tuple(
        replace(
            bar,
            label=bar_label(bar),
            value_display=bar_value(bar),
            group=language.shown(bar.group, bar.group_zh) or None,
        )
        for bar in chart.bars
    )
    return replace(chart, title=chart_title(chart), bars=bars)


def bar_label(bar: ChartBar) -> str:
    """A bar's label in the window's language."""
    return language.shown(bar.label, bar.label_zh)


def bar_value(bar: ChartBar) -> str:
    """A bar's value as printed (135.05 billion yuan), or in Chinese (1350.5亿元)."""
    return language.shown(bar.value_display, bar.value_display_zh)


def bar_value_text(bar: ChartBar) -> str:
    """The label at a bar's end: the value as printed, led by its qualifier's symbol (≥ 650,000),
    and for a derived value that is not exact arithmetic its reading (· assumption)."""
    return _with_qualifier(bar) + _reading_suffix(bar)


def _with_qualifier(bar: ChartBar) -> str:
    symbol = QUALIFIER_SYMBOLS.get(bar.qualifier or "")
    text = bar_value(bar)
    if not symbol:
        return text
    for prefix in _QUALIFIER_PREFIXES:
        if text.lower().startswith(prefix):
            text = text[len(prefix) :]
            break
    for prefix in _CHINESE_PREFIXES:
        if text.startswith(prefix):
            text = text[len(prefix) :]
            break
    return f"{symbol} {text.replace('余', '')}"


def _reading_suffix(bar: ChartBar) -> str:
    if not bar.reading or bar.reading == EXACT:
        return ""
    return " · " + reading_label(bar.reading, tr)


def bar_tooltip_lines(bar: ChartBar) -> list[str]:
    """What hovering a bar tells: label, value as printed, qualifier, reported or derived; in
    Chinese mode the English label and value, and the plain number, too."""
    lines = [bar_label(bar), bar_value(bar)]
    if language.chinese():
        english = [language.other(bar.label, bar.label_zh)]
        english.append(language.other(bar.value_display, bar.value_display_zh))
        lines += [text for text in english if text] + [plain_number(bar.value)]
    if bar.qualifier == "lower_bound":
        lines.append(tr("Lower bound: at least this much"))
    elif bar.qualifier:
        lines.append(tr("Qualifier: %s") % qualifier_name(bar.qualifier))
    if bar.kind == "derived":
        lines.append(tr("Derived: computed from reported figures"))
    elif bar.kind == "reference":
        lines.append(tr("Published figure from another publication, cited"))
    else:
        lines.append(tr("Reported in the source"))
    if bar.reading:
        lines.append(
            tr("Reading: %s. %s")
            % (reading_name(bar.reading, tr), reading_meaning(bar.reading, tr))
        )
    return lines


def axis_scale(unit: str, values: list[float], unit_zh: str | None = None) -> tuple[float, str]:
    """The factor the values are divided by and the axis title that says so (billion yuan,
    亿件 in Chinese, ``unit_zh`` naming the unit)."""
    largest = max((abs(value) for value in values), default=0.0)
    factor, word = 1.0, ""
    scales = _CHINESE_SCALES if language.chinese() else _SCALES
    if unit not in _UNSCALED:
        factor, word = next(((f, w) for least, f, w in scales if largest >= least), (1.0, ""))
    return factor, _axis_title(unit, word, unit_zh)


def _axis_title(unit: str, word: str, unit_zh: str | None) -> str:
    if unit == "count":
        return tr("%ss") % word if word else tr("number")
    if language.chinese():
        return f"{word}{unit_zh or UNIT_ZH.get(unit, '')}" or tr("number")
    name = unit_name(unit)
    return f"{word} {name}".strip()


def chart_problem(chart: Chart) -> str | None:
    """Why a chart cannot be drawn honestly, or None; a hand-made database could hold such a chart."""
    if not chart.bars:
        return tr("The chart “%s” has no bars, so there is nothing to draw.") % chart_title(chart)
    for bar in chart.bars:
        if bar.value is None or not math.isfinite(bar.value):
            return tr("The chart “%s” cannot be drawn: the bar “%s” has no finite value (%s).") % (
                chart_title(chart),
                bar_label(bar),
                bar.value,
            )
    return None


def _bar_phrase(bar: ChartBar) -> str:
    return fill(tr("%1, %2"), bar_label(bar), bar_value(bar))


def chart_summary(chart: Chart, source_text: str) -> str:
    """What a screen reader says about a chart: what it shows, its extremes and its source."""
    unit = _unit_words(chart)
    if len(chart.bars) == 1:
        parts = [fill(tr("Bar chart of one bar, in %1."), unit)]
    else:
        parts = [fill(tr("Bar chart of %1 bars, in %2."), str(len(chart.bars)), unit)]
    if chart.bars:
        largest = max(chart.bars, key=lambda bar: bar.value)
        smallest = min(chart.bars, key=lambda bar: bar.value)
        parts.append(fill(tr("Largest: %1."), _bar_phrase(largest)))
        if smallest is not largest:
            parts.append(fill(tr("Smallest: %1."), _bar_phrase(smallest)))
        derived = sum(1 for bar in chart.bars if bar.kind == "derived")
        if derived == 1:
            parts.append(tr("One bar is derived by cqdesk from reported figures."))
        elif derived:
            parts.append(
                fill(tr("%1 bars are derived by cqdesk from reported figures."), str(derived))
            )
    if source_text:
        parts.append(fill(tr("%1."), source_text.rstrip(".")))
    parts.append(tr("Show as table: Ctrl+T."))
    return " ".join(parts)


def _unit_words(chart: Chart) -> str:
    """The chart's unit as the summary says it: yuan, 件, or "number" for mixed counts."""
    if chart.unit == "count":
        return tr("number")
    chinese = chart.unit_zh or UNIT_ZH.get(chart.unit)
    return (chinese if language.chinese() else unit_name(chart.unit)) or chart.unit


def chart_source_line(chart: Chart, sources: Sources) -> str:
    """The line under a chart: the publisher and date of each source its bars come from."""
    cited = sources.cited(bar.source_id for bar in chart.bars if bar.source_id)
    return source_line(
        [
            (language.shown(source.publisher, source.publisher_zh), source.published)
            for source in cited
        ]
    )


def source_line(cited: list[tuple[str, str]]) -> str:
    """The line under every chart naming where its figures come from: (publisher, date) each."""
    if len(cited) == 1:
        return tr("Source: %s, %s") % cited[0]
    # The separators as the language writes them: "iChongqing, 2021-02-08; …" or "…，…；…".
    return tr("Sources: %s") % tr("; ").join(
        fill(tr("%1, %2"), publisher, published) for publisher, published in cited
    )
