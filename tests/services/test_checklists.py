"""Checklist answers: every question present, saved at once, who and when recorded, clear errors;
open questions answered by their note; the call's contact apart from the questions."""

from datetime import datetime

import pytest
from sqlalchemy import select

from finder.db.models import ChecklistAnswer, Program
from finder.domain.checklist import QUESTIONS
from finder.errors import UserError
from finder.services.checklists import (
    AnswerChange,
    blank_checklist,
    contact_change,
    get_checklist,
    parse_assignments,
    record_answers,
)
from finder.services.origins import resolve_offline
from finder.services.shortlists import add_programs, create_shortlist


@pytest.fixture
def pid(sample_db):
    with sample_db.Session() as s:
        pid = s.scalars(select(Program.id).where(Program.zip == "92660").order_by(Program.id)).first()
    create_shortlist(sample_db, "Case 2291", origin=resolve_offline("92660"))
    add_programs(sample_db, "Case 2291", [pid])
    return pid


def test_unanswered_checklist_has_every_question_not_asked(sample_db, pid):
    cl = get_checklist(sample_db, pid, "Case 2291")
    assert [a.id for a in cl.answers] == [q.id for q in QUESTIONS]
    assert cl.asked == 0 and cl.total == len(QUESTIONS)
    assert {a.answer for a in cl.answers} == {"not-asked"}
    data = cl.as_json()
    assert set(data) == {"program", "shortlist", "contact", "asked", "total", "answers"}
    assert data["contact"] == {"name": "", "at": None}
    assert {"id", "name"} <= set(data["program"]) and data["shortlist"] == "Case 2291"
    assert set(data["answers"][0]) == {
        "id",
        "section",
        "text",
        "answer",
        "note",
        "answered_by",
        "answered_at",
    }
    assert cl.program.distance_miles is not None


def test_answers_are_saved_with_who_and_when(sample_db, pid, monkeypatch):
    monkeypatch.setenv("FINDER_USER", "Casey Ortiz")
    before = datetime.now().replace(microsecond=0)
    record_answers(
        sample_db,
        pid,
        "Case 2291",
        [AnswerChange("cost-payment-help", "yes"), AnswerChange("cost-insurance", "Unsure", "call Aetna")],
    )
    cl = get_checklist(sample_db, pid, "case 2291")
    a = cl.answer("cost-insurance")
    assert (a.answer, a.note, a.answered_by) == ("unsure", "call Aetna", "Casey Ortiz")
    assert a.answered_at >= before
    assert cl.asked == 2
    # a note alone keeps the answer; a named recorder is kept
    record_answers(
        sample_db,
        pid,
        "Case 2291",
        [AnswerChange("cost-payment-help", note="sliding scale")],
        answered_by="J. Ortiz",
    )
    a = get_checklist(sample_db, pid, "Case 2291").answer("cost-payment-help")
    assert (a.answer, a.note, a.answered_by) == ("yes", "sliding scale", "J. Ortiz")


def test_no_name_set_records_no_name_not_the_login(sample_db, pid, monkeypatch):
    import getpass

    from finder.services.checklists import shown_name
    from finder.services.history import set_user_name

    monkeypatch.delenv("FINDER_USER", raising=False)
    set_user_name(None)
    record_answers(sample_db, pid, "Case 2291", [AnswerChange("cost-insurance", "yes")])
    assert get_checklist(sample_db, pid, "Case 2291").answer("cost-insurance").answered_by == ""
    set_user_name("Casey Ortiz")  # Preferences > Your name
    try:
        record_answers(sample_db, pid, "Case 2291", [AnswerChange("cost-insurance", "no")])
    finally:
        set_user_name(None)
    assert get_checklist(sample_db, pid, "Case 2291").answer("cost-insurance").answered_by == "Casey Ortiz"
    # a login name stored by an earlier version is not shown
    assert shown_name(getpass.getuser()) == "" and shown_name("Casey Ortiz") == "Casey Ortiz"


def test_open_questions_are_answered_by_their_note(sample_db, pid):
    cl = record_answers(
        sample_db, pid, "Case 2291", [AnswerChange("fit-intake", note="phone screen, then a visit")]
    )
    a = cl.answer("fit-intake")
    assert (a.kind, a.answer, a.note) == ("open", "answered", "phone screen, then a visit")
    assert cl.asked == 1 and cl.as_json()["answers"][3]["answer"] == "answered"
    # an emptied note means not asked any more, and leaves nothing stored
    cl = record_answers(sample_db, pid, "Case 2291", [AnswerChange("fit-intake", note="  ")])
    assert cl.answer("fit-intake").answer == "not-asked" and cl.asked == 0
    with pytest.raises(UserError, match="'fit-intake' is an open question"):
        record_answers(sample_db, pid, "Case 2291", [AnswerChange("fit-intake", "no")])
    with pytest.raises(UserError, match="answered by its note"):
        record_answers(sample_db, pid, "Case 2291", [AnswerChange("fit-intake", "answered")])
    with pytest.raises(UserError, match="'cost-insurance' is a yes/no question"):
        record_answers(sample_db, pid, "Case 2291", [AnswerChange("cost-insurance", "answered", "x")])
    cl = record_answers(sample_db, pid, "Case 2291", [AnswerChange("fit-ages", "answered", "18 to 30")])
    assert cl.answer("fit-ages").answer == "answered"


