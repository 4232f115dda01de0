"""Rows for the tile map: each county-level division's cell on the grid, checked whole."""

from __future__ import annotations

from cqdesk.pipeline.errors import BuildError
from cqdesk.pipeline.inputs import Resources

DIVISION_KINDS = {"district", "county", "autonomous_county"}


def _whole_number(entry: dict, name: str, what: str) -> int:
    value = entry.get(name)
    if not isinstance(value, int) or isinstance(value, bool) or value < 0:
        raise BuildError(f"{what}: {name} must be a whole number from 0, not {value!r}")
    return value


def _cell(entry: dict, what: str) -> tuple[int, int]:
    return _whole_number(entry, "column", what), _whole_number(entry, "row", what)


def tile_rows(res: Resources, places: list[dict]) -> list[dict]:
    """The ``map_tiles`` rows: every division exactly once, no two on one cell."""
    divisions = {p["id"] for p in places if p["kind"] in DIVISION_KINDS}
    rows: list[dict] = []
    cells: dict[tuple[int, int], str] = {}
    for entry in res.map_tiles:
        place_id = str(entry.get("id"))
        what = f"map-tiles.yaml {entry.get('id')!r}"
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
