"""Saving a drawn chart as PNG or SVG and copying it to the clipboard."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtGui import QGuiApplication

from cqdesk.ui.chart_plot import ChartView
from cqdesk.ui.chart_text import tr

FORMATS = (".png", ".svg")


def save_chart(view: ChartView, path: str) -> None:
    """Write the chart to ``path`` as PNG or SVG by its suffix; ValueError or OSError say why not."""
    target = Path(path)
    suffix = target.suffix.lower()
    if suffix not in FORMATS:
        raise ValueError(tr("Charts can be saved as .png or .svg, not “%s”.") % (suffix or path))
    if not target.parent.is_dir():
        raise OSError(tr("Cannot save the chart: the folder “%s” does not exist.") % target.parent)
    if suffix == ".png":
        _save_png(view, target)
    else:
        _save_svg(view, target)


def _save_png(view: ChartView, target: Path) -> None:
    if not view.render_image().save(str(target), "PNG"):
        raise OSError(tr("Cannot save the chart to “%s”: the file could not be written.") % target)


def _save_svg(view: ChartView, target: Path) -> None:
    try:
        target.write_bytes(view.svg_bytes())
    except OSError as error:
        raise OSError(tr("Cannot save the chart to “%s”: %s") % (target, error.strerror)) from error


def copy_chart(view: ChartView) -> None:
    """Put the chart image on the clipboard."""
    QGuiApplication.clipboard().setImage(view.render_image())
