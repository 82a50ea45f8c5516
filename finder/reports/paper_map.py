"""The numbered map on paper (the comparison's last page, the family handout): an <img> for QTextDocument.

The shortlisted programs are drawn around the shortlist's starting place by the window's
MapRenderer, each mark carrying the program's number in the printed list.
"""

from __future__ import annotations

import base64
import math
from collections.abc import Sequence

from finder.domain.geo import geodesic_miles
from finder.domain.projection import ring_step
from finder.reports.map_scene import MapMark, MapScene, png_bytes


def map_radius(lat: float, lon: float, marks: Sequence[MapMark]) -> float:
    """Miles from the centre to the map's edge: the farthest program with a little room (5–500 mi),
    rounded up to a whole ring step, so the outer ring is named in round miles ("25 mi", never
    "20.288 mi" beside the "20 mi" ring)."""
    far = max((geodesic_miles(lat, lon, m.lat, m.lon) for m in marks), default=0.0)
    room = min(500.0, max(5.0, far * 1.15))
    step = ring_step(room)
    return min(500.0, math.ceil(room / step - 1e-9) * step)


def numbered_map_img(
    lat: float,
    lon: float,
    origin_label: str,
    marks: Sequence[MapMark],
    *,
    pixels: tuple[int, int],
    shown: tuple[float, float],
) -> str:
    """An <img> of the map (rendered at `pixels`, shown at `shown` CSS px: 96 a printed inch)."""
    from finder.reports.map_render import render_image

    scene = MapScene(lat, lon, map_radius(lat, lon, marks), list(marks), origin_label=origin_label)
    src = "data:image/png;base64," + base64.b64encode(png_bytes(render_image(scene, *pixels))).decode("ascii")
    return f'<img src="{src}" width="{shown[0]:.0f}" height="{shown[1]:.0f}">'
