"""Search finds what people type: Chinese words and parts of names, 亿/万 figures, spellings."""

from __future__ import annotations

import re
import sqlite3

import pytest
import sqlite_utils

from cqdesk.store import FactQuery
from cqdesk.store.facts import fact_rows
from tests.conftest import REPO

# What a Chinese or English reader types, and a fact it must find in the bundled data.
CASES = [
    ("巴南", "banan-zhongtong-settlement"),  # part of 巴南区
    ("南区", "banan-logistics-parks-operating"),  # its end
    ("巴南区", "banan-zhongtong-settlement"),
    ("秀山", "xiushan-logistics-park-demonstration-base"),
    ("酉阳", "youyang-demonstration-upgrades"),
    ("口罩", "masks-purchased"),  # one topic word
    ("直播", "live-broadcasts"),
    ("农村电商", "rural-online-retail-sales"),  # four characters
    ("电商", "express-parcels"),
    ("跨境", "cross-border-trade"),
    ("快递", "express-parcels"),
    ("农", "rural-online-retail-sales"),  # one character
    ("洋码头", "yuzhong-projects"),  # a company's Chinese name
    ("猪八戒网", "zhubajie-beigou-donations"),
    ("武汉", "wuhan-aid-agricultural-products"),
    ("农村网络零售额", "rural-online-retail-sales"),  # longer than four: a whole label
    # Any piece of a Chinese text, of any length, inside a longer token: here of the label
    # 14个重点区县农村网络零售额, which FTS5 keeps as one token.
    ("县", "rural-sales-key-districts"),  # 1 character
    ("区县", "rural-sales-key-districts"),  # 2
    ("重点区", "rural-sales-key-districts"),  # 3
    ("点区县农", "rural-sales-key-districts"),  # 4, across two words
    ("村网络零售", "rural-online-retail-sales"),  # 5: Datasette found nothing before
    ("重点区县农村", "rural-sales-key-districts"),  # 6
    ("区县农村网络零售", "rural-sales-key-districts"),  # 8
    ("很可能用的是那时", "implied-cny-per-usd"),  # 8, inside a translated note
    ("14个重点", "rural-sales-key-districts"),  # digits and Chinese are one FTS5 token
    ("农村网络零售", "rural-online-retail-sales"),  # a whole category name (rural-sales)
    ("示范和认定", "youyang-demonstration-upgrades"),  # another, of five characters
    ("两路寸滩", "bonded-zone-clusters-completed"),  # a zone's short name
    ("寸滩综合保税", "bonded-zone-clusters-completed"),  # a piece of a zone's name
    ("西永综合保税区", "bonded-zone-clusters-completed"),  # a zone's whole name
    ("1350.5亿", "online-retail-sales"),  # figures written the Chinese way
    ("1350.5亿元", "online-retail-sales"),
    ("243.3亿", "rural-online-retail-sales"),
    ("65万", "online-merchants"),
    ("Nanan", "nanan-projects"),  # no apostrophe
    ("Nan'an", "nanan-projects"),
    ("Yuou", "yuou-stock-national"),
    ("ecommerce", "new-ecommerce-firms"),  # no hyphen
    ("parcels", "express-parcels"),  # the report says "packages"
    ("parcel", "express-parcels"),
    ("package", "express-parcels"),  # singular of what the report prints
    ("mask", "masks-purchased"),
]


@pytest.fixture(scope="module")
def bundled():
    connection = sqlite3.connect(f"file:{REPO / 'data.db'}?mode=ro", uri=True)
    yield connection
    connection.close()


@pytest.mark.parametrize(("typed", "fact_id"), CASES)
def test_the_window_and_cli_search_finds_it(bundled, typed, fact_id):
    assert fact_id in {row.id for row in fact_rows(bundled, FactQuery(search=typed))}


def datasette_escape(query: str) -> str:
    """Datasette's escape_fts (datasette/utils/__init__.py): each term becomes a quoted string."""
    if query.count('"') % 2:
        query += '"'
    bits = [b for b in re.split(r'\s+|(".*?")', query) if b and b != '""']
    return " ".join(f'"{bit}"' if not bit.startswith('"') else bit for bit in bits)


