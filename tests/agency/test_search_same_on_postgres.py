"""A search finds the same on PostgreSQL as on SQLite (issue 22's faster PostgreSQL path: one
round trip and one row for the candidates, packed into a bytea, and the unlocated count; binary
results, the room word in the row fetch, no transaction), and migration 0009 gives PostgreSQL's
box index the id."""

from __future__ import annotations

from pathlib import Path

import pytest

from finder.services.calls import log_call
from finder.services.importing import import_file
from finder.services.opening import open_database
from finder.services.origins import resolve_offline
from finder.services.search import SearchCriteria, search_programs

FIXTURES = Path(__file__).parent.parent / "fixtures"
AKUA = 47

CASES = [
    ("92660", {}),
    ("92660", {"types": ["addiction"], "payments": ["private"]}),
    ("92660", {"levels": ["iop"]}),
    ("92626", {"types": ["mental-health"]}),
    ("92660", {"text": "recovery"}),
    ("92660", {"accepting": True}),
    ("92660", {"types": ["addiction"], "hide_do_not_refer": True, "hide_delisted": True}),
]


def _fill(db) -> None:
    import_file(db, FIXTURES / "directory_sample.csv", backup=False)
    log_call(db, AKUA, outcome="reached", accepting="yes", wait_days=9)


def _seen(db, query: str, options: dict):
    found = search_programs(db, resolve_offline(query), SearchCriteria(radius_miles=25, **options))
    rows = [
        (r.id, round(r.distance_miles, 6), r.availability is not None, r.iop_not_recorded, r.types)
        for r in found.results
    ]
    return found.total, found.unlocated_skipped, rows


@pytest.fixture
def both(tmp_path, pg_url):
    lite = open_database(str(tmp_path / "lite.db"), seed=False)
    server = open_database(pg_url, seed=False)
    for db in (lite, server):
        _fill(db)
    yield lite, server
    lite.dispose()
    server.dispose()


@pytest.mark.parametrize(("query", "options"), CASES)
def test_the_same_programs_distances_and_counts(both, query, options):
    lite, server = both
    expected = _seen(lite, query, options)
    assert expected[2], "the case finds something"
    assert _seen(server, query, options) == expected


def test_distances_are_the_same_to_the_last_bit(both):
    # the packed candidates carry the server's float8 unchanged: not a digit is lost on the way
    lite, server = both
    for options in ({}, {"accepting": True}):
        found = [
            search_programs(db, resolve_offline("92660"), SearchCriteria(radius_miles=40, **options))
            for db in (lite, server)
        ]
        assert found[0].results, "the case finds something"
        assert [(r.id, r.distance_miles, r.latitude, r.longitude) for r in found[1].results] == [
            (r.id, r.distance_miles, r.latitude, r.longitude) for r in found[0].results
        ]


def test_an_empty_box_finds_nothing_on_both(both):
    # far from every program of the sample: the server's packed list is NULL, not an error
    lite, server = both
    for db in (lite, server):
        found = search_programs(db, resolve_offline("99701"), SearchCriteria(radius_miles=10))
        assert (found.total, found.results) == (0, [])
    assert _seen(server, "99701", {"types": ["addiction"]}) == _seen(lite, "99701", {"types": ["addiction"]})


def test_unlocated_programs_are_counted_on_the_server_too(both):
    lite, server = both
    for db in (lite, server):
        with db.engine.begin() as conn:
            conn.exec_driver_sql(
                "UPDATE programs SET latitude = NULL, longitude = NULL WHERE id IN (1, 2, 3)"
            )
    expected = _seen(lite, "92660", {})
    assert expected[1] >= 3
    assert _seen(server, "92660", {}) == expected
    assert any(r[2] for r in expected[2])  # the call's word on room shows on both


def test_the_remembered_unlocated_count_follows_every_change(both):
    # counted once, then taken from memory while the server's snapshot stays; a change
    # committed by another connection (another case manager) is counted again at once
    lite, server = both
    first = _seen(server, "92660", {"types": ["addiction"]})
    assert _seen(server, "92660", {"types": ["addiction"]}) == first
    for db in (lite, server):
        with db.engine.begin() as conn:
            conn.exec_driver_sql(
                "UPDATE programs SET latitude = NULL, longitude = NULL "
                "WHERE id IN (SELECT id FROM programs WHERE types_mask & 1 = 1 ORDER BY id LIMIT 2)"
            )
    after = _seen(server, "92660", {"types": ["addiction"]})
    assert after[1] == first[1] + 2
    assert after == _seen(lite, "92660", {"types": ["addiction"]})


def test_an_unchanged_server_does_not_count_again(both):
    # the count's subquery is not run when the caller holds the count of the same snapshot
    from finder.services import search

    _lite, server = both
    crit = SearchCriteria(radius_miles=25, types=["addiction"])
    box = search.bbox_params(resolve_offline("92660"), 25)
    with server.engine.connect() as conn:
        conn.execution_options(isolation_level="AUTOCOMMIT")
        sql, _order, constants = search._compiled(
            conn.dialect, "packed+unlocated", search._shape(crit), len(box) // 4
        )
        params = {**constants, **box, **search.tag_params(crit)}
        cur = conn.connection.driver_connection.cursor()
        cur.execute(sql, {**params, "seen": ""})
        _packed, count, stamp = cur.fetchone()
        assert count is not None
        plans = {}
        for seen in ("", stamp):
            cur.execute("EXPLAIN (ANALYZE, COSTS OFF) " + sql, {**params, "seen": seen})
            plans[seen] = [row[0] for row in cur.fetchall()]
    counting = {
        seen: [line for line in plan if "ix_programs_unlocated" in line] for seen, plan in plans.items()
    }
    assert counting[""] and "never executed" not in counting[""][0]
    assert counting[stamp] and "never executed" in counting[stamp][0], plans[stamp]


def test_a_server_before_13_stamps_the_count_with_txid_current_snapshot(both, monkeypatch):
    # PostgreSQL 12 has no pg_current_snapshot(); its older txid_current_snapshot() (still in 15)
    # stamps the remembered count there, and a change is counted again at once as well
    from finder.services import search

    lite, server = both
    monkeypatch.setattr(server.engine.dialect, "server_version_info", (12, 9))
    search._compiled.cache_clear()
    try:
        crit = SearchCriteria(radius_miles=25, types=["addiction"])
        sql = search._compiled(server.engine.dialect, "packed+unlocated", search._shape(crit), 1)[0]
        assert "txid_current_snapshot()" in sql and "pg_current_snapshot" not in sql
        first = _seen(server, "92660", {"types": ["addiction"]})
        assert (
            _seen(server, "92660", {"types": ["addiction"]})
            == first
            == _seen(lite, "92660", {"types": ["addiction"]})
        )
        for db in (lite, server):
            with db.engine.begin() as conn:
                conn.exec_driver_sql("UPDATE programs SET latitude = NULL, longitude = NULL WHERE id = 47")
        after = _seen(server, "92660", {"types": ["addiction"]})
        assert after[1] == first[1] + 1 and after == _seen(lite, "92660", {"types": ["addiction"]})
    finally:
        search._compiled.cache_clear()  # the statements of the server's real version again


def test_the_box_index_holds_the_id_on_postgresql(pg_url):
    db = open_database(pg_url, seed=False)
    try:
        with db.engine.connect() as conn:
            definition = conn.exec_driver_sql(
                "SELECT indexdef FROM pg_indexes WHERE indexname = 'ix_programs_box'"
            ).scalar_one()
    finally:
        db.dispose()
    assert definition.endswith("INCLUDE (id)")
