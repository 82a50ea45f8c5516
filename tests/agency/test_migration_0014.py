"""Migration 0014 turns the stored language lists into bits and finds supports in the codes already held."""

from __future__ import annotations

from sqlalchemy import inspect

from finder.db.engine import make_engine
from finder.services.directory import get_program
from finder.services.opening import open_database
from finder.services.origins import resolve_offline
from finder.services.search import SearchCriteria, search_programs
from tests.agency.test_migration_0008 import _migrate

PROGRAM = (
    "INSERT INTO programs (id, name, name2, street1, street2, city, state, zip, county, phone, intake_phone, "
    "website, latitude, longitude, location_precision, types_mask, levels_mask, payments_mask, populations_mask, "
    "therapies_mask, schedule_mask, languages, accreditation, insurers, status, status_reason, verified_on, "
    "verified_by, notes, search_text, merge_key, user_edited, created_at, updated_at, version) VALUES "
    "({id}, '{name}', '', '1 Main St', '', 'Irvine', 'CA', '92614', 'Orange', '', '', '', 33.68, -117.83, 'zip', "
    "1, 4, 0, 0, 0, 0, '{languages}', '', '', 'active', '', '', '', '', '{search}', 'k{id}', '{edited}', "
    "'2025-01-01 10:00:00', '2025-01-01 10:00:00', 1)"
)
SOURCE = (
    "INSERT INTO program_sources (program_id, source_kind, source_key, directory_type, codes, tags, file_name, "
    "row_number, imported_at, missing_since, missing_file) VALUES ({id}, 'samhsa-directory', '{key}', "
    "'substance', '{codes}', '', 'dir.csv', 2, '2025-01-01 10:00:00', {missing}, '')"
)


def _old_directory(engine) -> None:
    _migrate(engine, "0013")
    rows = [
        PROGRAM.format(id=1, name="Harbor Path", languages="spanish;ojibwa", search="harbor path", edited=""),
        # a language a user typed that the vocabulary has no slug for
        PROGRAM.format(id=2, name="Bay Clinic", languages="somali", search="bay clinic", edited="languages"),
        PROGRAM.format(id=3, name="Hill House", languages="", search="hill house", edited=""),
        SOURCE.format(id=1, key="s1", codes="SA OP SP TA CCC", missing="NULL"),
        # a record a newer edition no longer lists says nothing of today's program
        SOURCE.format(id=2, key="s2", codes="SA OP HH", missing="'2025-06-01 10:00:00'"),
        SOURCE.format(id=2, key="s3", codes="SA OP WI", missing="NULL"),
    ]
    with engine.begin() as conn:
        for sql in rows:
            conn.exec_driver_sql(sql)


def test_0014_moves_languages_into_bits_and_reads_supports_from_the_codes(any_admin_url):
    engine = make_engine(any_admin_url)
    try:
        _old_directory(engine)
    finally:
        engine.dispose()
    db = open_database(any_admin_url, seed=False)  # the app brings it up to the newest
    try:
        columns = {c["name"] for c in inspect(db.engine).get_columns("programs")}
        assert {"languages_mask", "supports_mask"} <= columns and "languages" not in columns
        harbor, bay, hill = (get_program(db, i) for i in (1, 2, 3))
        assert harbor.languages == ["spanish", "native-languages"]
        assert harbor.supports == ["transportation", "child-care"]
        assert bay.languages == ["other-languages"] and "languages" in bay.user_edited
        assert bay.supports == ["walk-in"]
        assert hill.languages == [] and hill.supports == []
        near = resolve_offline("92660")
        # every language given must hold
        found = search_programs(db, near, SearchCriteria(languages=["spanish", "native-languages"]))
        assert [r.name for r in found.results] == ["Harbor Path"]
        found = search_programs(db, near, SearchCriteria(languages=["other-languages"]))
        assert [r.name for r in found.results] == ["Bay Clinic"]
        assert search_programs(db, near, SearchCriteria(languages=["spanish", "other-languages"])).total == 0
        found = search_programs(db, near, SearchCriteria(supports=["transportation", "child-care"]))
        assert [r.name for r in found.results] == ["Harbor Path"]
    finally:
        db.dispose()


def test_0014_down_gives_the_languages_back_as_slugs(any_admin_url):
    engine = make_engine(any_admin_url)
    try:
        _old_directory(engine)
        _migrate(engine, "0014")
        _migrate(engine, "0013", down=True)
        with engine.connect() as conn:
            got = dict(conn.exec_driver_sql("SELECT id, languages FROM programs ORDER BY id").fetchall())
        assert got == {1: "spanish;native-languages", 2: "other-languages", 3: ""}
        assert "supports_mask" not in {c["name"] for c in inspect(engine).get_columns("programs")}
    finally:
        engine.dispose()
