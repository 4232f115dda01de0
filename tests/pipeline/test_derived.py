"""Derived facts: recomputed from their inputs, flagged, never quoted, qualified when inputs are."""

from __future__ import annotations

import math

from cqdesk.pipeline.formula import evaluate


def _derived(db):
    return db.execute(
        "SELECT id, formula, value, qualifier, quote, note FROM facts WHERE kind = 'derived'"
    ).fetchall()


def test_derived_values_recompute_from_inputs(real_db):
    values = dict(real_db.execute("SELECT id, value FROM facts WHERE value IS NOT NULL"))
    for fact_id, formula, value, *_ in _derived(real_db):
        assert math.isclose(evaluate(formula, values, fact_id), value, rel_tol=1e-12), fact_id


def test_inputs_table_lists_every_formula_input(real_db):
    for fact_id, formula, *_ in _derived(real_db):
        inputs = [
            row[0]
            for row in real_db.execute(
                "SELECT input_id FROM fact_inputs WHERE fact_id = ? ORDER BY position", [fact_id]
            )
        ]
        assert inputs and all(input_id in formula for input_id in inputs), fact_id


def test_derived_facts_have_no_quote_and_a_note(real_db):
    for fact_id, _formula, _value, _q, quote, note in _derived(real_db):
        assert quote is None, fact_id
        assert note, f"{fact_id}: a derived fact explains itself"


def test_qualified_inputs_give_qualified_results(real_db):
    rows = real_db.execute("""
        SELECT d.id, d.qualifier FROM facts d JOIN fact_inputs i ON i.fact_id = d.id
        JOIN facts f ON f.id = i.input_id WHERE f.qualifier IS NOT NULL""").fetchall()
    for fact_id, qualifier in rows:
        assert qualifier is not None, fact_id


def test_required_derivations_exist(real_db):
    ids = {row[0] for row in _derived(real_db)}
    assert len(ids) >= 15
    values = dict(real_db.execute("SELECT id, value FROM facts"))
    assert math.isclose(values["national-online-retail-growth"], 13.05 - 1.49)
    assert math.isclose(values["employment-indirect"], 1_827_000 - 786_000)
    assert values["rural-brands-total"] == 81 + 358 + 1041
    assert math.isclose(values["online-retail-sales-2019"], 135.05e9 / 1.1305)


def test_percentage_point_assumption_is_written(real_db):
    for fact_id in ("national-online-retail-growth", "national-physical-goods-growth"):
        note = real_db.execute("SELECT note FROM facts WHERE id = ?", [fact_id]).fetchone()[0]
        assert "percentage points" in note, fact_id
