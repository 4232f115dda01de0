"""Saving a picture (a chart, the map) as PNG or SVG: asking where, with the format's suffix, and
saying why when it was not saved."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QObject
from PySide6.QtWidgets import QWidget

from cqdesk.text.formatting import fill
from cqdesk.text.safe_text import readable
from cqdesk.ui import messages
from cqdesk.ui.actions.export_folder import ExportFolder
from cqdesk.ui.actions.view_export import PathChooser
from cqdesk.ui.messages import write_outcome, write_reason
from cqdesk.ui.window.browser import Browser

IMAGE_FORMATS = {"png": ("PNG", ".png"), "svg": ("SVG", ".svg")}


def _tr(text: str) -> str:
    # lupdate (-tr-function-alias tr+=_tr) files these calls under the empty context.
    return QCoreApplication.translate("", text)


def choose_image_path(
    choose: PathChooser, window: QWidget, caption: str, suggested: Path, fmt: str
) -> Path | None:
    """The file the person chose for a ``fmt`` picture (its suffix added if typed without one),
    or None when they cancelled. ``suggested`` has no suffix; the format's own is added."""
    name, suffix = IMAGE_FORMATS[fmt]
    chosen = choose(
        window,
        caption,
        str(suggested.with_name(suggested.name + suffix)),
        fill(_tr("%1 images (*%2);;All files (*)"), name, suffix),
    )
    if not chosen:
        return None
    path = Path(chosen)
    return path if path.suffix else path.with_suffix(suffix)


def warn_not_saved(
    window: QWidget, title: str, could_not_save: str, path: Path, error: Exception
) -> None:
    """Tell why a picture was not saved to ``path``, in the same words for every picture.

    A failed write (an OSError from the system or ``safe_write``, which has an errno) fills
    ``could_not_save``, the picture's own "Could not save the … to “%1”: %2.\n\nNothing was
    saved. %3 Choose another folder or file name.": where, why (the disk is full, the folder
    cannot be written to) and what became of the file that was there. A refused name or a
    picture that could not be drawn says its own message.
    """
    if isinstance(error, OSError) and error.errno is not None:
        text = fill(could_not_save, readable(str(path)), write_reason(error), write_outcome(error))
    else:
        text = fill(_tr("%1\n\nNothing was saved. Choose another folder or file name."), str(error))
    messages.warn(window, title, text)


class PictureSaver(QObject):
    """What saving a chart or the map shares: ``choose`` asks for the file (tests pass their
    own), the export folder suggests where and remembers it, a failure is told in the
    picture's words; ``browser`` carries the status line's message."""

    def __init__(
        self, browser: Browser, folder: ExportFolder, parent: QWidget, choose: PathChooser
    ) -> None:
        super().__init__(parent)
        self._browser, self._folder, self._window, self.choose = browser, folder, parent, choose

    def save_picture(
        self,
        fmt: str,
        stem: str,
        caption: str,
        write: Callable[[Path], None],
        not_saved: str,
        could_not_save: str,
    ) -> Path | None:
        """Ask for a ``fmt`` file (``stem`` plus the suffix suggested in the export folder)
        under the dialog's ``caption``, and ``write`` the picture there; the file written, or
        None when the person cancelled or it failed (then a box titled ``not_saved`` says why,
        see ``warn_not_saved``)."""
        path = choose_image_path(
            self.choose, self._window, caption, self._folder.path() / stem, fmt
        )
        if path is None:
            return None
        try:
            write(path)
        except (ValueError, OSError) as error:
            warn_not_saved(self._window, not_saved, could_not_save, path, error)
            return None
        self._folder.remember(path)
        return path
