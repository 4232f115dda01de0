"""The place tree: municipality, districts and counties, and the parks and zones inside them."""

from __future__ import annotations

from html import escape

from PySide6.QtCore import (
    QT_TR_NOOP,
    QCoreApplication,
    QRegularExpression,
    QSortFilterProxyModel,
    Qt,
)
from PySide6.QtGui import QBrush, QGuiApplication

from cqdesk.models.tree_model import COL_NAME, SEARCH_ROLE, TreeModel, TreeNode
from cqdesk.store.records import Place
from cqdesk.style.focus import muted_text
from cqdesk.text import language
from cqdesk.text.formatting import fill
from cqdesk.text.safe_text import TYPED_LIMIT

ALL_PLACES = ""  # the id of the "All places" row: no place filter


def _tr(text: str) -> str:
    # lupdate (-tr-function-alias tr+=_tr) files these calls under the empty context.
    return QCoreApplication.translate("", text)


def place_title(place: Place) -> str:
    """A place's name with its Chinese name when there is one; in Chinese mode the Chinese alone."""
    if language.chinese():
        return place.name_zh or place.name
    return f"{place.name} {place.name_zh}" if place.name_zh else place.name


_PROVENANCE = {
    "source": QT_TR_NOOP("named in the report"),
    "gazetteer": QT_TR_NOOP("from the gazetteer"),
}

# Whose the Chinese name is: never the report's (it is English).
_ZH_PROVENANCE = {
    "gazetteer": QT_TR_NOOP("Chinese name from the gazetteer"),
    "translation": QT_TR_NOOP("Chinese name translated by cqdesk"),
    "gazetteer+translation": QT_TR_NOOP(
        "Chinese name: the gazetteer's short name with 综合保税区, cqdesk's translation of the "
        "report's “comprehensive bonded zone”"
    ),
}

_KINDS = {
    "municipality": QT_TR_NOOP("Municipality"),
    "district": QT_TR_NOOP("District"),
    "county": QT_TR_NOOP("County"),
    "autonomous_county": QT_TR_NOOP("Autonomous county"),
    "bonded_zone": QT_TR_NOOP("Bonded zone"),
    "park": QT_TR_NOOP("Park"),
    "base": QT_TR_NOOP("Base"),
    "project_site": QT_TR_NOOP("Project site"),
    "city": QT_TR_NOOP("City"),
}


# Where a place lies, when the report gives it: in so many words, or only by implication.
_EVIDENCE = {
    "stated": QT_TR_NOOP("where it lies: stated in the report"),
    "implied": QT_TR_NOOP("where it lies: only implied by the report"),
}


def count_phrase(count: int) -> str:
    """“1 fact”, “12 facts”."""
    text = _tr("%1 fact") if count == 1 else _tr("%1 facts")
    return fill(text, str(count))


def _tooltip(place: Place) -> str:
    """The place's full names, kind and provenance, and its counts (escaped rich text)."""
    kind = _tr(str(_KINDS[place.kind])) if place.kind in _KINDS else place.kind.replace("_", " ")
    provenance = _tr(str(_PROVENANCE.get(place.provenance, place.provenance)))
    if place.parent_evidence in _EVIDENCE:
        provenance += " · " + _tr(str(_EVIDENCE[place.parent_evidence]))
    if place.count == 0:
        counts = _tr("The report gives no figures for it.")
    else:
        counts = fill(
            _tr("%1, %2 naming it directly."), count_phrase(place.count), str(place.direct_count)
        )
    english = language.other(place.name, place.name_zh)
    also = f"{escape(english)}<br>" if english else ""
    whose = _ZH_PROVENANCE.get(place.zh_provenance or "") if place.name_zh else None
    chinese = f"{escape(_tr(str(whose)))}<br>" if whose else ""
    return (
        f"<p><b>{escape(place_title(place))}</b><br>{also}"
        f"{escape(kind[:1].upper() + kind[1:])} · {escape(provenance)}<br>{chinese}"
        f"{escape(counts)}</p>"
    )


def _node(place: Place) -> TreeNode:
    node = TreeNode(
        place.id,
        place.name,
        place.count,
        search_text=f"{place.name} {place.name_zh or ''} {place.id}",
        record=place,
    )
    for child in place.children:
        node.add(_node(child))
    return node


class PlaceTreeModel(TreeModel):
    """Places with counts; a place the report never mentions is greyed but still selectable."""

    @property
    def headers(self) -> tuple[str, str]:  # type: ignore[override]
        return (_tr("Place"), _tr("Facts"))

    def name_of(self, node: TreeNode) -> str:
        if isinstance(node.record, Place):
            return place_title(node.record)
        return _tr("All places") if node.item_id == ALL_PLACES else node.name

    def tooltip_of(self, node: TreeNode) -> str:
        return _tooltip(node.record) if isinstance(node.record, Place) else ""

    def set_places(self, places: tuple[Place, ...], total: int) -> None:
        """Show an "All places" row (no filter, ``total`` facts), then the trees rooted at ``places``."""
        everywhere = TreeNode(ALL_PLACES, "All places", total)
        self.set_roots([everywhere] + [_node(place) for place in places])

    def extra_data(self, node: TreeNode, role: int):
        if role == Qt.ItemDataRole.ForegroundRole and node.count == 0:
            # Softer, yet readable: its count (0) says it has no facts, not the colour alone.
            return QBrush(muted_text(QGuiApplication.palette()))
        return None


class PlaceFilterModel(QSortFilterProxyModel):
    """Keeps the places whose English or Chinese name contains the typed text, with their parents
    and with every place inside them (a district's parks), so a match shows what it holds.

    The text is matched as plain text: escaped into a pattern Qt's own (C++) filter runs, and
    never longer than the place box takes. A longer text once made a pattern past the regular
    expression engine's limit (a warning per keystroke, and an empty tree).
    """

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self.setFilterRole(SEARCH_ROLE)
        self.setFilterKeyColumn(COL_NAME)
        self.setRecursiveFilteringEnabled(True)
        self.setAutoAcceptChildRows(True)
        # The filter reads names only: a changed count (every recount changes thousands)
        # needs no filtering again, and the proxy passes the change on as it is.
        self.setDynamicSortFilter(False)
        self._filtering = False

    def filterAcceptsRow(self, source_row: int, source_parent) -> bool:  # noqa: N802 - Qt
        # No text: every place, without reading each one's names. The tree view asks whether
        # each row it lays out has children, and the proxy filters a row's children to tell:
        # over a gazetteer of thousands of places that read every name at the first paint.
        if not self._filtering:
            return True
        return super().filterAcceptsRow(source_row, source_parent)

    def set_text(self, text: str) -> None:
        """Keep the places whose name contains ``text`` (any case); all of them for ""."""
        needle = text.strip()
        self._filtering = bool(needle)
        if len(needle) > TYPED_LIMIT:
            # Longer than the box takes and than any name the tree shows: nothing matches.
            pattern = QRegularExpression("(?!)")
        else:
            pattern = QRegularExpression(
                QRegularExpression.escape(needle),
                QRegularExpression.PatternOption.CaseInsensitiveOption,
            )
        self.setFilterRegularExpression(pattern)

    def setFilterFixedString(self, text: str) -> None:  # noqa: N802 - Qt override
        """Qt's own entry point, bounded the same way."""
        self.set_text(text)
