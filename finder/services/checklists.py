"""Vetting checklists: the answers a program gave, per shortlist (Qt-free).

Answers belong to a program *on a shortlist*: the same program vetted for two
cases has two sets of answers. Every change is committed at once, so a crash
loses nothing already saved.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import datetime

from sqlalchemy import delete, select

from finder.db.models import ChecklistAnswer, Program, Shortlist
from finder.domain.checklist import ANSWERS, CAUTION, NOT_ASKED, QUESTIONS, get_question, normalize_answer
from finder.errors import UserError
from finder.services.conflicts import AnswerConflict, TheirChange
from finder.services.directory import detail_from_orm, parse_id
from finder.services.history import add_entry, current_user, forget_answers, last_answer_change
from finder.services.shortlists import _find, _item, distance_from, format_distance


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

    @property
    def distance_label(self) -> str:
        return format_distance(self.distance_miles, self.distance_approx)

    def as_json(self) -> dict:
        return {"id": self.id, "name": self.name, "name2": self.name2, "address": self.address,
                "phone": self.phone, "intake_phone": self.intake_phone, "website": self.website,
                "distance_miles": None if self.distance_miles is None else round(self.distance_miles, 1)}


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

    @property
    def asked(self) -> bool:
        return self.answer != NOT_ASKED

    def as_json(self) -> dict:
        return {"id": self.id, "section": self.section, "text": self.text, "answer": self.answer,
                "note": self.note, "answered_by": self.answered_by,
                "answered_at": self.answered_at.isoformat(timespec="seconds") if self.answered_at else None}


@dataclass
class Checklist:
    program: ChecklistProgram
    shortlist: str | None  # None: a blank checklist
    origin_label: str = ""
    program_note: str = ""
    answers: list[AnswerRow] = field(default_factory=list)
    caution: str = CAUTION

    @property
    def asked(self) -> int:
        return sum(1 for a in self.answers if a.asked)

    @property
    def total(self) -> int:
        return len(self.answers)

    def answer(self, qid: str) -> AnswerRow:
        return next(a for a in self.answers if a.id == qid)

    def as_json(self) -> dict:
        return {"program": self.program.as_json(), "shortlist": self.shortlist, "asked": self.asked,
                "total": self.total, "answers": [a.as_json() for a in self.answers]}


def _program(s, pid: int, origin_lat=None, origin_lon=None) -> ChecklistProgram:
    p = s.get(Program, pid)
    if p is None:
        raise UserError(f"no program with id {pid}")
    d = detail_from_orm(p)
    return ChecklistProgram(id=d.id, name=d.name, name2=d.name2, address=d.address, phone=d.phone,
                            intake_phone=d.intake_phone, website=d.website,
                            distance_miles=distance_from(origin_lat, origin_lon, d.latitude, d.longitude),
                            distance_approx=d.location_precision == "zip")


def _blank_rows() -> list[AnswerRow]:
    return [AnswerRow(q.id, q.section, q.text, q.why, q.source) for q in QUESTIONS]


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
    stored = {a.question_id: a for a in s.scalars(
        select(ChecklistAnswer).where(ChecklistAnswer.shortlist_id == sl.id,
                                      ChecklistAnswer.program_id == prog.id))}
    rows = _blank_rows()
    for r in rows:
        a = stored.get(r.id)
        if a is not None:
            r.answer, r.note, r.answered_by, r.answered_at = a.answer, a.note, a.answered_by, a.answered_at
            r.version = a.version or 0
    origin = sl.origin_label or sl.origin_query
    return Checklist(program=prog, shortlist=sl.name, origin_label=origin, program_note=item.note,
                     answers=rows)


def parse_assignments(pairs: list[str], what: str) -> list[tuple[str, str]]:
    """['QID=VALUE', ...] from the command line into (qid, value), checking the ids."""
    out = []
    for raw in pairs or []:
        qid, sep, value = raw.partition("=")
        qid = qid.strip()
        if not sep or not qid:
            raise UserError(f"{what} '{raw}' should look like QUESTION_ID=VALUE "
                            "(see 'finder checklist --questions')")
        check_question(qid)
        out.append((qid, value))
    return out


def check_question(qid: str) -> None:
    if get_question(qid) is None:
        raise UserError(f"no checklist question with id '{qid}' (see 'finder checklist --questions')")


def check_answer(raw: str) -> str:
    value = normalize_answer(raw)
    if value is None:
        raise UserError(f"'{raw}' is not an answer; use one of {', '.join(ANSWERS)}")
    return value


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


def record_answers(db, program_id, shortlist: str, changes: list[AnswerChange],
                   answered_by: str | None = None) -> Checklist:
    """Save answers and notes for a program on a shortlist, all or none; returns the checklist.

    `answered_by` defaults to the current user (history.current_user); the time is now unless
    a change gives one (for the "who we spoke to, and when" question). A change whose
    `base_version` is no longer the stored one, and whose value differs from what someone
    else saved meanwhile, makes the whole batch fail with AnswerConflict (a UserError).
    Each changed answer and note is recorded in the history.
    """
    pid = parse_id(program_id)
    prepared = []
    for ch in changes:
        check_question(ch.question_id)
        answer = None if ch.answer is None else check_answer(ch.answer)
        prepared.append(AnswerChange(ch.question_id, answer, ch.note, ch.answered_at, ch.base_version))
    who = current_user() if answered_by is None else answered_by.strip()
    now = datetime.now().replace(microsecond=0)
    with db.Session.begin() as s:
        sl = _find(s, shortlist)
        prog = _program(s, pid, sl.origin_lat, sl.origin_lon)
        item = _item(s, sl, pid)
        theirs: list[TheirChange] = []
        versions: dict[str, int] = {}
        for ch in prepared:
            row = s.get(ChecklistAnswer, (sl.id, pid, ch.question_id), with_for_update=True)
            old_answer, old_note = (row.answer, row.note) if row else (NOT_ASKED, "")
            answer = ch.answer if ch.answer is not None else old_answer
            note = ch.note if ch.note is not None else old_note
            stored_version = row.version if row else 0
            if ch.base_version is not None and stored_version != ch.base_version \
                    and (old_answer, old_note) != (answer, note):
                theirs.append(_their_change(s, sl.id, pid, ch.question_id, row))
                versions[ch.question_id] = stored_version
                continue
            if theirs:
                continue  # the batch fails anyway: only look for more conflicts
            _write_answer(s, sl.id, pid, ch, row, answer, note, who, now)
        if theirs:
            raise AnswerConflict(program_id=pid, shortlist=sl.name, theirs=theirs, versions=versions)
        s.flush()
        return _load(s, sl, item, prog)


def _write_answer(s, sid: int, pid: int, ch: AnswerChange, row, answer: str, note: str, who: str,
                  now: datetime) -> None:
    old_answer, old_note = (row.answer, row.note) if row else (NOT_ASKED, "")
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
            add_entry(s, "answer", field_name, old, new, who=who, at=now, version=version, program_id=pid,
                      shortlist_id=sid, question_id=ch.question_id)


def _their_change(s, sid: int, pid: int, qid: str, row) -> TheirChange:
    label = get_question(qid).text
    if row is not None:
        return TheirChange(field=qid, label=label, value=row.answer, who=row.answered_by, at=row.answered_at,
                           note=row.note)
    last = last_answer_change(s, sid, pid, qid)  # someone cleared it
    return TheirChange(field=qid, label=label, value=NOT_ASKED, who=last.who if last else "",
                       at=last.at if last else None)


def clear_answers(db, program_id, shortlist: str) -> int:
    """Forget every answer for a program on a shortlist; returns how many there were."""
    pid = parse_id(program_id)
    with db.Session.begin() as s:
        sl = _find(s, shortlist)
        _item(s, sl, pid)
        result = s.execute(delete(ChecklistAnswer).where(ChecklistAnswer.shortlist_id == sl.id,
                                                         ChecklistAnswer.program_id == pid))
        forget_answers(s, sl.id, [pid])
        return result.rowcount or 0
