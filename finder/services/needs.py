"""The client's needs on a shortlist, and which of them each program meets (Qt-free).

A need is a tag of any vocabulary, stored as "vocabulary:slug" ("payments:medicaid",
"levels:iop", "schedule:evening"). For each program on the shortlist a need is
- met: the program has the tag (a call's "yes" put it there, as a hand edit);
- not met: it lacks the tag, and the directory records that vocabulary or a call said no;
- unknown: nobody knows yet: a schedule no call has asked about, or IOP at a program the
  national directory cannot say it for (its mental-health part records no IOP).
What a call confirmed overrides the directory, as it does for search.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime

from sqlalchemy import select

from finder.db.models import Call, CallFact, ChecklistAnswer, Program
from finder.domain.checklist import ANSWER_SETTLES, settled_by_answer
from finder.domain.taxonomy import (
    BY_NAME,
    VOCABULARIES,
    from_mask,
    iop_not_recorded,
    public_tag,
    tag_key,
)
from finder.errors import Message, UserError

MET, NOT_MET, UNKNOWN = "met", "no", "unknown"
MAX_NEEDS = 20
ALL_MET = "All met"  # the English of finder.texts.compare.needs_gap with nothing missing


def parse_needs(raw) -> tuple[str, ...]:
    """'medicaid, iop,evening' (or a list of such) as keys, in the order given, repeats dropped.

    An empty text is no needs. A slug no vocabulary has, or one in two without
    "vocabulary:slug" ("therapies:trauma"), raises UserError naming it.
    """
    parts = [raw] if isinstance(raw, str) else list(raw or [])
    keys: list[str] = []
    for part in parts:
        for piece in str(part).split(","):
            if not piece.strip():
                continue
            key = tag_key(
                piece,
                unknown=Message("needs-unknown"),
            )
            if key not in keys:
                keys.append(key)
    if len(keys) > MAX_NEEDS:
        raise UserError("needs-too-many", len(keys), MAX_NEEDS)
    return tuple(keys)


def stored_text(keys) -> str:
    return ",".join(keys)


def from_stored(text: str) -> tuple[str, ...]:
    """The keys of shortlists.needs (anything no vocabulary has any more is left out)."""
    out = []
    for key in (text or "").split(","):
        vocab, _sep, slug = key.partition(":")
        if slug in VOCABULARIES.get(vocab, ()):
            out.append(key)
    return tuple(out)


def public_key(key: str) -> str:
    """The need as typed: 'medicaid', or 'therapies:trauma' when the slug is in two vocabularies."""
    return public_tag(key)


@dataclass(frozen=True)
class NeedCheck:
    key: str  # "payments:medicaid"
    state: str  # MET, NOT_MET or UNKNOWN
    answered_on: date | None = None  # settled by a checklist answer given that day (newer than any call)


@dataclass(frozen=True)
class NeedsMet:
    """How one program stands against the shortlist's needs, in the order they were given
    (finder/texts/compare.py says it: needs_count "2 of 3 needs", needs_gap "No: Medicaid · Unknown: IOP")."""

    program_id: int
    checks: tuple[NeedCheck, ...] = ()

    def _keys(self, state: str) -> list[str]:
        return [c.key for c in self.checks if c.state == state]

    @property
    def met(self) -> int:
        return len(self._keys(MET))

    @property
    def total(self) -> int:
        return len(self.checks)

    @property
    def not_met(self) -> list[str]:
        return self._keys(NOT_MET)

    @property
    def unknown(self) -> list[str]:
        return self._keys(UNKNOWN)

    def state(self, key: str) -> str | None:
        return next((c.state for c in self.checks if c.key == key), None)

    def as_json(self) -> dict:
        return {
            "met": self.met,
            "total": self.total,
            "not_met": [public_key(k) for k in self.not_met],
            "unknown": [public_key(k) for k in self.unknown],
        }


def need_state(key: str, tags: dict, iop_unrecorded: bool, said: bool | None) -> str:
    """MET / NOT_MET / UNKNOWN for one need; `said`: the latest call's word on it (None: none)."""
    vocab, _sep, slug = key.partition(":")
    if slug in tags.get(vocab, ()):
        return MET
    if said is not None:
        return NOT_MET  # a call said no (or said yes and someone took it off by hand since)
    if not BY_NAME[vocab].recorded or (key == "levels:iop" and iop_unrecorded):
        return UNKNOWN
    return NOT_MET


