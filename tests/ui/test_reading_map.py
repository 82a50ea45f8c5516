"""The map in a dark theme: rings and the origin stand out from the land and water under them,
every ring is labelled."""

from __future__ import annotations

import math
from types import SimpleNamespace

import pytest
from PySide6.QtGui import QColor, QPalette

from finder.reports.map_render import MapPalette
from finder.ui.map_view import MapView

DARK = {
    QPalette.ColorRole.Window: "#31363b",
    QPalette.ColorRole.Base: "#232629",
    QPalette.ColorRole.Text: "#eff0f1",
    QPalette.ColorRole.WindowText: "#eff0f1",
    QPalette.ColorRole.Mid: "#2b2f33",
    QPalette.ColorRole.Dark: "#1b1e20",
    QPalette.ColorRole.Highlight: "#3daee9",
    QPalette.ColorRole.PlaceholderText: "#8a8d90",
}


def _luminance(c: QColor) -> float:
    def lin(v):
        v /= 255
        return v / 12.92 if v <= 0.03928 else ((v + 0.055) / 1.055) ** 2.4

    return 0.2126 * lin(c.red()) + 0.7152 * lin(c.green()) + 0.0722 * lin(c.blue())


def _contrast(a: QColor, b: QColor) -> float:
    la, lb = sorted((_luminance(a), _luminance(b)), reverse=True)
    return (la + 0.05) / (lb + 0.05)


def _map(qtbot, w, h, n_points=0, dark=True) -> MapView:
    view = MapView()
    qtbot.addWidget(view)
    if dark:
        pal = view.palette()
        for role, colour in DARK.items():
            pal.setColor(role, QColor(colour))
        view.setPalette(pal)
    view.resize(w, h)
    # a crowd of programs around the origin (a shared ZIP centre and its neighbours), as in a city
    rows, coords = [], {}
    for i in range(n_points):
        a = i * 2.4
        rows.append(SimpleNamespace(id=i + 1, name=f"Program {i + 1}", location_precision="zip"))
        coords[i + 1] = (33.6 + 0.02 * math.sin(a) * (i % 7), -117.9 + 0.02 * math.cos(a) * (i % 7))
    view.set_result(33.6, -117.9, "Newport Beach, CA", 25.0, rows, coords)
    return view


def _against_map(view: MapView, c: QColor) -> float:
    """Contrast with the map under it: land or water, whichever is worse."""
    colours = MapPalette.for_palette(view.palette())
    return min(_contrast(c, colours.land), _contrast(c, colours.water))


def _ring_contrast(view: MapView, miles: float) -> float:
    """The best contrast with the land and water found along a ring, away from labels."""
    image = view.grab().toImage()
    proj = view.projection()
    r = proj.to_pixels(miles)
    best = 1.0
    boxes = [b for _t, b in view.ring_labels()]
    for k in range(0, 360, 3):
        a = math.radians(k)
        for dr in (-1, 0, 1):
            x = round(proj.cx + (r + dr) * math.cos(a))
            y = round(proj.cy + (r + dr) * math.sin(a))
            if any(b.contains(x, y) for b in boxes) or not image.rect().contains(x, y):
                continue
            best = max(best, _against_map(view, QColor(image.pixel(x, y))))
    return best


def test_rings_and_origin_stand_out_in_a_dark_theme(qtbot):
    view = _map(qtbot, 480, 300)
    view.show()
    qtbot.waitExposed(view)
    for miles in view.rings():
        assert _ring_contrast(view, miles) >= 3.0, f"{miles:g} mi ring is hard to see"
    assert MapPalette.for_palette(view.palette()) == MapPalette(
        **{**MapPalette.dark().__dict__, "selected": QColor(DARK[QPalette.ColorRole.Highlight])}
    )
    image = view.grab().toImage()
    proj = view.projection()
    arm = [QColor(image.pixel(round(proj.cx) + dx, round(proj.cy))) for dx in (-5, -3, 3, 5)]
    assert min(_against_map(view, c) for c in arm) >= 3.0


@pytest.mark.parametrize(("size", "points"), [((480, 260), 0), ((700, 280), 120), ((320, 220), 120)])
def test_every_ring_gets_its_label(qtbot, size, points):
    view = _map(qtbot, *size, n_points=points)
    view.show()
    qtbot.waitExposed(view)
    labels = view.ring_labels()
    texts = [t for t, _b in labels]
    scale = view.projection().px_per_mile
    # every ring clear of the origin cross is named ("5 mi", "10 mi", ... "25 mi")
    expected = [f"{m:g} mi" for m in view.rings() if m * scale > 20]
    assert [t for t in texts if t in expected] == expected
    boxes = [b for _t, b in labels]
    for i, b in enumerate(boxes):
        assert view.rect().contains(b.toAlignedRect()), texts[i]
        assert not any(b.intersects(o) for o in boxes[i + 1 :]), texts[i]
