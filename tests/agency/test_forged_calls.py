"""Issue 34 (agency): a call and what it confirmed are written once, by their author.

bob, with his own login and plain SQL (what `psql` gives him), could delete alice's calls (on a
shared list and with no list, with their facts), change what her call confirmed, add facts to it,
or detach it from its shortlist so its note outlived the list. Now only the author (or the owner
role) deletes a call, through `finder call delete ID`, and the server records the deletion.
"""

from __future__ import annotations

import psycopg
import pytest
from psycopg import errors

from finder.cli import main
from finder.errors import UserError
from finder.services import shortlists as sl
from finder.services.calls import list_calls, log_call
from finder.services.history import program_history
from finder.services.importing import import_file
from tests.agency.conftest import FIXTURES, as_login
from tests.agency.test_security_roles import _open, _sql, agency  # noqa: F401 (fixture)

NOTE = "spoke with intake, bed on Friday"


@pytest.fixture
def alice_called(agency, monkeypatch):  # noqa: F811
    """alice: one call on the shared 'Case 2' (Medicaid confirmed no, a follow-up) and one with no list."""
    db = _open(agency, "alice")
    try:
        import_file(db, FIXTURES / "directory_sample.csv", backup=False)
        with _sql(agency, "alice") as c:
            pid = c.execute("SELECT min(id) FROM programs").fetchone()[0]
        sl.create_shortlist(db, "Case 2")
        sl.add_programs(db, "Case 2", [pid])
        on_list = log_call(
            db,
            pid,
            outcome="reached",
            shortlist="Case 2",
            spoke_to="intake",
            note=NOTE,
            confirm={"payments:medicaid": True},
            follow_up="2030-01-02",
        )
        no_list = log_call(db, pid, outcome="voicemail", follow_up="2030-01-03")
    finally:
        db.dispose()
    return agency, pid, on_list.id, no_list.id


def _count(url: str, sql: str, *params) -> int:
    with _sql(url, "postgres") as c:  # the owner (a superuser here) sees every row
        return c.execute(sql, params).fetchone()[0]


def _refused(c, sql: str, *params) -> None:
    """The statement fails for lack of rights, or changes no row."""
    try:
        cur = c.execute(sql, params)
    except (errors.InsufficientPrivilege, errors.CheckViolation) as exc:
        assert "permission denied" in str(exc) or "policy" in str(exc) or "call" in str(exc), exc
        return
    assert cur.rowcount == 0, sql


def test_bob_cannot_delete_alices_calls_with_sql(alice_called):
    url, _pid, _a, _b = alice_called
    with _sql(url, "bob") as c:
        _refused(c, "DELETE FROM calls")
        _refused(c, "DELETE FROM call_facts")
        with pytest.raises(psycopg.Error):
            c.execute("TRUNCATE calls CASCADE")
    assert _count(url, "SELECT count(*) FROM calls") == 2
    assert _count(url, "SELECT count(*) FROM call_facts") == 1
    assert _count(url, "SELECT count(*) FROM calls WHERE follow_up IS NOT NULL AND NOT follow_up_done") == 1


def test_bob_cannot_forge_what_her_call_confirmed(alice_called):
    url, _pid, on_list, no_list = alice_called
    with _sql(url, "bob") as c:
        _refused(c, "UPDATE call_facts SET value = false")
        _refused(
            c,
            "INSERT INTO call_facts (call_id, field, value) VALUES (%s, 'payments:medicare', false)",
            no_list,
        )
        _refused(c, "UPDATE calls SET outcome = 'closed', note = 'forged' WHERE id = %s", on_list)
    assert _count(url, "SELECT count(*) FROM call_facts WHERE value") == 1
    assert _count(url, "SELECT count(*) FROM call_facts WHERE call_id = %s", no_list) == 0