def check_needs(
    keys,
    program_id: int,
    tags: dict,
    iop_unrecorded: bool,
    said: dict[str, bool],
    answered: dict[str, tuple[bool, datetime]] | None = None,
) -> NeedsMet:
    """`answered`: the checklist's word on a need and when, where it is newer than any call's."""
    answered = answered or {}
    checks = []
    for k in keys:
        if k in answered:
            value, at = answered[k]
            checks.append(NeedCheck(k, MET if value else NOT_MET, at.date()))
        else:
            checks.append(NeedCheck(k, need_state(k, tags, iop_unrecorded, said.get(k))))
    return NeedsMet(program_id, tuple(checks))


def _latest_said(s, program_ids: list[int], keys) -> dict[int, dict[str, tuple[bool, datetime]]]:
    out: dict[int, dict[str, tuple[bool, datetime]]] = {}
    if not program_ids or not keys:
        return out
    q = (
        select(Call.program_id, CallFact.field, CallFact.value, Call.at)
        .join(Call, Call.id == CallFact.call_id)
        .where(Call.program_id.in_(program_ids), CallFact.field.in_(list(keys)))
        .order_by(Call.at.desc(), Call.id.desc())
    )
    for pid, key, value, at in s.execute(q):
        out.setdefault(pid, {}).setdefault(key, (value, at))
    return out


def _latest_answered(s, shortlist_id: int | None, program_ids: list[int], keys) -> dict[int, dict]:
    """The shortlist's checklist answers that settle one of `keys`: {pid: {key: (met, answered_at)}}."""
    questions = [q for q, (yes, no) in ANSWER_SETTLES.items() if set(yes + no) & set(keys)]
    out: dict[int, dict[str, tuple[bool, datetime]]] = {}
    if shortlist_id is None or not program_ids or not questions:
        return out
    q = select(
        ChecklistAnswer.program_id,
        ChecklistAnswer.question_id,
        ChecklistAnswer.answer,
        ChecklistAnswer.answered_at,
    ).where(
        ChecklistAnswer.shortlist_id == shortlist_id,
        ChecklistAnswer.program_id.in_(program_ids),
        ChecklistAnswer.question_id.in_(questions),
        ChecklistAnswer.answer.in_(("yes", "no")),
    )
    for pid, qid, answer, at in s.execute(q.order_by(ChecklistAnswer.answered_at)):
        for key, value in settled_by_answer(qid, answer).items():
            if key in keys:
                out.setdefault(pid, {})[key] = (value, at or datetime.min)  # the latest answer last
    return out


def needs_in_session(
    s, keys, programs: list[Program], shortlist_id: int | None = None
) -> dict[int, NeedsMet]:
    """Inside a caller's session: how each of these programs (ORM rows) stands against `keys`;
    with `shortlist_id`, that shortlist's checklist answers settle needs as a call would."""
    keys = tuple(keys)
    ids = [p.id for p in programs]
    said = _latest_said(s, ids, keys)
    answered = _latest_answered(s, shortlist_id, ids, keys)
    out = {}
    for p in programs:
        tags = _tags(p, keys)
        unrecorded = "levels:iop" in keys and iop_not_recorded(
            tags.get("levels", ()), (src.directory_type for src in p.sources)
        )
        calls = said.get(p.id, {})
        newer = {k: a for k, a in answered.get(p.id, {}).items() if k not in calls or a[1] > calls[k][1]}
        out[p.id] = check_needs(keys, p.id, tags, unrecorded, {k: v for k, (v, _at) in calls.items()}, newer)
    return out


def unknown_needs(s, sl, program_id: int) -> list[str]:
    """Inside a caller's session: the needs of shortlist `sl` nobody knows yet for this program."""
    keys = from_stored(sl.needs)
    program = s.get(Program, program_id)
    if not keys or program is None:
        return []
    return needs_in_session(s, keys, [program], sl.id)[program_id].unknown


def _tags(p: Program, keys) -> dict[str, tuple[str, ...]]:
    vocabs = {k.partition(":")[0] for k in keys}
    return {v: from_mask(v, getattr(p, BY_NAME[v].mask_column)) for v in vocabs}


def needs_met(db, shortlist) -> dict[int, NeedsMet]:
    """For every program on a shortlist (a ShortlistInfo, from get_shortlist or list_shortlists):
    which of its needs the program meets, read fresh from the directory and the calls.

    Keyed by program id; each NeedsMet has `met`, `total`, `not_met` and `unknown` (keys).
    With no needs on the shortlist every program has an empty NeedsMet (total 0).
    """
    ids = [e.program_id for e in shortlist.programs]
    with db.Session() as s:
        programs = list(s.scalars(select(Program).where(Program.id.in_(ids)))) if ids else []
        return needs_in_session(s, shortlist.needs, programs, shortlist.id)
