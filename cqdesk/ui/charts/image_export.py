"""Save chart as PNG or SVG, and Copy chart image: the window's actions over the chart pane."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QWidget

from cqdesk.text.formatting import fill
from cqdesk.ui.actions.export_folder import ExportFolder
from cqdesk.ui.actions.image_file import IMAGE_FORMATS, PictureSaver
from cqdesk.ui.actions.view_export import PathChooser, ask_path
from cqdesk.ui.actions.window_actions import Actions
from cqdesk.ui.charts.slot import ChartSlot
from cqdesk.ui.charts.text import chart_title
from cqdesk.ui.window.browser import Browser


def _tr(text: str) -> str:
    # lupdate (-tr-function-alias tr+=_tr) files these calls under the empty context.
    return QCoreApplication.translate("", text)


class ChartImageExporter(PictureSaver):
    """Runs the chart actions, enabled only while a chart is drawn; ``choose`` asks for a path."""

    def __init__(
        self,
        slot: ChartSlot,
        actions: Actions,
        browser: Browser,
        folder: ExportFolder,
        parent: QWidget,
        choose: PathChooser = ask_path,
    ) -> None:
        super().__init__(browser, folder, parent, choose)
        self._slot, self._actions = slot, actions
        actions.save_chart_png.triggered.connect(lambda: self.save("png"))
        actions.save_chart_svg.triggered.connect(lambda: self.save("svg"))
        actions.copy_chart.triggered.connect(self.copy)
        slot.set_context_actions(actions.chart_menu())
        slot.chartChanged.connect(self.update_actions)
        self.update_actions()

    def update_actions(self) -> None:
        """Enable saving, copying and reading as a table while a chart is drawn."""
        drawn = self._slot.has_chart()
        for action in self._actions.chart_menu():
            action.setEnabled(drawn)

    def save(self, fmt: str) -> bool:
        """Ask for a file and save the drawn chart as ``fmt`` (png, svg); False if not saved."""
        chart = self._slot.drawn_chart()
        if chart is None:
            self._browser.message.emit(_tr("Nothing saved: no chart is drawn."))
            return False
        name = IMAGE_FORMATS[fmt][0]
        path = self.save_picture(
            fmt,
            f"cqdesk-{chart.id}",
            fill(_tr("Save chart as %1"), name),
            lambda path: self._slot.save_image(str(path)),
            _tr("Chart not saved"),
            _tr(
                "Could not save the chart to “%1”: %2.\n\nNothing was saved. %3 Choose another folder or file name."
            ),
        )
        if path is None:
            return False
        self._browser.message.emit(
            fill(_tr("Saved the chart “%1” as %2 to %3"), chart_title(chart), name, str(path))
        )
        return True

    def copy(self) -> bool:
        """Put the drawn chart's image on the clipboard; False when no chart is drawn."""
        chart = self._slot.drawn_chart()
        if chart is None:
            self._browser.message.emit(_tr("Nothing copied: no chart is drawn."))
            return False
        self._slot.copy_image()
        self._browser.message.emit(
            fill(_tr("Copied the chart “%1” as an image."), chart_title(chart))
        )
        return True