def test_old_yes_no_answers_on_open_questions_read_back(sample_db, pid):
    """Stored before the question became open: answered with a note, not asked without."""
    with sample_db.Session.begin() as s:
        from finder.db.models import Shortlist

        sid = s.scalars(select(Shortlist.id)).one()
        for qid, answer, note in (("fit-ages", "yes", "18+"), ("fit-intake", "no", "")):
            s.add(
                ChecklistAnswer(
                    shortlist_id=sid,
                    program_id=pid,
                    question_id=qid,
                    answer=answer,
                    note=note,
                    answered_by="alice",
                    answered_at=datetime(2025, 1, 2, 9, 5),
                    version=1,
                )
            )
    cl = get_checklist(sample_db, pid, "Case 2291")
    assert (cl.answer("fit-ages").answer, cl.answer("fit-ages").note) == ("answered", "18+")
    assert cl.answer("fit-intake").answer == "not-asked" and cl.asked == 1
    # and can be changed from there
    cl = record_answers(
        sample_db, pid, "Case 2291", [AnswerChange("fit-ages", note="18 and up", base_version=1)]
    )
    assert cl.answer("fit-ages").note == "18 and up"


def test_back_to_not_asked_leaves_no_row(sample_db, pid):
    record_answers(sample_db, pid, "Case 2291", [AnswerChange("cost-insurance", "yes")])
    record_answers(sample_db, pid, "Case 2291", [AnswerChange("cost-insurance", "not-asked")])
    with sample_db.Session() as s:
        assert s.scalars(select(ChecklistAnswer)).all() == []


def test_version_counts_real_changes_only(sample_db, pid):
    for answer in ("yes", "yes", "no"):
        record_answers(sample_db, pid, "Case 2291", [AnswerChange("cost-insurance", answer)])
    with sample_db.Session() as s:
        assert s.scalars(select(ChecklistAnswer.version)).one() == 2


def test_contact_is_the_calls_not_a_question(sample_db, pid):
    when = datetime(2026, 3, 4, 10, 30)
    cl = record_answers(
        sample_db,
        pid,
        "Case 2291",
        [contact_change("Dana, intake nurse", when), AnswerChange("cost-insurance", "yes")],
    )
    assert (cl.contact.name, cl.contact.at) == ("Dana, intake nurse", when)
    assert cl.asked == 1 and cl.total == len(QUESTIONS)  # the contact is not counted
    assert "after-contact" not in [a.id for a in cl.answers]
    assert cl.as_json()["contact"] == {"name": "Dana, intake nurse", "at": "2026-03-04T10:30:00"}
    again = record_answers(sample_db, pid, "Case 2291", [contact_change("", when)])  # name cleared
    assert again.contact.name == "" and again.asked == 1


def test_contact_stored_by_earlier_versions_reads_as_the_contact(sample_db, pid):
    from finder.db.models import Shortlist

    when = datetime(2025, 5, 6, 14, 0)
    with sample_db.Session.begin() as s:
        sid = s.scalars(select(Shortlist.id)).one()
        s.add(
            ChecklistAnswer(
                shortlist_id=sid,
                program_id=pid,
                question_id="after-contact",
                answer="yes",
                note="Sam, admissions",
                answered_by="alice",
                answered_at=when,
                version=1,
            )
        )
    cl = get_checklist(sample_db, pid, "Case 2291")
    assert (cl.contact.name, cl.contact.at, cl.asked) == ("Sam, admissions", when, 0)


def test_errors(sample_db, pid):
    with pytest.raises(UserError, match="no checklist question with id 'bogus'"):
        record_answers(sample_db, pid, "Case 2291", [AnswerChange("bogus", "yes")])
    with pytest.raises(UserError, match="'maybe' is not an answer"):
        record_answers(sample_db, pid, "Case 2291", [AnswerChange("cost-insurance", "maybe")])
    with pytest.raises(UserError, match="no shortlist"):
        get_checklist(sample_db, pid, "Case 9")
    with pytest.raises(UserError, match="no program with id 999999"):
        get_checklist(sample_db, 999999, "Case 2291")
    with sample_db.Session() as s:
        other = s.scalars(select(Program.id).where(Program.id != pid)).first()
    with pytest.raises(UserError, match=f"program {other} is not on the shortlist 'Case 2291'"):
        record_answers(sample_db, other, "Case 2291", [AnswerChange("cost-insurance", "yes")])
    with pytest.raises(UserError, match="QUESTION_ID=VALUE"):
        parse_assignments(["fit-ages"], "--set")
    assert parse_assignments(["fit-ages=a=b"], "--note") == [("fit-ages", "a=b")]


def test_blank_checklist_ignores_answers(sample_db, pid):
    record_answers(
        sample_db,
        pid,
        "Case 2291",
        [AnswerChange("fit-ages", note="note"), contact_change("Dana", datetime(2026, 1, 2))],
    )
    blank = blank_checklist(sample_db, pid)
    assert blank.contact.name == ""
    assert blank.shortlist is None and blank.asked == 0 and blank.program.distance_miles is None
