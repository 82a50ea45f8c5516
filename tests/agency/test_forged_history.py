"""Issue 34 (agency): history cannot be back-dated, and a program changed by any path leaves a trace.

bob, with his own login and plain SQL, could write history rows with any date, and change a
program (`UPDATE programs SET phone = …`) with no history row at all. Now the server sets `at` and
`who` on every history row, and a trigger records each changed field of a program that the app did
not record itself in the same transaction (so an edit through the app is recorded once).
"""

from __future__ import annotations

from datetime import datetime, timedelta

import pytest

from finder.services.calls import log_call
from finder.services.editing import edit_program, mark_verified
from finder.services.history import program_history
from finder.services.importing import import_file
from tests.agency.conftest import FIXTURES
from tests.agency.test_security_roles import _open, _sql, agency  # noqa: F401 (fixture)


@pytest.fixture
def directory(agency):  # noqa: F811
    db = _open(agency, "alice")
    try:
        import_file(db, FIXTURES / "directory_sample.csv", backup=False)
    finally:
        db.dispose()
    with _sql(agency, "alice") as c:
        pid = c.execute("SELECT min(id) FROM programs").fetchone()[0]
    return agency, pid


def _recent(at: datetime) -> bool:
    return abs(at - datetime.now()) < timedelta(hours=15)  # the server's clock, in the agency's zone


def test_history_cannot_be_back_dated(directory):
    url, pid = directory
    with _sql(url, "bob") as c:
        c.execute(
            "INSERT INTO history (entity, program_id, question_id, field, old_value, new_value, who, at) "
            "VALUES ('program', %s, '', 'phone', '', 'x', 'alice', '2001-02-03 04:05:06')",
            (pid,),
        )
        who, at = c.execute("SELECT who, at FROM history WHERE new_value = 'x'").fetchone()
    assert who == "bob" and _recent(at)


def test_a_program_changed_with_sql_is_in_its_history(directory):
    url, pid = directory
    with _sql(url, "bob") as c:
        old_phone = c.execute("SELECT phone FROM programs WHERE id = %s", (pid,)).fetchone()[0]
        c.execute(
            "UPDATE programs SET phone = '949-555-0000', payments_mask = 0, updated_at = now() WHERE id = %s",
            (pid,),
        )
    db = _open(url, "alice")
    try:
        rows = {h.field: h for h in program_history(db, pid)}
    finally:
        db.dispose()
    assert (rows["phone"].who, rows["phone"].old_value, rows["phone"].new_value) == (
        "bob",
        old_phone,
        "949-555-0000",
    )
    assert rows["payments_mask"].who == "bob" and _recent(rows["phone"].at)
    assert "updated_at" not in rows  # bookkeeping columns are not changes of the program


def test_a_change_through_the_app_is_recorded_once(directory):
    url, pid = directory
    db = _open(url, "bob")
    try:
        edit_program(db, pid, {"phone": "949-555-0177", "payments": ["medicaid"]})
        mark_verified(db, pid)
        log_call(db, pid, outcome="reached", confirm={"payments:medicare": True})
        fields = [h.field for h in program_history(db, pid)]
    finally:
        db.dispose()
    assert sorted(fields) == sorted(["phone", "payments", "verified_on", "verified_by", "payments"])
