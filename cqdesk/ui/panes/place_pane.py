"""The place pane: a filter box over the tree of the municipality, its districts and their parks."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QEvent, QModelIndex, Qt
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QLineEdit, QVBoxLayout, QWidget

from cqdesk.models.fact_table_model import Pending
from cqdesk.models.place_tree_model import PlaceFilterModel, PlaceTreeModel
from cqdesk.models.tree_model import COL_NAME
from cqdesk.store.records import Facets, FactQuery, Place
from cqdesk.text.safe_text import TYPED_LIMIT
from cqdesk.ui.panes.tree_pane import FilterTree
from cqdesk.ui.window.browser import Browser


def _tr(text: str) -> str:
    # lupdate (-tr-function-alias tr+=_tr) files these calls under the empty context.
    return QCoreApplication.translate("", text)


# The districts open at start when what lies inside them (the report's parks) fits a short
# list; a gazetteer's hundreds of towns stay folded (laying them out held the first paint back).
OPEN_ROWS = 200


def _inner_rows(places: tuple[Place, ...]) -> int:
    """How many rows opening every district would add: the places inside the districts."""
    return sum(len(district.children) for top in places for district in top.children)


class PlaceFilterBox(QLineEdit):
    """The place filter's text box: Enter chooses the first match, Down moves into the tree."""

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self.setObjectName("placeFilterBox")
        self.setClearButtonEnabled(True)
        self.setMaxLength(TYPED_LIMIT)
        self.tree: FilterTree | None = None

    def keyPressEvent(self, event: QKeyEvent) -> None:  # noqa: N802 - Qt override
        if event.key() == Qt.Key.Key_Escape and self.text():
            self.clear()
        elif event.key() == Qt.Key.Key_Down and self.tree is not None:
            self.tree.setFocus()
        else:
            super().keyPressEvent(event)


class PlacePane(QWidget):
    """Typing narrows the tree by English or Chinese name; choosing a place filters the facts."""

    def __init__(self, browser: Browser, parent=None) -> None:
        super().__init__(parent)
        self._browser = browser
        self._counted_under = FactQuery()  # the other filters the counts shown follow
        self.box = PlaceFilterBox(self)
        self.tree = FilterTree("placeTree", "", self)
        self.box.tree = self.tree
        self.source_model = PlaceTreeModel(self)
        places = browser.catalog.places()
        self.source_model.set_places(places, browser.total)
        self.filter_model = PlaceFilterModel(self)
        self.filter_model.setSourceModel(self.source_model)
        self.tree.setModel(self.filter_model)
        self.tree.expandToDepth(1 if _inner_rows(places) <= OPEN_ROWS else 0)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.box)
        layout.addWidget(self.tree)
        self.box.textChanged.connect(self._narrow)
        self.box.returnPressed.connect(self._choose_first)
        self.tree.chosen.connect(browser.set_place)
        browser.queryChanged.connect(self._follow)
        self.tree.show_id("")
        self._retranslate()

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 - Qt override
        if event.type() == QEvent.Type.LanguageChange:
            self._retranslate()
            self.source_model.language_changed()
        super().changeEvent(event)

    def _retranslate(self) -> None:
        self.box.setAccessibleName(_tr("Find a place"))
        self.box.setPlaceholderText(_tr("Find a place (Banan, 巴南)…"))
        self.box.setAccessibleDescription(
            _tr(
                "Narrows the place tree by English or Chinese name; Enter chooses the first "
                "match, Down moves into the tree."
            )
        )
        self.tree.setAccessibleName(_tr("Places"))
        self.tree.setAccessibleDescription(
            _tr(
                "Chongqing, its districts and their parks, each with its number of facts; "
                "choosing one shows its facts in the table."
            )
        )

    def _narrow(self, text: str) -> None:
        # Hiding the current row makes Qt move the current index; that is not a choice.
        with self.tree.quietly():
            self.filter_model.set_text(text)
        self.tree.show_id(self._browser.query.place_id or "")
        if text.strip():
            self.tree.expandAll()

    def _choose_first(self) -> None:
        """Choose the first place (depth first) whose own name matches the typed text."""
        first = self._first_match(QModelIndex())
        if first is not None:
            self.tree.setCurrentIndex(first)

    def _first_match(self, parent: QModelIndex) -> QModelIndex | None:
        text = self.box.text().strip().lower()
        for row in range(self.filter_model.rowCount(parent)):
            child = self.filter_model.index(row, COL_NAME, parent)
            node = self.source_model.node(self.filter_model.mapToSource(child))
            if text and text in node.search_text.lower():
                return child
            found = self._first_match(child)
            if found is not None:
                return found
        return None

    def _follow(self, query: FactQuery) -> None:
        self.tree.show_id(query.place_id or "")
        self.show_facets(query)

    def show_facets(self, query: FactQuery) -> None:
        """Count what the category, search and organisation filters leave at each place."""
        others = query.without("place_id")
        if others == self._counted_under:
            return  # this tree's own filter changed: its counts stay as they are
        self._counted_under = others
        # At once on a small database; from the worker at a million facts (the counts shown
        # are the last ones until these arrive; a newer question makes this one stale).
        found = self._browser.queries.ask_latest(
            "place facets",
            lambda catalog: catalog.place_facets(query),
            lambda facets: self._show_counts(others, facets),
            about=others,
        )
        if not isinstance(found, Pending):
            self._show_counts(others, found)

    def _show_counts(self, others: FactQuery, found: Facets) -> None:
        if others == self._counted_under:
            self.source_model.set_counts(found.counts, found.total)
