"""The category pane: the report's sections with fact counts under an "All facts" root."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QEvent

from cqdesk.models.category_tree_model import CategoryTreeModel
from cqdesk.models.fact_table_model import Pending
from cqdesk.store.records import Facets, FactQuery
from cqdesk.ui.panes.tree_pane import FilterTree
from cqdesk.ui.window.browser import Browser


class CategoryPane(FilterTree):
    """Choosing a node filters the facts to that subtree."""

    def __init__(self, browser: Browser, parent=None) -> None:
        super().__init__("categoryTree", "", parent)
        self._retranslate()
        self._browser = browser
        self._counted_under = FactQuery()  # the other filters the counts shown follow
        self.model_ = CategoryTreeModel(self)
        self.model_.set_categories(browser.catalog.categories(), browser.total)
        self.setModel(self.model_)
        self.expandToDepth(0)
        self.chosen.connect(browser.set_category)
        browser.queryChanged.connect(self._follow)
        self.show_id("")

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 - Qt override
        if event.type() == QEvent.Type.LanguageChange:
            self._retranslate()
            self.model_.language_changed()
        super().changeEvent(event)

    def _retranslate(self) -> None:
        self.setAccessibleName(QCoreApplication.translate("CategoryPane", "Categories"))
        self.setAccessibleDescription(
            QCoreApplication.translate(
                "CategoryPane",
                "The report's sections, each with its number of facts; choosing one shows its "
                "facts in the table.",
            )
        )

    def _follow(self, query: FactQuery) -> None:
        self.show_id(query.category_id or "")
        self.show_facets(query)

    def show_facets(self, query: FactQuery) -> None:
        """Count what the place, search and organisation filters leave in each section."""
        others = query.without("category_id")
        if others == self._counted_under:
            return  # this tree's own filter changed: its counts stay as they are
        self._counted_under = others
        # At once on a small database; from the worker at a million facts (the counts shown
        # are the last ones until these arrive; a newer question makes this one stale).
        found = self._browser.queries.ask_latest(
            "category facets",
            lambda catalog: catalog.category_facets(query),
            lambda facets: self._show_counts(others, facets),
            about=others,
        )
        if not isinstance(found, Pending):
            self._show_counts(others, found)

    def _show_counts(self, others: FactQuery, found: Facets) -> None:
        if others == self._counted_under:
            self.model_.set_counts(found.counts, found.total)
