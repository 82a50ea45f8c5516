"""An agency directory made before login roles (revision 0004, everyone on one role, names from
$FINDER_USER) upgrades to 0005 with its data; owners become the login roles of the same name."""

from __future__ import annotations

from finder.cli import main
from finder.db.database import _alembic_config, head_revision
from finder.db.engine import make_engine
from finder.services import shortlists as sl
from finder.services.checklists import get_checklist
from finder.services.opening import open_database
from tests.agency.conftest import as_login
from tests.agency.test_migrations import ROWS

OLD_ROWS = [
    *ROWS,  # Case 41: shared, alice's, with a note and an answer
    (
        "INSERT INTO shortlists (id, name, origin_query, origin_label, owner, shared, created_at) "
        "VALUES (2, 'Case 42', '', '', 'alice', FALSE, '2025-01-03 09:00:00')"
    ),
    (
        "INSERT INTO shortlist_items (shortlist_id, program_id, position, note, added_at) "
        "VALUES (2, 7, 0, 'private to alice', '2025-01-03 09:00:00')"
    ),
    (
        "INSERT INTO shortlists (id, name, origin_query, origin_label, owner, shared, created_at) "
        "VALUES (3, 'Case 43', '', '', 'dave', FALSE, '2025-01-03 09:00:00')"
    ),
    "SELECT setval('shortlists_id_seq', 3)",
]


def _make_0004(url: str) -> None:
    from alembic import command

    engine = make_engine(url)
    cfg = _alembic_config()
    with engine.begin() as conn:
        cfg.attributes["connection"] = conn
        command.upgrade(cfg, "0004")
    with engine.begin() as conn:
        for sql in OLD_ROWS:
            conn.exec_driver_sql(sql)
    engine.dispose()


def _as(url: str, name: str):
    return open_database(as_login(url, name), seed=False)


def test_a_0004_agency_database_upgrades_with_its_owners(pg_url, monkeypatch, capsys):
    _make_0004(pg_url)
    assert main(["--db", pg_url, "db", "upgrade"]) == 0
    assert f"revision {head_revision()}" in capsys.readouterr().out
    for name in ("alice", "bob"):
        assert main(["--db", pg_url, "db", "add-user", name]) == 0
    monkeypatch.setenv("FINDER_USER", "dave")  # claiming a name does nothing on the server

    db = _as(pg_url, "alice")
    try:
        assert {(s.name, s.owner, s.shared) for s in sl.list_shortlists(db)} == {
            ("Case 41", "alice", True),
            ("Case 42", "alice", False),
        }
        assert sl.get_shortlist(db, "Case 42").programs[0].note == "private to alice"
        a = get_checklist(db, 7, "Case 41").answer("fit-ages")
        assert (a.note, a.answered_by) == ("18+", "alice")
        sl.create_shortlist(db, "Case 44")  # the id sequence carries on
    finally:
        db.dispose()

    db = _as(pg_url, "bob")
    try:
        assert sorted(s.name for s in sl.list_shortlists(db)) == ["Case 41", "Case 44"]
    finally:
        db.dispose()

    # dave has no login yet: his private list stays hidden from everyone until he has one
    assert main(["--db", pg_url, "db", "add-user", "dave"]) == 0
    db = _as(pg_url, "dave")
    try:
        assert "Case 43" in [s.name for s in sl.list_shortlists(db)]
    finally:
        db.dispose()
