"""A case manager's own login on the shared directory: what the server lets it see and do.

A throwaway cluster; the owner (postgres) runs `db upgrade` and `db add-user alice|bob`; then
alice and bob log in as themselves, through the app and straight through SQL (psycopg).
"""

from __future__ import annotations

import pytest
from sqlalchemy.engine import make_url

from finder.cli import main
from finder.db.database import head_revision
from finder.errors import UserError
from finder.services import shortlists as sl
from finder.services.calls import list_calls, log_call
from finder.services.checklists import AnswerChange, get_checklist, record_answers
from finder.services.editing import edit_program
from finder.services.history import program_history
from finder.services.importing import import_file
from finder.services.opening import open_database
from finder.services.origins import resolve_origin
from finder.services.search import SearchCriteria, search_programs
from tests.agency.conftest import FIXTURES, as_login, prepare_agency

SECRET = "client relapsed after discharge"  # what alice writes on her private shortlist
CALL_SECRET = "mother answered, wants callback"


@pytest.fixture
def agency(pg_url, capsys):
    prepare_agency(pg_url)
    capsys.readouterr()
    return pg_url


def _open(url: str, name: str):
    return open_database(as_login(url, name), seed=False)


def _sql(url: str, name: str):
    """A plain psycopg connection logged in as `name` (what `psql` would give them)."""
    import psycopg

    u = make_url(url)
    return psycopg.connect(
        host=u.query["host"], port=int(u.query["port"]), dbname=u.database, user=name, autocommit=True
    )


@pytest.fixture
def alice_wrote(agency, monkeypatch):
    """alice: a private shortlist with a note, an answer with a note and a call; a shared one too."""
    monkeypatch.setenv("FINDER_USER", "alice")
    db = _open(agency, "alice")
    try:
        import_file(db, FIXTURES / "directory_sample.csv", backup=False)
        pid = search_programs(db, resolve_origin("92660"), SearchCriteria(radius_miles=25)).results[0].id
        sl.create_shortlist(db, "Case 1 private", private=True)
        sl.add_programs(db, "Case 1 private", [pid])
        sl.set_note(db, "Case 1 private", pid, SECRET)
        record_answers(db, pid, "Case 1 private", [AnswerChange("fit-similar-issues", "yes", SECRET)])
        log_call(db, pid, outcome="reached", shortlist="Case 1 private", spoke_to="intake", note=CALL_SECRET)
        sl.create_shortlist(db, "Case 2 shared")
        sl.add_programs(db, "Case 2 shared", [pid])
    finally:
        db.dispose()
    return agency, pid


@pytest.mark.parametrize("claimed", ["alice", "bob", ""])
def test_bob_cannot_read_alices_private_notes_through_the_app_whatever_he_claims(
    alice_wrote, monkeypatch, claimed
):
    url, pid = alice_wrote
    monkeypatch.setenv("FINDER_USER", claimed)
    db = _open(url, "bob")
    try:
        assert [s.name for s in sl.list_shortlists(db)] == ["Case 2 shared"]
        for attempt in (
            lambda: sl.get_shortlist(db, "Case 1 private"),
            lambda: get_checklist(db, pid, "Case 1 private"),
            lambda: sl.add_programs(db, "Case 1 private", [pid]),
            lambda: sl.set_shared(db, "Case 1 private", True),
            lambda: sl.delete_shortlist(db, "Case 1 private"),
        ):
            with pytest.raises(UserError) as err:
                attempt()
            # not even that it exists, nor whose it is
            assert str(err.value).startswith("no shortlist named 'Case 1 private'")
            assert "alice" not in str(err.value)
        assert not any(r.entity == "answer" for r in program_history(db, pid))
        assert all(CALL_SECRET not in c.note for c in list_calls(db, pid))
    finally:
        db.dispose()


