"""Frozen records the store returns; plain data, no Qt and no SQL."""

from __future__ import annotations

from collections.abc import Callable, Iterable
from dataclasses import dataclass, field, fields, replace
from functools import cached_property
from typing import Any, TypeVar

from cqdesk.store.search import match_expression

REPORT, REFERENCE = "report", "reference"

T = TypeVar("T")


def record_maker(cls: type[T]) -> Callable[[Iterable], T]:
    """A maker of ``cls`` (a frozen dataclass) from the values of all its fields in order, for
    the store's bulk reads: filled as ``copy`` and ``pickle`` fill one (its ``__dict__`` at
    once), since a frozen class's ``__init__`` sets each field through ``object.__setattr__``:
    5 microseconds for a row's 27 fields, a second of every export of 100,000 facts."""
    names = tuple(item.name for item in fields(cls))  # type: ignore[arg-type]
    new = object.__new__

    def make(values: Iterable) -> T:
        record = new(cls)
        record.__dict__.update(zip(names, values, strict=True))
        return record

    return make


@dataclass(frozen=True)
class Source:
    """A source and its citation: the report (quoted, with its text) or a reference publication
    (cited for its figures, never quoted: its ``text`` is empty)."""

    id: str
    title: str
    publisher: str
    url: str
    published: str
    statement_by: str | None
    statement_date: str | None
    text: str
    kind: str = REPORT
    # The project's Chinese forms of the names (None where not known for certain); the title
    # has none: a publication is cited by the title it was published under.
    publisher_zh: str | None = None
    statement_by_zh: str | None = None


@dataclass(frozen=True)
class Sources:
    """Every source of a database, the reports first; each fact names one by its id."""

    all: tuple[Source, ...]

    @property
    def report(self) -> Source:
        """The report: the source whose text the window shows and whose words are quoted."""
        return next((s for s in self.all if s.kind == REPORT), self.all[0])

    @cached_property
    def _order(self) -> dict[str, int]:
        # Each source's place in ``all``, by id: a generated database has thousands of sources,
        # and every row of an export asks for its own.
        return {source.id: n for n, source in enumerate(self.all)}

    def get(self, source_id: str | None) -> Source:
        """The source with ``source_id``; the report for an unknown id (a hand-made database)."""
        found = self._order.get(source_id) if source_id is not None else None
        return self.all[found] if found is not None else self.report

    def cited(self, source_ids: Iterable[str]) -> tuple[Source, ...]:
        """The sources named by ``source_ids``, once each, in the database's order."""
        found = sorted({self._order[i] for i in source_ids if i in self._order})
        return tuple(self.all[n] for n in found) or (self.report,)


@dataclass(frozen=True)
class Category:
    """A node of the category tree; ``count`` covers its whole subtree."""

    id: str
    parent_id: str | None
    name: str
    count: int
    children: tuple[Category, ...] = ()
    name_zh: str | None = None  # the project's translation; None where it has none


@dataclass(frozen=True)
class Place:
    """A node of the place tree; ``count`` covers the facts of every place inside it."""

    id: str
    name: str
    name_zh: str | None
    kind: str
    provenance: str
    count: int = 0
    direct_count: int = 0
    parent_provenance: str | None = None
    # For a link the report gives: "stated" in its words, or only "implied" (by the place's name,
    # or by the district that brought the project in).
    parent_evidence: str | None = None
    children: tuple[Place, ...] = ()
    # Whose Chinese name it is: "gazetteer", "translation" (the project's), or for a bonded zone
    # "gazetteer+translation" (the gazetteer's short name and the project's 综合保税区).
    zh_provenance: str | None = None


@dataclass(frozen=True)
class Entity:
    """A company or organisation the report names."""

    id: str
    name: str
    kind: str | None
    name_zh: str | None = None  # None where the official Chinese name is not known for certain


# The filters of a FactQuery, in the order they are cleared when they hide a fact (the
# search first: it is the easiest to type again), and what each clears to.
FILTERS = ("search", "entity_id", "place_id", "category_id")
_CLEARED: dict[str, str | None] = {"search": ""}


