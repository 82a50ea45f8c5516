"""The map as people see it: water at sea and in Lake Michigan, land ashore, rings that show."""

import pytest
from PySide6.QtCore import QRectF
from PySide6.QtGui import QColor, QImage, QPainter

from finder.errors import UserError
from finder.reports.map_render import MapMark, MapPalette, MapRenderer, MapScene, parse_size, render_image

NEWPORT = (33.6295, -117.8684)
CHICAGO = (41.8545, -87.6747)


@pytest.fixture(autouse=True)
def _gui(qapp):
    return qapp


def colour_share(img: QImage, x: float, y: float, colour: QColor, half: int = 4) -> float:
    """How much of the (2*half+1)² block around a pixel is exactly `colour`."""
    want = colour.rgb()
    cells = [
        (i, j)
        for i in range(round(x) - half, round(x) + half + 1)
        for j in range(round(y) - half, round(y) + half + 1)
    ]
    return sum(img.pixel(i, j) == want for i, j in cells) / len(cells)


def luminance(c: QColor) -> float:
    def lin(v):
        v /= 255
        return v / 12.92 if v <= 0.03928 else ((v + 0.055) / 1.055) ** 2.4

    return 0.2126 * lin(c.red()) + 0.7152 * lin(c.green()) + 0.0722 * lin(c.blue())


def contrast(a: QColor, b: QColor) -> float:
    hi, lo = sorted((luminance(a), luminance(b)), reverse=True)
    return (hi + 0.05) / (lo + 0.05)


def render(centre, radius, palette, marks=(), size=(1280, 800)):
    scene = MapScene(*centre, radius, marks, origin_label="test")
    img = render_image(scene, *size, palette)
    return img, MapRenderer.fit(scene, *size)


def test_newport_beach_the_pacific_is_water_and_inland_is_land():
    pal = MapPalette.light()
    img, proj = render(NEWPORT, 25, pal)
    assert colour_share(img, *proj.pixel(33.50, -117.98), pal.water) > 0.9  # offshore, between rings
    assert colour_share(img, *proj.pixel(33.72, -117.72), pal.land) > 0.9  # the hills behind Irvine
    assert img.width() == 1280 and img.height() == 800


def test_chicago_lake_michigan_east_of_the_origin_is_water():
    pal = MapPalette.light()
    img, proj = render(CHICAGO, 25, pal)
    assert colour_share(img, *proj.pixel(41.8545, -87.43), pal.water) > 0.9  # 12.5 mi east, between rings
    assert colour_share(img, *proj.pixel(41.93, -87.95), pal.land) > 0.6  # west: land (county lines cross)


def test_the_radius_circle_is_90_percent_of_the_shorter_side_with_the_origin_at_the_centre():
    proj = MapRenderer.fit(MapScene(*CHICAGO, 25), 1280, 800)
    assert (proj.cx, proj.cy) == (640, 400)
    assert proj.to_pixels(25) * 2 == pytest.approx(720)
    x, y = proj.pixel(CHICAGO[0] + 25 / 69.05, CHICAGO[1])  # 25 miles due north
    assert (x, y) == pytest.approx((640, 40))


def test_dark_palette_rings_stand_out_from_land_and_water():
    pal = MapPalette.dark()
    img, proj = render(NEWPORT, 25, pal)
    assert colour_share(img, *proj.pixel(33.50, -117.98), pal.water) > 0.9
    for ring_colour in (pal.ring, pal.ink):
        assert contrast(ring_colour, pal.land) >= 3 and contrast(ring_colour, pal.water) >= 3
    # on the picture: the radius circle due west of the origin (over land) is drawn in ink
    x, y = proj.cx - proj.to_pixels(25), proj.cy
    darkest = max(
        (QColor(img.pixel(round(x) + dx, round(y))) for dx in (-1, 0, 1)), key=lambda c: contrast(c, pal.land)
    )
    assert contrast(darkest, pal.land) >= 3


def test_marks_exact_filled_zip_hollow_and_clicks_find_them():
    pal = MapPalette.light()
    marks = [
        MapMark(1, "Exact", 33.70, -117.80, True),
        MapMark(2, "Zip one", 33.66, -117.95, False),
        MapMark(3, "Zip two", 33.66, -117.95, False),
    ]
    scene = MapScene(*NEWPORT, 25, marks, selected_id=1)
    img = QImage(1280, 800, QImage.Format.Format_RGB32)
    painter = QPainter(img)
    painted = MapRenderer().paint(painter, QRectF(0, 0, 1280, 800), scene, pal)
    painter.end()
    x, y = painted.projection.pixel(33.70, -117.80)
    assert QColor(img.pixel(round(x), round(y))) == pal.ink  # filled
    zx, zy = painted.projection.pixel(33.66, -117.95)
    assert QColor(img.pixel(round(zx), round(zy))) == pal.paper  # hollow
    assert [m.id for m in painted.marks_at(zx + 2, zy)] == [2, 3]  # both programs at that ZIP centre
    assert painted.marks_at(x + 30, y + 30) == []


