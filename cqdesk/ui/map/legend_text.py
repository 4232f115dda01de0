"""The legend's words, translated where the window is."""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import QCoreApplication


def _tr(text: str) -> str:
    # lupdate (-tr-function-alias tr+=_tr) files these calls under the empty context.
    return QCoreApplication.translate("", text)


@dataclass(frozen=True)
class LegendTexts:
    """Every phrase the legend shows."""

    heading: str
    none: str
    report_mark: str
    gazetteer_mark: str
    frame: str


def legend_texts() -> LegendTexts:
    return LegendTexts(
        heading=_tr("Facts about each division and its parks"),
        none=_tr("none"),
        report_mark=_tr("a park or zone the report places there"),
        gazetteer_mark=_tr("a park or zone placed by gazetteer knowledge, not the report"),
        frame=_tr("thick frame: the current place filter"),
    )
