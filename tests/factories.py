"""Builds small cqdesk databases for tests, through the real build, from resources written here."""

from __future__ import annotations

import csv
import hashlib
import json
import shutil
import sqlite3
from pathlib import Path

import yaml

from cqdesk.pipeline import build_database

TINY_TEXT = (
    "- Online sales were 10.5 billion yuan, up 12.5%.\n"
    "Chongqing-In 2020, online sales were 10.5 billion yuan, up 12.5% and 2% higher than the national average.\n"
    "Market entities\n"
    "Over 300 firms opened in Banan District, and the Lakeside Park in Banan hosted more than 20 shops.\n"
    "Yuzhong District attracted the Acme headquarters.\n"
    'Costs 10% less: C++ "quoted" text with 巴南区 in it.'
)

TINY_DIVISIONS = [
    {
        "id": "chongqing",
        "name": "Chongqing Municipality",
        "name_zh": "重庆市",
        "kind": "municipality",
        "parent_id": "",
    },
    {
        "id": "banan",
        "name": "Banan District",
        "name_zh": "巴南区",
        "kind": "district",
        "parent_id": "chongqing",
    },
    {
        "id": "yuzhong",
        "name": "Yuzhong District",
        "name_zh": "渝中区",
        "kind": "district",
        "parent_id": "chongqing",
    },
    {
        "id": "wanzhou",
        "name": "Wanzhou District",
        "name_zh": "万州区",
        "kind": "district",
        "parent_id": "chongqing",
    },
]

TINY_CATEGORIES = [
    {"id": "overview", "name": "Overview"},
    {
        "id": "market",
        "name": "Market entities",
        "children": [
            {"id": "market-firms", "name": "Firms"},
            {"id": "market-projects", "name": "Projects"},
        ],
    },
]

TINY_PLACES = [
    {
        "id": "lakeside-park",
        "name": "Lakeside Park",
        "kind": "park",
        "parents": [{"id": "banan", "provenance": "source"}],
    },
]

TINY_ENTITIES = [{"id": "acme", "name": "Acme", "kind": "company"}]

TINY_FACTS = [
    {
        "id": "online-sales",
        "kind": "reported",
        "category": "overview",
        "label": "Online sales",
        "quote": "In 2020, online sales were 10.5 billion yuan, up 12.5% and 2% higher than the national average",
        "value_text": "10.5 billion yuan",
        "value": 10500000000,
        "unit": "CNY",
        "places": ["chongqing"],
        "summary": "Online sales were 10.5 billion yuan",
    },
    {
        "id": "online-sales-growth",
        "kind": "reported",
        "category": "overview",
        "label": "Online sales growth",
        "quote": "In 2020, online sales were 10.5 billion yuan, up 12.5% and 2% higher than the national average",
        "value_text": "12.5%",
        "value": 12.5,
        "unit": "%",
        "describes": "online-sales",
        "places": ["chongqing"],
        "summary": "up 12.5%",
    },
    {
        "id": "online-sales-gap",
        "kind": "reported",
        "category": "overview",
        "label": "Online sales growth above the national average",
        "quote": "In 2020, online sales were 10.5 billion yuan, up 12.5% and 2% higher than the national average",
        "value_text": "2%",
        "value": 2,
        "unit": "pp",
        "describes": "online-sales-growth",
        "relation": "gap",
        "places": ["chongqing"],
        "note": "The report's % is read as percentage points.",
    },
    {
        "id": "banan-firms",
        "kind": "reported",
        "category": "market-firms",
        "label": "Firms opened in Banan",
        "quote": "Over 300 firms opened in Banan District",
        "value_text": "300",
        "value": 300,
        "unit": "firms",
        "qualifier": "lower_bound",
        "places": ["banan"],
    },
    {
        "id": "lakeside-shops",
        "kind": "reported",
        "category": "market-firms",
        "label": "Shops in Lakeside Park",
        "quote": "the Lakeside Park in Banan hosted more than 20 shops",
        "value_text": "20",
        "value": 20,
        "unit": "shops",
        "qualifier": "lower_bound",
        "places": ["lakeside-park"],
    },
    {
        "id": "acme-yuzhong",
        "kind": "statement",
        "category": "market-projects",
        "label": "Yuzhong attracted the Acme headquarters",
        "quote": "Yuzhong District attracted the Acme headquarters.",
        "places": ["yuzhong"],
        "entities": ["acme"],
    },
]

