"""A directory made by the first schema (revision 0001) upgrades to the newest with its data kept."""

from __future__ import annotations

from sqlalchemy import inspect

from finder.db.database import _alembic_config, current_revision, head_revision
from finder.db.engine import make_engine
from finder.services.checklists import get_checklist
from finder.services.editing import edit_program
from finder.services.history import program_history
from finder.services.opening import open_database
from finder.services.shortlists import list_shortlists
from tests.agency.conftest import as_login, prepare_agency

ROWS = [
    (
        "INSERT INTO programs (id, name, name2, street1, street2, city, state, zip, county, phone, intake_phone, "
        "website, latitude, longitude, location_precision, types_mask, levels_mask, payments_mask, populations_mask, "
        "therapies_mask, languages, accreditation, insurers, status, status_reason, verified_on, verified_by, notes, "
        "search_text, merge_key, user_edited, created_at, updated_at, version) VALUES (7, 'Harbor Path IOP', '', "
        "'1 Main St', '', 'Irvine', 'CA', '92614', 'Orange', '(949) 555-0100', '', '', 33.68, -117.83, 'zip', 1, 1, "
        "0, 0, 0, '', '', '', 'active', '', '', '', '', 'harbor path iop | | irvine', 'k', '', "
        "'2025-01-01 10:00:00', '2025-01-01 10:00:00', 4)"
    ),
    (
        "INSERT INTO shortlists (id, name, origin_query, origin_label, origin_lat, origin_lon, owner, shared, "
        "created_at) VALUES (1, 'Case 41', '', '', NULL, NULL, 'alice', TRUE, '2025-01-02 09:00:00')"
    ),
    (
        "INSERT INTO shortlist_items (shortlist_id, program_id, position, note, added_at) "
        "VALUES (1, 7, 0, 'call back Tue', '2025-01-02 09:00:00')"
    ),
    (
        "INSERT INTO checklist_answers (shortlist_id, program_id, question_id, answer, note, answered_by, "
        "answered_at, version) VALUES (1, 7, 'fit-ages', 'yes', '18+', 'alice', '2025-01-02 09:05:00', 1)"
    ),
]


def _make_old(url: str) -> None:
    from alembic import command

    engine = make_engine(url)
    cfg = _alembic_config()
    with engine.begin() as conn:
        cfg.attributes["connection"] = conn
        command.upgrade(cfg, "0001")
    with engine.begin() as conn:
        for sql in ROWS:
            conn.exec_driver_sql(sql)
    assert current_revision(engine) == "0001"
    assert not inspect(engine).has_table("history")
    engine.dispose()


def test_a_0001_database_upgrades_with_its_data(any_admin_url, backend, as_user, monkeypatch, capsys):
    _make_old(any_admin_url)
    url = any_admin_url
    if backend == "postgresql":  # the owner upgrades; alice (a login of her own now) works in it
        prepare_agency(any_admin_url)
        url = as_login(any_admin_url, "alice")
    db = open_database(url, seed=False)
    try:
        assert current_revision(db.engine) == head_revision() != "0001"
        assert inspect(db.engine).has_table("history")
        [case] = list_shortlists(db)
        assert (case.name, case.owner, case.shared, case.programs[0].note) == (
            "Case 41",
            "alice",
            True,
            "call back Tue",
        )
        a = get_checklist(db, 7, "Case 41").answer("fit-ages")
        # "What ages…?" is an open question now: the old "yes" with a note reads as answered
        assert (a.answer, a.note, a.answered_by, a.version) == ("answered", "18+", "alice", 1)
        assert program_history(db, 7) == []  # nothing is invented for changes made before
        p = edit_program(db, 7, {"phone": "(949) 555-0111"}, expected_version=4)
        assert p.version == 5
        assert [(h.field, h.who) for h in program_history(db, 7)] == [("phone", "alice")]
    finally:
        db.dispose()