@dataclass(frozen=True)
class FactQuery:
    """Which facts to show: a category subtree, a place subtree, search text and an organisation,
    all together. Search text is normalised once, here: stripped, with NUL read as a space."""

    category_id: str | None = None
    place_id: str | None = None
    search: str = ""
    entity_id: str | None = None

    def __post_init__(self) -> None:
        # Empty ids mean "no filter"; a frozen record normalises itself once, where it is made.
        for name in ("category_id", "place_id", "entity_id"):
            if not getattr(self, name):
                object.__setattr__(self, name, None)
        object.__setattr__(self, "search", (self.search or "").replace("\x00", " ").strip())

    @cached_property
    def match(self) -> str | None:
        """The search as an FTS5 MATCH expression (None when it has no word or number)."""
        return match_expression(self.search)

    @property
    def searches_nothing(self) -> bool:
        """True when search text is given but holds no word or number ("!!!", "%")."""
        return bool(self.search) and self.match is None

    def active(self) -> tuple[str, ...]:
        """The names of the filters that are set, in FILTERS order."""
        return tuple(name for name in FILTERS if getattr(self, name))

    def without(self, *names: str) -> FactQuery:
        """This query with the named filters cleared."""
        unknown = set(names) - set(FILTERS)
        if unknown:
            raise ValueError(f"unknown filters {sorted(unknown)}")
        cleared: dict[str, Any] = {name: _CLEARED.get(name) for name in names}
        return replace(self, **cleared)

    def with_filter(self, name: str, value: str | None) -> FactQuery:
        """This query with one filter set (an empty value clears it)."""
        if name not in FILTERS:
            raise ValueError(f"unknown filter {name!r}")
        changes: dict[str, Any] = {name: value or _CLEARED.get(name)}
        return replace(self, **changes)


# Every ordering of the facts list, with the English name the command line and exports use
# (the window names them by its own translated column headers).
SORT_NAMES = {
    "position": "the report's order",
    "label": "label",
    "value": "value",
    "unit": "unit",
    "qualifier": "qualifier",
    "change": "change",
    "reading": "reading",
    "place": "place",
    "category": "category",
    "kind": "kind",
}
SORT_KEYS = tuple(SORT_NAMES)


@dataclass(frozen=True)
class FactSort:
    """The order of the facts list: one of ``SORT_KEYS``, ascending or descending."""

    key: str = "position"
    descending: bool = False

    def __post_init__(self) -> None:
        if self.key not in SORT_NAMES:
            raise ValueError(f"unknown sort key {self.key!r}")

    @property
    def is_report_order(self) -> bool:
        """True for the report's own order, the default."""
        return self.key == "position" and not self.descending


@dataclass(frozen=True)
class FactRow:
    """One row of the facts table."""

    id: str
    kind: str
    label: str
    value: float | None
    value_display: str | None
    unit: str | None
    qualifier: str | None
    change: str | None
    place_label: str | None
    category_name: str
    quote: str | None
    period: str | None
    source_id: str | None = None
    reading: str | None = None  # derived facts: "exact", "assumption" or "unresolved"
    note: str | None = None
    formula: str | None = None
    entity_label: str | None = None
    # The Chinese forms the window shows in Chinese mode (None where there is none).
    label_zh: str | None = None
    value_display_zh: str | None = None
    unit_zh: str | None = None
    change_zh: str | None = None
    place_label_zh: str | None = None
    category_name_zh: str | None = None
    entity_label_zh: str | None = None
    note_zh: str | None = None  # None where the note has no current translation
    period_zh: str | None = None
    cited_sources: tuple[str, ...] = ()  # its own source, or for a derived fact its inputs'


