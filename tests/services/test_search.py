"""Search: distance, radius, filters (all/any), text, limit, unlocated programs."""

import csv
from pathlib import Path

import pytest
from geopy.distance import geodesic

from finder.errors import UserError
from finder.services.importing import import_file
from finder.services.origins import resolve_origin
from finder.services.search import SearchCriteria, search_programs

ORIGIN = (33.6295, -117.8684)  # ZIP 92660 centroid
HEADER = [
    "name1",
    "name2",
    "street1",
    "street2",
    "city",
    "state",
    "zip",
    "zip4",
    "county",
    "phone",
    "intake1",
    "website",
    "latitude",
    "longitude",
    "type_facility",
    "oit",
    "op",
    "md",
    "pi",
    "ad",
    "chld",
    "gl",
    "res",
]


def row(name, lat, lon, tf="SA", codes=(), zip_="92660", city="Newport Beach"):
    r = dict.fromkeys(HEADER, "")
    r.update(
        name1=name,
        street1=f"{len(name)} Test St",
        city=city,
        state="CA",
        zip=zip_,
        phone="949-555-0100",
        latitude="" if lat is None else str(lat),
        longitude="" if lon is None else str(lon),
        type_facility=tf,
    )
    for c in codes:
        r[c] = "1"
    return r


@pytest.fixture
def db(empty_db, tmp_path):
    rows = [
        row("Harbor IOP", 33.6295, -117.8684, codes=("oit", "md")),  # 0 mi
        row("Irvine Teen Program", 33.6846, -117.8265, codes=("oit", "pi", "ad", "chld")),  # ~4.5 mi
        row("Santa Ana Outpatient", 33.7455, -117.8677, tf="MH", codes=("op", "md")),  # ~8 mi
        row("Long Beach Residential", 33.7701, -118.1937, codes=("res", "md", "gl")),  # ~20 mi
        row("Los Angeles Downtown", 34.0522, -118.2437, codes=("oit", "md")),  # ~36 mi
        row("Nowhere Known", None, None, codes=("oit", "md"), zip_="99999", city="Ghost"),  # no location
    ]
    path = tmp_path / "locator.csv"
    with path.open("w", newline="") as fh:
        w = csv.DictWriter(fh, HEADER)
        w.writeheader()
        w.writerows(rows)
    import_file(empty_db, path, backup=False)
    return empty_db


def names(result):
    return [r.name for r in result.results]


def run(db, origin=ORIGIN, **kw):
    o = resolve_origin(f"{origin[0]},{origin[1]}")
    return search_programs(db, o, SearchCriteria(**kw))


def test_sorted_by_distance_within_radius(db):
    res = run(db, radius_miles=25)
    assert names(res) == [
        "Harbor IOP",
        "Irvine Teen Program",
        "Santa Ana Outpatient",
        "Long Beach Residential",
    ]
    d = [r.distance_miles for r in res.results]
    assert d == sorted(d) and d[-1] <= 25


def test_distances_are_geodesic(db):
    res = run(db, radius_miles=50)
    for r in res.results:
        ref = {"Irvine Teen Program": (33.6846, -117.8265), "Los Angeles Downtown": (34.0522, -118.2437)}.get(
            r.name
        )
        if ref:
            assert r.distance_miles == pytest.approx(geodesic(ORIGIN, ref).miles, abs=0.01)


def test_radius_edges(db):
    la = geodesic(ORIGIN, (34.0522, -118.2437)).miles
    assert "Los Angeles Downtown" not in names(run(db, radius_miles=la - 0.01))
    assert "Los Angeles Downtown" in names(run(db, radius_miles=la + 0.01))


def test_levels_and_payments_any_selected_suffices(db):
    res = run(db, radius_miles=50, levels=["iop", "residential"])
    assert set(names(res)) == {
        "Harbor IOP",
        "Irvine Teen Program",
        "Long Beach Residential",
        "Los Angeles Downtown",
    }
    res = run(db, radius_miles=50, payments=["private"])
    assert names(res) == ["Irvine Teen Program"]


