"""Show chart as table and Export chart data: the window's actions over the drawn chart's bars."""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QObject, Qt
from PySide6.QtWidgets import QWidget

from cqdesk.export.chart_data import chart_csv, write_atomically
from cqdesk.store.records import Sources
from cqdesk.text.formatting import fill
from cqdesk.ui import messages
from cqdesk.ui.actions.export_folder import ExportFolder
from cqdesk.ui.actions.view_export import PathChooser, ask_path
from cqdesk.ui.actions.window_actions import Actions
from cqdesk.ui.charts.slot import ChartSlot
from cqdesk.ui.charts.text import chart_in_language, chart_title
from cqdesk.ui.window.browser import Browser
from cqdesk.ui.words import window_words

if TYPE_CHECKING:
    # Its dialog and table model load when the table is first shown, not before the window's
    # first paint.
    from cqdesk.ui.charts.table_view import ChartTableDialog


def _tr(text: str) -> str:
    # lupdate (-tr-function-alias tr+=_tr) files these calls under the empty context.
    return QCoreApplication.translate("", text)


class ChartDataExporter(QObject):
    """Opens the drawn chart as a table, and writes its bars to a CSV file the person chooses."""

    def __init__(
        self,
        slot: ChartSlot,
        actions: Actions,
        browser: Browser,
        sources: Sources,
        folder: ExportFolder,
        parent: QWidget,
        choose: PathChooser = ask_path,
    ) -> None:
        super().__init__(parent)
        self._slot, self._browser, self._sources = slot, browser, sources
        self._folder, self._window, self.choose = folder, parent, choose
        self.dialog: ChartTableDialog | None = None
        actions.show_chart_table.triggered.connect(self.show_table)
        actions.export_chart_csv.triggered.connect(self.export_csv)

    def show_table(self) -> ChartTableDialog | None:
        """Open the drawn chart's bars as a table (not modal); None when no chart is drawn."""
        chart = self._slot.drawn_chart()
        if chart is None:
            self._browser.message.emit(_tr("No chart is drawn, so there is no table to show."))
            return None
        if self.dialog is not None:
            self.dialog.close()
        from cqdesk.ui.charts.table_view import ChartTableDialog

        self.dialog = ChartTableDialog(chart, self._sources, self.export_csv, self._window)
        self.dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self.dialog.destroyed.connect(self._forget_dialog)
        self.dialog.show()
        self.dialog.activateWindow()
        return self.dialog

    def _forget_dialog(self) -> None:
        self.dialog = None

    def export_csv(self) -> bool:
        """Ask for a file and write the drawn chart's bars as CSV; False when not written."""
        chart = self._slot.drawn_chart()
        if self.dialog is not None and self.dialog.isVisible():
            chart = self.dialog.chart  # the table the person is reading, even if the pane moved on
        if chart is None:
            self._browser.message.emit(_tr("Nothing exported: no chart is drawn."))
            return False
        chosen = self.choose(
            self._window,
            _tr("Export chart data as CSV"),
            str(self._folder.path() / f"cqdesk-chart-{chart.id}.csv"),
            _tr("CSV files (*.csv);;All files (*)"),
        )
        if not chosen:
            return False
        path = Path(chosen)
        path = path if path.suffix else path.with_suffix(".csv")
        try:
            shown = chart_in_language(chart)  # as the chart and its table read
            write_atomically(path, chart_csv(shown, self._sources, window_words()))
        except OSError as error:
            self._failed(path, error)
            return False
        self._folder.remember(path)
        self._browser.message.emit(
            fill(
                _tr("Exported the %1 bars of “%2” as CSV to %3"),
                str(len(chart.bars)),
                chart_title(chart),
                str(path),
            )
        )
        return True

    def _failed(self, path: Path, error: OSError) -> None:
        messages.warn(
            self._window,
            _tr("Chart data not exported"),
            fill(
                _tr(
                    "Could not write “%1”: %2.\n\nNothing was exported. Choose another folder or file name."
                ),
                str(path),
                error.strerror or str(error),
            ),
        )
