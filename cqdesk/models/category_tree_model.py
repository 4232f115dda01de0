"""The category tree: an "All facts" root over the report's sections, each with its fact count."""

from __future__ import annotations

from html import escape

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QGuiApplication, QPalette

from cqdesk.models.place_tree_model import count_phrase
from cqdesk.models.tree_model import TreeModel, TreeNode
from cqdesk.store.records import Category

ALL_FACTS = ""  # the id of the root node: no category filter


def _tr(text: str) -> str:
    return QCoreApplication.translate("CategoryTreeModel", text)


def _node(category: Category) -> TreeNode:
    # The full name (a narrow pane elides it) and the count, as escaped rich text.
    tooltip = f"<p><b>{escape(category.name)}</b><br>{escape(count_phrase(category.count))}</p>"
    node = TreeNode(category.id, category.name, category.count, tooltip=tooltip)
    for child in category.children:
        node.add(_node(child))
    return node


class CategoryTreeModel(TreeModel):
    """Categories with counts under one "All facts" root."""

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self.headers = (_tr("Category"), _tr("Facts"))

    def set_categories(self, categories: tuple[Category, ...], total: int) -> None:
        """Show ``categories`` under a root counting all ``total`` facts."""
        root = TreeNode(ALL_FACTS, _tr("All facts"), total)
        for category in categories:
            root.add(_node(category))
        self.set_roots([root])

    def extra_data(self, node: TreeNode, role: int):
        # A section the other filters leave empty is greyed, still selectable.
        if role == Qt.ItemDataRole.ForegroundRole and node.count == 0:
            return QGuiApplication.palette().brush(
                QPalette.ColorGroup.Disabled, QPalette.ColorRole.Text
            )
        return None