def test_a_paint_after_a_pan_reuses_the_cut_base_map():
    renderer = MapRenderer()
    scene = MapScene(*CHICAGO, 25)
    proj = renderer.fit(scene, 800, 600)
    first = renderer.layers(proj, 800, 600)
    assert renderer.layers(proj.panned(40, -30), 800, 600) is first
    assert renderer.layers(proj.zoomed(3.0, 400, 300), 800, 600) is not first


@pytest.mark.parametrize("bad", ["1280", "axb", "10x10", "1280x99999", "-5x100"])
def test_a_bad_size_is_one_line(bad):
    with pytest.raises(UserError, match="size"):
        parse_size(bad)
    assert parse_size("640X480") == (640, 480)


@pytest.mark.parametrize("dpr", [1.0, 2.0])
def test_marks_copied_on_screen_look_as_drawn_on_paper(dpr):
    """On screen each kind of mark is drawn once and copied; the picture matches drawing every one."""
    from PySide6.QtGui import QFont, QPicture

    lat, lon = CHICAGO
    marks = tuple(
        MapMark(i, f"p{i}", lat + (i % 9 - 4) * 0.03, lon + (i // 9 - 4) * 0.035, i % 3 != 0)
        for i in range(81)
    )
    marks += tuple(MapMark(100 + i, "shared", lat + 0.12, lon - 0.2, False) for i in range(5))  # one spot, ×5
    scene = MapScene(lat, lon, 25, marks, origin_label="test")
    font = QFont("DejaVu Sans")
    font.setPixelSize(12)

    def image() -> QImage:
        img = QImage(round(640 * dpr), round(400 * dpr), QImage.Format.Format_ARGB32_Premultiplied)
        img.setDevicePixelRatio(dpr)
        return img

    copied = image()
    qp = QPainter(copied)
    MapRenderer().paint(qp, QRectF(0, 0, 640, 400), scene, MapPalette.light(), font=font)
    qp.end()
    picture = QPicture()  # not a raster device: every mark is drawn, as on paper
    qp = QPainter(picture)
    MapRenderer().paint(qp, QRectF(0, 0, 640, 400), scene, MapPalette.light(), font=font)
    qp.end()
    drawn = image()
    qp = QPainter(drawn)
    picture.play(qp)
    qp.end()
    proj = MapRenderer.fit(scene, 640, 400)
    for m in marks:  # the pixels in and around each mark
        x, y = (round(v * dpr) for v in proj.pixel(m.lat, m.lon))
        for i in range(x - 12, x + 13):
            for j in range(y - 12, y + 13):
                a, b = QColor(copied.pixel(i, j)), QColor(drawn.pixel(i, j))
                assert (
                    max(abs(a.red() - b.red()), abs(a.green() - b.green()), abs(a.blue() - b.blue())) <= 3
                ), (m.id, i - x, j - y)


def test_no_label_covers_another_or_a_mark_in_a_dense_search():
    """Around New York hundreds of marks: ring labels, '×n' counts and town names each find a free spot."""
    import random

    from PySide6.QtCore import QPointF
    from PySide6.QtGui import QFont, QFontMetricsF

    from finder.reports.map_labels import count_labels, ring_labels, town_labels
    from finder.reports.map_scene import MarkGroup

    rnd = random.Random(3)
    width, height = 760.0, 330.0
    lat, lon = 40.75, -73.99
    proj = MapRenderer.fit(MapScene(lat, lon, 25), width, height)
    groups = []
    for i in range(260):
        n = rnd.choice((1, 1, 1, 2, 3, 5))
        marks = [MapMark(i * 10 + k, "p", lat, lon, k == 0) for k in range(n)]
        groups.append(MarkGroup(QPointF(rnd.randint(200, 560), rnd.randint(20, 310)), marks, 3.5 + n))
    font = QFont("DejaVu Sans")
    font.setPixelSize(12)
    fm = QFontMetricsF(font)
    rings = ring_labels(25, proj, fm, width, height, [(g.at.x(), g.at.y()) for g in groups], [])
    counts = count_labels(groups, fm, [b for _t, b in rings])
    dots = [
        QRectF(g.at.x() - g.size - 2, g.at.y() - g.size - 2, 2 * g.size + 4, 2 * g.size + 4) for g in groups
    ]
    towns = [(f"Town {i}", rnd.uniform(-40, 40), rnd.uniform(-18, 18)) for i in range(300)]
    placed = town_labels(towns, proj, fm, width, height, [b for _t, b in rings + counts] + dots, {})
    assert len(rings) >= 3 and len(counts) > 20 and len(placed) > 5
    labels = [b for _t, b in rings] + [b for _t, b in counts] + [b for _n, _at, b in placed]
    for i, a in enumerate(labels):
        assert not any(a.intersects(b) for b in labels[i + 1 :]), i
    for _name, _at, box in placed:
        assert not any(box.intersects(d) for d in dots)
