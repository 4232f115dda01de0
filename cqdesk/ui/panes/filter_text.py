"""The words that describe the active filters: labels, the status line and empty-table reasons."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QKeySequence

from cqdesk.store import Catalog
from cqdesk.store.records import FactQuery
from cqdesk.text import language
from cqdesk.text.formatting import fill
from cqdesk.text.safe_text import line

BACK_KEY = "Alt+Left"  # the Back action's shortcut (ui/actions/window_actions.py)


def _tr(text: str) -> str:
    # lupdate (-tr-function-alias tr+=_tr) files these calls under the empty context.
    return QCoreApplication.translate("", text)


class FilterNames:
    """Names the filters of a query for people, looking names up in the store."""

    def __init__(self, catalog: Catalog) -> None:
        self._catalog = catalog

    # Each name in the window's language: the Chinese form in Chinese mode where there is one.
    def category(self, category_id: str) -> str:
        names = self._catalog.category_names(category_id)
        return line(language.shown(*names) if names else category_id)

    def place(self, place_id: str) -> str:
        place = self._catalog.place(place_id)
        return line(language.shown(place.name, place.name_zh) if place else place_id)

    def entity(self, entity_id: str) -> str:
        entity = self._catalog.entity(entity_id)
        return line(language.shown(entity.name, entity.name_zh) if entity else entity_id)

    def _label_forms(self) -> dict[str, tuple[str, Callable[[str], str]]]:
        """Each filter, in the order labels show them, with its label and how to name a value."""
        return {
            "category_id": (_tr("Category: %1"), self.category),
            "place_id": (_tr("Place: %1"), self.place),
            "entity_id": (_tr("Organisation: %1"), self.entity),
            "search": (_tr("Search: “%1”"), line),
        }

    def labels(self, query: FactQuery) -> list[tuple[str, str]]:
        """(filter name, label) for each active filter, e.g. ("place_id", "Place: Banan District")."""
        active = set(query.active())
        return [
            (name, fill(template, name_of(getattr(query, name))))
            for name, (template, name_of) in self._label_forms().items()
            if name in active
        ]

    def status(self, query: FactQuery, shown: int | None, total: int) -> str:
        """The status line: how many facts are shown of how many (``shown`` None while they
        are being counted), and which filters are on."""
        # Two sentences, not "%n fact(s)": the plural follows the total ("of 1 fact").
        template = _tr("Showing %1 of %2 fact") if total == 1 else _tr("Showing %1 of %2 facts")
        counts = fill(template, _tr("counting…") if shown is None else str(shown), str(total))
        labels = [label for _, label in self.labels(query)]
        shown_filters = " · ".join(labels) if labels else _tr("no filters")
        return f"{counts} — {shown_filters}"

    def empty_reason(self, query: FactQuery) -> str:
        """Why the table is empty, in a sentence."""
        where = ""
        if query.category_id:
            where += fill(_tr(" under %1"), self.category(query.category_id))
        if query.search:
            if query.place_id:
                where += fill(_tr(" for %1"), self.place(query.place_id))
            return fill(_tr("No facts match “%1”%2."), query.search, where)
        if query.entity_id:
            if query.place_id:
                where = fill(_tr(" in %1"), self.place(query.place_id)) + where
            return fill(
                _tr("The report says nothing about %1%2."), self.entity(query.entity_id), where
            )
        if query.place_id:
            return fill(
                _tr("The report gives no figures for %1%2."), self.place(query.place_id), where
            )
        if query.category_id:
            return fill(_tr("The report gives no figures%1."), where)
        return _tr("The database holds no facts.")

    def cleared_message(self, cleared: tuple[str, ...]) -> str:
        """Tells which filters were cleared to show a fact that they hid."""
        names = {
            "search": _tr("the search"),
            "place_id": _tr("the place filter"),
            "entity_id": _tr("the organisation filter"),
            "category_id": _tr("the category filter"),
        }
        # The key as Qt names it in the window's language ("Alt+左方向" in Chinese).
        back = QKeySequence(BACK_KEY).toString(QKeySequence.SequenceFormat.NativeText)
        return fill(
            _tr("Cleared %1 to show the chosen fact; Back (%2) brings the filters back."),
            _tr(" and ").join(names[name] for name in cleared),
            back,
        )