TINY_DERIVED = [
    {
        "id": "online-sales-2019",
        "category": "overview",
        "label": "Online sales, 2019 (implied)",
        "formula": "online-sales / (1 + online-sales-growth / 100)",
        "unit": "CNY",
        "period": "2019",
        "places": ["chongqing"],
        "note": "2020 level divided by one plus the growth rate.",
    },
    {
        "id": "shops-per-firm",
        "category": "market-firms",
        "label": "Shops per firm",
        "formula": "lakeside-shops / banan-firms",
        "unit": "shops per firm",
        "qualifier": "approximate",
        "places": ["banan"],
        "note": "Both inputs are lower bounds, so the ratio is only approximate.",
    },
]

TINY_CHARTS = [
    {
        "id": "levels",
        "category": "overview",
        "title": "Online sales by year",
        "facts": [
            {"fact": "online-sales-2019", "label": "2019"},
            {"fact": "online-sales", "label": "2020"},
        ],
    },
    {
        "id": "firms",
        "category": "market",
        "title": "Firms and shops",
        "facts": [{"fact": "banan-firms", "label": "Firms"}],
    },
]

TINY_IGNORED = [{"text": "2020", "reason": "the year"}]

# The tile map of the tiny gazetteer: Wanzhou north-east of Yuzhong, Banan south-east of it.
TINY_TILES = [
    {"id": "wanzhou", "column": 2, "row": 0},
    {"id": "yuzhong", "column": 0, "row": 1},
    {"id": "banan", "column": 1, "row": 2},
]


def write_resources(folder: Path, text: str = TINY_TEXT, **overrides) -> Path:
    """Write a complete resources folder; keyword arguments replace one YAML file's entries."""
    (folder / "source").mkdir(parents=True, exist_ok=True)
    (folder / "gazetteer").mkdir(exist_ok=True)
    raw = text.encode("utf-8")
    (folder / "source" / "chongqing-ecommerce-2020.txt").write_bytes(raw)
    meta = {
        "file": "chongqing-ecommerce-2020.txt",
        "sha256": hashlib.sha256(raw).hexdigest(),
        "encoding": "utf-8",
        "title": "Tiny report",
        "publisher": "Test Press",
        "url": "https://example.org/tiny",
        "published": "2021-02-08",
        "statement_by": "Test Commission",
        "statement_date": "2021-02-07",
        "period": "2020",
    }
    (folder / "source" / "chongqing-ecommerce-2020.json").write_text(
        json.dumps(meta), encoding="utf-8"
    )
    with (folder / "gazetteer" / "chongqing-divisions.csv").open(
        "w", newline="", encoding="utf-8"
    ) as handle:
        writer = csv.DictWriter(handle, fieldnames=list(TINY_DIVISIONS[0]))
        writer.writeheader()
        writer.writerows(TINY_DIVISIONS)
    (folder / "gazetteer" / "zone-hosts.csv").write_text(
        "zone,zone_zh,host_district_ids,note\n", encoding="utf-8"
    )
    files = {
        "categories": TINY_CATEGORIES,
        "places": TINY_PLACES,
        "entities": TINY_ENTITIES,
        "facts": TINY_FACTS,
        "derived": TINY_DERIVED,
        "charts": TINY_CHARTS,
        "ignored-numbers": TINY_IGNORED,
        "map-tiles": TINY_TILES,
    }
    files.update({name.replace("_", "-"): value for name, value in overrides.items()})
    for name, entries in files.items():
        (folder / f"{name}.yaml").write_text(
            yaml.safe_dump(entries, allow_unicode=True), encoding="utf-8"
        )
    return folder


def build_tiny(folder: Path, **overrides) -> Path:
    """Build a tiny database in ``folder`` and return its path."""
    resources = write_resources(folder / "resources", **overrides)
    return build_database(resources, folder / "tiny.db")


def edited_copy(database: Path, target: Path, *statements: str) -> Path:
    """A copy of ``database`` changed by ``statements``: odd but valid databases, made by hand."""
    shutil.copy(database, target)
    writer = sqlite3.connect(target)
    for statement in statements:
        writer.execute(statement)
    writer.commit()
    writer.close()
    return target
