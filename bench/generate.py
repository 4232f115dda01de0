"""Writes a deterministic cqdesk database of any size for benchmarks: the bundled data plus generated facts.

Usage: python -m bench.generate --facts 1000000 -o /tmp/big.db [--seed 9] [--db data.db]

The bundled database's rows come first, unchanged (its one real source stays the shown source and
its facts keep their ids). Around them it grows a tree of thousands of generated categories, a
gazetteer-like tree of towns and villages under every district and county (with parks inside two
towns at once), thousands of generated sources, entities and the facts themselves, with labels
drawn so some words match hundreds of thousands of facts and some (``xylophone``) none. Then it
indexes the rows exactly as ``cqdesk build`` does (FTS, closures, counts, order numbers). The same
arguments always give the same bytes. Benchmark data only: it is made up and never shipped.
"""

from __future__ import annotations

import argparse
import hashlib
import random
import sqlite3
import sys
import time
from dataclasses import dataclass, field
from pathlib import Path

import sqlite_utils

from cqdesk.pipeline.lookups import category_ranks
from cqdesk.pipeline.schema import TABLES, create_tables
from cqdesk.pipeline.writer import check_integrity, finish_database

REPO = Path(__file__).resolve().parent.parent
SOURCE_FACTS = 300  # facts per generated source
CHUNK = 20_000  # facts generated and written at a time (bounds the generator's memory)
NO_MATCH_WORD = "xylophone"  # never generated: a search with no hits

SYLLABLES = [
    "an",
    "ba",
    "bei",
    "bin",
    "chang",
    "cheng",
    "chun",
    "da",
    "dong",
    "feng",
    "fu",
    "gang",
    "gao",
    "guan",
    "hai",
    "he",
    "hong",
    "hua",
    "huang",
    "ji",
    "jia",
    "jiang",
    "jin",
    "kai",
    "lan",
    "li",
    "liang",
    "lin",
    "long",
    "lu",
    "ma",
    "mei",
    "ming",
    "nan",
    "ning",
    "ping",
    "qi",
    "qian",
    "qing",
    "quan",
    "ren",
    "rong",
    "sha",
    "shan",
    "shi",
    "shui",
    "song",
    "tai",
    "tang",
    "tian",
    "tong",
    "wan",
    "wen",
    "wu",
    "xi",
    "xia",
    "xian",
    "xin",
    "xing",
    "yang",
    "yi",
    "yong",
    "yu",
    "yuan",
    "yun",
    "ze",
    "zhang",
    "zhen",
    "zhong",
    "zhou",
    "zi",
]
# (word, weight): "rural" lands in about a third of the labels, "xylophone" in none.
SECTORS = [
    ("rural", 34),
    ("cross-border", 8),
    ("live-streaming", 6),
    ("express delivery", 6),
    ("agricultural", 5),
    ("wholesale", 4),
    ("logistics", 4),
    ("tourism", 3),
    ("catering", 3),
    ("textile", 2),
    ("electronics", 2),
    ("pharmaceutical", 2),
    ("automotive", 2),
    ("furniture", 2),
    ("tea", 1),
    ("citrus", 1),
    ("hotpot", 1),
    ("kiwifruit", 1),
    ("bamboo", 1),
    ("silk", 1),
]
MEASURES = [
    ("online retail sales", "CNY"),
    ("sales growth", "%"),
    ("orders", "orders"),
    ("parcels delivered", "parcels"),
    ("merchants", "firms"),
    ("employment", "people"),
    ("investment", "CNY"),
    ("exports", "USD"),
    ("imports", "USD"),
    ("produce shipped", "tons"),
    ("share of sales", "%"),
    ("trainees", "people"),
]
TOPICS = [
    "Villages online",
    "Platform services",
    "Cold chain",
    "Brand building",
    "Market entities",
    "Talent",
    "Supply chains",
    "Digital trade",
    "Consumption",
    "Infrastructure",
    "Finance",
    "Standards",
]


def _name(rng: random.Random, syllables: int = 2) -> str:
    return "".join(rng.choice(SYLLABLES) for _ in range(syllables)).capitalize()


def _weighted(rng: random.Random, pairs: list[tuple[str, int]]) -> list[str]:
    words, weights = zip(*pairs, strict=True)
    return rng.choices(words, weights, k=CHUNK)


