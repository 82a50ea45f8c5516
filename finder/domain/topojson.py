"""A small TopoJSON reader: arcs, rings and polygons as plain (lon, lat) lists.

Covers what the bundled us-atlas files use (github.com/topojson/topojson-specification):
quantized, delta-encoded arcs with a transform; Polygon, MultiPolygon and GeometryCollection;
an arc index ~i (that is -i-1) meaning arc i walked backwards. Pure: the caller reads the file.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterable
from itertools import accumulate

Point = tuple[float, float]  # (lon, lat), the order TopoJSON stores
Ring = list[Point]
Polygon = list[Ring]  # the outer ring, then its holes


def decode_arcs(topology: dict) -> list[list[Point]]:
    """Every arc in absolute coordinates: with a transform, positions are integer steps from the
    previous one (delta-encoded), scaled and translated; without one they are plain coordinates."""
    transform = topology.get("transform")
    if transform is None:
        return [[(float(p[0]), float(p[1])) for p in arc] for arc in topology["arcs"]]
    (sx, sy), (tx, ty) = transform["scale"], transform["translate"]
    return [
        [
            (x * sx + tx, y * sy + ty)
            for x, y in zip(accumulate(p[0] for p in arc), accumulate(p[1] for p in arc))
        ]
        for arc in topology["arcs"]
    ]


def ring(arcs: list[list[Point]], indices: Iterable[int]) -> Ring:
    """The arcs joined end to end; ~i walks arc i backwards. Each arc starts where the last one
    ended, so that shared point is kept once. A ring's first and last points are the same."""
    points: Ring = []
    for i in indices:
        arc = arcs[i] if i >= 0 else arcs[~i][::-1]
        points.extend(arc[1:] if points else arc)
    return points


def polygons(geometry: dict, arcs: list[list[Point]]) -> list[Polygon]:
    """The polygons of a Polygon, MultiPolygon or GeometryCollection (other types have none)."""
    kind = geometry.get("type")
    if kind == "Polygon":
        return [[ring(arcs, r) for r in geometry["arcs"]]]
    if kind == "MultiPolygon":
        return [[ring(arcs, r) for r in polygon] for polygon in geometry["arcs"]]
    if kind == "GeometryCollection":
        return [p for g in geometry["geometries"] for p in polygons(g, arcs)]
    return []


def arc_use(geometry: dict) -> Counter[int]:
    """How many rings of the geometry use each arc (either way round). Between polygons of one
    collection, an arc used twice is a shared border; once, an outer edge (a coast, say)."""
    used: Counter[int] = Counter()
    parts = geometry["geometries"] if geometry.get("type") == "GeometryCollection" else [geometry]
    stack = [g["arcs"] for g in parts if "arcs" in g]
    while stack:
        for item in stack.pop():
            if isinstance(item, int):
                used[item if item >= 0 else ~item] += 1
            else:
                stack.append(item)
    return used
