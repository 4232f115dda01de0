"""The public schema of ``data.db``: tables, columns, keys and indexes, created with sqlite-utils."""

from __future__ import annotations

import sqlite_utils

TEXT, INTEGER, REAL = str, int, float

TABLES: dict[str, dict] = {
    "sources": {
        "columns": {
            "id": TEXT,
            "kind": TEXT,
            "title": TEXT,
            "publisher": TEXT,
            "url": TEXT,
            "published": TEXT,
            "statement_by": TEXT,
            "statement_date": TEXT,
            "period": TEXT,
            "text": TEXT,
            "sha256": TEXT,
            "publisher_zh": TEXT,
            "statement_by_zh": TEXT,
            "zh_provenance": TEXT,
        },
        "pk": "id",
    },
    "categories": {
        "columns": {
            "id": TEXT,
            "parent_id": TEXT,
            "name": TEXT,
            "position": INTEGER,
            "name_zh": TEXT,
            "zh_provenance": TEXT,
        },
        "pk": "id",
        "foreign_keys": [("parent_id", "categories", "id")],
    },
    "places": {
        "columns": {
            "id": TEXT,
            "name": TEXT,
            "name_zh": TEXT,
            "kind": TEXT,
            "provenance": TEXT,
            "position": INTEGER,
            "zh_provenance": TEXT,
        },
        "pk": "id",
    },
    "place_parents": {
        "columns": {"place_id": TEXT, "parent_id": TEXT, "provenance": TEXT, "evidence": TEXT},
        "pk": ("place_id", "parent_id"),
        "foreign_keys": [("place_id", "places", "id"), ("parent_id", "places", "id")],
    },
    "entities": {
        "columns": {"id": TEXT, "name": TEXT, "kind": TEXT, "name_zh": TEXT, "zh_provenance": TEXT},
        "pk": "id",
    },
    # How each unit reads after a Chinese number (CNY: 元); the project's translation.
    "units": {
        "columns": {"id": TEXT, "name_zh": TEXT, "zh_provenance": TEXT},
        "pk": "id",
    },
    "facts": {
        "columns": {
            "id": TEXT,
            "source_id": TEXT,
            "category_id": TEXT,
            "kind": TEXT,
            "label": TEXT,
            "value": REAL,
            "unit": TEXT,
            "qualifier": TEXT,
            "period": TEXT,
            "quote": TEXT,
            "quote_start": INTEGER,
            "quote_end": INTEGER,
            "value_start": INTEGER,
            "value_end": INTEGER,
            "formula": TEXT,
            "note": TEXT,
            "reading": TEXT,
            "value_display": TEXT,
            "change": TEXT,
            "change_value": REAL,
            "describes_id": TEXT,
            "relation": TEXT,
            "place_label": TEXT,
            "entity_label": TEXT,
            "cited_sources": TEXT,
            "category_rank": INTEGER,
            "position": INTEGER,
            "label_zh": TEXT,
            "zh_provenance": TEXT,
            "value_display_zh": TEXT,
            "change_zh": TEXT,
            "place_label_zh": TEXT,
            "note_zh": TEXT,
            "entity_label_zh": TEXT,
            "period_zh": TEXT,
        },
        "pk": "id",
        "foreign_keys": [
            ("source_id", "sources", "id"),
            ("category_id", "categories", "id"),
            ("describes_id", "facts", "id"),
        ],
    },
    "fact_places": {
        "columns": {"fact_id": TEXT, "place_id": TEXT},
        "pk": ("fact_id", "place_id"),
        "foreign_keys": [("fact_id", "facts", "id"), ("place_id", "places", "id")],
    },
    "fact_entities": {
        "columns": {"fact_id": TEXT, "entity_id": TEXT},
        "pk": ("fact_id", "entity_id"),
        "foreign_keys": [("fact_id", "facts", "id"), ("entity_id", "entities", "id")],
    },
    "fact_inputs": {
        "columns": {"fact_id": TEXT, "input_id": TEXT, "position": INTEGER},
        "pk": ("fact_id", "input_id"),
        "foreign_keys": [("fact_id", "facts", "id"), ("input_id", "facts", "id")],
    },
    "fact_mentions": {
        "columns": {
            "fact_id": TEXT,
            "role": TEXT,
            "quote_start": INTEGER,
            "quote_end": INTEGER,
            "value_start": INTEGER,
            "value_end": INTEGER,
        },
        "pk": ("fact_id", "quote_start"),
        "foreign_keys": [("fact_id", "facts", "id")],
    },
    "ignored_numbers": {
        "columns": {
            "source_id": TEXT,
            "text": TEXT,
            "start": INTEGER,
            "end": INTEGER,
            "reason": TEXT,
        },
        "pk": ("source_id", "start"),
    },
    "charts": {
        "columns": {
            "id": TEXT,
            "category_id": TEXT,
            "title": TEXT,
            "kind": TEXT,
            "unit": TEXT,
            "position": INTEGER,
            "title_zh": TEXT,
            "zh_provenance": TEXT,
        },
        "pk": "id",
        "foreign_keys": [("category_id", "categories", "id")],
    },
    "chart_facts": {
        "columns": {
            "chart_id": TEXT,
            "fact_id": TEXT,
            "position": INTEGER,
            "label": TEXT,
            "group_label": TEXT,
            "label_zh": TEXT,
            "group_label_zh": TEXT,
        },
        "pk": ("chart_id", "position"),
        "foreign_keys": [("chart_id", "charts", "id"), ("fact_id", "facts", "id")],
    },
    "search_index": {
        "columns": {
            "fact_id": TEXT,
            "label": TEXT,
            "quote": TEXT,
            "note": TEXT,
            "places": TEXT,
            "entities": TEXT,
            "numbers": TEXT,
            # For Chinese and variant spellings (see cqdesk.text.search_terms): the Chinese
            # label, the Chinese texts and every piece of them of any length, names without
            # apostrophes or hyphens, topic words and synonyms, and figures written with 万/亿.
            "label_zh": TEXT,
            "zh_grams": TEXT,
            "variants": TEXT,
            "topics": TEXT,
            "figures_zh": TEXT,
        },
        "pk": "fact_id",
        # Datasette links each search result to its fact through this key.
        "foreign_keys": [("fact_id", "facts", "id")],
    },
    # The tile map (resources/map-tiles.yaml): one equal tile per division on a small grid.
    "map_tiles": {
        "columns": {"place_id": TEXT, "grid_column": INTEGER, "grid_row": INTEGER},
        "pk": "place_id",
        "foreign_keys": [("place_id", "places", "id")],
    },
    "meta": {"columns": {"key": TEXT, "value": TEXT}, "pk": "key"},
}

