"""Tables derived at build time so the app never walks the whole database: closures and counts."""

from __future__ import annotations

import sqlite3

from cqdesk.pipeline.errors import BuildError
from cqdesk.store.sql import ORDER_COLUMNS, sort_terms

# Every ancestor of every place (a place is its own ancestor; a place may sit under two parents),
# so a place filter is one join instead of a recursive walk per query.
PLACE_CLOSURE = """
CREATE TABLE place_closure (
    ancestor_id TEXT NOT NULL REFERENCES places(id),
    place_id TEXT NOT NULL REFERENCES places(id),
    PRIMARY KEY (ancestor_id, place_id)
) WITHOUT ROWID"""

FILL_PLACE_CLOSURE = """
INSERT INTO place_closure (ancestor_id, place_id)
WITH RECURSIVE closure(ancestor_id, place_id) AS (
    SELECT id, id FROM places
    UNION SELECT closure.ancestor_id, pp.place_id
    FROM closure JOIN place_parents pp ON pp.parent_id = closure.place_id)
SELECT ancestor_id, place_id FROM closure ORDER BY ancestor_id, place_id"""

# Every fact under every place, by the fact's rowid: a place filter is one index range (as the
# driver of a query) or one primary-key probe per row (beside another filter or a sort).
PLACE_FACTS = """
CREATE TABLE place_facts (
    ancestor_id TEXT NOT NULL REFERENCES places(id),
    fact_rowid INTEGER NOT NULL,
    PRIMARY KEY (ancestor_id, fact_rowid)
) WITHOUT ROWID"""

FILL_PLACE_FACTS = """
INSERT OR IGNORE INTO place_facts (ancestor_id, fact_rowid)
SELECT pc.ancestor_id, f.rowid FROM place_closure pc
JOIN fact_places fp ON fp.place_id = pc.place_id JOIN facts f ON f.id = fp.fact_id
ORDER BY pc.ancestor_id, f.rowid"""

# The places of each fact (itself and every place containing it), for the place tree's counts
# under the other filters: one probe per fact of the view instead of a scan per fact.
PLACE_FACTS_BY_FACT = "CREATE INDEX place_facts_by_fact ON place_facts (fact_rowid)"

# The place tree's counts: facts anywhere inside a place (each fact once) and facts on it directly.
PLACE_COUNTS = """
CREATE TABLE place_counts (
    place_id TEXT PRIMARY KEY REFERENCES places(id),
    fact_count INTEGER NOT NULL,
    direct_count INTEGER NOT NULL
)"""

FILL_PLACE_COUNTS = """
INSERT INTO place_counts (place_id, fact_count, direct_count)
SELECT p.id,
    (SELECT COUNT(*) FROM place_facts pf WHERE pf.ancestor_id = p.id),
    (SELECT COUNT(*) FROM fact_places fp WHERE fp.place_id = p.id)
FROM places p ORDER BY p.id"""

# The category tree's counts, and each subtree as a range of facts.category_rank (the tree in
# reading order), so a category filter is one index range instead of a list of ids.
CATEGORY_COUNTS = """
CREATE TABLE category_counts (
    category_id TEXT PRIMARY KEY REFERENCES categories(id),
    first_rank INTEGER NOT NULL,
    last_rank INTEGER NOT NULL,
    fact_count INTEGER NOT NULL
)"""

# Each fact's row number in every order the facts table offers (the very terms of the store's
# ORDER BY, store.sql.sort_terms), with category_rank carried for the category filter. A page
# at any depth is then a range of one integer column, the next page one seek past the last
# row's number, and a fact's row in the unfiltered view is read, not counted.
FACT_ORDER = (
    "CREATE TABLE fact_order (fact_rowid INTEGER PRIMARY KEY, category_rank INTEGER NOT NULL, "
    + ", ".join(f"{column} INTEGER NOT NULL" for column in ORDER_COLUMNS)
    + ")"
)


def _fill_fact_order() -> str:
    numbers = [
        f"ROW_NUMBER() OVER (ORDER BY {', '.join(sort_terms(key, descending, table=''))}) - 1"
        for key, descending in ORDER_COLUMNS.values()
    ]
    return (
        f"INSERT INTO fact_order (fact_rowid, category_rank, {', '.join(ORDER_COLUMNS)}) "
        f"SELECT rowid, category_rank, {', '.join(numbers)} FROM facts ORDER BY rowid"
    )


