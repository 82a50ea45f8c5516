"""The base map under the results: land, coasts, state and county lines and town names near a place.

Read once from the bundled files in finder/data/map/ (us-atlas TopoJSON, our town list; see
SOURCE.md), then cut to a box around the origin on each request. Everything returned is plain
lists of (lat, lon) points; the painting (finder/reports/map_render.py) projects them.
"""

from __future__ import annotations

import json
import math
import threading
from collections import defaultdict
from dataclasses import dataclass
from functools import lru_cache
from itertools import pairwise

from finder.domain.projection import MILES_PER_DEG_LAT, miles_per_deg_lon
from finder.domain.topojson import arc_use, decode_arcs, polygons
from finder.paths import resource_path

LatLon = tuple[float, float]
Box = tuple[float, float, float, float]  # west, south, east, north (degrees)


@dataclass(frozen=True)
class Town:
    name: str
    state: str
    lat: float
    lon: float
    zips: int  # how many ZIPs the town has: its rank for labelling


@dataclass(frozen=True)
class BasemapView:
    """The base map inside a box. Shared by every caller asking for the same box: read only.

    land: polygons (outer ring, then holes), filled with the even-odd rule; everything outside
    is water (or, beyond the borders, not ours to draw: Canada and Mexico look like water).
    coast_lines: where land meets water, and the borders with Canada and Mexico.
    state_lines / county_lines: borders between two states / two counties of one state.
    towns: names inside the box, most ZIPs first.
    Longitudes near the 180th meridian run on past it (181, ...) so the box stays in one piece.
    """

    box: Box
    land: list[list[list[LatLon]]]
    coast_lines: list[list[LatLon]]
    state_lines: list[list[LatLon]]
    county_lines: list[list[LatLon]]
    towns: list[Town]


class _Atlas:
    """The decoded files, each shape with its bounding box so a cut can skip most of them."""

    def __init__(self) -> None:
        topo = json.loads(resource_path("map", "counties-10m.json").read_text(encoding="utf-8"))
        arcs = decode_arcs(topo)
        states = arc_use(topo["objects"]["states"])
        counties = arc_use(topo["objects"]["counties"])
        self.land = _Shapes([(_bbox(p[0]), p) for p in polygons(topo["objects"]["nation"], arcs)])
        self.coast = _Shapes([(_bbox(arcs[i]), arcs[i]) for i, n in states.items() if n == 1])
        self.state = _Shapes([(_bbox(arcs[i]), arcs[i]) for i, n in states.items() if n >= 2])
        self.county = _Shapes(
            [(_bbox(arcs[i]), arcs[i]) for i, n in counties.items() if n >= 2 and i not in states]
        )
        places = json.loads(resource_path("map", "places.json").read_text(encoding="utf-8"))["places"]
        self.towns = [Town(name, state, lat, lon, zips) for name, state, lat, lon, zips in places]


class _Shapes:
    """Shapes with their boxes, filed by the whole-degree cells their boxes cover, so a cut looks
    only at the few shapes near it (about 10,000 county lines otherwise, on every search)."""

    def __init__(self, shapes: list) -> None:
        self.shapes = shapes
        self.cells: dict[tuple[int, int], list[int]] = defaultdict(list)
        for i, (bb, _shape) in enumerate(shapes):
            for x in range(math.floor(bb[0]), math.floor(bb[2]) + 1):
                for y in range(math.floor(bb[1]), math.floor(bb[3]) + 1):
                    self.cells[x, y].append(i)

    def __iter__(self):
        return iter(self.shapes)

    def __len__(self) -> int:
        return len(self.shapes)

    def near(self, box: Box) -> list:
        """The shapes whose boxes may meet `box` with a whole turn (0, ±360) added, in file order."""
        found: set[int] = set()
        ys = range(math.floor(box[1]), math.floor(box[3]) + 1)
        for shift in (0.0, 360.0, -360.0):
            for x in range(math.floor(box[0] - shift), math.floor(box[2] - shift) + 1):
                for y in ys:
                    found.update(self.cells.get((x, y), ()))
        return [self.shapes[i] for i in sorted(found)]


_LOCK = threading.Lock()


@lru_cache(maxsize=1)
def _load() -> _Atlas:
    return _Atlas()


def atlas() -> _Atlas:
    """The bundled map, read on first use (about 0.1 s) and kept; safe from several threads."""
    with _LOCK:
        return _load()


