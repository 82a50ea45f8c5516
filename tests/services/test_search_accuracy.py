"""The fast search finds exactly what a brute-force geopy search finds, with the same distances."""

import random
import sqlite3

import pytest
from geographiclib.geodesic import Geodesic
from geopy.distance import geodesic

from finder.domain.taxonomy import to_mask
from finder.services.origins import resolve_offline
from finder.services.search import SearchCriteria, search_programs

WGS84 = Geodesic.WGS84
# dense city, coast, high latitude, next to the antimeridian, southern hemisphere, equator
ORIGINS = [
    "34.0614,-118.2385",
    "40.7484,-73.9967",
    "64.8378,-147.7164",
    "51.88,179.6",
    "-14.28,-170.70",
    "0.5,-60.0",
    "92660",
]


def _around(rng, lat, lon, max_mi):
    g = WGS84.Direct(lat, lon, rng.uniform(-180, 180), rng.random() * max_mi * 1609.344)
    return g["lat2"], (g["lon2"] + 180) % 360 - 180


@pytest.fixture
def random_db(empty_db):
    """Programs scattered around every origin, some right on common radius edges, random tags."""
    rng = random.Random(20260101)
    rows = []
    for q in ORIGINS:
        o = resolve_offline(q)
        for _ in range(220):
            rows.append(_around(rng, o.latitude, o.longitude, 80))
        for r in (5, 25, 50):
            for eps in (-0.002, -1e-6, 1e-6, 0.002):
                g = WGS84.Direct(o.latitude, o.longitude, rng.uniform(-180, 180), (r + eps) * 1609.344)
                rows.append((g["lat2"], (g["lon2"] + 180) % 360 - 180))
    con = sqlite3.connect(str(empty_db.path))
    with con:
        con.executemany(
            "INSERT INTO programs (name, name2, street1, street2, city, state, zip, county, phone, intake_phone,"
            " website, latitude, longitude, location_precision, types_mask, levels_mask, payments_mask,"
            " populations_mask, therapies_mask, accreditation, insurers, status, status_reason,"
            " verified_on, verified_by, notes, search_text, merge_key, user_edited, created_at, updated_at,"
            " version) VALUES (?, '', '', '', 'Town', 'CA', '90000', '', '', '', '', ?, ?, 'exact', ?, ?, ?, 0,"
            " 0, '', '', 'active', '', '', '', '', ?, ?, '', '2026-01-01', '2026-01-01', 1)",
            [
                (
                    f"P{i}",
                    lat,
                    lon,
                    rng.randrange(32),
                    rng.randrange(128),
                    rng.randrange(1024),
                    f"p{i}",
                    f"p{i}",
                )
                for i, (lat, lon) in enumerate(rows)
            ],
        )
    con.close()
    return empty_db


def _brute(db, origin, crit):
    con = sqlite3.connect(str(db.path))
    hits = []
    t = to_mask("types", crit.types)
    p = to_mask("payments", crit.payments)
    for pid, lat, lon, tm, pm in con.execute(
        "SELECT id, latitude, longitude, types_mask, payments_mask FROM programs"
    ):
        if (tm & t) != t or (p and not pm & p):
            continue
        d = geodesic((origin.latitude, origin.longitude), (lat, lon)).miles
        if d <= crit.radius_miles:
            hits.append((d, pid))
    con.close()
    return sorted(hits)


@pytest.mark.parametrize("query", ORIGINS)
@pytest.mark.parametrize(
    "radius,filters", [(5, {}), (25, {"types": ["addiction"]}), (50, {"payments": ["medicaid", "private"]})]
)
def test_search_matches_brute_force(random_db, query, radius, filters):
    origin = resolve_offline(query)
    crit = SearchCriteria(radius_miles=radius, limit=60, **filters)
    result = search_programs(random_db, origin, crit)
    brute = _brute(random_db, origin, crit)
    assert result.total == len(brute), "a program inside the radius was missed or one outside shown"
    ref = {pid: d for d, pid in brute}
    for row in result.results:
        assert row.id in ref
        assert row.latitude is not None and row.longitude is not None
        assert abs(row.distance_miles - ref[row.id]) < 0.01
    nearest = [d for d, _ in brute[:60]]
    assert len(result.results) == len(nearest)
    assert all(abs(r.distance_miles - d) < 1e-4 for r, d in zip(result.results, nearest)), "not the nearest"