def test_types_and_populations_all_selected_must_hold(db):
    assert names(run(db, radius_miles=50, types=["addiction", "teen"])) == ["Irvine Teen Program"]
    assert names(run(db, radius_miles=50, types=["mental-health"])) == ["Santa Ana Outpatient"]
    assert names(run(db, radius_miles=50, populations=["children", "lgbtq"])) == []
    assert names(run(db, radius_miles=50, populations=["lgbtq"])) == ["Long Beach Residential"]


def test_text_filter_matches_name_and_city_ignoring_case(db):
    assert names(run(db, radius_miles=50, text="TEEN")) == ["Irvine Teen Program"]
    assert len(run(db, radius_miles=50, text="newport").results) == 5
    assert names(run(db, radius_miles=50, text="100%")) == []


def test_unlocated_programs_are_counted_not_listed(db):
    res = run(db, radius_miles=50, levels=["iop"])
    assert "Nowhere Known" not in names(res)
    assert res.unlocated_skipped == 1
    assert run(db, radius_miles=50, payments=["private"]).unlocated_skipped == 0


def test_unlocated_count_under_accepting_follows_the_filters(db):
    # "Nowhere Known" (no location, IOP, Medicaid) was found taking clients: it is counted as
    # unlocated only when it also matches the other filters, as without "accepting"
    from finder.services.calls import log_call

    with db.Session() as s:
        from finder.db.models import Program

        ghost = s.query(Program).filter_by(name="Nowhere Known").one().id
    log_call(db, ghost, outcome="reached", accepting="yes")
    assert run(db, radius_miles=50, accepting=True, levels=["iop"]).unlocated_skipped == 1
    assert run(db, radius_miles=50, accepting=True, payments=["private"]).unlocated_skipped == 0
    assert run(db, radius_miles=50, accepting=True, text="harbor").unlocated_skipped == 0


def test_limit_keeps_the_nearest_and_total_counts_all(db):
    res = run(db, radius_miles=50, limit=2)
    assert names(res) == ["Harbor IOP", "Irvine Teen Program"]
    assert res.total == 5


@pytest.mark.parametrize(
    "kw, words",
    [
        ({"radius_miles": 0}, "between 1 and 500"),
        ({"radius_miles": 501}, "between 1 and 500"),
        ({"types": ["nonsense"]}, "valid: addiction"),
        ({"levels": ["weekly"]}, "valid: iop"),
    ],
)
def test_bad_criteria_are_user_errors(db, kw, words):
    with pytest.raises(UserError, match=words):
        run(db, **kw)


def test_json_shape(db):
    data = run(db, radius_miles=25).as_json()
    assert set(data) == {"origin", "radius_miles", "total", "unlocated_skipped", "results"}
    assert set(data["origin"]) == {"query", "latitude", "longitude", "resolved_as"}
    first = data["results"][0]
    assert set(first) == {
        "id",
        "name",
        "name2",
        "city",
        "state",
        "zip",
        "distance_miles",
        "location_precision",
        "types",
        "levels",
        "payments",
        "populations",
        "languages",
        "supports",
        "phone",
        "website",
        "availability",
        "delisted",
    }
    assert first["availability"] is None  # no call said anything about room yet
    assert first["delisted"] is None  # no full edition has left it out
    assert (
        first["types"] == ["addiction"] and first["levels"] == ["iop"] and first["payments"] == ["medicaid"]
    )
    assert first["location_precision"] == "exact" and first["zip"] == "92660"


def test_the_warm_up_search_writes_nothing_and_copes_with_an_empty_directory(empty_db, sample_db):
    """The window runs one search after its first paint so a person's first search is not the cold
    one: it changes nothing, needs no place, and an empty directory is no error."""
    from finder.services.search import SearchCriteria, warm_up

    warm_up(empty_db, SearchCriteria(radius_miles=25))
    files = [Path(sample_db.path), Path(f"{sample_db.path}-wal")]  # (readers mark the -shm index)

    def state():
        return [(f.name, f.stat().st_size, f.stat().st_mtime_ns, f.read_bytes()) for f in files if f.exists()]

    before = state()
    warm_up(sample_db, SearchCriteria(radius_miles=25, types=["addiction"]))
    assert before and state() == before  # not a byte of the directory (or its WAL) written
