"""Migration 0008 swaps the search's box index both ways, on SQLite and on PostgreSQL, keeping the rows."""

from __future__ import annotations

from sqlalchemy import inspect

from finder.db.database import _alembic_config, current_revision
from finder.db.engine import make_engine
from finder.services.opening import open_database
from finder.services.origins import resolve_offline
from finder.services.search import SearchCriteria, search_programs
from tests.agency.test_migrations import ROWS


def _migrate(engine, target: str, down: bool = False) -> None:
    from alembic import command

    cfg = _alembic_config()
    with engine.begin() as conn:
        cfg.attributes["connection"] = conn
        (command.downgrade if down else command.upgrade)(cfg, target)


def _indexes(engine) -> set[str]:
    return {ix["name"] for ix in inspect(engine).get_indexes("programs")}


def test_0008_up_and_down_keeps_programs_findable(any_admin_url):
    engine = make_engine(any_admin_url)
    try:
        _migrate(engine, "0007")
        with engine.begin() as conn:
            conn.exec_driver_sql(ROWS[0])  # Harbor Path IOP in Irvine
        _migrate(engine, "0008")
        assert {"ix_programs_box"} <= _indexes(engine) and "ix_programs_lat_lon" not in _indexes(engine)
        _migrate(engine, "0007", down=True)
        assert current_revision(engine) == "0007"
        assert "ix_programs_lat_lon" in _indexes(engine) and "ix_programs_box" not in _indexes(engine)
    finally:
        engine.dispose()
    db = open_database(any_admin_url, seed=False)  # the app brings it back up to the newest
    try:
        assert "ix_programs_box" in _indexes(db.engine)
        found = search_programs(db, resolve_offline("92660"), SearchCriteria(types=["addiction"]))
        assert [r.name for r in found.results] == ["Harbor Path IOP"]
    finally:
        db.dispose()
