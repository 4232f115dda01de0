"""Export view: writes the table's facts (its filters and its sort) to a file the person chooses."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QObject
from PySide6.QtWidgets import QFileDialog, QWidget

from cqdesk.export import describe, write
from cqdesk.export.views import (
    FORMAT_NAMES,
    SUFFIXES,
    StreamReader,
    export_view,
    order_phrase,
    stream_view,
)
from cqdesk.models.fact_table_model import COLUMN_SORT_KEYS, HEADERS
from cqdesk.store.records import FactDetail, FactQuery, FactRow, FactSort, Sources, ViewLinks
from cqdesk.text import language
from cqdesk.text.formatting import fill
from cqdesk.text.safe_text import readable
from cqdesk.ui import messages
from cqdesk.ui.actions.background import BackgroundJob
from cqdesk.ui.actions.clipboard import in_window_language
from cqdesk.ui.actions.export_folder import ExportFolder
from cqdesk.ui.actions.window_actions import Actions
from cqdesk.ui.messages import write_outcome, write_reason
from cqdesk.ui.panes.fact_table import FactTable
from cqdesk.ui.window.browser import Browser
from cqdesk.ui.words import window_words

# choose(parent, caption, suggested path, name filter) -> the chosen path, or "" when cancelled.
PathChooser = Callable[[QWidget, str, str, str], str]


# A view larger than this is exported off the GUI thread, with a progress bar and Cancel.
BACKGROUND_ROWS = 5_000


def _tr(text: str) -> str:
    # lupdate (-tr-function-alias tr+=_tr) files these calls under the empty context.
    return QCoreApplication.translate("", text)


def _as_os_error(error: Exception) -> OSError:
    """A failed export as the error its message box explains (the database's, in its words)."""
    return error if isinstance(error, OSError) else OSError(str(error))


def ask_path(parent: QWidget, caption: str, suggested: str, name_filter: str) -> str:
    """The standard save dialog (it asks before replacing a file)."""
    path, _chosen_filter = QFileDialog.getSaveFileName(parent, caption, suggested, name_filter)
    return path


def column_names() -> dict[str, str]:
    """Each sort key by the table's own (translated) column header, for the export summary."""
    return {
        key: QCoreApplication.translate("FactTableModel", header).lower()
        for key, header in zip(COLUMN_SORT_KEYS, HEADERS, strict=True)
    }


class WindowLanguageReader:
    """The catalog as an export reads it: the rows as the table shows them (their Chinese forms
    in Chinese mode, as a copy has them); the JSON's records keep the database's fields. A
    streamed CSV is told the language by its caller (``stream_view``'s ``chinese``): it reads
    the store's columns, not these rows."""

    def __init__(self, catalog: StreamReader) -> None:
        self._catalog = catalog

    def rows(self, query: FactQuery, sort: FactSort = FactSort()) -> list[FactRow]:
        return in_window_language(self._catalog.rows(query, sort))

    def details(self, query: FactQuery, sort: FactSort = FactSort()) -> list[FactDetail]:
        return self._catalog.details(query, sort)

    def csv_values(
        self, query: FactQuery, sort: FactSort = FactSort(), chinese: bool = False
    ) -> Iterator[list[tuple]]:
        return self._catalog.csv_values(query, sort, chinese)

    def json_values(
        self, query: FactQuery, sort: FactSort = FactSort()
    ) -> Iterator[tuple[list[tuple], ViewLinks]]:
        return self._catalog.json_values(query, sort)

    def count(self, query: FactQuery) -> int:
        return self._catalog.count(query)

    def sources(self) -> Sources:
        return self._catalog.sources()


class ViewExporter(QObject):
    """Runs the Export view actions; ``choose`` asks for the path (tests pass their own)."""

    def __init__(
        self,
        browser: Browser,
        table: FactTable,
        sources: Sources,
        actions: Actions,
        parent: QWidget,
        folder: ExportFolder | None = None,
        choose: PathChooser = ask_path,
    ) -> None:
        super().__init__(parent)
        self._browser, self._table, self._sources = browser, table, sources
        self._window, self.choose = parent, choose
        self.folder = folder if folder is not None else ExportFolder()
        actions.export_csv.triggered.connect(lambda: self.export("csv"))
        actions.export_csv_bom.triggered.connect(lambda: self.export("csv", bom=True))
        actions.export_json.triggered.connect(lambda: self.export("json"))
        actions.export_markdown.triggered.connect(lambda: self.export("md"))

    def export(self, fmt: str, bom: bool = False) -> bool:
        """Ask for a file and write the current view to it; False when cancelled or not written."""
        path = self._ask(fmt, bom)
        if path is None:
            return False
        query, sort = self._browser.query, self._table.model_.sort_order
        size = self._table.model_.total
        if size is None or size > BACKGROUND_ROWS:
            self._export_in_background(fmt, bom, query, sort, path)
            return True
        reader = WindowLanguageReader(self._browser.catalog)
        view = export_view(reader, query, sort, fmt, bom=bom, words=window_words())
        try:
            write(path, view.text)
        except OSError as error:
            self._failed(path, error)
            return False
        self.folder.remember(path)
        self._browser.message.emit(self._summary(view.count, fmt, bom, sort, path))
        return True

    def _export_in_background(
        self, fmt: str, bom: bool, query: FactQuery, sort: FactSort, path: Path
    ) -> None:
        """A big view: written chunk by chunk on a thread of its own, with a progress bar."""

        # Read here: the translators and the language belong to the GUI thread.
        words, chinese = window_words(), language.chinese()

        def work(catalog, progress) -> int:
            reader = WindowLanguageReader(catalog)
            return stream_view(
                reader,
                query,
                sort,
                fmt,
                path,
                bom=bom,
                progress=progress,
                words=words,
                chinese=chinese,
            )

        def done(count: int) -> None:
            self.folder.remember(path)
            self._browser.message.emit(self._summary(count, fmt, bom, sort, path))

        label = fill(_tr("Exporting the view to %1…"), path.name)
        self.job = BackgroundJob(self._browser.catalog, work, label, self._window)
        self.job.done.connect(done)
        self.job.failed.connect(lambda error: self._failed(path, _as_os_error(error)))
        self.job.lost.connect(self._browser.databaseLost)
        self.job.cancelled.connect(
            lambda: self._browser.message.emit(_tr("Export cancelled; no file was written."))
        )
        self.job.start()

    def _ask(self, fmt: str, bom: bool) -> Path | None:
        name = FORMAT_NAMES[fmt] + (_tr(" for Excel") if bom else "")
        suffix = SUFFIXES[fmt]
        chosen = self.choose(
            self._window,
            fill(_tr("Export view as %1"), name),
            str(self.folder.path() / f"cqdesk-facts{suffix}"),
            fill(_tr("%1 files (*%2);;All files (*)"), FORMAT_NAMES[fmt], suffix),
        )
        if not chosen:
            return None
        path = Path(chosen)
        # A name typed without an extension gets the format's own.
        return path if path.suffix else path.with_suffix(suffix)

    def _summary(self, count: int, fmt: str, bom: bool, sort: FactSort, path: Path) -> str:
        query, names = self._browser.query, self._browser.names
        held = describe(
            count,
            # describe() names a format it does not know by the text given.
            _tr("CSV for Excel") if bom else fmt,
            category=names.category(query.category_id) if query.category_id else None,
            place=names.place(query.place_id) if query.place_id else None,
            search=query.search,
            order=order_phrase(sort, column_names(), window_words()),
            organisation=names.entity(query.entity_id) if query.entity_id else None,
            words=window_words(),
        )
        return fill(_tr("Exported %1, to %2"), held, str(path))

    def _failed(self, path: Path, error: OSError) -> None:
        messages.warn(
            self._window,
            _tr("Export failed"),
            fill(
                _tr(
                    "Could not write “%1”: %2.\n\nNothing was exported. %3 Choose another folder or file name."
                ),
                readable(str(path)),
                write_reason(error),
                write_outcome(error),
            ),
        )
