"""Calls: what a program said about room (with its age), facts that override the directory, follow-ups."""

from __future__ import annotations

from datetime import date, datetime, timedelta

import pytest

from finder.errors import UserError
from finder.services import calls
from finder.services import shortlists as sl
from finder.services.directory import get_program
from finder.services.importing import import_file
from finder.services.origins import resolve_offline
from finder.services.search import SearchCriteria, search_programs
from finder.texts.availability import confirmation_of, room
from tests.helpers import SAMPLE_CSV

AKUA = 47  # Akua Behavioral Health: IOP, no Medicaid in the directory


def found(db, **criteria) -> set[int]:
    return {r.id for r in search_programs(db, resolve_offline("92660"), SearchCriteria(**criteria)).results}


def test_availability_is_the_latest_call_that_said_anything_about_room(sample_db):
    calls.log_call(
        sample_db,
        AKUA,
        outcome="reached",
        accepting="yes",
        wait_days=14,
        next_intake="2026-12-15",
        at=datetime(2026, 11, 20, 10, 0),
    )
    calls.log_call(sample_db, AKUA, outcome="voicemail", at=datetime(2026, 11, 25, 9, 0))  # says nothing
    a = calls.availability(sample_db, [AKUA])[AKUA]
    assert (a.accepting, a.wait_days, a.next_intake) == (True, 14, date(2026, 12, 15))
    text = room(a, today=date(2026, 11, 26))  # the words are the text layer's (finder.texts.availability)
    assert text.startswith("accepting · wait ≈ 14 days · next intake Dec 15 · said 6 days ago")
    assert not a.stale(today=date(2026, 12, 20))
    assert a.stale(today=date(2026, 12, 21)) and "call again" in room(a, today=date(2026, 12, 21))


def test_accepting_only_counts_a_recent_yes(sample_db):
    calls.log_call(
        sample_db, AKUA, outcome="reached", accepting="yes", at=datetime.now() - timedelta(days=40)
    )
    assert calls.accepting_ids(sample_db, [AKUA]) == set()
    calls.log_call(sample_db, AKUA, outcome="reached", accepting="yes")
    assert calls.accepting_ids(sample_db, [AKUA]) == {AKUA}
    calls.log_call(sample_db, AKUA, outcome="reached", accepting="no")
    assert calls.accepting_ids(sample_db, [AKUA]) == set()


def test_a_confirmed_fact_overrides_the_directory_both_ways_and_survives_a_reimport(sample_db):
    assert AKUA not in found(sample_db, payments=["medicaid"]) and AKUA in found(
        sample_db, payments=["private"]
    )
    calls.log_call(
        sample_db, AKUA, outcome="reached", confirm=calls.parse_confirmations(["medicaid=yes", "private=no"])
    )
    assert AKUA in found(sample_db, payments=["medicaid"]) and AKUA not in found(
        sample_db, payments=["private"]
    )
    import_file(sample_db, SAMPLE_CSV)  # the directory still says private, not Medicaid
    assert AKUA in found(sample_db, payments=["medicaid"]) and AKUA not in found(
        sample_db, payments=["private"]
    )
    c = calls.confirmations(sample_db, AKUA)
    assert c["payments:medicaid"].value is True and c["payments:medicaid"].directory_value is False
    text = confirmation_of("payments:private", c["payments:private"])
    assert text.startswith("Private insurance: no — by phone") and text.endswith("(directory says yes)")


def test_wrong_number_flags_the_phone_and_closed_marks_do_not_refer(sample_db):
    calls.log_call(sample_db, AKUA, outcome="wrong-number")
    assert calls.confirmations(sample_db, AKUA)["phone"].value is False
    calls.log_call(sample_db, AKUA, outcome="closed", at=datetime(2026, 11, 28, 15, 0))
    p = get_program(sample_db, AKUA)
    assert p.status == "do-not-refer" and p.status_reason == "closed — call on 2026-11-28"


def test_follow_ups_are_due_then_closed_by_the_next_call(sample_db):
    calls.log_call(
        sample_db, AKUA, outcome="voicemail", follow_up="2026-12-03", at=datetime(2026, 12, 1, 9, 0)
    )
    assert calls.follow_ups(sample_db, today=date(2026, 12, 2)) == []
    [due] = calls.follow_ups(sample_db, today=date(2026, 12, 4))
    assert due.program_id == AKUA and due.overdue(date(2026, 12, 4)) and due.last_outcome == "voicemail"
    assert len(calls.follow_ups(sample_db, everything=True, today=date(2026, 12, 1))) == 1
    calls.log_call(sample_db, AKUA, outcome="reached")
    assert calls.follow_ups(sample_db, everything=True) == []


