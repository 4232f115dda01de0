"""The detail pane: everything about the current fact, with links that filter or select."""

from __future__ import annotations

from urllib.parse import unquote

from PySide6.QtCore import QCoreApplication, QEvent, QPoint, QUrl, Signal
from PySide6.QtGui import QAction, QContextMenuEvent
from PySide6.QtWidgets import QMenu, QTextBrowser

from cqdesk.store.records import Sources
from cqdesk.style.highlights import highlights
from cqdesk.ui.actions import menus
from cqdesk.ui.panes.detail_html import detail_html
from cqdesk.ui.window.browser import Browser

MIN_WIDTH = 240  # narrower, and the quote wraps a word or a letter to a line
_PALETTE_EVENTS = (QEvent.Type.PaletteChange, QEvent.Type.ApplicationPaletteChange)


def _tr(text: str) -> str:
    # lupdate (-tr-function-alias tr+=_tr) files these calls under the empty context.
    return QCoreApplication.translate("", text)


class DetailPane(QTextBrowser):
    """Shows the browser's current fact; its links choose a place, a name or another fact."""

    placeClicked = Signal(str)
    entityClicked = Signal(str)
    factClicked = Signal(str)

    def __init__(self, browser: Browser, sources: Sources, parent=None) -> None:
        super().__init__(parent)
        self.setObjectName("detailPane")
        self.setOpenLinks(False)
        self.setOpenExternalLinks(False)
        self.setMinimumWidth(MIN_WIDTH)
        self._browser, self._sources = browser, sources
        self._copy_actions: list[QAction] = []
        self._shown: str | None = None
        self.anchorClicked.connect(self._follow_link)
        browser.currentFactChanged.connect(self.show_fact)
        self.placeClicked.connect(browser.set_place)
        self.entityClicked.connect(browser.set_entity)
        self.factClicked.connect(browser.reveal_fact)
        self._shown = browser.current_fact
        self._retranslate()

    def _retranslate(self) -> None:
        self.setAccessibleName(_tr("Fact detail"))
        self.setAccessibleDescription(
            _tr(
                "The current fact in order: its kind, label and value, then its details, its "
                "quote from the report and the source's citation. Tab moves through its links."
            )
        )
        self.show_fact(self._shown)

    def show_fact(self, fact_id: str | None) -> None:
        """Show ``fact_id`` (or a hint when none is chosen)."""
        self._shown = fact_id
        detail = self._browser.detail(fact_id) if fact_id else None
        if detail is None:
            self.setPlainText(
                _tr(
                    "Choose a fact in the table to see its value, its quote and "
                    "where it comes from."
                )
            )
            return
        self.setHtml(detail_html(detail, self._sources, highlights(self.palette())))

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 - Qt override
        super().changeEvent(event)
        if event.type() in _PALETTE_EVENTS:
            self.show_fact(self._shown)  # the value's highlight follows the palette
        elif event.type() == QEvent.Type.LanguageChange:
            self._retranslate()

    def _follow_link(self, url: QUrl) -> None:
        target = unquote(url.path(QUrl.ComponentFormattingOption.FullyEncoded))
        signal = {
            "place": self.placeClicked,
            "entity": self.entityClicked,
            "fact": self.factClicked,
        }.get(url.scheme())
        if signal is not None and target:
            signal.emit(target)

    def set_copy_actions(self, actions: list[QAction]) -> None:
        """The fact's copy actions, listed below the text's own Copy in the context menu."""
        self._copy_actions = list(actions)

    def context_menu(self, position: QPoint) -> QMenu:
        """A new context menu: copy the selected text, then copy the current fact in each format."""
        menu = self.createStandardContextMenu(position)
        menu.setObjectName("detailPaneMenu")
        if self._copy_actions:
            menu.addSeparator()
            menu.addActions(self._copy_actions)
        return menu

    def contextMenuEvent(self, event: QContextMenuEvent) -> None:  # noqa: N802 - Qt override
        # The standard menu wants document coordinates (to find a link under the mouse).
        scrolled = QPoint(self.horizontalScrollBar().value(), self.verticalScrollBar().value())
        menus.popup(self.context_menu(event.pos() + scrolled), event.globalPos())
