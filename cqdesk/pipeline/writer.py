"""Writes ``data.db`` from ``resources/``: the same bytes on every run, swapped in only when complete."""

from __future__ import annotations

import os
import sqlite3
import tempfile
from pathlib import Path

import sqlite_utils

from cqdesk import SCHEMA_VERSION
from cqdesk.pipeline.categories import category_rows
from cqdesk.pipeline.charts import chart_rows
from cqdesk.pipeline.chinese import (
    ZH_NOTE,
    ChineseNames,
    add_chinese,
    add_entity_labels_zh,
    add_place_labels_zh,
    add_source_names,
)
from cqdesk.pipeline.errors import BuildError
from cqdesk.pipeline.facts import FactTables, Known, fact_tables
from cqdesk.pipeline.ignored import ignored_rows
from cqdesk.pipeline.inputs import Resources, read_resources
from cqdesk.pipeline.lookups import add_lookup_tables, check_rowids
from cqdesk.pipeline.map_tiles import tile_rows
from cqdesk.pipeline.places import place_rows
from cqdesk.pipeline.references import reference_fact_rows, reference_source_rows
from cqdesk.pipeline.schema import FTS_COLUMNS, create_indexes, create_tables
from cqdesk.text.formatting import numerals, plain_number
from cqdesk.text.search_terms import chinese_figures, cjk_grams, spelling_variants, topic_words

SUMMARY_BULLET = "- "  # the key-point lines at the top repeat body sentences (see the metadata)


def summary_end(text: str) -> int:
    """Offset just past the leading summary bullets: where the body's lead paragraph starts."""
    end = 0
    for line in text.split("\n"):
        if not line.startswith(SUMMARY_BULLET):
            break
        end += len(line) + 1
    return end


def report_id(res: Resources) -> str:
    """The report's source id: its file's name without the suffix."""
    return Path(res.source_meta["file"]).stem


def _source_row(res: Resources) -> dict:
    meta = res.source_meta
    return {
        "id": report_id(res),
        "kind": "report",
        "title": meta["title"],
        "publisher": meta["publisher"],
        "url": meta["url"],
        "published": meta["published"],
        "statement_by": meta.get("statement_by"),
        "statement_date": meta.get("statement_date"),
        "period": meta.get("period"),
        "text": res.text,
        "sha256": meta["sha256"],
    }


def _with_ancestors(place_ids: list[str], links: list[dict], places: dict[str, dict]) -> list[str]:
    """The places and every district or zone that contains them, not the municipality itself
    (whose name would make every search for "Chongqing" match everything twice over)."""
    parents: dict[str, list[str]] = {}
    for link in links:
        parents.setdefault(link["place_id"], []).append(link["parent_id"])
    found, todo = [], list(place_ids)
    while todo:
        place_id = todo.pop(0)
        if place_id not in found and places[place_id]["kind"] != "municipality":
            found.append(place_id)
        todo.extend(parents.get(place_id, []))
    return found


def _search_numbers(fact: dict) -> str:
    """The fact's numbers as a person may type them: its quote's and display's numerals without
    thousands separators ("650000"), and its value in full ("135050000000", "1827000")."""
    found = set(numerals(fact["quote"] or "")) | set(numerals(fact["value_display"] or ""))
    if fact["value"] is not None:
        found.add(plain_number(fact["value"]))
    return " ".join(sorted(found))


def _search_rows(
    tables: FactTables,
    places: list[dict],
    links: list[dict],
    entities: list[dict],
    chinese: ChineseNames,
) -> list[dict]:
    by_id = {p["id"]: p for p in places}
    place_names = {p["id"]: " ".join(filter(None, (p["name"], p["name_zh"]))) for p in places}
    entity_names = {e["id"]: " ".join(filter(None, (e["name"], e["name_zh"]))) for e in entities}
    rows = []
    for fact in tables.facts:
        # A search for a district (巴南) finds the facts of the parks inside it too, as its filter does.
        direct = [x["place_id"] for x in tables.places if x["fact_id"] == fact["id"]]
        linked_places = [place_names[p] for p in _with_ancestors(direct, links, by_id)]
        if any(by_id[p]["kind"] == "municipality" for p in direct):
            linked_places += [place_names[p] for p in direct if by_id[p]["kind"] == "municipality"]
        linked = [
            entity_names[x["entity_id"]] for x in tables.entities if x["fact_id"] == fact["id"]
        ]
        rows.append(
            {
                "fact_id": fact["id"],
                "label": fact["label"],
                "quote": fact["quote"] or "",
                "note": fact["note"] or "",
                "places": " ".join(linked_places),
                "entities": " ".join(linked),
                "numbers": _search_numbers(fact),
                **_chinese_search(fact, linked_places + linked, chinese),
            }
        )
    return rows


