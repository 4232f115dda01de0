"""One database file and the window on it, reopened in place when the person asks."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication, QObject

from cqdesk.settings import Settings
from cqdesk.store import Catalog, StoreError
from cqdesk.text.formatting import fill
from cqdesk.text.safe_text import readable
from cqdesk.ui import messages
from cqdesk.ui.window.error_hook import ErrorHook
from cqdesk.ui.window.language import LanguageSwitch
from cqdesk.ui.window.main_window import MainWindow


def _tr(text: str) -> str:
    # lupdate (-tr-function-alias tr+=_tr) files these calls under the empty context.
    return QCoreApplication.translate("", text)


class Session(QObject):
    """Holds the open database and its window; ``reopen`` swaps both for fresh ones."""

    def __init__(
        self,
        catalog: Catalog,
        path: Path,
        store: Settings | None,
        hook: ErrorHook,
        languages: LanguageSwitch | None = None,
    ) -> None:
        super().__init__()
        self.path, self._store, self._hook = path, store, hook
        self._languages = languages  # a reopened window keeps the language switch
        self.catalog = catalog
        self.window = self._window(catalog)

    def _window(self, catalog: Catalog) -> MainWindow:
        window = MainWindow(catalog, self._store, languages=self._languages)
        window.reopenRequested.connect(self.reopen)
        self._hook.databaseLost.connect(window.database_lost)
        return window

    def start(self) -> None:
        self.window.start()

    def reopen(self) -> bool:
        """Open the file again and show a new window in the old one's place, with its filters,
        fact and history; when the file still cannot be read, say why and keep the old window."""
        old = self.window
        try:
            catalog = Catalog.open(self.path)
        except StoreError as error:
            messages.warn(old, _tr("The database cannot be reopened"), error.translated(_tr))
            return False
        old.save_window_state()  # the new window starts from the old one's layout
        self._hook.databaseLost.disconnect(old.database_lost)
        self._hook.database_reopened(self.window.browser.database_shown_path())
        self.window = self._window(catalog)
        self.window.start()
        self.window.continue_from(old)
        self.window.status_line.show_note(fill(_tr("Reopened %1"), readable(str(self.path))))
        old.discard()
        # The old connection closes with its window, so nothing the window still had queued
        # can reach a closed connection.
        old_catalog = self.catalog
        old.destroyed.connect(lambda *_: old_catalog.close())
        old.deleteLater()
        self.catalog = catalog
        return True

    def close(self) -> None:
        self.catalog.close()
