"""`finder call`, `calls` and `follow-ups`: JSON shapes, one-line refusals, nothing recorded on error."""

from __future__ import annotations

import json
import shutil

import pytest

from tests.helpers import SAMPLE_CSV, finder


@pytest.fixture(scope="module")
def loaded(tmp_path_factory):
    path = tmp_path_factory.mktemp("calls") / "d.db"
    assert finder("import", SAMPLE_CSV, db=path).returncode == 0
    return path


@pytest.fixture
def db(loaded, tmp_path):
    copy = tmp_path / "d.db"
    shutil.copy(loaded, copy)
    return copy


def test_a_call_is_listed_with_every_field(db):
    assert finder("shortlist", "create", "Case 2", db=db).returncode == 0
    assert finder("shortlist", "add", "Case 2", 47, db=db).returncode == 0
    r = finder(
        "call",
        47,
        "--shortlist",
        "Case 2",
        "--outcome",
        "reached",
        "--spoke-to",
        "Dana (intake)",
        "--note",
        "evening group Tue/Thu",
        "--accepting",
        "yes",
        "--wait-days",
        "14",
        "--next-intake",
        "2026-12-15",
        "--confirm",
        "medicaid=yes",
        "--confirm",
        "phone=yes",
        "--follow-up",
        "2026-12-20",
        db=db,
    )
    assert r.returncode == 0, r.stderr
    [call] = json.loads(finder("calls", 47, "--format", "json", db=db).stdout)
    assert set(call) == {
        "id",
        "at",
        "by",
        "shortlist",
        "outcome",
        "spoke_to",
        "note",
        "accepting",
        "wait_days",
        "next_intake",
        "confirmed",
        "follow_up",
    }
    assert (call["shortlist"], call["outcome"], call["spoke_to"], call["accepting"], call["wait_days"]) == (
        "Case 2",
        "reached",
        "Dana (intake)",
        True,
        14,
    )
    assert call["confirmed"] == {"medicaid": True, "phone": True}
    assert (call["next_intake"], call["follow_up"]) == ("2026-12-15", "2026-12-20")
    table = finder("calls", 47, db=db).stdout
    assert "Dana (intake)" in table and "medicaid=yes" in table


def test_follow_ups_json(db):
    from datetime import datetime

    from finder.services.calls import log_call
    from finder.services.opening import open_database

    directory = open_database(str(db), seed=False)
    log_call(directory, 47, outcome="voicemail", follow_up="2020-01-02", at=datetime(2019, 12, 30, 10, 0))
    directory.engine.dispose()
    [due] = json.loads(finder("follow-ups", "--format", "json", db=db).stdout)
    assert due == {
        "program": {"id": 47, "name": "Akua Behavioral Health Inc"},
        "shortlist": None,
        "due": "2020-01-02",
        "overdue": True,
        "last_outcome": "voicemail",
    }
    finder("call", 47, "--outcome", "reached", db=db)
    assert json.loads(finder("follow-ups", "--all", "--format", "json", db=db).stdout) == []


@pytest.mark.parametrize(
    "args",
    [
        ["--outcome", "busy"],
        ["--outcome", "reached", "--wait-days", "-2"],
        ["--outcome", "reached", "--next-intake", "tomorrow"],
        ["--outcome", "reached", "--confirm", "nope=yes"],
        ["--outcome", "reached", "--confirm", "medicaid=perhaps"],
        ["--outcome", "reached", "--shortlist", "Nope"],
        ["--outcome", "reached", "--accepting", "maybe"],
        ["--outcome", "voicemail", "--follow-up", "2020-01-02"],
    ],
)
def test_bad_input_is_one_line_exit_2_and_nothing_recorded(db, args):
    r = finder("call", 47, *args, db=db)
    assert r.returncode == 2 and len(r.stderr.strip().splitlines()) == 1 and "Traceback" not in r.stderr
    assert json.loads(finder("calls", 47, "--format", "json", db=db).stdout) == []


def test_unknown_program_is_one_line(db):
    for cmd in (["call", 999999, "--outcome", "reached"], ["calls", 999999]):
        r = finder(*cmd, db=db)
        assert r.returncode == 2 and "999999" in r.stderr


def test_search_and_show_carry_availability_and_confirmations(db):
    assert (
        finder(
            "call",
            47,
            "--outcome",
            "reached",
            "--accepting",
            "yes",
            "--wait-days",
            "7",
            "--confirm",
            "medicaid=yes",
            db=db,
        ).returncode
        == 0
    )
    found = json.loads(finder("search", "--near", "92660", "--accepting", "--format", "json", db=db).stdout)
    assert [r["id"] for r in found["results"]] == [47] and found["total"] == 1
    room = found["results"][0]["availability"]
    assert set(room) == {"accepting", "wait_days", "next_intake", "as_of", "by"}
    assert (room["accepting"], room["wait_days"]) == (True, 7)
    medicaid = json.loads(
        finder("search", "--near", "92660", "--payment", "medicaid", "--format", "json", db=db).stdout
    )
    assert 47 in [r["id"] for r in medicaid["results"]]
    shown = json.loads(finder("show", 47, "--format", "json", db=db).stdout)
    assert shown["availability"]["accepting"] is True
    assert (
        set(shown["confirmed"]["medicaid"]) == {"value", "at", "by"}
        and shown["confirmed"]["medicaid"]["value"]
    )
    text = finder("show", 47, db=db).stdout
    assert "Availability: accepting · wait ≈ 7 days" in text and "Medicaid: yes — by phone" in text
    assert finder("call", 47, "--outcome", "reached", "--accepting", "no", db=db).returncode == 0
    again = json.loads(finder("search", "--near", "92660", "--accepting", "--format", "json", db=db).stdout)
    assert again["total"] == 0
