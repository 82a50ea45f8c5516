"""`python -m finder.bench --postgres URL`: the PostgreSQL copy holds the same programs, found alike."""

from __future__ import annotations

from finder.bench.postgres import copy_programs
from finder.services.origins import resolve_offline
from finder.services.search import SearchCriteria, search_programs


def _found(db, near: str) -> list[tuple[int, float]]:
    r = search_programs(db, resolve_offline(near), SearchCriteria(radius_miles=100, limit=1000))
    return [(x.id, round(x.distance_miles, 6)) for x in r.results]


def test_the_postgres_copy_finds_what_sqlite_finds(sample_db, pg_url):
    pg = copy_programs(sample_db.path, pg_url)
    try:
        for near in ("92660", "90012", "10001"):
            assert _found(pg, near) == _found(sample_db, near)
        assert any(_found(sample_db, near) for near in ("92660", "90012", "10001"))
    finally:
        pg.dispose()


def test_the_postgres_timing_is_paired_with_sqlite(sample_db, pg_url):
    # the ratio is of the two medians timed side by side, not of runs minutes apart
    from finder.bench.postgres import time_postgres

    t = time_postgres(sample_db, pg_url, reps=1)
    assert set(t) == {
        "postgres_search_p50_ms",
        "postgres_search_p95_ms",
        "postgres_bbox_floor_p50_ms",
        "postgres_paired_sqlite_p50_ms",
        "postgres_ratio_to_sqlite",
    }
    assert t["postgres_ratio_to_sqlite"] == t["postgres_search_p50_ms"] / t["postgres_paired_sqlite_p50_ms"]
    assert (
        0 < t["postgres_paired_sqlite_p50_ms"]
        and 0 < t["postgres_search_p50_ms"] <= t["postgres_search_p95_ms"]
    )