# A view's facts as its streamed exports read them (``Catalog.csv_values`` and ``json_values``):
# plain tuples of these fields in this order, with no FactRow made for each. The names are
# FactRow's and FactDetail's; ``value_display`` is as stored (``qualified_display`` gives the
# row's) and ``cited_sources`` the stored text of ids.
CSV_FIELDS = (
    "id", "label", "value", "value_display", "qualifier", "value_display_zh", "unit", "change",
    "period", "kind", "reading", "place_label", "entity_label", "category_name", "quote",
    "formula", "note", "source_id", "cited_sources",
)  # fmt: skip
# The Chinese forms after them in a CSV in Chinese, each None where there is none.
CSV_CHINESE_FIELDS = (
    "label_zh", "unit_zh", "change_zh", "period_zh", "place_label_zh", "entity_label_zh",
    "category_name_zh", "note_zh",
)  # fmt: skip
# A JSON fact: first its text columns already as JSON (SQLite's json_quote, which escapes text
# exactly as the json module does), ``describes`` the id of the fact it describes when the
# database holds that fact; then its columns as stored, and ``ordinary``: false when a column holds a value of a type
# the build never writes there (a hand-made database), whose fact comes as a FactDetail in
# its chunk's ViewLinks instead.
JSON_FIELDS = (
    "id_json", "label_json", "change_json", "period_json", "category_name_json", "quote_json",
    "quote_start_json", "quote_end_json", "formula_json", "describes_json", "note_json", "id",
    "kind", "value", "value_display", "qualifier", "unit", "value_display_zh", "reading",
    "source_id", "cited_sources", "category_id", "ordinary",
)  # fmt: skip


@dataclass(frozen=True)
class ViewLinks:
    """What the facts of a chunk of ``Catalog.json_values`` link to, as their details list
    it: each category's path (``FactDetail.category_path``) by its id; each fact's places,
    organisations and inputs (the ids of those the database holds), by its id, for the facts
    that have some; the records of the places and organisations named for the first time in
    this chunk (an earlier chunk brought the others: a writer keeps what it needs of them); and
    the details of the chunk's facts that are not ``ordinary``."""

    paths: dict[str, tuple[str, ...]]
    places: dict[str, list[str]]
    entities: dict[str, list[str]]
    inputs: dict[str, tuple[str, ...]]
    place_records: dict[str, Place]
    entity_records: dict[str, Entity]
    details: dict[str, FactDetail]


@dataclass(frozen=True)
class PageKey:
    """Where a row stands in its view's order: its number in that order over the whole table
    (the build's ``fact_order``) and its rowid. A page next to it is read from just past it."""

    number: int
    rowid: int


@dataclass(frozen=True)
class Anchor:
    """A row of a view whose key is known: a page near it is read from it, not from an end."""

    row: int
    key: PageKey


@dataclass(frozen=True)
class FactPage:
    """Consecutive rows of a view, with the keys of the first and the last (None when empty,
    or when the rows came without keys)."""

    rows: list[FactRow]
    first: PageKey | None = None
    last: PageKey | None = None


@dataclass(frozen=True)
class FactDetail:
    """Everything the detail pane shows about one fact."""

    row: FactRow
    category_path: tuple[str, ...]
    quote_start: int | None
    quote_end: int | None
    value_start: int | None
    value_end: int | None
    formula: str | None
    note: str | None
    places: tuple[Place, ...] = ()
    entities: tuple[Entity, ...] = ()
    inputs: tuple[FactRow, ...] = ()
    used_by: tuple[FactRow, ...] = ()
    describes: FactRow | None = None
    described_by: tuple[FactRow, ...] = field(default_factory=tuple)
    category_path_zh: tuple[str, ...] = ()  # the same path in Chinese, English where none
    note_zh: str | None = None  # the project's translation of the note, None where there is none


@dataclass(frozen=True)
class Span:
    """A quoted stretch of the source and the fact it belongs to (code points, end exclusive)."""

    fact_id: str
    start: int
    end: int
    value_start: int | None
    value_end: int | None
    role: str  # "quote" (the fact's own quote) or "summary" (a bullet repeating it)
    source_id: str | None = None  # the source whose text the offsets count in


