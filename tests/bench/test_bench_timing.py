"""How the benchmark times searches: what it reports is what it measured, in a fair order."""

from __future__ import annotations

from finder.bench import measure
from finder.services.opening import open_database


def test_a_timed_search_follows_a_search_not_a_floor_query(sample_db, monkeypatch):
    # paired timing: each repeat runs the search on one database, then the other, and only then
    # the two bare box queries; a floor query just before a search made it slower on PostgreSQL
    order = []
    real_search, real_floor = measure.search_programs, measure.floor_query

    def search(db, origin, crit):
        order.append(("search", id(db)))
        return real_search(db, origin, crit)

    def floor(db, origin, crit):
        order.append(("floor", id(db)))
        return real_floor(db, origin, crit)

    monkeypatch.setattr(measure, "search_programs", search)
    monkeypatch.setattr(measure, "floor_query", floor)
    other = open_database(sample_db.engine.url.database, seed=False)  # the same file, opened twice
    try:
        mine, theirs = measure._timed(2, sample_db, other)
    finally:
        other.dispose()
    per_origin = 4 + 2 * 4  # warm-up (search, floor) on each, then per repeat 2 searches, 2 floors
    assert len(order) == len(measure.ORIGINS) * per_origin
    timed = order[4:per_origin]
    a, b = id(sample_db), id(other)
    assert timed == [("search", a), ("search", b), ("floor", a), ("floor", b)] * 2
    for t in (mine, theirs):
        assert 0 < t["bbox_floor_p50_ms"] and 0 < t["search_p50_ms"] <= t["search_p95_ms"]
