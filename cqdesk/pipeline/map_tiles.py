"""Rows for the tile map: each county-level division's cell on the grid, checked whole."""

from __future__ import annotations

from cqdesk.pipeline.errors import BuildError
from cqdesk.pipeline.inputs import Resources

DIVISION_KINDS = {"district", "county", "autonomous_county"}


def _cell(entry: dict, what: str) -> tuple[int, int]:
    column, row = entry.get("column"), entry.get("row")
    for name, value in (("column", column), ("row", row)):
        if not isinstance(value, int) or isinstance(value, bool) or value < 0:
            raise BuildError(f"{what}: {name} must be a whole number from 0, not {value!r}")
    return column, row


def tile_rows(res: Resources, places: list[dict]) -> list[dict]:
    """The ``map_tiles`` rows: every division exactly once, no two on one cell."""
    divisions = {p["id"] for p in places if p["kind"] in DIVISION_KINDS}
    rows, cells = [], {}
    for entry in res.map_tiles:
        place_id = entry.get("id")
        what = f"map-tiles.yaml {place_id!r}"
        if place_id not in divisions:
            raise BuildError(f"{what}: not a district or county of the gazetteer")
        if any(row["place_id"] == place_id for row in rows):
            raise BuildError(f"{what}: has two tiles")
        cell = _cell(entry, what)
        if cell in cells:
            raise BuildError(f"{what}: its cell {cell} is already {cells[cell]!r}'s")
        cells[cell] = place_id
        rows.append({"place_id": place_id, "grid_column": cell[0], "grid_row": cell[1]})
    missing = divisions - set(cells.values())
    if missing:
        raise BuildError(f"map-tiles.yaml: no tile for {sorted(missing)}")
    return sorted(rows, key=lambda row: row["place_id"])
