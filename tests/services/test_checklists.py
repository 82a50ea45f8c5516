"""Checklist answers: every question present, saved at once, who and when recorded, clear errors."""

import getpass
from datetime import datetime

import pytest
from sqlalchemy import select

from finder.db.models import ChecklistAnswer, Program
from finder.domain.checklist import QUESTIONS
from finder.errors import UserError
from finder.services.checklists import (
    AnswerChange,
    blank_checklist,
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
    assert set(data) == {"program", "shortlist", "asked", "total", "answers"}
    assert {"id", "name"} <= set(data["program"]) and data["shortlist"] == "Case 2291"
    assert set(data["answers"][0]) == {"id", "section", "text", "answer", "note", "answered_by",
                                       "answered_at"}
    assert cl.program.distance_miles is not None


def test_answers_are_saved_with_who_and_when(sample_db, pid):
    before = datetime.now().replace(microsecond=0)
    record_answers(sample_db, pid, "Case 2291", [AnswerChange("fit-ages", "yes"),
                                                 AnswerChange("cost-insurance", "Unsure", "call Aetna")])
    cl = get_checklist(sample_db, pid, "case 2291")
    a = cl.answer("cost-insurance")
    assert (a.answer, a.note, a.answered_by) == ("unsure", "call Aetna", getpass.getuser())
    assert a.answered_at >= before
    assert cl.asked == 2
    # a note alone keeps the answer; a named recorder is kept
    record_answers(sample_db, pid, "Case 2291", [AnswerChange("fit-ages", note="18-30 mostly")],
                   answered_by="J. Ortiz")
    a = get_checklist(sample_db, pid, "Case 2291").answer("fit-ages")
    assert (a.answer, a.note, a.answered_by) == ("yes", "18-30 mostly", "J. Ortiz")


def test_back_to_not_asked_leaves_no_row(sample_db, pid):
    record_answers(sample_db, pid, "Case 2291", [AnswerChange("fit-ages", "yes")])
    record_answers(sample_db, pid, "Case 2291", [AnswerChange("fit-ages", "not-asked")])
    with sample_db.Session() as s:
        assert s.scalars(select(ChecklistAnswer)).all() == []


def test_version_counts_real_changes_only(sample_db, pid):
    for answer in ("yes", "yes", "no"):
        record_answers(sample_db, pid, "Case 2291", [AnswerChange("fit-ages", answer)])
    with sample_db.Session() as s:
        assert s.scalars(select(ChecklistAnswer.version)).one() == 2


def test_contact_time_can_be_given(sample_db, pid):
    when = datetime(2026, 3, 4, 10, 30)
    record_answers(sample_db, pid, "Case 2291",
                   [AnswerChange("after-contact", "yes", "Dana, intake nurse", answered_at=when)])
    assert get_checklist(sample_db, pid, "Case 2291").answer("after-contact").answered_at == when


def test_errors(sample_db, pid):
    with pytest.raises(UserError, match="no checklist question with id 'bogus'"):
        record_answers(sample_db, pid, "Case 2291", [AnswerChange("bogus", "yes")])
    with pytest.raises(UserError, match="'maybe' is not an answer"):
        record_answers(sample_db, pid, "Case 2291", [AnswerChange("fit-ages", "maybe")])
    with pytest.raises(UserError, match="no shortlist"):
        get_checklist(sample_db, pid, "Case 9")
    with pytest.raises(UserError, match="no program with id 999999"):
        get_checklist(sample_db, 999999, "Case 2291")
    with sample_db.Session() as s:
        other = s.scalars(select(Program.id).where(Program.id != pid)).first()
    with pytest.raises(UserError, match=f"program {other} is not on the shortlist 'Case 2291'"):
        record_answers(sample_db, other, "Case 2291", [AnswerChange("fit-ages", "yes")])
    with pytest.raises(UserError, match="QUESTION_ID=VALUE"):
        parse_assignments(["fit-ages"], "--set")
    assert parse_assignments(["fit-ages=a=b"], "--note") == [("fit-ages", "a=b")]


def test_blank_checklist_ignores_answers(sample_db, pid):
    record_answers(sample_db, pid, "Case 2291", [AnswerChange("fit-ages", "yes", "note")])
    blank = blank_checklist(sample_db, pid)
    assert blank.shortlist is None and blank.asked == 0 and blank.program.distance_miles is None
