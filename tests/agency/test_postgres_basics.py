"""The same migrations, import, search and export run on PostgreSQL."""

import csv
from pathlib import Path

import pytest

from finder.db.database import current_revision, head_revision
from finder.services.directory import export_csv, get_program
from finder.services.importing import import_file
from finder.services.opening import open_database
from finder.services.origins import resolve_origin
from finder.services.search import SearchCriteria, search_programs

FIXTURE = Path(__file__).parent.parent / "fixtures" / "directory_sample.csv"


@pytest.fixture
def pg_db(pg_url):
    db = open_database(pg_url, seed=False)
    yield db
    db.dispose()


def test_migrations_create_the_schema(pg_db):
    assert current_revision(pg_db.engine) == head_revision()


def test_import_search_and_export_match_sqlite(pg_db, empty_db, tmp_path):
    for db in (pg_db, empty_db):
        r = import_file(db, FIXTURE, backup=False)
        assert (r.added, r.merged, r.skipped_junk) == (64, 12, 5)
    origin = resolve_origin("92660")
    crit = {"radius_miles": 25, "types": ["addiction"], "levels": ["iop", "outpatient"]}
    on_pg = search_programs(pg_db, origin, SearchCriteria(**crit))
    on_sqlite = search_programs(empty_db, origin, SearchCriteria(**crit))
    assert [(r.name, round(r.distance_miles, 3)) for r in on_pg.results] == [
        (r.name, round(r.distance_miles, 3)) for r in on_sqlite.results
    ]
    assert on_pg.total == on_sqlite.total > 0
    assert get_program(pg_db, on_pg.results[0].id).sources

    a, b = tmp_path / "pg.csv", tmp_path / "sqlite.csv"
    export_csv(pg_db, a)
    export_csv(empty_db, b)

    def rows(p):
        return sorted(
            tuple(v for k, v in r.items() if k not in ("id", "source"))
            for r in csv.DictReader(p.read_text(encoding="utf-8-sig").splitlines())
        )

    assert rows(a) == rows(b)


def test_reimport_is_idempotent_on_postgres(pg_db):
    import_file(pg_db, FIXTURE, backup=False)
    again = import_file(pg_db, FIXTURE, backup=False)
    assert (again.added, again.updated, again.unchanged) == (0, 0, 64)
