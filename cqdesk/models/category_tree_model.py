"""The category tree: an "All facts" root over the report's sections, each with its fact count."""

from __future__ import annotations

from html import escape

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QGuiApplication, QPalette

from cqdesk.models.place_tree_model import count_phrase
from cqdesk.models.tree_model import TreeModel, TreeNode
from cqdesk.store.records import Category
from cqdesk.text import language

ALL_FACTS = ""  # the id of the root node: no category filter


def _tr(text: str) -> str:
    # lupdate (-tr-function-alias tr+=_tr) files these calls under the empty context.
    return QCoreApplication.translate("", text)


def _node(category: Category) -> TreeNode:
    node = TreeNode(category.id, category.name, category.count, record=category)
    for child in category.children:
        node.add(_node(child))
    return node


class CategoryTreeModel(TreeModel):
    """Categories with counts under one "All facts" root."""

    @property
    def headers(self) -> tuple[str, str]:  # type: ignore[override]
        return (_tr("Category"), _tr("Facts"))

    def name_of(self, node: TreeNode) -> str:
        if not isinstance(node.record, Category):
            return _tr("All facts") if node.item_id == ALL_FACTS else node.name
        return language.shown(node.record.name, node.record.name_zh)

    def tooltip_of(self, node: TreeNode) -> str:
        # The full name (a narrow pane elides it), the English in Chinese mode, and the count.
        if not isinstance(node.record, Category):
            return ""
        names = [self.name_of(node), language.other(node.record.name, node.record.name_zh)]
        lines = [f"<b>{escape(names[0])}</b>"] + [escape(name) for name in names[1:] if name]
        return f"<p>{'<br>'.join(lines)}<br>{escape(count_phrase(node.count))}</p>"

    def set_categories(self, categories: tuple[Category, ...], total: int) -> None:
        """Show ``categories`` under a root counting all ``total`` facts."""
        root = TreeNode(ALL_FACTS, "All facts", total)
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
