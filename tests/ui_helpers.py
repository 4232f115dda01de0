"""What the window tests share: reading the rows the facts table shows."""

from __future__ import annotations

from cqdesk.ui.window.main_window import MainWindow


def shown_ids(win: MainWindow) -> list[str]:
    """The ids of the facts table's rows, top to bottom."""
    model = win.fact_table.model_
    return [model.fact_row(row).id for row in range(model.rowCount())]
