"""The folder save dialogs open in: the last one saved to, kept across restarts."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QStandardPaths

from cqdesk import settings
from cqdesk.settings import Settings


def _documents() -> str:
    return QStandardPaths.writableLocation(QStandardPaths.StandardLocation.DocumentsLocation)


class ExportFolder:
    """Remembers the folder of the last file written (in ``store`` when there is one)."""

    def __init__(self, store: Settings | None = None) -> None:
        self._store = store
        saved = store.get(settings.EXPORT_FOLDER) if store is not None else ""
        # A remembered folder that has since gone falls back to Documents.
        self._folder = saved if saved and Path(saved).is_dir() else _documents()

    def path(self) -> Path:
        """The folder to suggest."""
        return Path(self._folder)

    def remember(self, written: Path) -> None:
        """Suggest the folder of ``written`` from now on, in this run and the next."""
        self._folder = str(written.parent)
        if self._store is not None:
            self._store.set(settings.EXPORT_FOLDER, self._folder)
