"""The map's logic, apart from drawing: tiles, counts under the other filters, and their words."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QCoreApplication, QObject, Qt, Signal

from cqdesk.models.fact_table_model import Pending
from cqdesk.store.records import FactQuery, MapCounts, MapMark, MapTile
from cqdesk.text.formatting import fill
from cqdesk.text.place_names import short_name, short_name_zh
from cqdesk.ui.map.scale import CountClass, class_of, count_classes

# Which way each arrow key moves: (column step, row step).
DIRECTIONS = {
    Qt.Key.Key_Left: (-1, 0),
    Qt.Key.Key_Right: (1, 0),
    Qt.Key.Key_Up: (0, -1),
    Qt.Key.Key_Down: (0, 1),
}


def _tr(text: str) -> str:
    # lupdate (-tr-function-alias tr+=_tr) files these calls under the empty context.
    return QCoreApplication.translate("", text)


def facts_phrase(count: int) -> str:
    """ "1 fact", "12 facts"."""
    return _tr("1 fact") if count == 1 else fill(_tr("%1 facts"), str(count))


def mark_symbol(mark: MapMark) -> str:
    """A filled diamond where the report places the park, a hollow one where the gazetteer does."""
    return "◇" if mark.provenance == "gazetteer" else "◆"


def both_names(name: str, name_zh: str | None) -> str:
    """The English and the Chinese name, or the English alone where the Chinese is not known."""
    return f"{name} · {name_zh}" if name_zh else name


# count(query, deliver) -> the counts now, or PENDING and later ``deliver(counts)`` (or never,
# when a newer query came first).
CountFn = Callable[[FactQuery, Callable[[MapCounts], None]], "MapCounts | Pending"]


class TileMap(QObject):
    """Holds the tiles and their counts for a query; the view draws what it says.

    ``count`` answers MapCounts for a query (the store's counts under every filter but the
    place), at once or later; until a later answer comes the counts shown stay the last ones.
    ``totals`` gives the counts with no filter at all (stored by the build, so asked at once);
    ``labels`` names a query's filters for people.
    """

    changed = Signal()  # counts, selection or language changed: redraw

    def __init__(
        self,
        tiles: tuple[MapTile, ...],
        count: CountFn,
        labels: Callable[[FactQuery], list[tuple[str, str]]],
        totals: Callable[[], MapCounts],
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self.tiles = tiles
        self._count, self._labels, self._totals = count, labels, totals
        self._by_id = {tile.place_id: tile for tile in tiles}
        self.query = FactQuery()
        # Nothing is counted until the map is first shown (set_query): not at the window's start.
        self.counts = MapCounts({}, 0)
        self._counted: FactQuery | None = None  # the other filters the counts were asked for
        self.counts_for: FactQuery | None = None  # ... and those the counts shown are for
        self._unfiltered: MapCounts | None = None
        self.classes: tuple[CountClass, ...] = ()
        self.chinese = False

    def set_query(self, query: FactQuery) -> None:
        """Count again when a filter other than the place changed; note the place either way."""
        others = query.without("place_id")
        self.query = query
        if others != self._counted:
            self._counted = others
            found = self._count(others, lambda counts: self._arrived(others, counts))
            if not isinstance(found, Pending):
                self._show_counts(others, found)
        self.changed.emit()

    def counting(self) -> bool:
        """Whether the counts shown are still those of earlier filters (newer ones are asked)."""
        return self.counts_for != self._counted

    def _arrived(self, others: FactQuery, counts: MapCounts) -> None:
        if others == self._counted:  # else a newer query was asked meanwhile
            self._show_counts(others, counts)
            self.changed.emit()

    def _show_counts(self, others: FactQuery, counts: MapCounts) -> None:
        self.counts, self.counts_for = counts, others
        self._set_classes()

    def unfiltered(self, place_id: str) -> int:
        """The place's count with no filter at all (the build's, read once when first asked)."""
        if self._unfiltered is None:
            self._unfiltered = self._totals()
        return self._unfiltered.places.get(place_id, 0)

    def set_chinese(self, chinese: bool) -> None:
        """Label the tiles with Chinese (True) or English short names."""
        if chinese != self.chinese:
            self.chinese = chinese
            self.changed.emit()

    def _set_classes(self) -> None:
        largest = max((self.count(tile.place_id) for tile in self.tiles), default=0)
        self.classes = count_classes(largest)

    def tile(self, place_id: str) -> MapTile | None:
        return self._by_id.get(place_id)

    def count(self, place_id: str) -> int:
        """Facts about the place and the places inside it, under the other filters."""
        return self.counts.places.get(place_id, 0)

    def step(self, place_id: str) -> int | None:
        """The scale step of the place's count, or None when it has no facts."""
        return class_of(self.count(place_id), self.classes)

    def label(self, tile: MapTile) -> str:
        """The tile's short name in the window's language."""
        if self.chinese and tile.name_zh:
            return short_name_zh(tile.name_zh)
        return short_name(tile.name)

    def name(self, tile: MapTile) -> str:
        """The division's full name in the window's language (English where no Chinese is known)."""
        return tile.name_zh if self.chinese and tile.name_zh else tile.name

    def mark_label(self, mark: MapMark) -> str:
        return mark.name_zh if self.chinese and mark.name_zh else mark.name

    def is_selected(self, place_id: str) -> bool:
        return self.query.place_id == place_id

    def filtered(self) -> bool:
        """Whether a filter other than the place narrows the counts shown."""
        shown = self.counts_for if self.counts_for is not None else self.query.without("place_id")
        return bool(shown.active())

    def describe(self, tile: MapTile) -> str:
        """A sentence or two about a tile: both names, its count (or why none), its parks."""
        names = both_names(tile.name, tile.name_zh)
        count = self.count(tile.place_id)
        if count:
            text = fill(_tr("%1: %2"), names, facts_phrase(count))
        elif self.filtered() and self.unfiltered(tile.place_id):
            text = fill(_tr("%1. No facts about it match the other filters."), names)
        else:
            text = fill(_tr("%1. The report gives no figures for %2."), names, self.name(tile))
        parks = [self.describe_mark(mark, tile) for mark in tile.marks]
        return "\n".join([text, *parks])

    def summary(self, tile: MapTile) -> str:
        """``describe`` in one line: the parks by name and count only (the tooltip says more)."""
        first = self.describe(tile).split("\n")[0]
        parks = [
            fill(
                _tr("%1 %2 (%3)"),
                mark_symbol(mark),
                self.mark_label(mark),
                str(self.count(mark.place_id)),
            )
            for mark in tile.marks
        ]
        return fill(_tr("%1 — parks and zones: %2"), first, "; ".join(parks)) if parks else first

    def describe_mark(self, mark: MapMark, tile: MapTile) -> str:
        """One park or zone: its names, its count, and who says it lies in this division."""
        names = both_names(mark.name, mark.name_zh)
        count = facts_phrase(self.count(mark.place_id))
        if mark.provenance == "gazetteer":
            where = fill(
                _tr("placed in %1 by gazetteer knowledge; the report does not say where it is"),
                self.name(tile),
            )
        else:
            where = fill(_tr("the report places it in %1"), self.name(tile))
        return fill(_tr("%1 %2 (%3): %4"), mark_symbol(mark), names, count, where)

    def municipality_line(self) -> str:
        """The city as a whole, stated apart from its divisions."""
        whole = self.counts.municipality
        if whole == 1:
            return _tr("1 fact about Chongqing as a whole, not about one district or county")
        return fill(
            _tr("%1 facts about Chongqing as a whole, not about one district or county"),
            str(whole),
        )

    def title(self) -> str:
        return _tr("Facts by district and county, Chongqing 2020")

    def what_it_shows(self) -> str:
        """The line under an exported map: what the shading counts, and under which filters."""
        # The filters of the counts on show (a newer query's may still be on their way).
        counted = self.counts_for if self.counts_for is not None else self.query
        labels = [label for _, label in self._labels(counted.without("place_id"))]
        shown = _tr(
            "Shading: the number of the report's facts about each district or county and the "
            "parks inside it"
        )
        if labels:
            shown += fill(_tr(", under %1"), " · ".join(labels))
        shown += _tr(". Tiles are equal in size and placed as the divisions lie; no borders.")
        framed = self._labels(FactQuery(place_id=self.query.place_id))
        if framed:
            shown += fill(_tr(" Framed: %1."), framed[0][1])
        return shown

    def neighbour(self, place_id: str | None, key: Qt.Key) -> MapTile | None:
        """The nearest tile in an arrow's direction from ``place_id`` (the first tile if none)."""
        here = self.tile(place_id) if place_id else None
        if here is None:
            return self.tiles[0] if self.tiles else None
        dx, dy = DIRECTIONS[key]

        def ahead(tile: MapTile) -> tuple[int, int]:
            along = (tile.column - here.column) * dx + (tile.row - here.row) * dy
            across = abs((tile.column - here.column) * dy) + abs((tile.row - here.row) * dx)
            return along, across

        candidates = [tile for tile in self.tiles if ahead(tile)[0] > 0]
        if not candidates:
            return None

        def nearness(tile: MapTile) -> tuple[bool, int, str]:
            along, across = ahead(tile)
            # Straight ahead first; off the line, a step aside counts as two steps ahead.
            return across > 0, along + 2 * across, tile.place_id

        return min(candidates, key=nearness)
