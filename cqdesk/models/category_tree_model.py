"""The category tree: an "All facts" root over the report's sections, each with its fact count."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from cqdesk.models.tree_model import TreeModel, TreeNode
from cqdesk.store.records import Category

ALL_FACTS = ""  # the id of the root node: no category filter


def _tr(text: str) -> str:
    return QCoreApplication.translate("CategoryTreeModel", text)


def _node(category: Category) -> TreeNode:
    node = TreeNode(category.id, category.name, category.count)
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