@dataclass
class World:
    """The generated trees the facts hang on (besides the bundled rows)."""

    categories: list[str] = field(default_factory=list)  # leaf categories facts go to
    category_weights: list[float] = field(default_factory=list)
    places: dict[str, list[str]] = field(default_factory=dict)  # by kind
    place_names: dict[str, str] = field(default_factory=dict)
    search_places: dict[str, str] = field(default_factory=dict)  # place -> its search words
    entities: list[tuple[str, str]] = field(default_factory=list)
    ranks: dict[str, int] = field(default_factory=dict)


def _copy_bundled(db: sqlite3.Connection, bundled: Path) -> None:
    db.execute("ATTACH DATABASE ? AS bundled", [f"file:{bundled}?mode=ro"])
    for table in TABLES:
        columns = ", ".join(row[1] for row in db.execute(f"PRAGMA main.table_info({table})"))
        db.execute(f"INSERT INTO main.{table} ({columns}) SELECT {columns} FROM bundled.{table}")
    db.commit()
    db.execute("DETACH DATABASE bundled")


def _add_categories(db: sqlite3.Connection, rng: random.Random, world: World) -> None:
    # Under every bundled subsection: generated sections, some with subsections of their own.
    parents = [
        row[0] for row in db.execute("SELECT id FROM categories WHERE parent_id IS NOT NULL")
    ]
    rows = []
    for parent in parents:
        for n in range(100):
            section = f"{parent}-g{n:03d}"
            rows.append((section, parent, f"{rng.choice(TOPICS)} {n + 1}", 100 + n))
            leaves = [section]
            if n % 10 == 0:
                leaves = [f"{section}-{k}" for k in range(3)]
                rows.extend((leaf, section, f"Part {k + 1}", k) for k, leaf in enumerate(leaves))
            world.categories.extend(leaves)
    db.executemany(
        "INSERT INTO categories (id, parent_id, name, position) VALUES (?, ?, ?, ?)", rows
    )
    # A few large sections and a long tail, like a real report's.
    world.category_weights = [1 / (1 + n % 97) for n in range(len(world.categories))]
    world.ranks = {cid: first for cid, (first, _last) in category_ranks(db).items()}
    db.executemany(
        "UPDATE facts SET category_rank = ? WHERE category_id = ?",
        [(rank, cid) for cid, rank in world.ranks.items()],
    )


def _add_places(db: sqlite3.Connection, rng: random.Random, world: World) -> None:
    divisions = [
        place_id
        for (place_id,) in db.execute(
            "SELECT id FROM places WHERE kind IN ('district', 'county', 'autonomous_county') "
            "ORDER BY position"
        )
    ]
    world.place_names = dict(db.execute("SELECT id, name FROM places"))
    for place_id, words in db.execute(
        "SELECT id, name || ' ' || COALESCE(name_zh, '') FROM places"
    ):
        world.search_places[place_id] = words.strip()
    position = db.execute("SELECT MAX(position) FROM places").fetchone()[0] + 1
    places, links = [], []

    def add(place_id: str, name: str, kind: str, parents: list[str]) -> None:
        nonlocal position
        # Generated names have no Chinese form: none is known, so none is made up.
        places.append((place_id, name, None, kind, "source", position))
        position += 1
        links.extend((place_id, parent, "source") for parent in parents)
        world.places.setdefault(kind, []).append(place_id)
        world.place_names[place_id] = name
        ancestors = " ".join(world.search_places[p] for p in parents)
        world.search_places[place_id] = f"{name} {ancestors}"

    for division in divisions:
        world.places.setdefault("division", []).append(division)
        towns = []
        for t in range(20):
            town = f"{division}-town-{t:02d}"
            add(town, f"{_name(rng)} Town", "town", [division])
            towns.append(town)
            for v in range(6):
                add(f"{town}-village-{v}", f"{_name(rng)} Village", "village", [town])
        for p in range(3):  # parks that straddle two towns, as some real ones straddle districts
            add(
                f"{division}-park-{p}",
                f"{_name(rng)} Industrial Park",
                "park",
                rng.sample(towns, 2),
            )
    db.executemany(
        "INSERT INTO places (id, name, name_zh, kind, provenance, position) "
        "VALUES (?, ?, ?, ?, ?, ?)",
        places,
    )
    db.executemany(
        "INSERT INTO place_parents (place_id, parent_id, provenance) VALUES (?, ?, ?)", links
    )


