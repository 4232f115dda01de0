"""The browsing state: the filters, the current fact, and the store calls that serve them."""

from __future__ import annotations

from dataclasses import replace
from itertools import combinations

from PySide6.QtCore import QCoreApplication, QObject, Signal

from cqdesk.store import charts, facts, trees
from cqdesk.store.connection import database_path
from cqdesk.store.records import Chart, FactDetail, FactQuery, FactSort
from cqdesk.store.search import match_expression
from cqdesk.store.views import matching_fact_ids
from cqdesk.text.formatting import fill
from cqdesk.ui.panes.filter_text import FilterNames

# Cleared in this order when a fact is hidden.
_FILTERS = ("search", "entity_id", "place_id", "category_id")


def _tr(text: str) -> str:
    return QCoreApplication.translate("Browser", text)


class Browser(QObject):
    """Holds the query and the current fact; panes call its setters and follow its signals."""

    queryChanged = Signal(object)  # FactQuery
    currentFactChanged = Signal(object)  # str | None
    revealRequested = Signal(str)  # a pane asked to show this fact; the table selects it
    message = Signal(str)  # a passing note for the status bar

    def __init__(self, db, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.db = db
        self.query = FactQuery()
        self.current_fact: str | None = None
        self.names = FilterNames(db)
        self.total = facts.total_facts(db)

    def set_query(self, query: FactQuery) -> None:
        """Apply a whole query at once."""
        if query.search and match_expression(query.search) is None:
            # Only punctuation ("!!!", "%"): nothing to search for, so no search filter either,
            # rather than a "Search: “!!!”" label over an unfiltered table.
            self.message.emit(
                fill(_tr("“%1” has no words or numbers to search for."), query.search)
            )
            query = replace(query, search="")
        if query != self.query:
            self.query = query
            self.queryChanged.emit(query)

    def set_category(self, category_id: str | None) -> None:
        self.set_query(replace(self.query, category_id=category_id or None))

    def set_place(self, place_id: str | None) -> None:
        self.set_query(replace(self.query, place_id=place_id or None))

    def set_entity(self, entity_id: str | None) -> None:
        """Show only the facts about one company or organisation."""
        self.set_query(replace(self.query, entity_id=entity_id or None))

    def set_search(self, text: str) -> None:
        self.set_query(replace(self.query, search=text.strip()))

    def clear_filters(self) -> None:
        self.set_query(FactQuery())

    def set_current_fact(self, fact_id: str | None) -> None:
        """The table's current row changed."""
        if fact_id != self.current_fact:
            self.current_fact = fact_id
            self.currentFactChanged.emit(fact_id)

    def reveal_fact(self, fact_id: str) -> None:
        """Select ``fact_id`` everywhere, clearing just the filters that hide it and saying so."""
        if facts.fact_row_by_id(self.db, fact_id) is None:
            return
        cleared = self._filters_hiding(fact_id)
        if cleared:
            self.set_query(
                replace(self.query, **{name: None if name != "search" else "" for name in cleared})
            )
            self.message.emit(self.names.cleared_message(cleared))
        self.revealRequested.emit(fact_id)

    def _filters_hiding(self, fact_id: str) -> tuple[str, ...]:
        active = [name for name in _FILTERS if getattr(self.query, name)]
        for size in range(len(active) + 1):
            for names in combinations(active, size):
                trial = replace(self.query, **{n: None if n != "search" else "" for n in names})
                if facts.fact_index(self.db, trial, FactSort(), fact_id) is not None:
                    return names
        return tuple(active)

    def unknown_ids(
        self, category_id: str | None, place_id: str | None, fact_id: str | None
    ) -> list[tuple[str, str]]:
        """(kind, id) for each given id the database does not hold."""
        checks = [
            (category_id, trees.category_name, "category"),
            (place_id, trees.place_by_id, "place"),
            (fact_id, facts.fact_row_by_id, "fact"),
        ]
        return [
            (kind, item_id)
            for item_id, find, kind in checks
            if item_id and find(self.db, item_id) is None
        ]

    def database_summary(self) -> tuple[dict[str, int], str]:
        """Facts by kind, and the database file, for the About box."""
        return facts.kind_counts(self.db), database_path(self.db)

    def detail(self, fact_id: str) -> FactDetail | None:
        return facts.fact_detail(self.db, fact_id)

    def charts_for_category(self) -> list[Chart]:
        """The charts of the selected category, or every chart when no category is chosen."""
        return charts.charts(self.db, self.query.category_id)

    def visible_among(self, fact_ids: list[str]) -> set[str] | None:
        """Which of ``fact_ids`` the current filters show (None when no filter is on)."""
        if self.query == FactQuery():
            return None
        return matching_fact_ids(self.db, self.query, fact_ids)
