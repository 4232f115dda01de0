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
from cqdesk.pipeline.lookups import LOOKUP_TABLES, add_lookup_tables

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
        "parents": [{"id": "banan", "provenance": "source", "evidence": "stated"}],
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
        "reading": "exact",
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
        "reading": "assumption",
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
# The project's Chinese forms; Acme's official Chinese name is "not known" (empty).
TINY_ZH = {
    "categories": {
        "overview": "总览",
        "market": "市场主体",
        "market-firms": "企业",
        "market-projects": "项目",
    },
    "facts": {
        "online-sales": "网络销售额",
        "online-sales-growth": "网络销售额增速",
        "online-sales-gap": "网络销售增速高于全国平均",
        "banan-firms": "巴南区新开企业",
        "lakeside-shops": "湖滨公园的商店",
        "acme-yuzhong": "渝中区引进 Acme 总部",
        "online-sales-2019": "2019年网络销售额（推算）",
        "shops-per-firm": "每家企业的商店数",
    },
    "units": {"CNY": "元", "%": "%", "pp": "个百分点", "firms": "家", "shops": "家"},
    "entities": {"acme": None},
    "places": {"lakeside-park": "湖滨公园"},
    "charts": {"levels": {"title": "各年网络销售额", "bars": ["2019", "2020"]}},
    "terms": [["shop", "store", "商店", "门店"], ["headquarters", "总部"]],
}


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
        "zh": TINY_ZH,
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


def with_fresh_lookups(database: Path) -> Path:
    """``database`` with the build's derived tables made again from its rows, as after an
    edit that added facts (their closures, counts and orders would be stale otherwise)."""
    writer = sqlite3.connect(database)
    for table in LOOKUP_TABLES:
        writer.execute(f"DROP TABLE {table}")
    add_lookup_tables(writer)
    writer.commit()
    writer.close()
    return database


def edited_copy(database: Path, target: Path, *statements: str) -> Path:
    """A copy of ``database`` changed by ``statements``: odd but valid databases, made by hand."""
    shutil.copy(database, target)
    writer = sqlite3.connect(target)
    for statement in statements:
        writer.execute(statement)
    writer.commit()
    writer.close()
    return target


TINY_REFERENCE_FIGURES = [
    {
        "id": "national-sales-growth",
        "label": "National online sales, growth",
        "value": "10",
        "unit": "%",
        "qualifier": "",
        "period": "2020",
        "publisher": "National Test Bureau (figures of the Statistics Office)",
        "title": "National figures, 2020",
        "published": "2021-01-28",
        "url": "https://example.org/national",
        "note": "year on year",
    },
    {
        "id": "national-sales",
        "label": "National online sales",
        "value": "100000000000",
        "unit": "CNY",
        "qualifier": "over",
        "period": "2020",
        "publisher": "National Test Bureau",
        "title": "National figures, 2020",
        "published": "2021-01-28",
        "url": "https://example.org/national",
        "note": "printed as more than 100 billion yuan",
    },
]
TINY_REFERENCE_SOURCES = [
    {
        "id": "national-test-bureau",
        "publisher": "National Test Bureau",
        "url": "https://example.org/national",
        "category": "overview",
    }
]
# Comparisons that take one input from the report and one from the reference source.
TINY_COMPARISONS = [
    {
        "id": "sales-growth-gap-to-national",
        "category": "overview",
        "label": "Online sales growth above the national growth",
        "formula": "online-sales-growth - national-sales-growth",
        "unit": "pp",
        "reading": "exact",
        "places": ["chongqing"],
        "note": "12.5% against the published 10%.",
    },
    {
        "id": "share-of-national-sales",
        "category": "overview",
        "label": "Share of national online sales",
        "formula": "online-sales / national-sales * 100",
        "unit": "%",
        "qualifier": "upper_bound",
        "reading": "assumption",
        "places": ["chongqing"],
        "note": "The national figure is a lower bound, so the share is at most this.",
    },
]
TINY_COMPARISON_CHART = {
    "id": "beside-national",
    "category": "overview",
    "title": "Growth, here and nationally",
    "kind": "comparison",
    "facts": [
        {"fact": "online-sales-growth", "group": "Online sales", "label": "Chongqing"},
        {"fact": "national-sales-growth", "group": "Online sales", "label": "China"},
    ],
}


def write_references(folder: Path, figures=None, sources=None) -> Path:
    """Add a reference folder (a national-2020.csv and its sources.yaml) to ``folder``."""
    reference = folder / "reference"
    reference.mkdir(parents=True, exist_ok=True)
    figures = TINY_REFERENCE_FIGURES if figures is None else figures
    with (reference / "national-2020.csv").open("w", newline="", encoding="utf-8") as handle:
        writer = csv.DictWriter(handle, fieldnames=list(TINY_REFERENCE_FIGURES[0]))
        writer.writeheader()
        writer.writerows(figures)
    (reference / "sources.yaml").write_text(
        yaml.safe_dump(TINY_REFERENCE_SOURCES if sources is None else sources), encoding="utf-8"
    )
    return folder


def build_two_sources(folder: Path, **overrides) -> Path:
    """A tiny database with the report and one reference source, and comparisons of the two."""
    overrides.setdefault("derived", TINY_DERIVED + TINY_COMPARISONS)
    overrides.setdefault("charts", TINY_CHARTS + [TINY_COMPARISON_CHART])
    resources = write_resources(folder / "resources", **overrides)
    write_references(resources)
    return build_database(resources, folder / "two.db")