# One index per order; category_rank in it, so a category filter reads the index alone.
FACT_ORDER_INDEXES = [
    f"CREATE INDEX fact_order_{column} ON fact_order ({column}, category_rank)"
    for column in ORDER_COLUMNS
]

# The tables made here (described with the public ones in cqdesk/datasette/metadata.yaml).
LOOKUP_TABLES = (
    "place_closure",
    "place_facts",
    "place_counts",
    "category_counts",
    "fact_total",
    "fact_order",
)

# Indexes for a fact's source quotes (the source view reads only the shown source's spans).
SOURCE_INDEXES = [
    "CREATE INDEX IF NOT EXISTS facts_by_source ON facts (source_id, quote_start)",
]


def category_ranks(db: sqlite3.Connection) -> dict[str, tuple[int, int]]:
    """Each category's rank in reading order (parents first) and the last rank of its subtree."""
    children: dict[str | None, list[str]] = {}
    for category_id, parent_id in db.execute(
        "SELECT id, parent_id FROM categories ORDER BY position, id"
    ):
        children.setdefault(parent_id, []).append(category_id)
    # An explicit stack, not recursion: thousands of categories at any depth.
    order: list[str] = []
    stack = list(reversed(children.get(None, [])))
    while stack:
        node = stack.pop()
        order.append(node)
        stack.extend(reversed(children.get(node, [])))
    rank = {node: n for n, node in enumerate(order)}
    last = dict(rank)
    for node in reversed(order):  # children come after their parent, so they are done first
        for child in children.get(node, []):
            last[node] = max(last[node], last[child])
    return {node: (rank[node], last[node]) for node in order}


def _fill_category_counts(db: sqlite3.Connection) -> None:
    ranks = category_ranks(db)
    direct = dict(db.execute("SELECT category_rank, COUNT(*) FROM facts GROUP BY category_rank"))
    rows = []
    for category_id, (first, last) in sorted(ranks.items()):
        total = sum(direct.get(rank, 0) for rank in range(first, last + 1))
        rows.append((category_id, first, last, total))
    db.executemany("INSERT INTO category_counts VALUES (?, ?, ?, ?)", rows)
    wrong = db.execute(
        "SELECT f.id FROM facts f JOIN category_counts c ON c.category_id = f.category_id "
        "WHERE f.category_rank != c.first_rank LIMIT 1"
    ).fetchone()
    if wrong:
        raise BuildError(f"fact {wrong[0]}: its category_rank is not its category's reading order")


def check_rowids(db: sqlite3.Connection) -> None:
    # The store joins facts, the FTS index and place_facts by rowid, and reads report order
    # from rowid order: both must hold for what was written.
    out_of_order = db.execute(
        "SELECT COUNT(*) FROM (SELECT position, LAG(position) OVER (ORDER BY rowid) AS before "
        "FROM facts) WHERE position <= before"
    ).fetchone()[0]
    if out_of_order:
        raise BuildError("facts must be written in report order (position), one row each")
    mismatched = db.execute(
        "SELECT COUNT(*) FROM facts f JOIN search_index s ON s.fact_id = f.id "
        "WHERE s.rowid != f.rowid"
    ).fetchone()[0]
    if mismatched:
        raise BuildError("search_index rows must be written in the order of the facts")


def add_lookup_tables(db: sqlite3.Connection) -> None:
    """Add the closure and count tables to a database whose facts are all written."""
    check_rowids(db)
    db.execute(PLACE_CLOSURE)
    db.execute(FILL_PLACE_CLOSURE)
    db.execute(PLACE_FACTS)
    db.execute(FILL_PLACE_FACTS)
    db.execute(PLACE_FACTS_BY_FACT)
    db.execute(PLACE_COUNTS)
    db.execute(FILL_PLACE_COUNTS)
    db.execute(CATEGORY_COUNTS)
    _fill_category_counts(db)
    db.execute("CREATE TABLE fact_total (facts INTEGER NOT NULL)")
    db.execute("INSERT INTO fact_total SELECT COUNT(*) FROM facts")
    db.execute(FACT_ORDER)
    db.execute(_fill_fact_order())
    for sql in FACT_ORDER_INDEXES:
        db.execute(sql)
    for sql in SOURCE_INDEXES:
        db.execute(sql)