@dataclass(frozen=True)
class ChartBar:
    """One bar of a chart."""

    fact_id: str
    label: str
    value: float
    value_display: str
    qualifier: str | None
    kind: str
    reading: str | None = None
    group: str | None = (
        None  # a comparison chart's group ("Online retail"); the label is the series
    )
    source_id: str | None = None
    label_zh: str | None = None
    value_display_zh: str | None = None
    group_zh: str | None = None  # the group in Chinese, None where the project has none


@dataclass(frozen=True)
class Chart:
    """A chart of one category, its bars in order."""

    id: str
    category_id: str
    title: str
    kind: str
    unit: str
    bars: tuple[ChartBar, ...]
    title_zh: str | None = None
    unit_zh: str | None = None  # the unit in Chinese (件, 元), None where there is none


@dataclass(frozen=True)
class MapMark:
    """A park or zone drawn inside a division's tile; ``provenance`` says who placed it there."""

    place_id: str
    name: str
    name_zh: str | None
    kind: str
    provenance: str  # "source" (the report's words) or "gazetteer"


@dataclass(frozen=True)
class MapTile:
    """One division's tile on the tile map, with the parks and zones inside it."""

    place_id: str
    name: str
    name_zh: str | None
    kind: str
    column: int
    row: int
    marks: tuple[MapMark, ...] = ()


@dataclass(frozen=True)
class MapCounts:
    """Facts per tile and per mark under a query's other filters, and about the whole city."""

    places: dict[str, int]  # a division or a park or zone: its facts and those of places inside
    municipality: int  # facts about the municipality as a whole, not inside any division


@dataclass(frozen=True)
class UnitStatistics:
    """Count, sum, minimum, maximum and mean of the selected values in one unit.

    ``total`` is None for a unit whose values do not add up (rates, ranks, ratios). The counts
    of lower bounds, upper bounds, approximate and derived inputs say how far the figures hold.
    """

    unit: str
    count: int
    total: float | None
    minimum: float
    maximum: float
    mean: float
    lower_bounds: int = 0
    upper_bounds: int = 0
    approximate: int = 0
    derived: int = 0

    @property
    def bound(self) -> str | None:
        """The qualifier every figure of this unit carries: a sum (or minimum, maximum, mean) of
        lower bounds and exact values is a lower bound; of both kinds of bound, no bound at all."""
        if self.lower_bounds and self.upper_bounds:
            return None
        if self.lower_bounds:
            return "lower_bound"
        if self.upper_bounds:
            return "upper_bound"
        return None

    @property
    def mixed_bounds(self) -> bool:
        """Lower and upper bounds together: the figures bound nothing."""
        return bool(self.lower_bounds and self.upper_bounds)


@dataclass(frozen=True)
class SelectionStatistics:
    """What the selected rows add up to, unit by unit (never one unit added to another)."""

    count: int
    without_value: int
    derived: int
    units: tuple[UnitStatistics, ...] = ()

    @property
    def mixed_units(self) -> bool:
        return len(self.units) > 1


@dataclass(frozen=True)
class Facets:
    """Fact counts per tree node under the other filters: ``counts[id]`` covers the node's whole
    subtree; ``total`` is what the other filters leave in all."""

    total: int
    counts: dict[str, int] = field(default_factory=dict)


@dataclass(frozen=True)
class Column:
    """A column of a stored table: its name, declared SQLite type and place in the primary key."""

    name: str
    sql_type: str
    primary_key: int  # 0 when not part of it, else its 1-based place in the key


@dataclass(frozen=True)
class ForeignKey:
    """``column`` refers to ``other_column`` of ``other_table``."""

    column: str
    other_table: str
    other_column: str


@dataclass(frozen=True)
class TableLayout:
    """A stored table's columns and keys (the rows come separately, as they may be many)."""

    name: str
    columns: tuple[Column, ...]
    primary_key: tuple[str, ...]
    foreign_keys: tuple[ForeignKey, ...]
