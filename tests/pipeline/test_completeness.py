"""Every numeral and number word of the report is a fact's printed value or is ignored for a reason."""

from __future__ import annotations

from tests.printed_numbers import number_tokens


def _covered_spans(db):
    spans = db.execute(
        "SELECT value_start, value_end FROM facts WHERE value_start IS NOT NULL "
        "UNION ALL SELECT value_start, value_end FROM fact_mentions"
    ).fetchall()
    ignored = db.execute("SELECT start, end, reason FROM ignored_numbers").fetchall()
    return spans, ignored


def test_every_number_in_the_report_is_covered(real_db):
    text = real_db.execute("SELECT text FROM sources WHERE kind = 'report'").fetchone()[0]
    spans, ignored = _covered_spans(real_db)
    uncovered = []
    for start, end, token in number_tokens(text):
        in_fact = any(s <= start and end <= e for s, e in spans)
        in_ignored = any(s <= start and end <= e for s, e, _ in ignored)
        if not (in_fact or in_ignored):
            line = text.count("\n", 0, start) + 1
            uncovered.append(f"line {line}: {token!r} in {text[max(0, start - 30) : end + 30]!r}")
    assert not uncovered, "numbers with no fact and no reason:\n" + "\n".join(uncovered)


def test_ignored_numbers_all_have_reasons(real_db):
    for text, reason in real_db.execute("SELECT text, reason FROM ignored_numbers"):
        assert reason and len(reason) > 10, text


def test_no_number_is_both_a_fact_and_ignored(real_db):
    spans, ignored = _covered_spans(real_db)
    for s, e, reason in ignored:
        assert not any(fs <= s and e <= fe for fs, fe in spans), reason


def test_the_small_figures_are_facts(real_db):
    printed = {
        row[0]
        for row in real_db.execute(
            "SELECT substr(s.text, f.value_start + 1, f.value_end - f.value_start) "
            "FROM facts f JOIN sources s ON s.id = f.source_id WHERE f.value_start IS NOT NULL"
        )
    }
    for expected in ["366 tons", "5 tons", "323", "ten", "six", "5", "30", "81", "358", "1041"]:
        assert any(expected == p or p.startswith(expected + " ") for p in printed), expected


def test_statements_cover_the_named_places(real_db):
    for place in ["yuzhong", "nanan", "banan", "youyang", "pengshui", "xiushan", "yubei"]:
        count = real_db.execute(
            "WITH RECURSIVE sub(id) AS (SELECT ? UNION SELECT pp.place_id FROM place_parents pp "
            "JOIN sub ON pp.parent_id = sub.id) SELECT COUNT(*) FROM facts f JOIN fact_places fp "
            "ON fp.fact_id = f.id WHERE f.kind = 'statement' AND fp.place_id IN (SELECT id FROM sub)",
            [place],
        ).fetchone()[0]
        assert count >= 1, place