INDEXES = [
    ("facts", ["category_id"]),
    ("facts", ["source_id"]),
    ("facts", ["describes_id"]),
    ("facts", ["category_rank"]),  # a category subtree is a range of ranks
    ("fact_places", ["place_id"]),
    ("fact_entities", ["entity_id"]),
    ("fact_inputs", ["input_id"]),
    ("place_parents", ["parent_id"]),
    ("categories", ["parent_id"]),
    ("chart_facts", ["fact_id"]),
]

FTS_COLUMNS = [
    "label",
    "quote",
    "note",
    "places",
    "entities",
    "numbers",
    "label_zh",
    "zh_grams",
    "variants",
    "topics",
    "figures_zh",
]


def create_tables(db: sqlite_utils.Database) -> None:
    """Create every table of the public schema in an empty database, without their indexes."""
    for name, spec in TABLES.items():
        db.table(name).create(
            spec["columns"], pk=spec["pk"], foreign_keys=spec.get("foreign_keys", [])
        )


def create_indexes(db: sqlite_utils.Database) -> None:
    """Create the indexes (after the rows are in: one sort per index instead of one per row)."""
    for table, columns in INDEXES:
        db.table(table).create_index(columns)


def create_schema(db: sqlite_utils.Database) -> None:
    """Create every table and index of the public schema in an empty database."""
    create_tables(db)
    create_indexes(db)