@pytest.mark.parametrize(("typed", "fact_id"), CASES)
def test_datasette_finds_it(bundled, typed, fact_id):
    """The query Datasette runs for ?_search= on the search_index table, FTS5 quoting and all."""
    rows = bundled.execute(
        "SELECT fact_id FROM search_index WHERE rowid IN "
        "(SELECT rowid FROM search_index_fts WHERE search_index_fts MATCH ?)",
        [datasette_escape(typed)],
    )
    assert fact_id in {r for (r,) in rows}


@pytest.mark.parametrize(
    "typed",
    [
        "巴南",
        "口罩",
        "65万",
        "Nanan",
        "parcels",
        "农村网络零售额",
        "村网络零售",
        "区县农村网络零售",
    ],
)
def test_sqlite_utils_search_finds_it(typed):
    db = sqlite_utils.Database(sqlite3.connect(f"file:{REPO / 'data.db'}?mode=ro", uri=True))
    assert list(db["search_index"].search(typed, limit=5))


def _datasette_finds(bundled, typed: str) -> set[str]:
    rows = bundled.execute(
        "SELECT fact_id FROM search_index WHERE rowid IN "
        "(SELECT rowid FROM search_index_fts WHERE search_index_fts MATCH ?)",
        [datasette_escape(typed)],
    )
    return {r for (r,) in rows}


def _both_find(bundled, typed: str) -> tuple[set[str], set[str]]:
    store = {row.id for row in fact_rows(bundled, FactQuery(search=typed))}
    return store, _datasette_finds(bundled, typed)


def test_a_chinese_category_name_finds_every_fact_under_it(bundled):
    for category_id, name_zh in bundled.execute("SELECT id, name_zh FROM categories"):
        under = {
            fact_id
            for (fact_id,) in bundled.execute(
                "WITH RECURSIVE sub(id) AS (SELECT ? UNION "
                "SELECT c.id FROM categories c JOIN sub ON c.parent_id = sub.id) "
                "SELECT id FROM facts WHERE category_id IN (SELECT id FROM sub)",
                [category_id],
            )
        }
        for found in _both_find(bundled, name_zh):
            assert under <= found, (category_id, name_zh, sorted(under - found))


def test_every_piece_of_a_chinese_place_name_finds_its_facts(bundled):
    places = bundled.execute(
        "SELECT p.id, p.name_zh, group_concat(fp.fact_id, ' ') FROM places p "
        "JOIN fact_places fp ON fp.place_id = p.id "
        "WHERE p.name_zh IS NOT NULL AND p.kind <> 'municipality' GROUP BY p.id"
    ).fetchall()
    assert len(places) > 10
    for place_id, name_zh, fact_ids in places:
        # Every piece inside one word (秀山, 现代物流), and the whole name with its brackets.
        words = re.findall(r"[^\W_]+", name_zh)
        pieces = {w[i:j] for w in words for i in range(len(w)) for j in range(i + 1, len(w) + 1)}
        pieces.add(name_zh)
        for piece in pieces:
            for found in _both_find(bundled, piece):
                assert set(fact_ids.split()) <= found, (place_id, piece)


def test_the_window_and_datasette_find_the_same_chinese(bundled):
    """A Chinese piece is a token of its own, so the prefix star adds nothing to it."""
    for typed in ("县", "区县", "村网络零售", "区县农村网络零售", "巴南", "保税", "14个重点"):
        store, datasette = _both_find(bundled, typed)
        assert store == datasette and store, typed


def test_search_in_the_tiny_database(tiny_db):
    def found(text: str) -> set[str]:
        return {row.id for row in fact_rows(tiny_db, FactQuery(search=text))}

    assert "lakeside-shops" in found("湖滨")  # part of a park's Chinese name
    assert "lakeside-shops" in found("stores")  # a synonym of the report's "shops"
    assert "banan-firms" in found("巴南")
    assert "online-sales" in found("105亿")  # 10.5 billion yuan
    assert "acme-yuzhong" in found("总部")
    assert found("区电") == set()  # no piece spanning two names
