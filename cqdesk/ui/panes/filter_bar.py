"""The active filters as removable labels, and a button that clears them all."""

from __future__ import annotations

from html import escape

from PySide6.QtCore import QCoreApplication, QEvent, Qt
from PySide6.QtWidgets import QSizePolicy, QToolButton, QWidget

from cqdesk.store.records import FactQuery
from cqdesk.text.formatting import fill
from cqdesk.ui.panes.flow_layout import FlowLayout
from cqdesk.ui.window.browser import Browser

CHIP_TEXT_WIDTH = 240  # a longer label (a long search) is cut in the middle; its tooltip has it all


def _tr(text: str) -> str:
    # lupdate (-tr-function-alias tr+=_tr) files these calls under the empty context.
    return QCoreApplication.translate("", text)


def _button_text(text: str) -> str:
    # A lone & in a button's text would become a keyboard mnemonic; double it to show it.
    return text.replace("&", "&&")


class FilterBar(QWidget):
    """One button per active filter ("Place: Banan District ×"); clicking it removes that filter.

    The buttons wrap onto a second line rather than squeeze the search box beside them.
    """

    def __init__(self, browser: Browser, parent=None) -> None:
        super().__init__(parent)
        self.setObjectName("filterBar")
        self._name_for_readers()
        self._browser = browser
        self._layout = FlowLayout(self)
        policy = QSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Preferred)
        policy.setHeightForWidth(True)
        self.setSizePolicy(policy)
        self.buttons: list[QToolButton] = []
        browser.queryChanged.connect(self._show)
        self._show(browser.query)

    def _name_for_readers(self) -> None:
        # What a screen reader says of the bar, in the language now loaded.
        self.setAccessibleName(_tr("Active filters"))
        self.setAccessibleDescription(
            _tr("One button per filter; pressing it removes that filter.")
        )

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 - Qt override
        if event.type() == QEvent.Type.LanguageChange:
            self._name_for_readers()
            self._show(self._browser.query)  # chips name their filters in the new language
        super().changeEvent(event)

    def _show(self, query: FactQuery) -> None:
        for button in self.buttons:
            self._layout.removeWidget(button)
            button.deleteLater()
        self.buttons = [
            self._chip(name, label) for name, label in self._browser.names.labels(query)
        ]
        if len(self.buttons) > 1:
            self.buttons.append(self._clear_all())
        for button in self.buttons:
            self._layout.addWidget(button)
        self._keep_tab_order()
        self.setVisible(bool(self.buttons))

    def _keep_tab_order(self) -> None:
        """New buttons would join the end of the window's Tab order: put them where they show,
        after the widget before this bar (the search box) that Tab reaches."""
        before = self.previousInFocusChain()
        while before is not self and not before.focusPolicy() & Qt.FocusPolicy.TabFocus:
            before = before.previousInFocusChain()
        for first, second in zip([before, *self.buttons], self.buttons, strict=False):
            QWidget.setTabOrder(first, second)

    def _chip(self, name: str, label: str) -> QToolButton:
        button = QToolButton(self)
        shown = button.fontMetrics().elidedText(
            label, Qt.TextElideMode.ElideMiddle, CHIP_TEXT_WIDTH
        )
        button.setText(_button_text(f"{shown}  ×"))
        # Escaped rich text: a typed search such as "<b>" is shown, never read as markup.
        remove = fill(_tr("Remove this filter: %1"), label)
        button.setToolTip(f"<p>{escape(remove)}</p>")
        button.setAccessibleName(label)  # read aloud: no mnemonic to protect
        button.setAccessibleDescription(remove)
        button.clicked.connect(lambda: self._remove(name))
        return button

    def _clear_all(self) -> QToolButton:
        button = QToolButton(self)
        button.setText(_tr("Clear all"))
        button.setToolTip(_tr("Remove every filter (Ctrl+Shift+X)"))
        button.setAccessibleName(_tr("Clear all filters"))
        button.setAccessibleDescription(_tr("Remove every filter (Ctrl+Shift+X)"))
        button.clicked.connect(self._browser.clear_filters)
        return button

    def _remove(self, name: str) -> None:
        self._browser.set_query(self._browser.query.without(name))
