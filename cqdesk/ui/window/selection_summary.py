"""The status bar's summary of the selected rows: count, sum, minimum, maximum, mean, unit by unit."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QCoreApplication, QObject, QTimer

from cqdesk.models.fact_table_model import Pending
from cqdesk.store.records import FactQuery, FactSort, SelectionStatistics, UnitStatistics
from cqdesk.text import language
from cqdesk.text.chinese_numbers import UNIT_ZH, chinese_value
from cqdesk.text.formatting import fill, format_value, unit_name

# statistics(query, sort, spans, deliver) -> SelectionStatistics computed by the store in SQL,
# now or (PENDING) later through ``deliver``, or never when a newer selection came first.
StatisticsFetch = Callable[
    [FactQuery, FactSort, list[tuple[int, int]], Callable[[SelectionStatistics], None]],
    "SelectionStatistics | Pending",
]

_OWN_FORMAT = ("CNY", "USD", "%", "pp")


def _tr(text: str) -> str:
    # lupdate (-tr-function-alias tr+=_tr) files these calls under the empty context.
    return QCoreApplication.translate("", text)


def value_text(value: float, unit: str) -> str:
    """A value with its unit written once: ``10.5 billion yuan``, ``12.5%``, ``320 firms``; in
    Chinese mode ``105亿元``, ``12.5%``, ``320``."""
    if language.chinese():
        return chinese_value(value, unit)
    number = format_value(value, unit)
    if unit in _OWN_FORMAT or unit.startswith("CNY/") or not unit or unit == "rank":
        return number
    return f"{number} {unit}"


def _qualified(text: str, group: UnitStatistics) -> str:
    """A computed figure with what its inputs allow: over, at most, about, or neither."""
    bound, approximate = group.bound, group.approximate > 0
    if group.mixed_bounds:
        return fill(_tr("%1 (bounds both ways)"), text)
    if bound == "lower_bound":
        return fill(_tr("about %1 or more") if approximate else _tr("over %1"), text)
    if bound == "upper_bound":
        return fill(_tr("about %1 or less") if approximate else _tr("at most %1"), text)
    return fill(_tr("about %1"), text) if approximate else text


def unit_title(unit: str) -> str:
    """The unit as a reader names it: ``yuan``, ``US dollars``, ``%``, ``firms``."""
    if language.chinese():
        return UNIT_ZH.get(unit) or unit or _tr("no unit")
    return unit_name(unit) or unit or _tr("no unit")


def _figures(group: UnitStatistics) -> list[str]:
    def shown(value: float) -> str:
        return _qualified(value_text(value, group.unit), group)

    if group.count == 1:
        return [shown(group.minimum)]
    figures = [] if group.total is None else [fill(_tr("sum %1"), shown(group.total))]
    figures += [
        fill(_tr("min %1"), shown(group.minimum)),
        fill(_tr("max %1"), shown(group.maximum)),
        fill(_tr("mean %1"), shown(group.mean)),
    ]
    return figures


def unit_line(group: UnitStatistics) -> str:
    """One unit's figures: ``yuan (2): sum about 19.83 billion yuan, min …, max …, mean …``."""
    line = fill(
        _tr("%1 (%2): %3"), unit_title(group.unit), str(group.count), ", ".join(_figures(group))
    )
    notes = []
    if group.total is None and group.count > 1:
        notes.append(_tr("no sum: these do not add up"))
    if group.derived:
        notes.append(fill(_tr("%1 derived"), str(group.derived)))
    return line + (f" [{'; '.join(notes)}]" if notes else "")


def _notes(statistics: SelectionStatistics) -> list[str]:
    notes = []
    if statistics.mixed_units:
        names = ", ".join(unit_title(group.unit) for group in statistics.units)
        notes.append(fill(_tr("Mixed units, each summed alone: %1"), names))
    if statistics.derived:
        notes.append(fill(_tr("%1 derived (computed from other figures)"), str(statistics.derived)))
    if statistics.without_value:
        notes.append(fill(_tr("%1 without a number"), str(statistics.without_value)))
    return notes


def summary_lines(statistics: SelectionStatistics) -> list[str]:
    """The whole summary, a line per unit and a line per note (for the tooltip)."""
    head = fill(_tr("%1 rows selected"), str(statistics.count))
    return [head, *(unit_line(group) for group in statistics.units), *_notes(statistics)]


def _headline(group: UnitStatistics) -> str:
    """The one figure of a unit the status bar has room for: the sum, or the mean of rates."""
    figures = _figures(group)
    return fill(
        _tr("%1: %2"),
        unit_title(group.unit),
        figures[0] if group.total is not None or group.count == 1 else figures[-1],
    )


def summary_line(statistics: SelectionStatistics) -> str:
    """The summary on one line for the status bar: per unit its sum (or a rate's mean); the
    tooltip holds the rest."""
    flags = []  # first, so a narrow status bar cuts figures rather than these warnings
    if statistics.mixed_units:
        flags.append(_tr("mixed units"))
    if statistics.derived:
        flags.append(fill(_tr("%1 derived"), str(statistics.derived)))
    head = fill(_tr("%1 selected"), str(statistics.count))
    if flags:
        head = f"{head} ({', '.join(flags)})"
    return " · ".join([head, *(_headline(group) for group in statistics.units)])


class SelectionSummary(QObject):
    """Shows the statistics of the table's selected rows (two or more) in a status bar label."""

    def __init__(
        self, table, statistics: StatisticsFetch, show: Callable[[str, str], None]
    ) -> None:
        super().__init__(table)
        self._table, self._statistics, self._show = table, statistics, show
        self.current: SelectionStatistics | None = None
        self._asked: tuple | None = None  # the selection and view last summarised
        # A drag over many rows changes the selection at every row: summarise once it settles.
        self._timer = QTimer(self, singleShot=True, interval=0)
        self._timer.timeout.connect(self.refresh)
        table.selectionModel().selectionChanged.connect(self._timer.start)
        table.model_.modelReset.connect(self._timer.start)

    def refresh(self) -> None:
        spans = self._table.selection_spans()
        selected = sum(count for _, count in spans)
        self._asked = (spans, self._table.model_.query, self._table.model_.sort_order)
        if selected < 2:
            self.current = None
            self._show("", "")
            return
        model, asked = self._table.model_, self._asked
        found = self._statistics(
            model.query, model.sort_order, spans, lambda stats: self._arrived(asked, stats)
        )
        if isinstance(found, Pending):
            # The rows are being summed off the GUI thread: their number is known already.
            self.current = None
            self._show(fill(_tr("%1 selected"), str(selected)), "")
        else:
            self._show_statistics(found)

    def _arrived(self, asked: tuple, statistics: SelectionStatistics) -> None:
        if asked == self._asked:  # else the selection (or the view) changed meanwhile
            self._show_statistics(statistics)

    def _show_statistics(self, statistics: SelectionStatistics) -> None:
        self.current = statistics
        self._show(summary_line(statistics), "\n".join(summary_lines(statistics)))
