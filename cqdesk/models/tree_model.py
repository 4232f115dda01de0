"""A read-only two-column tree model (name, fact count) over small nodes built from records."""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass, field
from html import escape

from PySide6.QtCore import (
    QAbstractItemModel,
    QCoreApplication,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
)

from cqdesk.text.formatting import fill
from cqdesk.text.safe_text import line

NO_PARENT = QModelIndex()  # the invalid index: a default argument built once

COL_NAME, COL_COUNT = 0, 1
ID_ROLE = Qt.ItemDataRole.UserRole + 1
SEARCH_ROLE = Qt.ItemDataRole.UserRole + 2

Index = QModelIndex | QPersistentModelIndex


@dataclass(eq=False)
class TreeNode:
    """One row of a tree: the item's id, its display texts and its children."""

    item_id: str
    name: str
    count: int
    tooltip: str = ""
    full_count: int = -1  # the count without any filter (-1: the same as ``count``)
    search_text: str = ""
    record: object = None  # the Category or Place shown, for texts made when drawn
    parent: TreeNode | None = None
    children: list[TreeNode] = field(default_factory=list)

    def add(self, child: TreeNode) -> TreeNode:
        """Append ``child`` and return it."""
        child.parent = self
        self.children.append(child)
        return child

    def walk(self) -> Iterator[TreeNode]:
        """This node and every node under it, depth first."""
        yield self
        for child in self.children:
            yield from child.walk()

    def row(self) -> int:
        """This node's row under its parent."""
        return self.parent.children.index(self) if self.parent else 0


MANY_CHANGES = 50  # more changed counts than this are announced as one layout change


class TreeModel(QAbstractItemModel):
    """Shows a TreeNode hierarchy; subclasses build the nodes and name the columns."""

    headers: tuple[str, str] = ("", "")

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self._root = TreeNode("", "", 0)
        self._nodes: list[TreeNode] = []  # every node but the root, depth first

    def set_roots(self, roots: list[TreeNode]) -> None:
        """Replace the whole tree."""
        self.beginResetModel()
        self._root = TreeNode("", "", 0)
        for node in roots:
            self._root.add(node)
        # Listed once: walking a gazetteer's thousands of nodes by generator at every recount
        # took tens of milliseconds of the GUI thread.
        self._nodes = [node for root in roots for node in root.walk()]
        self.endResetModel()

    def node(self, index: Index) -> TreeNode:
        """The node behind ``index`` (the invisible root for an invalid index)."""
        return index.internalPointer() if index.isValid() else self._root

    def index(self, row: int, column: int, parent: Index = NO_PARENT) -> QModelIndex:
        # The bounds checked here rather than by hasIndex, which calls back into rowCount and
        # columnCount: a tree view asks for thousands of indexes as it lays itself out.
        if not 0 <= column < 2 or (parent.isValid() and parent.column() != COL_NAME):
            return QModelIndex()
        children = self.node(parent).children
        if not 0 <= row < len(children):
            return QModelIndex()
        return self.createIndex(row, column, children[row])

    def parent(self, index: Index = NO_PARENT) -> QModelIndex:  # type: ignore[override]
        if not index.isValid():
            return QModelIndex()
        up = self.node(index).parent
        if up is None or up is self._root:
            return QModelIndex()
        return self.createIndex(up.row(), 0, up)

    def rowCount(self, parent: Index = NO_PARENT) -> int:
        if parent.isValid() and parent.column() != COL_NAME:
            return 0
        return len(self.node(parent).children)

    def columnCount(self, parent: Index = NO_PARENT) -> int:
        return 2

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole):
        if not index.isValid():
            return None
        node = self.node(index)
        if role == Qt.ItemDataRole.DisplayRole:
            return line(self.name_of(node)) if index.column() == COL_NAME else str(node.count)
        if role == Qt.ItemDataRole.TextAlignmentRole and index.column() == COL_COUNT:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        if role == Qt.ItemDataRole.ToolTipRole:
            return self._tooltip(node)
        if role == ID_ROLE:
            return node.item_id
        if role == SEARCH_ROLE:
            return node.search_text or node.name
        return self.extra_data(node, role)

    def _tooltip(self, node: TreeNode) -> str | None:
        tooltip = self.tooltip_of(node)
        if not tooltip or node.full_count < 0 or node.full_count == node.count:
            return tooltip or None
        return tooltip + f"<p>{escape(self.filtered_phrase(node.count))}</p>"

    def filtered_phrase(self, count: int) -> str:
        """How the tooltip says the count under the other filters."""
        return fill(
            QCoreApplication.translate("TreeModel", "%1 with the other filters on."), str(count)
        )

    def set_counts(self, counts: dict[str, int], total: int) -> None:
        """Show counts under the other filters (facets): ``counts[id]`` for each node (none: 0),
        ``total`` for the root whose id is "" (no filter)."""
        changed = []
        for node in self._nodes:
            new = total if node.item_id == "" else counts.get(node.item_id, 0)
            if node.full_count < 0:
                node.full_count = node.count
            if new != node.count:
                node.count = new
                changed.append(node)
        if len(changed) > MANY_CHANGES:
            # One signal for the whole tree: a signal per node (each re-filtered by a proxy)
            # took seconds over a gazetteer of thousands of places.
            self.layoutAboutToBeChanged.emit()
            self.layoutChanged.emit()
            return
        for node in changed:
            index = self.createIndex(node.row(), COL_COUNT, node)
            self.dataChanged.emit(self.createIndex(node.row(), COL_NAME, node), index)

    def name_of(self, node: TreeNode) -> str:
        """The name a row shows, in the window's language (subclasses choose the form)."""
        return node.name

    def tooltip_of(self, node: TreeNode) -> str:
        """A row's tooltip, in the window's language."""
        return node.tooltip

    def language_changed(self) -> None:
        """Redraw names, tooltips and headers in the language now shown; the tree stays as it is."""
        self.headerDataChanged.emit(Qt.Orientation.Horizontal, 0, 1)
        self.layoutAboutToBeChanged.emit()
        self.layoutChanged.emit()

    def extra_data(self, node: TreeNode, role: int):
        """Roles a subclass adds (colours, fonts); None by default."""
        return None

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ):
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return self.headers[section] if 0 <= section < 2 else None
        return None

    def find(self, item_id: str, parent: QModelIndex = NO_PARENT) -> QModelIndex:
        """The first index (depth first) whose node has ``item_id``, or an invalid index."""
        for row in range(self.rowCount(parent)):
            child = self.index(row, COL_NAME, parent)
            if self.node(child).item_id == item_id:
                return child
            found = self.find(item_id, child)
            if found.isValid():
                return found
        return QModelIndex()
