"""Referrals on a shared PostgreSQL directory: they follow their shortlist's privacy, their authors are
the server's, and a supervisor reads the report's counts over everyone, never a private referral's rows."""

from __future__ import annotations

import json

import pytest
from sqlalchemy import text
from sqlalchemy.exc import DBAPIError

from finder.services import referrals as rf
from finder.services import shortlists as sl
from finder.services.referral_report import build_report
from finder.services.unmet import record_unmet


def _refer_privately(db, name: str, pid: int, intake: str, note: str) -> None:
    sl.create_shortlist(db, name, private=True)
    sl.add_programs(db, name, [pid])
    rf.refer(db, pid, shortlist=name, on="2026-12-01", how="fax", note=note)
    rf.set_status(
        db, pid, shortlist=name, status="intake-scheduled", on="2026-12-02", intake=intake, note=note
    )


@pytest.mark.parametrize("backend", ["postgresql"])
def test_a_supervisor_reads_counts_but_not_a_private_referral(any_sample_db, any_admin_url, as_user, capsys):
    from finder.cli import main

    assert main(["--db", any_admin_url, "db", "add-user", "sam", "--supervisor"]) == 0
    capsys.readouterr()
    as_user("alice")  # the command above logged in as the owner
    db = any_sample_db
    with db.Session() as s:
        a, b = s.execute(text("SELECT id FROM programs ORDER BY id LIMIT 2")).scalars().all()
    _refer_privately(db, "Case 9", a, "2026-12-08", "alice's private note")
    as_user("bob")
    _refer_privately(db, "Case 10", b, "2026-12-18", "bob's private note")
    record_unmet(db, near="92660", needs="medicaid,adolescents,iop", note="nothing near", on="2026-12-01")
    assert [r.program_id for r in rf.list_referrals(db)] == [b]  # not alice's
    assert build_report(db, "2026-12-01", "2026-12-01").referrals == 1

    as_user("sam")
    assert rf.list_referrals(db) == []
    with db.engine.connect() as conn:  # the server itself hides the rows
        for table in ("referrals", "referral_events", "unmet_needs", "consents"):
            assert conn.execute(text(f"SELECT * FROM {table}")).all() == [], table
    report = build_report(db, "2026-12-01", "2026-12-01")
    assert report.everyone and report.referrals == 2
    got = report.as_json()
    assert got["by_status"]["intake-scheduled"] == 2
    assert got["days_to_intake"] == {"count": 2, "median": 12.0, "p75": 14.5, "within_10_business_days": 0.5}
    assert {n["need"] for n in got["unmet_needs"]} == {"medicaid", "adolescents", "iop"}
    said = json.dumps(got)
    assert "private note" not in said and "Case 9" not in said and "Case 10" not in said
    assert "alice" not in said and "bob" not in said

    as_user("alice")  # a case manager cannot call the supervisors' function
    with db.engine.connect() as conn, pytest.raises(DBAPIError):
        conn.execute(text("SELECT finder_referral_report(DATE '2026-12-01', DATE '2026-12-01')")).scalar()
    mine = rf.list_referrals(db)
    assert [r.program_id for r in mine] == [a]
    assert [e.by for e in mine[0].history] == ["alice", "alice"]  # the server's name for who set it


@pytest.mark.parametrize("backend", ["postgresql"])
def test_the_author_is_the_login_whatever_the_client_sends(any_sample_db, as_user):
    db = any_sample_db
    with db.Session() as s:
        pid = s.execute(text("SELECT id FROM programs ORDER BY id LIMIT 1")).scalar()
    sl.create_shortlist(db, "Case 11")
    sl.add_programs(db, "Case 11", [pid])
    rf.refer(db, pid, shortlist="Case 11", on="2026-12-01")
    with db.engine.begin() as conn:
        conn.execute(text("UPDATE referrals SET \"by\" = 'mallory'"))
    assert rf.list_referrals(db)[0].by == "alice"
