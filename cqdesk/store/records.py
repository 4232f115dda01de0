"""Frozen records the store returns; plain data, no Qt and no SQL."""

from __future__ import annotations

from dataclasses import dataclass, field


@dataclass(frozen=True)
class Source:
    """The one source document and its citation."""

    id: str
    title: str
    publisher: str
    url: str
    published: str
    statement_by: str | None
    statement_date: str | None
    text: str


@dataclass(frozen=True)
class Category:
    """A node of the category tree; ``count`` covers its whole subtree."""

    id: str
    parent_id: str | None
    name: str
    count: int
    children: tuple[Category, ...] = ()


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
    children: tuple[Place, ...] = ()


@dataclass(frozen=True)
class Entity:
    """A company or organisation the report names."""

    id: str
    name: str
    kind: str | None


@dataclass(frozen=True)
class FactQuery:
    """Which facts to show: a category subtree, a place subtree, search text and an organisation,
    all together."""

    category_id: str | None = None
    place_id: str | None = None
    search: str = ""
    entity_id: str | None = None


SORT_KEYS = (
    "position",
    "label",
    "value",
    "unit",
    "qualifier",
    "change",
    "place",
    "category",
    "kind",
)


@dataclass(frozen=True)
class FactSort:
    """The order of the facts list: one of ``SORT_KEYS``, ascending or descending."""

    key: str = "position"
    descending: bool = False


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


@dataclass(frozen=True)
class Span:
    """A quoted stretch of the source and the fact it belongs to (code points, end exclusive)."""

    fact_id: str
    start: int
    end: int
    value_start: int | None
    value_end: int | None
    role: str  # "quote" (the fact's own quote) or "summary" (a bullet repeating it)


@dataclass(frozen=True)
class ChartBar:
    """One bar of a chart."""

    fact_id: str
    label: str
    value: float
    value_display: str
    qualifier: str | None
    kind: str


@dataclass(frozen=True)
class Chart:
    """A chart of one category, its bars in order."""

    id: str
    category_id: str
    title: str
    kind: str
    unit: str
    bars: tuple[ChartBar, ...]