def _chinese_search(fact: dict, names: list[str], chinese: ChineseNames) -> dict:
    """The search columns that let Chinese words, variant spellings and synonyms match."""
    english = [fact["label"], fact["quote"] or "", fact["note"] or "", *names]
    label_zh = fact["label_zh"] or ""
    topics = topic_words([*english, label_zh], chinese.terms)
    category = chinese.category_paths.get(fact["category_id"], "")
    return {
        "label_zh": label_zh,
        "zh_grams": cjk_grams([label_zh, category, *names, topics, fact["note_zh"] or ""]),
        "variants": spelling_variants(english),
        "topics": topics,
        "figures_zh": chinese_figures(
            fact["value"],
            chinese.units.get(fact["unit"] or "", ""),
            [fact["value_display_zh"] or "", fact["change_zh"] or ""],
        ),
    }


def _write(db: sqlite_utils.Database, res: Resources) -> None:
    categories = category_rows(res)
    places, place_links = place_rows(res)
    entities = [
        {"id": e["id"], "name": e["name"], "kind": e.get("kind"), "name_zh": None}
        for e in res.entities
    ]
    known = Known(
        {c["id"] for c in categories},
        {p["id"] for p in places},
        {e["id"] for e in entities},
        report_id(res),
    )
    references = reference_fact_rows(res, known.categories)
    tables = fact_tables(res, known, summary_end(res.text), references)
    # Sorting by category follows the tree's own order (parents before children, report order).
    rank = {category["id"]: index for index, category in enumerate(categories)}
    for fact in tables.facts:
        fact["category_rank"] = rank[fact["category_id"]]
    # Written in report order, so a fact's rowid order is its position order and a search's
    # hits (FTS rowids, the same as the facts' rowids) come in report order with no sort.
    tables.facts.sort(key=lambda fact: fact["position"])
    charts, bars = chart_rows(res, tables.facts, known.categories)
    units = add_chinese(res.zh, categories, places, entities, tables.facts, (charts, bars))
    add_place_labels_zh(tables.facts, tables.places, places)
    add_entity_labels_zh(tables.facts, tables.entities, entities)
    chinese = ChineseNames.of(res.zh, categories)
    create_tables(db)
    source_rows = [_source_row(res), *reference_source_rows(res)]
    add_source_names(source_rows, res.zh["sources"])
    db.table("sources").insert_all(source_rows)
    for name, rows in (
        ("categories", categories),
        ("places", places),
        ("place_parents", place_links),
        ("entities", entities),
        ("units", units),
        ("facts", tables.facts),
        ("fact_places", tables.places),
        ("fact_entities", tables.entities),
        ("fact_inputs", tables.inputs),
        ("fact_mentions", tables.mentions),
        ("ignored_numbers", ignored_rows(res, known.source_id)),
        ("charts", charts),
        ("chart_facts", bars),
        ("map_tiles", tile_rows(res, places)),
        ("search_index", _search_rows(tables, places, place_links, entities, chinese)),
    ):
        db.table(name).insert_all(rows)
    finish_database(db)
    db.table("meta").insert_all(
        [
            {"key": "schema_version", "value": str(SCHEMA_VERSION)},
            {"key": "source_sha256", "value": res.source_meta["sha256"]},
            {"key": "source_id", "value": known.source_id},
            {"key": "zh_provenance", "value": ZH_NOTE},
        ]
    )


def finish_database(db: sqlite_utils.Database) -> None:
    """Index a database whose rows are all written, and add the tables derived from them."""
    create_indexes(db)
    db.table("search_index").enable_fts(FTS_COLUMNS, tokenize="porter", create_triggers=False)
    add_lookup_tables(db.conn)


def check_integrity(connection: sqlite3.Connection) -> None:
    """Read every page of a written database once (the app only checks its header and schema)."""
    problems = [row[0] for row in connection.execute("PRAGMA quick_check(3)")]
    if problems != ["ok"]:
        raise BuildError(f"the written database is damaged: {'; '.join(problems)}")


def build_database(resources: Path, out: Path) -> Path:
    """Build ``out`` from ``resources``; the old file stays untouched if anything fails."""
    res = read_resources(resources)
    out = out.resolve()
    if out.is_dir():
        raise BuildError(f"{out}: is a folder; give the database file to write")
    if not out.parent.is_dir():
        raise BuildError(f"{out}: the folder {out.parent} does not exist")
    try:
        handle, temp_name = tempfile.mkstemp(prefix=".data-", suffix=".db", dir=out.parent)
    except OSError as exc:
        raise BuildError(f"{out}: cannot write in {out.parent} ({exc.strerror or exc})") from None
    os.close(handle)
    temp = Path(temp_name)
    try:
        temp.unlink()
        connection = sqlite3.connect(temp)
        # The rollback journal, not WAL: a WAL database cannot be opened from a read-only folder.
        connection.execute("PRAGMA journal_mode=DELETE")
        db = sqlite_utils.Database(connection)
        with connection:
            _write(db, res)
        connection.execute("VACUUM")
        check_rowids(connection)  # VACUUM may renumber rowids; the derived tables rely on them
        check_integrity(connection)
        connection.close()
        os.replace(temp, out)
    except (OSError, sqlite3.OperationalError) as exc:  # a full disk, a folder gone read-only
        reason = getattr(exc, "strerror", None) or str(exc)
        raise BuildError(
            f"{out}: could not be written ({reason}); the old file is unchanged"
        ) from None
    finally:
        temp.unlink(missing_ok=True)
    return out
