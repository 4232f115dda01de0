"""Resize panes from the keyboard: grow or shrink the focused pane inside its splitter."""

from __future__ import annotations

from PySide6.QtWidgets import QApplication, QSplitter, QWidget

STEP_SHARE = 0.1  # of the splitter's length, per key press


def _splitter_and_child(widget: QWidget | None) -> tuple[QSplitter, int] | None:
    """The nearest splitter above ``widget`` with the index of its child holding ``widget``."""
    child = widget
    while child is not None:
        parent = child.parentWidget()
        if isinstance(parent, QSplitter):
            return parent, parent.indexOf(child)
        child = parent
    return None


def resize_focused(step: int) -> bool:
    """Grow (``step`` 1) or shrink (-1) the pane holding the focus; False when none can move."""
    found = _splitter_and_child(QApplication.focusWidget())
    if found is None:
        return False
    splitter, index = found
    sizes = splitter.sizes()
    if len(sizes) < 2:
        return False
    change = step * max(1, int(sum(sizes) * STEP_SHARE))
    neighbour = index + 1 if index + 1 < len(sizes) else index - 1
    sizes[index] += change
    sizes[neighbour] -= change
    if min(sizes) <= 0:
        return False
    splitter.setSizes(sizes)  # the splitter keeps every pane at least at its minimum
    return True
