"""Vetting checklists: the answers a program gave, per shortlist (Qt-free).

Answers belong to a program *on a shortlist*: the same program vetted for two
cases has two sets of answers. Every change is committed at once, so a crash
loses nothing already saved.

Who answered (`answered_by`) is a name the user chose: `--by`, $FINDER_USER or "Your name"
in Preferences. With none set it stays empty: the login name of the computer is never
recorded as a name, and never printed (see `recorded_name` and `shown_name`).

The call's contact (who we spoke to, and when) is not a question: it is `Checklist.contact`,
stored under CONTACT_QUESTION_ID and written with `contact_change(...)` in the same batch as
the answers.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import datetime

from sqlalchemy import delete, select

from finder.db.models import ChecklistAnswer, Program, Shortlist
from finder.domain.checklist import (
    ANSWERED,
    CAUTION,
    CONTACT_QUESTION_ID,
    NOT_ASKED,
    QUESTIONS,
    YES_NO,
    effective_answer,
    get_question,
    needs_first,
    questions_for_need,
    source_title,
)
from finder.domain.geo import format_distance
from finder.domain.validation import refuse_controls
from finder.errors import Message, UserError
from finder.services import erasure
from finder.services.answer_rules import (  # noqa: F401 (also part of this module's API)
    check_answer,
    check_question,
    parse_assignments,
    recorded_name,
    shown_name,
)
from finder.services.availability import Availability
from finder.services.conflicts import AnswerConflict, TheirChange
from finder.services.directory import detail_from_orm, parse_id
from finder.services.history import add_entry, current_user, forget_answers, last_answer_change
from finder.services.importing.report import DelistedMark
from finder.services.needs import unknown_needs
from finder.services.shortlists import _find, _item, distance_from
from finder.texts import N_


@dataclass
class ChecklistProgram:
    """The header of a checklist: which program, how to reach it, how far it is."""

    id: int
    name: str
    name2: str
    address: str
    phone: str
    intake_phone: str
    website: str
    distance_miles: float | None
    distance_approx: bool
    # what the latest call said about room, and whether the latest full edition no longer lists the
    # program (finder/texts/availability.py words both)
    room: Availability | None = None
    delisted_mark: DelistedMark | None = None
    # what the directory (and calls) know of its languages and supports: slugs
    languages: tuple[str, ...] = ()
    supports: tuple[str, ...] = ()

    @property
    def distance_label(self) -> str:
        return format_distance(self.distance_miles, self.distance_approx)

    def as_json(self) -> dict:
        return {
            "id": self.id,
            "name": self.name,
            "name2": self.name2,
            "address": self.address,
            "phone": self.phone,
            "intake_phone": self.intake_phone,
            "website": self.website,
            "distance_miles": None if self.distance_miles is None else round(self.distance_miles, 1),
            "languages": list(self.languages),
            "supports": list(self.supports),
        }


@dataclass
class AnswerRow:
    id: str
    section: str
    text: str
    why: str
    source: str
    answer: str = NOT_ASKED
    note: str = ""
    answered_by: str = ""
    answered_at: datetime | None = None
    version: int = 0  # 0: never answered (or cleared); give it back as AnswerChange.base_version
    kind: str = YES_NO  # "yes-no" or "open" (answered by its note)

    @property
    def asked(self) -> bool:
        return self.answer != NOT_ASKED

    @property
    def is_open(self) -> bool:
        return self.kind != YES_NO

    @property
    def source_title(self) -> str:
        return source_title(self.source)

    def as_json(self) -> dict:
        return {
            "id": self.id,
            "section": self.section,
            "text": self.text,
            "answer": self.answer,
            "note": self.note,
            "answered_by": self.answered_by,
            "answered_at": self.answered_at.isoformat(timespec="seconds") if self.answered_at else None,
        }


@dataclass
class Contact:
    """Who at the program we spoke to, and when (the call's, not a question's)."""

    name: str = ""
    at: datetime | None = None
    recorded_by: str = ""
    version: int = 0  # as AnswerRow.version

    def as_json(self) -> dict:
        return {"name": self.name, "at": self.at.isoformat(timespec="seconds") if self.at else None}


@dataclass
class Checklist:
    program: ChecklistProgram
    shortlist: str | None  # None: a blank checklist
    origin_label: str = ""
    program_note: str = ""
    answers: list[AnswerRow] = field(default_factory=list)
    caution: str = CAUTION
    contact: Contact = field(default_factory=Contact)
    # the shortlist's needs nobody knows yet for this program ("levels:iop"); the questions about
    # them (`need_questions`) come first in `answers`
    unknown_needs: list[str] = field(default_factory=list)
    need_questions: list[str] = field(default_factory=list)

    @property
    def asked(self) -> int:
        return sum(1 for a in self.answers if a.asked)

    @property
    def total(self) -> int:
        return len(self.answers)

    def answer(self, qid: str) -> AnswerRow:
        return next(a for a in self.answers if a.id == qid)

    def as_json(self) -> dict:
        return {
            "program": self.program.as_json(),
            "shortlist": self.shortlist,
            "contact": self.contact.as_json(),
            "asked": self.asked,
            "total": self.total,
            "answers": [a.as_json() for a in self.answers],
        }

    @property
    def sections(self) -> list[str]:
        """The sections in the order their first question comes (needs first, then the bank's order)."""
        return list(dict.fromkeys(a.section for a in self.answers))

    @property
    def sources(self) -> list[str]:
        """The articles the questions were drawn from (file names, in first-use order)."""
        return list(dict.fromkeys(a.source for a in self.answers))


def _program(s, pid: int, origin_lat=None, origin_lon=None) -> ChecklistProgram:
    p = s.get(Program, pid)
    if p is None:
        raise UserError("no-such-program", pid)
    from finder.services.availability import latest_room

    d = detail_from_orm(p)
    room = latest_room(s, pid)
    return ChecklistProgram(
        id=d.id,
        name=d.name,
        name2=d.name2,
        address=d.address,
        phone=d.phone,
        intake_phone=d.intake_phone,
        website=d.website,
        distance_miles=distance_from(origin_lat, origin_lon, d.latitude, d.longitude),
        distance_approx=d.location_precision == "zip",
        room=room,
        delisted_mark=d.delisted,
        languages=tuple(d.languages),
        supports=tuple(d.supports),
    )


def _blank_rows() -> list[AnswerRow]:
    return [AnswerRow(q.id, q.section, q.text, q.why, q.source, kind=q.kind) for q in QUESTIONS]


def blank_checklist(db, program_id) -> Checklist:
    """The questions for one program with no answers and no shortlist (for printing before a call)."""
    pid = parse_id(program_id)
    with db.Session() as s:
        return Checklist(program=_program(s, pid), shortlist=None, answers=_blank_rows())


def get_checklist(db, program_id, shortlist: str) -> Checklist:
    """Every question with the answer recorded for this program on this shortlist (not-asked if none)."""
    pid = parse_id(program_id)
    with db.Session() as s:
        sl = _find(s, shortlist)
        prog = _program(s, pid, sl.origin_lat, sl.origin_lon)
        item = _item(s, sl, pid)
        return _load(s, sl, item, prog)


def _load(s, sl: Shortlist, item, prog: ChecklistProgram) -> Checklist:
    stored = {
        a.question_id: a
        for a in s.scalars(
            select(ChecklistAnswer).where(
                ChecklistAnswer.shortlist_id == sl.id, ChecklistAnswer.program_id == prog.id
            )
        )
    }
    rows = _blank_rows()
    for r in rows:
        a = stored.get(r.id)
        if a is not None:
            r.answer = effective_answer(get_question(r.id), a.answer, a.note)
            r.note, r.answered_by, r.answered_at = a.note, a.answered_by, a.answered_at
            r.version = a.version or 0
    contact = Contact()
    c = stored.get(CONTACT_QUESTION_ID)
    if c is not None:
        contact = Contact(c.note, c.answered_at, c.answered_by, c.version or 0)
    origin = sl.origin_label or sl.origin_query
    unknown = unknown_needs(s, sl, prog.id)
    order = needs_first([r.id for r in rows], unknown)
    by_id = {r.id: r for r in rows}
    wanted = {qid for key in unknown for qid in questions_for_need(key)}
    first = [qid for qid in order if qid in wanted]
    return Checklist(
        program=prog,
        shortlist=sl.name,
        origin_label=origin,
        program_note=item.note,
        answers=[by_id[qid] for qid in order],
        contact=contact,
        unknown_needs=unknown,
        need_questions=first,
    )


def contact_change(
    name: str | None, at: datetime | None = None, base_version: int | None = None
) -> AnswerChange:
    """The change that records who we spoke to (None keeps the name) and when (None: now)."""
    return AnswerChange(CONTACT_QUESTION_ID, None, name, at, base_version)


@dataclass
class AnswerChange:
    """One change to one question. None leaves that part as it is.

    `base_version` is the version the answer had when the user saw it (AnswerRow.version);
    None saves without checking (the command line, or "overwrite with mine").
    """

    question_id: str
    answer: str | None = None
    note: str | None = None
    answered_at: datetime | None = None
    base_version: int | None = None


def record_answers(
    db, program_id, shortlist: str, changes: list[AnswerChange], answered_by: str | None = None
) -> Checklist:
    """Save answers and notes for a program on a shortlist, all or none; returns the checklist.

    `answered_by` defaults to `recorded_name()` (the name the user set, or ""); the time is now
    unless a change gives one (the contact's "when"). A yes/no answer on an open question, or
    "answered" on a yes/no one, is refused (UserError); an open question saved with a note is
    "answered", without one it is not asked. A change whose
    `base_version` is no longer the stored one, and whose value differs from what someone
    else saved meanwhile, makes the whole batch fail with AnswerConflict (a UserError).
    Each changed answer and note is recorded in the history.
    """
    pid = parse_id(program_id)
    prepared = []
    for ch in changes:
        if ch.note is not None:  # the contact is a name; an open question's note may run over lines
            refuse_controls(Message("what-note"), ch.note, multiline=ch.question_id != CONTACT_QUESTION_ID)
        if ch.question_id == CONTACT_QUESTION_ID:
            prepared.append(AnswerChange(ch.question_id, None, ch.note, ch.answered_at, ch.base_version))
            continue
        check_question(ch.question_id)
        answer = None if ch.answer is None else check_answer(ch.answer, ch.question_id)
        prepared.append(AnswerChange(ch.question_id, answer, ch.note, ch.answered_at, ch.base_version))
    from finder.db.database import current_login

    # on PostgreSQL the server records the login (a trigger): say the same in what is returned
    who = current_login() or (recorded_name() if answered_by is None else answered_by.strip())
    audit = who or current_user()  # the history keeps an account name when no name is set
    now = datetime.now().replace(microsecond=0)
    with db.Session.begin() as s:
        sl = _find(s, shortlist)
        prog = _program(s, pid, sl.origin_lat, sl.origin_lon)
        item = _item(s, sl, pid)
        theirs: list[TheirChange] = []
        versions: dict[str, int] = {}
        cleared: list[str] = []  # questions whose note was emptied: no copy may stay anywhere
        for ch in prepared:
            row = s.get(ChecklistAnswer, (sl.id, pid, ch.question_id), with_for_update=True)
            old_answer, old_note = (
                (_effective(ch.question_id, row.answer, row.note), row.note) if row else (NOT_ASKED, "")
            )
            answer, note = _resolve_answer(ch, old_answer, old_note)
            stored_version = row.version if row else 0
            if (
                ch.base_version is not None
                and stored_version != ch.base_version
                and (old_answer, old_note) != (answer, note)
            ):
                theirs.append(_their_change(s, sl.id, pid, ch.question_id, row))
                versions[ch.question_id] = stored_version
                continue
            if theirs:
                continue  # the batch fails anyway: only look for more conflicts
            if old_note.strip() and not note.strip():
                cleared.append(ch.question_id)
            _write_answer(s, sl.id, pid, ch, row, answer, note, who, now, audit)
        if theirs:
            raise AnswerConflict(program_id=pid, shortlist=sl.name, theirs=theirs, versions=versions)
        if cleared:  # no copy of a cleared note may stay, in the log or the backups
            erasure.remember(
                s, "answer_notes_cleared", shortlist_id=sl.id, program_id=pid, question_ids=cleared
            )
        s.flush()
        result = _load(s, sl, item, prog)
    if cleared:
        erasure.finish_pending(db)
    return result


def _effective(qid: str, stored: str, note: str) -> str:
    if qid == CONTACT_QUESTION_ID:
        return ANSWERED if (note or "").strip() else NOT_ASKED
    return effective_answer(get_question(qid), stored, note)


def _resolve_answer(ch: AnswerChange, old_answer: str, old_note: str) -> tuple[str, str]:
    """The (answer, note) a change leaves; an open question's (and the contact's) answer follows its note."""
    note = ch.note if ch.note is not None else old_note
    q = get_question(ch.question_id)
    if q is not None and not q.is_open:
        return (ch.answer if ch.answer is not None else old_answer), note
    if ch.question_id == CONTACT_QUESTION_ID:
        if not note.strip() and ch.answered_at is not None and ch.note is None:
            raise UserError("when-needs-spoke-to")
        return (ANSWERED if note.strip() else NOT_ASKED), note
    if ch.answer == NOT_ASKED:
        if ch.note is not None and ch.note.strip():
            raise UserError(
                "open-question-not-asked-note",
                ch.question_id,
            )
        return NOT_ASKED, ""  # not asked after all: the note goes too
    if ch.answer == ANSWERED and not note.strip():
        raise UserError("open-question-needs-note", ch.question_id)
    return (ANSWERED if note.strip() else NOT_ASKED), note


def _write_answer(
    s,
    sid: int,
    pid: int,
    ch: AnswerChange,
    row,
    answer: str,
    note: str,
    who: str,
    now: datetime,
    audit: str = "",
) -> None:
    old_answer, old_note = (
        (_effective(ch.question_id, row.answer, row.note), row.note) if row else (NOT_ASKED, "")
    )
    version = (row.version or 0) + 1 if row else 1
    if answer == NOT_ASKED and not note.strip():
        if row is None:
            return
        s.delete(row)  # back to nothing: keep no trace of it (the history says it was cleared)
    else:
        if row is None:
            row = ChecklistAnswer(shortlist_id=sid, program_id=pid, question_id=ch.question_id)
            s.add(row)
        elif row.answer == answer and row.note == note and ch.answered_at in (None, row.answered_at):
            return  # nothing changed: keep who and when
        row.answer, row.note = answer, note
        row.answered_by = who
        row.answered_at = ch.answered_at or now
        row.version = version
    for field_name, old, new in (("answer", old_answer, answer), ("note", old_note, note)):
        if old != new:
            if field_name == "note":
                # the history says that the note changed, never what it said: a cleared note
                # must leave no copy of its text behind
                old, new = "", note_change_word(old_note, note)
            add_entry(
                s,
                "answer",
                field_name,
                old,
                new,
                who=audit or who,
                at=now,
                version=version,
                program_id=pid,
                shortlist_id=sid,
                question_id=ch.question_id,
            )


def note_change_word(old: str, new: str) -> str:
    """What the history keeps of a note's change: 'written', 'changed' or 'cleared'."""
    if not new.strip():
        return "cleared"
    return "written" if not old.strip() else "changed"


def _their_change(s, sid: int, pid: int, qid: str, row) -> TheirChange:
    q = get_question(qid)
    label = q.text if q else N_("Spoke with")
    if row is not None:
        return TheirChange(
            field=qid,
            label=label,
            value=_effective(qid, row.answer, row.note),
            who=row.answered_by,
            at=row.answered_at,
            note=row.note,
        )
    last = last_answer_change(s, sid, pid, qid)  # someone cleared it
    return TheirChange(
        field=qid, label=label, value=NOT_ASKED, who=last.who if last else "", at=last.at if last else None
    )


def clear_answers(db, program_id, shortlist: str) -> int:
    """Forget every answer for a program on a shortlist; returns how many there were."""
    pid = parse_id(program_id)
    with db.Session.begin() as s:
        sl = _find(s, shortlist)
        _item(s, sl, pid)
        result = s.execute(
            delete(ChecklistAnswer).where(
                ChecklistAnswer.shortlist_id == sl.id, ChecklistAnswer.program_id == pid
            )
        )
        forget_answers(s, sl.id, [pid])
        n = result.rowcount or 0
        erasure.remember(s, "answers_cleared", shortlist_id=sl.id, program_id=pid)
    erasure.finish_pending(db)
    return n