def test_bob_cannot_read_them_through_sql_on_any_table(alice_wrote):
    url, _pid = alice_wrote
    with _sql(url, "bob") as c:
        tables = [t for (t,) in c.execute("SELECT tablename FROM pg_tables WHERE schemaname = 'public'")]
        assert {"shortlists", "shortlist_items", "checklist_answers", "calls", "history"} <= set(tables)
        seen = []
        for table in tables:
            seen += [repr(row) for row in c.execute(f'SELECT * FROM "{table}"')]
    text = "\n".join(seen)
    assert SECRET not in text and CALL_SECRET not in text and "Case 1 private" not in text
    assert "Case 2 shared" in text  # the shared one is there: the query did read the tables
    with _sql(url, "alice") as c:  # and alice does see hers
        assert c.execute("SELECT count(*) FROM shortlist_items WHERE note = %s", (SECRET,)).fetchone()[0] == 1


def test_bob_cannot_take_over_rewrite_history_or_change_the_schema(alice_wrote):
    import psycopg
    from psycopg import errors

    url, pid = alice_wrote
    with _sql(url, "bob") as c:
        with pytest.raises(errors.InsufficientPrivilege):
            c.execute("UPDATE shortlists SET owner = 'bob' WHERE name = 'Case 2 shared'")
        # someone else's private list: the server does not even find it
        assert (
            c.execute(
                "UPDATE shortlists SET owner = 'bob', shared = true WHERE name = 'Case 1 private'"
            ).rowcount
            == 0
        )
        with pytest.raises(errors.InsufficientPrivilege):  # only its owner decides who sees it
            c.execute("UPDATE shortlists SET shared = false WHERE name = 'Case 2 shared'")
        assert c.execute("DELETE FROM shortlists WHERE name = 'Case 2 shared'").rowcount == 0
        for sql in (
            "UPDATE history SET who = 'alice'",
            "DELETE FROM history",
            "TRUNCATE history",
            "CREATE TABLE loot (x text)",
            "DROP TABLE programs",
            "ALTER TABLE shortlists DISABLE ROW LEVEL SECURITY",
            "CREATE ROLE eve LOGIN",
        ):
            with pytest.raises(psycopg.Error) as err:
                c.execute(sql)
            assert isinstance(err.value, (errors.InsufficientPrivilege, errors.UndefinedTable)), sql
        # what bob writes is recorded as bob, whatever he says
        c.execute(
            "INSERT INTO shortlists (name, origin_query, origin_label, owner, shared, created_at) "
            "VALUES ('Case 3', '', '', 'alice', false, now())"
        )
        assert c.execute("SELECT owner FROM shortlists WHERE name = 'Case 3'").fetchone() == ("bob",)
        c.execute(
            "INSERT INTO history (entity, program_id, question_id, field, old_value, new_value, who, at) "
            "VALUES ('program', %s, '', 'phone', '', 'x', 'alice', now())",
            (pid,),
        )
        assert c.execute("SELECT who FROM history WHERE new_value = 'x'").fetchone() == ("bob",)
    with _sql(url, "alice") as c:  # alice does not see bob's private list either
        assert c.execute("SELECT count(*) FROM shortlists WHERE name = 'Case 3'").fetchone() == (0,)
        assert c.execute("SELECT owner, shared FROM shortlists WHERE name = 'Case 2 shared'").fetchone() == (
            "alice",
            True,
        )


def test_history_who_is_the_login_not_the_name_claimed(alice_wrote, monkeypatch):
    url, pid = alice_wrote
    monkeypatch.setenv("FINDER_USER", "alice")
    db = _open(url, "bob")
    try:
        edit_program(db, pid, {"phone": "949-555-0177"})
        record_answers(db, pid, "Case 2 shared", [AnswerChange("cost-payment-help", "yes")])
        assert get_checklist(db, pid, "Case 2 shared").answer("cost-payment-help").answered_by == "bob"
        assert [(h.field, h.who) for h in program_history(db, pid) if h.field in ("phone", "answer")] == [
            ("answer", "bob"),
            ("phone", "bob"),
        ]
    finally:
        db.dispose()


def test_deleting_her_private_list_takes_its_history_and_call_notes_along(alice_wrote):
    url, _pid = alice_wrote
    db = _open(url, "alice")
    try:
        sl.delete_shortlist(db, "Case 1 private")
    finally:
        db.dispose()
    with _sql(url, "postgres") as c:  # the owner (a superuser here) sees every row
        assert c.execute("SELECT count(*) FROM history h WHERE h.entity = 'answer'").fetchone() == (0,)
        assert c.execute("SELECT count(*) FROM calls WHERE note = %s", (CALL_SECRET,)).fetchone() == (0,)


