"""Save map as PNG or SVG: the window's actions over the map pane, with a save dialog."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QWidget

from cqdesk.text.formatting import fill
from cqdesk.ui.actions.export_folder import ExportFolder
from cqdesk.ui.actions.image_file import IMAGE_FORMATS, PictureSaver
from cqdesk.ui.actions.view_export import PathChooser, ask_path
from cqdesk.ui.actions.window_actions import Actions
from cqdesk.ui.map.slot import MapTab
from cqdesk.ui.window.browser import Browser


def _tr(text: str) -> str:
    # lupdate (-tr-function-alias tr+=_tr) files these calls under the empty context.
    return QCoreApplication.translate("", text)


class MapImageExporter(PictureSaver):
    """Runs Save map as PNG/SVG; ``choose`` asks for the path (tests pass their own)."""

    def __init__(
        self,
        tab: MapTab,
        actions: Actions,
        browser: Browser,
        folder: ExportFolder,
        parent: QWidget,
        choose: PathChooser = ask_path,
    ) -> None:
        super().__init__(browser, folder, parent, choose)
        self._tab = tab
        actions.save_map_png.triggered.connect(lambda: self.save("png"))
        actions.save_map_svg.triggered.connect(lambda: self.save("svg"))
        # The map's context menu, once the map is made (after the window's first paint).
        tab.loaded.connect(lambda pane: pane.view.addActions(actions.map_actions()))

    def save(self, fmt: str) -> bool:
        """Ask for a file and save the map as ``fmt`` (png, svg); False when not saved."""
        name = IMAGE_FORMATS[fmt][0]
        path = self.save_picture(
            fmt,
            "cqdesk-map",
            fill(_tr("Save map as %1"), name),
            lambda path: self._tab.pane().export_image(str(path)),
            _tr("Map not saved"),
            _tr(
                "Could not save the map to “%1”: %2.\n\nNothing was saved. %3 Choose another folder or file name."
            ),
        )
        if path is None:
            return False
        self._browser.message.emit(fill(_tr("Saved the map as %1 to %2"), name, str(path)))
        return True