@pytest.mark.parametrize("who", ["bob", "alice"])
def test_nobody_re_points_a_calls_shortlist(alice_called, who):
    url, _pid, on_list, _b = alice_called
    with _sql(url, who) as c:
        _refused(c, "UPDATE calls SET shortlist_id = NULL WHERE id = %s", on_list)
        _refused(c, "UPDATE calls SET shortlist_id = NULL, note = '', spoke_to = '' WHERE id = %s", on_list)
    assert _count(url, "SELECT count(*) FROM calls WHERE id = %s AND shortlist_id IS NOT NULL", on_list) == 1
    db = _open(url, "alice")  # so her note still goes when the list does
    try:
        sl.set_shared(db, "Case 2", False)
        sl.delete_shortlist(db, "Case 2")
    finally:
        db.dispose()
    assert _count(url, "SELECT count(*) FROM calls WHERE note = %s", NOTE) == 0


def test_the_author_deletes_her_call_through_the_app_and_it_is_recorded(alice_called, capsys):
    from finder.services.calls import delete_call

    url, pid, on_list, no_list = alice_called
    db = _open(url, "bob")
    try:
        with pytest.raises(UserError, match="only alice, who made the call, can delete it"):
            delete_call(db, on_list)
    finally:
        db.dispose()
    assert main(["--db", as_login(url, "alice"), "call", "delete", str(on_list)]) == 0
    assert "deleted" in capsys.readouterr().out
    assert _count(url, "SELECT count(*) FROM calls WHERE id = %s", on_list) == 0
    assert _count(url, "SELECT count(*) FROM call_facts WHERE call_id = %s", on_list) == 0
    db = _open(url, "bob")  # a colleague sees that it went, by whom, and never what its note said
    try:
        [row] = [h for h in program_history(db, pid) if h.entity == "call"]
        assert (row.who, row.new_value) == ("alice", "deleted") and "reached" in row.old_value
        assert NOTE not in row.old_value
        assert [c.id for c in list_calls(db, pid)] == [no_list]
        with pytest.raises(UserError, match="no call"):
            delete_call(db, on_list)
    finally:
        db.dispose()


def test_a_later_call_still_closes_a_colleagues_follow_up(alice_called):
    url, pid, _a, _b = alice_called
    with _sql(url, "bob") as c:  # but not by itself, with no call made
        _refused(c, "UPDATE calls SET follow_up_done = true")
    db = _open(url, "bob")
    try:
        log_call(db, pid, outcome="reached")
    finally:
        db.dispose()
    assert _count(url, "SELECT count(*) FROM calls WHERE follow_up IS NOT NULL AND NOT follow_up_done") == 0


def test_taking_a_program_off_a_shared_list_still_forgets_the_call_notes_made_for_it(alice_called):
    url, pid, on_list, _b = alice_called
    db = _open(url, "bob")
    try:
        sl.remove_programs(db, "Case 2", [pid])
    finally:
        db.dispose()
    assert _count(url, "SELECT count(*) FROM calls WHERE note = %s", NOTE) == 0
    assert (
        _count(url, "SELECT count(*) FROM call_facts WHERE call_id = %s", on_list) == 1
    )  # what it learned stays


def test_deleting_a_call_is_the_authors_on_either_back_end(any_sample_db, as_user):
    from sqlalchemy import func, select

    from finder.db.models import Program
    from finder.services.calls import delete_call
    from finder.texts import history as history_words

    db = any_sample_db
    with db.Session() as s:
        pid = s.scalar(select(func.min(Program.id)))
    call = log_call(db, pid, outcome="reached", confirm={"payments:medicaid": False}, note=NOTE)
    as_user("bob")
    with pytest.raises(UserError, match="only alice, who made the call, can delete it"):
        delete_call(db, call.id)
    as_user("alice")
    assert delete_call(db, call.id).outcome == "reached"
    assert list_calls(db, pid) == []
    [row] = [h for h in program_history(db, pid) if h.entity == "call"]
    assert (row.who, row.new_value, history_words.what(row)) == ("alice", "deleted", "call")
    assert NOTE not in history_words.line(row)