def test_two_users_each_have_a_case_1(agency, monkeypatch):
    for name in ("alice", "bob"):
        db = _open(agency, name)
        try:
            info = sl.create_shortlist(db, "Case 1", private=name == "bob")
            assert info.owner == name
            with pytest.raises(UserError, match="already exists"):
                sl.create_shortlist(db, "case 1")
        finally:
            db.dispose()
    db = _open(agency, "bob")
    try:  # bob's own comes first; alice's shared one is still listed
        assert sl.get_shortlist(db, "Case 1").owner == "bob"
        assert sorted(s.owner for s in sl.list_shortlists(db)) == ["alice", "bob"]
    finally:
        db.dispose()


def test_an_out_of_date_schema_is_one_line_for_a_case_manager(agency, capsys):
    with _sql(agency, "postgres") as c:
        c.execute("UPDATE alembic_version SET version_num = '0004'")  # as if the app were newer
    code = main(["--db", as_login(agency, "bob"), "shortlist", "list"])
    err = capsys.readouterr().err
    assert code == 2 and err.count("\n") == 1
    assert "schema is out of date; ask your administrator to run `finder --db URL db upgrade`" in err
    with _sql(agency, "postgres") as c:
        assert c.execute("SELECT version_num FROM alembic_version").fetchone() == ("0004",)  # untouched
    code = main(["--db", as_login(agency, "bob"), "db", "upgrade"])
    assert code == 2 and "ask your administrator" in capsys.readouterr().err
    with _sql(agency, "postgres") as c:
        c.execute("UPDATE alembic_version SET version_num = %s", (head_revision(),))
    assert main(["--db", as_login(agency, "bob"), "db", "upgrade"]) == 2  # up to date, still not his
    assert "does not own the shared directory's schema" in capsys.readouterr().err
    assert main(["--db", agency, "db", "upgrade"]) == 0  # the owner may


def test_users_are_listed_added_and_removed(agency, capsys):
    assert main(["--db", agency, "db", "users"]) == 0
    assert {"alice", "bob"} <= set(capsys.readouterr().out.split())  # roles belong to the whole cluster
    assert main(["--db", as_login(agency, "bob"), "db", "add-user", "mallory"]) == 2
    assert "cannot add mallory" in capsys.readouterr().err
    assert main(["--db", agency, "db", "add-user", "Robert'); DROP TABLE x;--"]) == 2
    assert "cannot be a user name" in capsys.readouterr().err
    assert main(["--db", agency, "db", "add-user", "postgres"]) == 2
    capsys.readouterr()
    assert main(["--db", agency, "db", "add-user", "carol"]) == 0
    assert "created the login carol" in capsys.readouterr().out
    assert main(["--db", agency, "db", "remove-user", "carol"]) == 0
    assert capsys.readouterr().out == "removed carol\n"
    assert main(["--db", agency, "db", "users"]) == 0
    assert "carol" not in capsys.readouterr().out
    assert main(["--db", as_login(agency, "carol"), "shortlist", "list"]) == 2
    assert "does not know this user" in capsys.readouterr().err


def test_addresses_looked_up_online_are_cached_per_user(agency):
    from datetime import timedelta

    from finder.services.erasure import expire_addresses
    from finder.services.origins import Origin, _cache_get, _cache_put

    street = "12 Harbor View Dr, Irvine, CA"
    for name in ("alice", "bob"):
        db = _open(agency, name)
        try:
            _cache_put(db, Origin(street, 33.6, -117.8, "address", f"{name}'s lookup"))
            assert _cache_get(db, street).label == f"{name}'s lookup"  # each their own copy
        finally:
            db.dispose()
    with _sql(agency, "bob") as c:
        assert c.execute("SELECT owner, label FROM geocode_cache").fetchall() == [("bob", "bob's lookup")]
    db = _open(agency, "alice")
    try:  # forgetting them (timedelta(0): all) forgets alice's only
        assert expire_addresses(db, timedelta(0)) == 1 and _cache_get(db, street) is None
    finally:
        db.dispose()
    with _sql(agency, "bob") as c:
        assert c.execute("SELECT count(*) FROM geocode_cache").fetchone() == (1,)