def _add_entities(db: sqlite3.Connection, rng: random.Random, world: World) -> None:
    world.entities = [(f"gen-entity-{n:04d}", f"{_name(rng, 3)} Co.") for n in range(1500)]
    db.executemany(
        "INSERT INTO entities (id, name, kind) VALUES (?, ?, 'company')",
        [(i, name) for i, name in world.entities],
    )


def _value(rng: random.Random, unit: str) -> tuple[float, str]:
    if unit == "CNY":
        value = round(rng.uniform(0.5, 900), 2)
        return (
            value * 1e8,
            f"{value / 10:.2f} billion yuan" if value >= 10 else f"{value * 100:,.0f} million yuan",
        )
    if unit == "USD":
        value = round(rng.uniform(1, 500), 1)
        return value * 1e6, f"USD {value} million"
    if unit == "%":
        value = round(rng.uniform(0.1, 99), 2)
        return value, f"{value}%"
    value = rng.randint(10, 2_000_000)
    return float(value), f"{value:,} {unit}"


def _pick_places(rng: random.Random, world: World) -> list[str]:
    roll = rng.random()
    kind = (
        "village"
        if roll < 0.6
        else "town"
        if roll < 0.85
        else "division"
        if roll < 0.95
        else "park"
    )
    pool = world.places[kind]
    # Skewed towards the first places of each kind: some districts are far busier than others.
    if rng.random() < 0.5:
        first = pool[min(int(rng.paretovariate(1.2)) - 1, len(pool) - 1)]
    else:
        first = pool[rng.randrange(len(pool))]
    if rng.random() < 0.2:
        second = rng.choice(world.places["village"])
        if second != first:
            return [first, second]
    return [first]


def _add_facts(db: sqlite3.Connection, rng: random.Random, world: World, count: int) -> None:
    position = db.execute("SELECT MAX(position) FROM facts").fetchone()[0] + 1
    source_text: list[str] = []
    source_length = 0
    written = 0
    while written < count:
        size = min(CHUNK, count - written)
        sectors = _weighted(rng, SECTORS)
        categories = rng.choices(world.categories, world.category_weights, k=size)
        facts, fact_places, fact_entities, search, sources = [], [], [], [], []
        for n in range(size):
            number = written + n
            fact_id = f"gen-{number:07d}"
            source_id = f"generated-{number // SOURCE_FACTS:05d}"
            if number % SOURCE_FACTS == 0:
                source_text, source_length = [], 0
            measure, unit = MEASURES[rng.randrange(len(MEASURES))]
            sector = sectors[n]
            places = _pick_places(rng, world)
            place_label = ", ".join(world.place_names[p] for p in places)
            year = rng.choice(("2019", "2020"))
            statement = rng.random() < 0.07
            label = f"{sector.capitalize()} {measure}" + (
                f" in {world.place_names[places[0]]}" if rng.random() < 0.5 else ""
            )
            where = place_label + (", Chongqing" if rng.random() < 0.4 else "")
            if statement:
                value, display, unit_, change, change_value = None, None, None, None, None
                quote = f"In {year}, {where} promoted {sector} {measure} through new measures."
                value_start = value_end = None
            else:
                value, display = _value(rng, unit)
                unit_ = unit
                change_value = round(rng.uniform(-20, 60), 2) if rng.random() < 0.6 else None
                change = None if change_value is None else f"{change_value:+.2f}%"
                head = f"In {year}, {sector} {measure} in {where} reached "
                quote = head + display + (f", up {change_value}%." if change_value else ".")
                value_start = source_length + len(head)
                value_end = value_start + len(display)
            qualifier = None
            if value is not None and rng.random() < 0.15:
                qualifier = rng.choice(("lower_bound", "approximate", "lower_bound"))
            quote_start = source_length
            source_text.append(quote)
            source_length += len(quote) + 1
            note = f"Generated note on {sector} work." if rng.random() < 0.03 else None
            entity = ""
            if rng.random() < 0.12:
                entity_id, entity = world.entities[rng.randrange(len(world.entities))]
                fact_entities.append((fact_id, entity_id))
            facts.append(
                (fact_id, source_id, categories[n], "statement" if statement else "reported",
                 label, value, unit_, qualifier, year, quote, quote_start, quote_start + len(quote),
                 value_start, value_end, note, display, change, change_value, place_label,
                 entity or None, source_id, world.ranks[categories[n]], position + number)
            )  # fmt: skip
            fact_places.extend((fact_id, p) for p in dict.fromkeys(places))
            numbers = "" if value is None else f"{value:.0f} {display.split()[0].replace(',', '')}"
            search.append(
                (fact_id, label, quote, note or "",
                 " ".join(world.search_places[p] for p in places), entity, numbers)
            )  # fmt: skip
            if number % SOURCE_FACTS == SOURCE_FACTS - 1 or number == count - 1:
                text = "\n".join(source_text)
                sources.append(
                    (source_id, f"Generated benchmark report {number // SOURCE_FACTS + 1}",
                     "cqdesk benchmark generator", "", "2021-01-01", None, None, "2020", text,
                     hashlib.sha256(text.encode()).hexdigest())
                )  # fmt: skip
        db.executemany(_insert("facts", FACT_COLUMNS), facts)
        db.executemany("INSERT INTO fact_places (fact_id, place_id) VALUES (?, ?)", fact_places)
        db.executemany(
            "INSERT INTO fact_entities (fact_id, entity_id) VALUES (?, ?)", fact_entities
        )
        db.executemany(_insert("search_index", SEARCH_COLUMNS), search)
        db.executemany(_insert("sources", SOURCE_COLUMNS, kind="'report'"), sources)
        written += size