def basemap_around(
    lat: float, lon: float, half_width_mi: float, half_height_mi: float | None = None, counties: bool = True
) -> BasemapView:
    """The base map in a box centred on (lat, lon), half_width_mi east and west of it and
    half_height_mi (default: the same) north and south; county lines only when asked for.
    The box is a rectangle in the local projection the map is drawn in. Cached."""
    half_height_mi = half_width_mi if half_height_mi is None else half_height_mi
    dlon = half_width_mi / miles_per_deg_lon(lat)
    dlat = half_height_mi / MILES_PER_DEG_LAT
    return basemap_in_box(
        (round(lon - dlon, 4), round(lat - dlat, 4), round(lon + dlon, 4), round(lat + dlat, 4)), counties
    )


@lru_cache(maxsize=16)
def basemap_in_box(box: Box, counties: bool = True) -> BasemapView:
    """The base map inside (west, south, east, north); west/east may lie past ±180."""
    a = atlas()
    w, s, e, n = box
    land = []
    for bb, poly in a.land.near(box):
        shift = _shift(bb, box)
        if shift is None:
            continue
        if _inside(bb, box, shift):
            land.append([_latlon(r, shift) for r in poly])
            continue
        rings = [_latlon(c, shift) for r in poly if len(c := _clip_ring(r, w - shift, s, e - shift, n)) > 2]
        if rings:
            land.append(rings)
    return BasemapView(
        box,
        land,
        _lines(a.coast, box),
        _lines(a.state, box),
        _lines(a.county, box) if counties else [],
        _towns(a.towns, box),
    )


def _bbox(points) -> Box:
    xs = [p[0] for p in points]
    ys = [p[1] for p in points]
    return min(xs), min(ys), max(xs), max(ys)


def _shift(bb: Box, box: Box) -> float | None:
    """The whole turn (0, ±360) that brings a shape's box over the view's box, or None."""
    for shift in (0.0, 360.0, -360.0):
        if bb[0] + shift <= box[2] and bb[2] + shift >= box[0] and bb[1] <= box[3] and bb[3] >= box[1]:
            return shift
    return None


def _inside(bb: Box, box: Box, shift: float) -> bool:
    return bb[0] + shift >= box[0] and bb[2] + shift <= box[2] and bb[1] >= box[1] and bb[3] <= box[3]


def _latlon(points, shift: float) -> list[LatLon]:
    return [(y, x + shift) for x, y in points]


def _clip_ring(ring, w: float, s: float, e: float, n: float) -> list:
    """Sutherland-Hodgman: the part of a ring inside the box, for filling (the pieces of the
    box's edge it adds lie at the edge of the picture, never stroked)."""
    for axis, bound, keep_above in ((0, w, True), (0, e, False), (1, s, True), (1, n, False)):
        if not ring:
            break
        out = []
        prev = ring[-1]
        prev_in = (prev[axis] >= bound) == keep_above
        for cur in ring:
            cur_in = (cur[axis] >= bound) == keep_above
            if cur_in != prev_in:
                t = (bound - prev[axis]) / (cur[axis] - prev[axis])
                other = 1 - axis
                at = prev[other] + t * (cur[other] - prev[other])
                out.append((bound, at) if axis == 0 else (at, bound))
            if cur_in:
                out.append(cur)
            prev, prev_in = cur, cur_in
        ring = out
    return ring


def _lines(lines: _Shapes, box: Box) -> list[list[LatLon]]:
    """The stretches of each line that pass through the box (a segment with an end inside, or
    crossing it, is kept whole; the painter clips the rest)."""
    out = []
    for bb, line in lines.near(box):
        shift = _shift(bb, box)
        if shift is None:
            continue
        if _inside(bb, box, shift):
            out.append(_latlon(line, shift))
            continue
        w, s, e, n = box[0] - shift, box[1], box[2] - shift, box[3]
        run: list = []
        for a, b in pairwise(line):
            if (
                min(a[0], b[0]) <= e
                and max(a[0], b[0]) >= w
                and min(a[1], b[1]) <= n
                and max(a[1], b[1]) >= s
            ):
                if not run:
                    run.append(a)
                run.append(b)
            elif run:
                out.append(_latlon(run, shift))
                run = []
        if run:
            out.append(_latlon(run, shift))
    return out


def _towns(towns: list[Town], box: Box) -> list[Town]:
    w, s, e, n = box
    out = []
    for t in towns:
        if s <= t.lat <= n:
            for shift in (0.0, 360.0, -360.0):
                if w <= t.lon + shift <= e:
                    out.append(t if not shift else Town(t.name, t.state, t.lat, t.lon + shift, t.zips))
                    break
    return out
