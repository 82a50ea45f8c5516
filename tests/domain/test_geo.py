"""Distance maths against geographiclib (what geopy.distance.geodesic uses) on random points."""

import math
import random

from geographiclib.geodesic import Geodesic
from hypothesis import given, settings
from hypothesis import strategies as st

from finder.domain import geo

WGS84 = Geodesic.WGS84


def reference_miles(a, b):
    return WGS84.Inverse(a[0], a[1], b[0], b[1], Geodesic.DISTANCE)["s12"] / geo.METERS_PER_MILE


def around(rng, lat, lon, max_mi):
    """A random point up to max_mi away, any direction (may cross the antimeridian)."""
    d = rng.random() * max_mi * 1609.344
    g = WGS84.Direct(lat, lon, rng.uniform(-180, 180), d)
    return g["lat2"], (g["lon2"] + 180) % 360 - 180


def test_vincenty_matches_geographiclib_to_a_millimetre():
    rng = random.Random(1)
    for _ in range(3000):
        o = (rng.uniform(-85, 85), rng.uniform(-180, 180))
        p = around(rng, *o, 600)
        assert abs(geo.DistancesFrom(*o).miles(*p) - reference_miles(o, p)) < 1e-6


def test_nearly_antipodal_points_fall_back_to_geographiclib():
    o, p = (0.0, 0.0), (0.5, 179.7)
    assert abs(geo.DistancesFrom(*o).miles(*p) - reference_miles(o, p)) < 1e-6


coords = st.tuples(st.floats(-89.5, 89.5), st.floats(-180, 180))


@settings(max_examples=60, deadline=None)
@given(origin=coords, radius=st.floats(1, 500), seed=st.integers(0, 2**32 - 1))
def test_select_within_agrees_with_brute_force(origin, radius, seed):
    rng = random.Random(seed)
    pts = []
    for i in range(150):
        lat, lon = around(rng, *origin, radius * 1.3)
        pts.append((i, lat, lon))
    # points placed right on and next to the edge: the hard cases
    for i, eps in enumerate((-1e-4, -1e-7, 0.0, 1e-7, 1e-4), start=1000):
        g = WGS84.Direct(origin[0], origin[1], rng.uniform(-180, 180), (radius + eps) * 1609.344)
        pts.append((i, g["lat2"], (g["lon2"] + 180) % 360 - 180))
    brute = sorted((k, reference_miles(origin, (la, lo))) for k, la, lo in pts)
    inside = {k for k, d in brute if d <= radius}
    total, ranked = geo.select_within(origin, pts, radius, limit=40)
    assert total == len(inside)
    assert {k for k, _ in ranked} <= inside
    ref = dict(brute)
    for k, d in ranked:
        assert abs(d - ref[k]) < 0.0001
    nearest = sorted(ref[k] for k in inside)[:40]
    assert len(ranked) == len(nearest)
    assert all(abs(a - b) < 1e-6 for (_, a), b in zip(ranked, nearest))


def test_bounding_box_holds_the_whole_circle():
    rng = random.Random(2)
    for _ in range(500):
        o = (rng.uniform(-80, 80), rng.uniform(-180, 180))
        r = rng.uniform(1, 500)
        p = around(rng, *o, r)
        boxes = geo.bounding_boxes(*o, r)
        assert any(s <= p[0] <= n and w <= p[1] <= e for s, n, w, e in boxes), (o, r, p)


def test_sphere_error_margin_is_a_true_bound():
    rng = random.Random(3)
    for _ in range(3000):
        o = (rng.uniform(-89, 89), rng.uniform(-180, 180))
        p = around(rng, *o, 600)
        exact = reference_miles(o, p)
        sphere = geo.sphere_miles(*o, *p)
        assert abs(sphere - exact) <= exact * geo.SPHERE_REL_ERROR + geo.ABS_SLACK_MI
        assert math.isfinite(sphere)


def test_a_search_again_from_one_origin_reuses_its_distances_and_few_origins_are_kept():
    """A filter click searches the same place again: its distances are remembered, for a few places only."""
    here = geo.distances_from(40.75, -73.99)
    d = here.miles(40.80, -73.95)
    assert geo.distances_from(40.75, -73.99) is here and here.remembered() == 1
    assert d == geo.DistancesFrom(40.75, -73.99).miles(40.80, -73.95)  # the same figure as measured afresh
    for i in range(geo._RECENT_ORIGINS):
        geo.distances_from(30.0 + i, -90.0)
    assert geo.distances_from(40.75, -73.99) is not here  # pushed out by newer places
    total, near = geo.select_within((40.75, -73.99), [("a", 40.80, -73.95), ("b", 41.5, -73.0)], 10, 5)
    assert total == 1 and near == [("a", d)]


def test_an_origin_that_remembers_too_many_points_starts_afresh(monkeypatch):
    # a search over a whole state from one place stays bounded in memory
    monkeypatch.setattr(geo, "_MEMO_CAP", 3)
    geo.forget_distances()
    here = geo.distances_from(35.0, -100.0)
    for i in range(4):
        here.miles(35.0 + i / 100, -100.0)
    assert here.remembered() == 4
    again = geo.distances_from(35.0, -100.0)
    assert again is not here and again.remembered() == 0


def test_forgetting_distances_makes_the_next_search_measure_afresh():
    here = geo.distances_from(40.75, -73.99)
    geo.forget_distances()
    assert geo.distances_from(40.75, -73.99) is not here