# The columns the generator fills; the others (Chinese forms, formulas, readings) stay empty:
# generated facts are reported figures and statements with English text only.
FACT_COLUMNS = [
    "id",
    "source_id",
    "category_id",
    "kind",
    "label",
    "value",
    "unit",
    "qualifier",
    "period",
    "quote",
    "quote_start",
    "quote_end",
    "value_start",
    "value_end",
    "note",
    "value_display",
    "change",
    "change_value",
    "place_label",
    "entity_label",
    "cited_sources",
    "category_rank",
    "position",
]
SEARCH_COLUMNS = ["fact_id", "label", "quote", "note", "places", "entities", "numbers"]
SOURCE_COLUMNS = [
    "id",
    "title",
    "publisher",
    "url",
    "published",
    "statement_by",
    "statement_date",
    "period",
    "text",
    "sha256",
]


def _insert(table: str, columns: list[str], **fixed: str) -> str:
    names = ", ".join([*columns, *fixed])
    values = ", ".join(["?"] * len(columns) + list(fixed.values()))
    return f"INSERT INTO {table} ({names}) VALUES ({values})"


def generate(facts: int, out: Path, seed: int = 9, bundled: Path = REPO / "data.db") -> Path:
    """Write a database of the bundled rows plus ``facts`` generated facts to ``out``."""
    out.unlink(missing_ok=True)
    rng = random.Random(seed)
    connection = sqlite3.connect(out)
    # Benchmark data made in one go: a crash means running it again, so no journal is kept.
    connection.execute("PRAGMA journal_mode = OFF")
    connection.execute("PRAGMA synchronous = OFF")
    db = sqlite_utils.Database(connection)
    create_tables(db)
    _copy_bundled(connection, bundled.resolve())
    world = World()
    _add_categories(connection, rng, world)
    _add_places(connection, rng, world)
    _add_entities(connection, rng, world)
    _add_facts(connection, rng, world, facts)
    connection.execute(
        "INSERT INTO meta VALUES ('generated', ?)",
        [f"bench.generate --facts {facts} --seed {seed}: made-up benchmark data"],
    )
    connection.commit()
    finish_database(db)
    connection.commit()
    check_integrity(connection)
    connection.close()
    return out


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--facts", type=int, default=1_000_000, help="generated facts to add")
    parser.add_argument("-o", "--out", type=Path, required=True, help="the database to write")
    parser.add_argument("--seed", type=int, default=9)
    parser.add_argument("--db", type=Path, default=REPO / "data.db", help="the bundled database")
    args = parser.parse_args(argv)
    start = time.perf_counter()
    path = generate(args.facts, args.out, args.seed, args.db)
    seconds = time.perf_counter() - start
    print(
        f"wrote {path}: {args.facts:,} generated facts, {path.stat().st_size / 1e6:,.0f} MB, {seconds:.0f} s"
    )
    return 0


if __name__ == "__main__":
    sys.exit(main())
