"""Rows for the category tree, flattened from ``categories.yaml`` in reading order."""

from __future__ import annotations

from cqdesk.pipeline.errors import BuildError
from cqdesk.pipeline.inputs import Resources


def category_rows(res: Resources) -> list[dict]:
    """The ``categories`` rows, parents before children, ``position`` counting siblings."""
    rows: list[dict] = []

    def visit(entries: list[dict], parent_id: str | None) -> None:
        for position, entry in enumerate(entries):
            if not entry.get("id") or not entry.get("name"):
                raise BuildError(f"categories.yaml: every category needs an id and a name: {entry}")
            rows.append(
                {
                    "id": entry["id"],
                    "parent_id": parent_id,
                    "name": entry["name"],
                    "position": position,
                }
            )
            visit(entry.get("children") or [], entry["id"])

    visit(res.categories, None)
    ids = [row["id"] for row in rows]
    if len(ids) != len(set(ids)):
        raise BuildError("categories.yaml: a category id is used twice")
    return rows
