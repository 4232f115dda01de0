"""The browsing state: the filters and the current fact, over the catalog that answers for them."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QObject, Signal

from cqdesk.store import Catalog, DatabaseUnavailable
from cqdesk.store.records import Chart, FactDetail, FactQuery
from cqdesk.text.formatting import fill
from cqdesk.text.safe_text import TYPED_LIMIT
from cqdesk.ui.panes.filter_text import FilterNames
from cqdesk.ui.window.queries import Queries


def _tr(text: str) -> str:
    # lupdate (-tr-function-alias tr+=_tr) files these calls under the empty context.
    return QCoreApplication.translate("", text)


class Browser(QObject):
    """Holds the query and the current fact; panes call its setters and follow its signals."""

    queryChanged = Signal(object)  # FactQuery
    currentFactChanged = Signal(object)  # str | None
    revealRequested = Signal(str)  # a pane asked to show this fact; the table selects it
    message = Signal(str)  # a passing note for the status bar
    jumpStarted = Signal()  # a link, span or bar is about to show another fact (a history step)
    # The database stopped answering a read off the GUI thread (DatabaseUnavailable); one on
    # the GUI thread reaches the window through the error hook instead.
    databaseLost = Signal(object)

    def __init__(self, catalog: Catalog, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.catalog = catalog
        self.queries = Queries(catalog, self)  # reads off the GUI thread, for every pane
        self.queries.lost.connect(self.databaseLost)
        self.query = FactQuery()
        self.current_fact: str | None = None
        self.names = FilterNames(catalog)
        self.total = catalog.total()

    def set_query(self, query: FactQuery) -> None:
        """Apply a whole query at once."""
        if len(query.search) > TYPED_LIMIT:  # the boxes stop there; --search and settings may not
            query = query.with_filter("search", query.search[:TYPED_LIMIT].strip())
        if query.searches_nothing:
            # Only punctuation ("!!!", "%"): nothing to search for, so no search filter either,
            # rather than a "Search: “!!!”" label over an unfiltered table.
            self.message.emit(
                fill(_tr("“%1” has no words or numbers to search for."), query.search)
            )
            query = query.without("search")
        if query != self.query:
            self.check_database()  # a lost database changes nothing: the window keeps its view
            previous, self.query = self.query, query
            self.queryChanged.emit(query)
            if not self.database_answers():
                # The panes that followed the new query go back to the one still on screen.
                self.query = previous
                self.queryChanged.emit(previous)

    def set_filter(self, name: str, value: str | None) -> None:
        """Set one filter (FactQuery's field name), keeping the others."""
        self.set_query(self.query.with_filter(name, value))

    def set_category(self, category_id: str | None) -> None:
        self.set_filter("category_id", category_id)

    def set_place(self, place_id: str | None) -> None:
        self.set_filter("place_id", place_id)

    def set_entity(self, entity_id: str | None) -> None:
        """Show only the facts about one company or organisation."""
        self.set_filter("entity_id", entity_id)

    def set_search(self, text: str) -> None:
        self.set_filter("search", text)

    def clear_filters(self) -> None:
        self.set_query(FactQuery())

    def set_current_fact(self, fact_id: str | None) -> None:
        """The table's current row changed."""
        if fact_id != self.current_fact:
            self.check_database()
            self.current_fact = fact_id
            self.currentFactChanged.emit(fact_id)

    def reveal_fact(self, fact_id: str) -> None:
        """Select ``fact_id`` everywhere, clearing just the filters that hide it and saying so."""
        if self.catalog.row(fact_id) is None:
            return
        self.jumpStarted.emit()
        cleared = self.catalog.filters_hiding(self.query, fact_id)
        if cleared:
            self.set_query(self.query.without(*cleared))
            self.message.emit(self.names.cleared_message(cleared))
        self.revealRequested.emit(fact_id)

    def database_file(self) -> str:
        """The database file this window reads."""
        return self.catalog.file

    def database_shown_path(self) -> str:
        """The database file's name as messages show it."""
        return self.catalog.shown_path

    def database_answers(self) -> bool:
        """False once the database stopped answering (until the window is reopened)."""
        try:
            self.check_database()
        except DatabaseUnavailable:
            return False
        return True

    def check_database(self) -> None:
        """DatabaseUnavailable when the file was deleted, replaced or rewritten since it opened."""
        self.catalog.check_file()

    def detail(self, fact_id: str) -> FactDetail | None:
        return self.catalog.detail(fact_id)

    def charts_for_category(self) -> list[Chart]:
        """The charts of the selected category, or every chart when no category is chosen."""
        return self.catalog.charts(self.query.category_id)
