"""The base map cut to a box: land where there is land, the lines a map reader expects, towns."""

from finder.domain.projection import LocalProjection
from finder.services.basemap import basemap_around, basemap_in_box

NEWPORT = (33.6295, -117.8684)
CHICAGO = (41.8545, -87.6747)
KANSAS_CITY = (39.0997, -94.5786)


def _inside(point, ring) -> bool:
    """Even-odd ray test on (lat, lon) rings."""
    lat, lon = point
    hit = False
    for (a_lat, a_lon), (b_lat, b_lon) in zip(ring, ring[1:] + ring[:1]):
        if (a_lat > lat) != (b_lat > lat) and lon < a_lon + (lat - a_lat) * (b_lon - a_lon) / (b_lat - a_lat):
            hit = not hit
    return hit


def _on_land(view, point) -> bool:
    return sum(_inside(point, r) for poly in view.land for r in poly) % 2 == 1


def test_the_pacific_off_newport_beach_is_water_and_irvine_is_land():
    view = basemap_around(*NEWPORT, 40)
    assert _on_land(view, (33.685, -117.826))  # Irvine
    assert not _on_land(view, (33.50, -117.95))  # ten miles out to sea


def test_lake_michigan_east_of_chicago_is_water():
    view = basemap_around(*CHICAGO, 40)
    assert not _on_land(view, (41.88, -87.35))
    assert _on_land(view, (41.88, -87.90))  # the western suburbs


def test_lines_and_land_stay_near_the_box():
    w, s, e, n = box = (-95.5, 38.5, -93.5, 39.7)
    view = basemap_in_box(box)
    assert view.state_lines and view.county_lines  # Kansas | Missouri runs through Kansas City
    pts = [p for poly in view.land for r in poly for p in r]
    assert all(s - 1e-9 <= lat <= n + 1e-9 and w - 1e-9 <= lon <= e + 1e-9 for lat, lon in pts)
    # a kept line may start one segment outside the box, never further
    for line in view.state_lines + view.county_lines + view.coast_lines:
        assert any(s <= lat <= n and w <= lon <= e for lat, lon in line) or len(line) == 2


def test_the_state_line_through_kansas_city_is_there():
    view = basemap_around(*KANSAS_CITY, 15)
    lons = [lon for line in view.state_lines for lat, lon in line if 39.0 < lat < 39.2]
    assert any(-94.65 < lon < -94.55 for lon in lons)  # State Line Road, give or take the simplification


def test_towns_in_the_box_biggest_first():
    view = basemap_around(*NEWPORT, 25)
    names = [t.name for t in view.towns]
    assert {"Irvine", "Santa Ana", "Huntington Beach"} <= set(names)
    assert [t.zips for t in view.towns] == sorted((t.zips for t in view.towns), reverse=True)
    assert "Chicago" not in names


def test_no_county_lines_when_not_asked_for_and_the_same_box_is_served_from_the_cache():
    a = basemap_around(*CHICAGO, 200, counties=False)
    assert a.county_lines == [] and a.state_lines
    assert basemap_around(*CHICAGO, 200, counties=False) is a


def test_a_box_over_the_180th_meridian_keeps_the_aleutians_in_one_piece():
    adak = (51.88, -176.65)
    view = basemap_around(*adak, 300)
    lons = [lon for poly in view.land for r in poly for lat, lon in r]
    assert min(lons) < -180 < max(lons)  # islands west of 180° come as -181, -182 ...
    proj = LocalProjection(*adak, 1.0)
    east_west = [proj.miles(lat, lon)[0] for poly in view.land for r in poly for lat, lon in r]
    assert max(abs(x) for x in east_west) <= 300 * 1.001


def test_the_cell_index_finds_every_shape_a_full_scan_finds():
    """A cut looks only at the shapes filed near the box; it must find what looking at all would."""
    import random

    from finder.services import basemap

    class Everything:  # the full scan: every shape, in file order
        def __init__(self, shapes):
            self.shapes = shapes

        def near(self, _box):
            return list(self.shapes)

    a = basemap.atlas()
    rng = random.Random(7)
    boxes = [
        (-118.5, 33.2, -117.3, 34.1),
        (179.2, 51.0, 181.4, 52.6),
        (-181.0, 50.5, -178.9, 52.0),
        (-158.4, 21.0, -157.5, 21.8),
        (-125.0, 24.0, -66.0, 49.5),
    ]
    for _ in range(40):
        lon, lat, w, h = rng.uniform(-170, -65), rng.uniform(18, 70), rng.uniform(0.2, 6), rng.uniform(0.2, 4)
        boxes.append((lon, lat, lon + w, lat + h))
    for box in boxes:
        for kind in ("coast", "state", "county"):
            shapes = getattr(a, kind)
            assert basemap._lines(shapes, box) == basemap._lines(Everything(shapes.shapes), box), (kind, box)
        near = [bb for bb, _ in a.land.near(box)]
        assert all(bb in near for bb, _ in a.land if basemap._shift(bb, box) is not None), box