def test_a_follow_up_before_the_call_is_refused(sample_db):
    """A date typed into the wrong field became a follow-up seven months before the call."""
    with pytest.raises(UserError, match="before the call"):
        calls.log_call(
            sample_db, AKUA, outcome="voicemail", follow_up="2026-05-07", at=datetime(2026, 12, 7, 9, 0)
        )
    assert calls.list_calls(sample_db, AKUA) == []
    calls.log_call(
        sample_db, AKUA, outcome="voicemail", follow_up="2026-12-07", at=datetime(2026, 12, 7, 9, 0)
    )


@pytest.mark.parametrize(
    ("kwargs", "says"),
    [
        ({"outcome": "maybe"}, "outcome"),
        ({"outcome": "reached", "wait_days": -1}, "wait"),
        ({"outcome": "reached", "next_intake": "15/12/2026"}, "YYYY-MM-DD"),
        ({"outcome": "reached", "accepting": "perhaps"}, "yes, no or unknown"),
        ({"outcome": "reached", "shortlist": "Nope"}, "no shortlist"),
    ],
)
def test_bad_input_is_one_clear_error_and_records_nothing(sample_db, kwargs, says):
    with pytest.raises(UserError, match=says):
        calls.log_call(sample_db, AKUA, **kwargs)
    assert calls.list_calls(sample_db, AKUA) == []


@pytest.mark.parametrize(
    ("raw", "says"),
    [
        ("medicade=yes", "not a fact"),
        ("trauma=yes", "say which"),
        ("medicaid=maybe", "yes or no"),
        ("medicaid", "FIELD=yes"),
    ],
)
def test_bad_confirmations_are_refused(raw, says):
    with pytest.raises(UserError, match=says):
        calls.parse_confirmations([raw])


def test_notes_of_calls_follow_their_shortlist(sample_db, monkeypatch):
    monkeypatch.setenv("FINDER_USER", "alice")
    sl.create_shortlist(sample_db, "Case 3", private=True)
    sl.add_programs(sample_db, "Case 3", [AKUA])
    calls.log_call(
        sample_db,
        AKUA,
        outcome="reached",
        shortlist="Case 3",
        spoke_to="Dana",
        note="client prefers evenings",
        accepting="yes",
    )
    monkeypatch.setenv("FINDER_USER", "bob")
    [seen] = calls.list_calls(sample_db, AKUA)
    assert seen.accepting is True and seen.note == "" and seen.spoke_to == "" and seen.shortlist == ""
    monkeypatch.setenv("FINDER_USER", "alice")
    assert calls.list_calls(sample_db, AKUA)[0].note == "client prefers evenings"
    sl.delete_shortlist(sample_db, "Case 3")
    [kept] = calls.list_calls(sample_db, AKUA)
    assert kept.accepting is True and kept.note == "" and kept.spoke_to == ""  # what it learned stays


def test_the_checklist_header_and_printout_carry_the_availability(sample_db, qapp):
    from pypdf import PdfReader

    from finder.reports.printing import write_checklist_pdf
    from finder.services.checklists import get_checklist

    sl.create_shortlist(sample_db, "Case 4")
    sl.add_programs(sample_db, "Case 4", [AKUA])
    calls.log_call(sample_db, AKUA, outcome="reached", accepting="yes", wait_days=14)
    cl = get_checklist(sample_db, AKUA, "Case 4")
    assert room(cl.program.room).startswith("accepting · wait ≈ 14 days · said today")
    out = sample_db.path.parent / "c.pdf"
    write_checklist_pdf(cl, out)
    text = " ".join(" ".join(page.extract_text().split()) for page in PdfReader(str(out)).pages)
    assert "accepting" in text and "wait ≈ 14 days" in text


def test_the_comparison_has_the_room_and_the_last_call(sample_db):
    from finder.services.compare import build_comparison

    sl.create_shortlist(sample_db, "Case 5")
    other = next(i for i in found(sample_db) if i != AKUA)
    sl.add_programs(sample_db, "Case 5", [AKUA, other])
    calls.log_call(sample_db, AKUA, outcome="voicemail", follow_up="2026-12-02", at=datetime(2026, 11, 28, 9))
    calls.log_call(sample_db, other, outcome="reached", accepting="yes", wait_days=3)
    c = build_comparison(sample_db, "Case 5")
    assert c.row("room").values[0] is None and c.row("last-call").values[1].outcome == "reached"  # values
    from finder.texts.compare import worded

    rows = {r.key: r.cells for r in worded(c).rows}
    assert rows["room"][0] == "no call said" and rows["room"][1].startswith("accepting · wait ≈ 3 days")
    assert rows["last-call"][0] == "Voicemail, Nov 28 (follow up Dec 2)" and rows["last-call"][1].startswith(
        "Reached"
    )
