"""Asking where to save a picture (a chart, the map) as PNG or SVG, with the format's suffix."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QWidget

from cqdesk.text.formatting import fill
from cqdesk.ui.actions.view_export import PathChooser

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
