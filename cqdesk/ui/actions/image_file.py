"""Saving a picture (a chart, the map) as PNG or SVG: asking where, with the format's suffix, and
saying why when it was not saved."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QWidget

from cqdesk.text.formatting import fill
from cqdesk.text.safe_text import readable
from cqdesk.ui import messages
from cqdesk.ui.actions.view_export import PathChooser
from cqdesk.ui.messages import write_outcome, write_reason

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
