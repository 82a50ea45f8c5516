"""The covering box index (migration 0008) changes how fast a search is, never what it finds."""

from __future__ import annotations

import random
import sqlite3

import pytest

from finder.services.origins import resolve_offline
from finder.services.search import SearchCriteria, candidate_sql, search_programs

ORIGINS = ("90012", "10001", "60601", "51.88,179.6", "92660")
CRITERIA = (
    {},
    {"types": ["addiction"], "payments": ["medicaid"]},
    {"levels": ["iop", "outpatient"], "populations": ["adults"]},
    {"types": ["mental-health"], "hide_do_not_refer": True, "hide_delisted": True},
    {"languages": ["spanish", "korean"], "supports": ["transportation", "child-care"]},
    {"text": "recovery", "radius_miles": 50},
)


@pytest.fixture
def scattered_db(empty_db):
    """Programs around each origin with random tags, some do-not-refer, delisted or unlocated."""
    rng = random.Random(22)
    rows = []
    for q in ORIGINS:
        o = resolve_offline(q)
        for i in range(300):
            lat = o.latitude + rng.uniform(-0.9, 0.9)
            lon = (o.longitude + rng.uniform(-1.1, 1.1) + 180) % 360 - 180
            if i % 50 == 0:
                lat = lon = None
            name = f"{q} {rng.choice(('Recovery Center', 'Clinic', 'Family Services'))} {i}"
            rows.append(
                (
                    name,
                    lat,
                    lon,
                    rng.randrange(32),
                    rng.randrange(128),
                    rng.randrange(1024),
                    rng.randrange(2048),
                    rng.randrange(64),
                    rng.randrange(8),
                    "do-not-refer" if i % 9 == 0 else "active",
                    name.lower() + " | | town",
                    name,
                    "2026-02-01 00:00:00" if i % 13 == 0 else None,
                )
            )
    con = sqlite3.connect(str(empty_db.path))
    with con:
        con.executemany(
            "INSERT INTO programs (name, name2, street1, street2, city, state, zip, county, phone, intake_phone,"
            " website, latitude, longitude, location_precision, types_mask, levels_mask, payments_mask,"
            " populations_mask, therapies_mask, languages_mask, supports_mask, accreditation, insurers, status, status_reason,"
            " verified_on, verified_by, notes, search_text, merge_key, user_edited, created_at, updated_at,"
            " version, delisted_since) VALUES (?, '', '', '', 'Town', 'CA', '90000', '', '', '', '', ?, ?,"
            " 'exact', ?, ?, ?, ?, 0, ?, ?, '', '', ?, '', '', '', '', ?, ?, '', '2026-01-01', '2026-01-01', 1, ?)",
            rows,
        )
    con.close()
    return empty_db


def _all_searches(db) -> list:
    out = []
    for q in ORIGINS:
        origin = resolve_offline(q)
        for c in CRITERIA:
            r = search_programs(db, origin, SearchCriteria(limit=1000, **c))
            out.append(
                (q, r.total, r.unlocated_skipped, [(x.id, round(x.distance_miles, 9)) for x in r.results])
            )
    return out


def _replace_index(db, sql: str | None) -> None:
    with db.engine.begin() as conn:
        conn.exec_driver_sql("DROP INDEX ix_programs_box")
        if sql:
            conn.exec_driver_sql(sql)


def test_a_search_finds_the_same_programs_with_the_old_index_or_none(scattered_db):
    with_box = _all_searches(scattered_db)
    assert sum(total for _q, total, _u, _rows in with_box) > 500  # the searches do find programs
    _replace_index(scattered_db, "CREATE INDEX ix_programs_lat_lon ON programs (latitude, longitude)")
    assert _all_searches(scattered_db) == with_box
    with scattered_db.engine.begin() as conn:
        conn.exec_driver_sql("DROP INDEX ix_programs_lat_lon")
    assert _all_searches(scattered_db) == with_box


def test_the_box_query_reads_the_index_alone(empty_db):
    """Every candidate query without a text filter is answered from ix_programs_box (no row lookups)."""
    with empty_db.engine.connect() as conn:
        for c in CRITERIA[:5]:
            crit = SearchCriteria(**c)
            sql, order, _constants = candidate_sql(conn.dialect, crit, 1)
            plan = conn.exec_driver_sql(f"EXPLAIN QUERY PLAN {sql}", tuple(0 for _ in order)).fetchall()
            assert any("COVERING INDEX ix_programs_box" in row[-1] for row in plan), plan
