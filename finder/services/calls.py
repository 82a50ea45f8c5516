"""Phone calls to programs: log one, list them, and what they tell (room, confirmed facts, follow-ups).

A call records when, who called, the outcome, who answered, a note, what the program said
about room (accepting new clients, wait, next intake), which facts it confirmed or
contradicted, and a follow-up date. From the calls:
- a program's availability is the latest call that said anything about room, with its age;
- a confirmed fact overrides the directory: a tag confirmed "no" is taken off the program,
  one confirmed "yes" is put on, as a hand edit (so re-imports keep it), and the call keeps
  what the directory said for "Medicaid: no — by phone Nov 28 (directory says yes)";
- an open follow-up is due on its date and closed by the next call to that program.
A call's note follows the privacy of the shortlist it was made for.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date, datetime

from sqlalchemy import delete, or_, select, update

from finder.db.models import Call, CallFact, Program, Shortlist
from finder.domain.taxonomy import BY_NAME, public_tag, tag_key
from finder.domain.validation import refuse_controls
from finder.errors import Message, UserError
from finder.services.availability import (  # noqa: F401 (part of this module's API)
    FROM_FILE,
    STALE_AFTER,
    Availability,
    accepting_ids,
    accepting_program_ids,
    availability,
)
from finder.services.directory import get_program, parse_id
from finder.services.follow_ups import FollowUp
from finder.services.history import current_user, now
from finder.services.referrals import referral_follow_ups
from finder.texts import N_

OUTCOMES = ("reached", "voicemail", "no-answer", "wrong-number", "closed")
OUTCOME_LABELS = {  # catalogue keys: finder.texts words them (texts.availability.outcome)
    "reached": N_("Reached"),
    "voicemail": N_("Voicemail"),
    "no-answer": N_("No answer"),
    "wrong-number": N_("Wrong number"),
    "closed": N_("Closed"),
    FROM_FILE: N_("From the directory file"),  # recorded by an import, never logged by hand
}
CONTACT_FIELDS = ("phone", "address", "website")
MAX_WAIT_DAYS = 3650
# the status reason a "closed" call gives the program, + the day: data stored with the program like
# a reason a user types (the call dialog asks with these words in the window's language first)
CLOSED_REASON = "closed — call on "
MAX_TEXT = 2000


# --- what a user types ---------------------------------------------------------------------
def parse_date(raw: str | date | None, what: str | Message) -> date | None:
    if raw is None or isinstance(raw, date):
        return raw
    text = str(raw).strip()
    if not text:
        return None
    try:
        return date.fromisoformat(text)
    except ValueError:
        raise UserError("not-a-date", what, text[:20]) from None


def parse_accepting(raw: str | bool | None) -> bool | None:
    if raw is None or isinstance(raw, bool):
        return raw
    word = str(raw).strip().lower()
    if word in ("yes", "true", "y"):
        return True
    if word in ("no", "false", "n"):
        return False
    if word in ("unknown", ""):
        return None
    raise UserError("bad-accepting", str(raw)[:20])


def fact_field(raw: str) -> str:
    """A confirmable fact: phone, address, website, a tag slug, or VOCABULARY:SLUG when a slug is in two."""
    text = raw.strip().lower()
    if text in CONTACT_FIELDS:
        return text
    return tag_key(
        raw,
        unknown=Message("not-a-call-fact"),
    )


def parse_confirmations(pairs: list[str]) -> dict[str, bool]:
    out: dict[str, bool] = {}
    for raw in pairs or []:
        name, sep, value = raw.partition("=")
        if not sep:
            raise UserError("confirm-shape", raw[:40])
        word = value.strip().lower()
        if word not in ("yes", "no"):
            raise UserError("confirm-not-yes-no", name, value[:20])
        out[fact_field(name)] = word == "yes"
    return out


def public_field(key: str) -> str:
    """The FIELD as typed on the command line: 'medicaid', or 'therapies:trauma' when ambiguous."""
    return public_tag(key)


# --- what comes back -----------------------------------------------------------------------
@dataclass(frozen=True)
class Confirmation:
    value: bool
    at: datetime
    by: str
    directory_value: bool | None

    def as_json(self) -> dict:
        return {"value": self.value, "at": self.at.isoformat(timespec="seconds"), "by": self.by}


@dataclass(frozen=True)
class CallRecord:
    id: int
    program_id: int
    at: datetime
    by: str
    shortlist: str
    outcome: str
    spoke_to: str
    note: str
    accepting: bool | None
    wait_days: int | None
    next_intake: date | None
    follow_up: date | None
    follow_up_done: bool
    confirmed: dict[str, bool] = field(default_factory=dict)

    def as_json(self) -> dict:
        return {
            "id": self.id,
            "at": self.at.isoformat(timespec="seconds"),
            "by": self.by,
            "shortlist": self.shortlist or None,
            "outcome": self.outcome,
            "spoke_to": self.spoke_to,
            "note": self.note,
            "accepting": self.accepting,
            "wait_days": self.wait_days,
            "next_intake": self.next_intake.isoformat() if self.next_intake else None,
            "confirmed": {public_field(k): v for k, v in self.confirmed.items()},
            "follow_up": self.follow_up.isoformat() if self.follow_up else None,
        }


# --- logging a call ------------------------------------------------------------------------
def _text(value: str | None, what: Message, *, multiline: bool = False) -> str:
    text = (value or "").strip()
    if len(text) > MAX_TEXT:
        raise UserError("call-text-too-long", what, len(text), MAX_TEXT)
    return refuse_controls(what, text, multiline=multiline)


def _visible_shortlist_ids(s, user: str):
    """Shortlists whose call notes this user may read (shared ones, their own)."""
    return select(Shortlist.id).where(
        or_(Shortlist.shared.is_(True), Shortlist.owner == "", Shortlist.owner == user)
    )


def _directory_value(detail, key: str) -> bool | None:
    if key in CONTACT_FIELDS:
        value = detail.address if key == "address" else getattr(detail, key)
        return bool(value)
    vocab, _sep, slug = key.partition(":")
    if slug not in getattr(detail, vocab) and not BY_NAME[vocab].recorded:
        return None  # no directory says (schedules): not "directory says no"
    return slug in getattr(detail, vocab)


def log_call(
    db,
    program_id,
    *,
    outcome: str,
    shortlist: str | None = None,
    spoke_to: str = "",
    note: str = "",
    accepting=None,
    wait_days: int | None = None,
    next_intake=None,
    confirm: dict[str, bool] | None = None,
    follow_up=None,
    at: datetime | None = None,
    mark_closed: bool = True,
) -> CallRecord:
    """Record a call; confirmed tags change the program as a hand edit; returns the call.

    A wrong number contradicts the phone; "closed" marks the program do-not-refer
    ("closed — call on DATE") unless `mark_closed` is False (the window asks first).
    Everything is checked before anything is written.
    """
    from finder.services import shortlists as sl
    from finder.services.editing import edit_program

    pid = parse_id(program_id)
    if outcome not in OUTCOMES:
        raise UserError("bad-outcome", str(outcome)[:20], ", ".join(OUTCOMES))
    accepting = parse_accepting(accepting)
    if wait_days is not None and not (0 <= int(wait_days) <= MAX_WAIT_DAYS):
        raise UserError("bad-wait-days", wait_days, MAX_WAIT_DAYS)
    next_intake = parse_date(next_intake, Message("what-next-intake"))
    follow_up = parse_date(follow_up, Message("what-follow-up"))
    spoke_to = _text(spoke_to, Message("what-spoke-to"))
    note = _text(note, Message("what-note"), multiline=True)
    facts = dict(confirm or {})
    if outcome == "wrong-number":
        facts.setdefault("phone", False)
    detail = get_program(db, pid)  # unknown id: one clear line
    sid = None
    if shortlist:
        with db.Session() as s:
            found = sl._find(s, shortlist)
            sl._item(s, found, pid)
            sid = found.id
    when = at or now()
    if follow_up is not None and follow_up < when.date():
        raise UserError(
            "follow-up-before-call",
            follow_up.isoformat(),
            when.date().isoformat(),
        )
    who = current_user()
    before = {k: _directory_value(detail, k) for k in facts}
    changes: dict[str, list[str]] = {}
    for key, value in facts.items():
        if key in CONTACT_FIELDS:
            continue
        vocab, _sep, slug = key.partition(":")
        current = changes.get(vocab, list(getattr(detail, vocab)))
        if value and slug not in current:
            current = [*current, slug]
        elif not value and slug in current:
            current = [x for x in current if x != slug]
        changes[vocab] = current
    changes = {v: tags for v, tags in changes.items() if tags != list(getattr(detail, v))}
    if outcome == "closed" and mark_closed:
        changes["status"] = "do-not-refer"
        changes["status_reason"] = f"{CLOSED_REASON}{when:%Y-%m-%d}"
    if changes:
        edit_program(db, pid, changes)
    with db.Session.begin() as s:
        call = Call(
            program_id=pid,
            shortlist_id=sid,
            at=when,
            by=who,
            outcome=outcome,
            spoke_to=spoke_to,
            note=note,
            accepting=accepting,
            wait_days=None if wait_days is None else int(wait_days),
            next_intake=next_intake,
            follow_up=follow_up,
            follow_up_done=False,
        )
        s.add(call)
        s.flush()
        for key, value in facts.items():
            s.add(CallFact(call_id=call.id, field=key, value=value, directory_value=before[key]))
        call_id = call.id
        # the new call closes the follow-ups asked of the earlier ones (on a server only a later
        # call may close one, so it is written first)
        s.execute(
            update(Call)
            .where(Call.program_id == pid, Call.id < call_id, Call.follow_up_done.is_(False))
            .values(follow_up_done=True)
        )
    # only this call (a program called by many has hundreds to read back)
    return _records(db, Call.id == call_id, limit=1)[0]


@dataclass(frozen=True)
class DeletedCall:
    id: int
    program_id: int
    at: datetime
    outcome: str


def delete_call(db, call_id) -> DeletedCall:
    """Delete a call with the facts it confirmed; only who made it may. The history records that it
    went (its outcome and time, by whom; never its note). On a server the database enforces the
    rule and writes that history row itself (the owner role may delete anyone's call in psql)."""
    from finder.services import erasure
    from finder.services.history import add_entry

    cid = parse_id(call_id)
    me = current_user()
    with db.Session.begin() as s:
        call = s.get(Call, cid)  # on a server, a call on someone else's private list is not found
        if call is None:
            raise UserError("no-such-call", cid)
        if call.by and call.by != me:
            raise UserError("call-not-yours", call.by)
        gone = DeletedCall(call.id, call.program_id, call.at, call.outcome)
        on_server = s.get_bind().dialect.name == "postgresql"
        if not on_server:  # explicit, so it holds even where foreign keys are not enforced
            s.execute(delete(CallFact).where(CallFact.call_id == cid))
            add_entry(
                s,
                "call",
                "call",
                f"{call.outcome} {call.at:%Y-%m-%d %H:%M}",
                "deleted",
                who=me,
                at=now(),
                program_id=call.program_id,
                shortlist_id=call.shortlist_id,
            )
        if s.execute(delete(Call).where(Call.id == cid)).rowcount != 1:
            raise UserError("call-not-yours", call.by)
        erasure.remember(s, "call_deleted", call_id=cid)  # finished at the next start if we die first
    erasure.finish_pending(db)
    return gone


# --- reading -------------------------------------------------------------------------------
def list_calls(db, program_id, *, limit: int = 500) -> list[CallRecord]:
    """The program's calls, newest first; notes of calls on another user's private shortlist hidden."""
    pid = parse_id(program_id)
    get_program(db, pid)
    return _records(db, Call.program_id == pid, limit=limit)


def _records(db, which, *, limit: int) -> list[CallRecord]:
    me = current_user()
    with db.Session() as s:
        rows = s.execute(
            select(Call, Shortlist.name, Shortlist.shared, Shortlist.owner)
            .outerjoin(Shortlist, Shortlist.id == Call.shortlist_id)
            .where(which)
            .order_by(Call.at.desc(), Call.id.desc())
            .limit(limit)
        ).all()
        facts: dict[int, dict[str, bool]] = {}
        ids = [c.id for c, *_ in rows]
        if ids:
            for f in s.scalars(select(CallFact).where(CallFact.call_id.in_(ids))):
                facts.setdefault(f.call_id, {})[f.field] = f.value
    out = []
    for c, name, shared, owner in rows:
        private = name is not None and not shared and owner not in ("", me)
        out.append(
            CallRecord(
                id=c.id,
                program_id=c.program_id,
                at=c.at,
                by=c.by,
                shortlist="" if private or name is None else name,
                outcome=c.outcome,
                spoke_to="" if private else c.spoke_to,
                note="" if private else c.note,
                accepting=c.accepting,
                wait_days=c.wait_days,
                next_intake=c.next_intake,
                follow_up=c.follow_up,
                follow_up_done=c.follow_up_done,
                confirmed=facts.get(c.id, {}),
            )
        )
    return out


def confirmations(db, program_id) -> dict[str, Confirmation]:
    """The latest word of a call on each fact of the program."""
    pid = parse_id(program_id)
    out: dict[str, Confirmation] = {}
    with db.Session() as s:
        q = (
            select(CallFact, Call.at, Call.by)
            .join(Call, Call.id == CallFact.call_id)
            .where(Call.program_id == pid)
            .order_by(Call.at.desc(), Call.id.desc())
        )
        for f, at, by in s.execute(q):
            out.setdefault(f.field, Confirmation(f.value, at, by, f.directory_value))
    return out


def follow_ups(db, *, everything: bool = False, today: date | None = None) -> list[FollowUp]:
    """Open follow-ups due today or earlier (`everything`: all open ones), soonest first."""
    day = today or date.today()
    me = current_user()
    with db.Session() as s:
        q = (
            select(Call, Program.name, Shortlist.name, Shortlist.shared, Shortlist.owner)
            .join(Program, Program.id == Call.program_id)
            .outerjoin(Shortlist, Shortlist.id == Call.shortlist_id)
            .where(Call.follow_up_done.is_(False), Call.follow_up.is_not(None))
            .order_by(Call.follow_up, Call.id)
        )
        if not everything:
            q = q.where(Call.follow_up <= day)
        rows = s.execute(q).all()
    calls = [
        FollowUp(
            c.program_id,
            pname,
            "" if sname is None or (not shared and owner not in ("", me)) else sname,
            c.follow_up,
            c.outcome,
        )
        for c, pname, sname, shared, owner in rows
    ]
    # a referral with no news for a week, an intake tomorrow, a no-show (last_outcome says which)
    referrals = referral_follow_ups(db, everything=everything, today=day)
    return sorted([*calls, *referrals], key=lambda f: f.due) if referrals else calls


def call_facts(db, program_id) -> tuple[Availability | None, dict[str, Confirmation]]:
    """What the details pane shows of the calls: the latest word on room, and the confirmed facts."""
    pid = parse_id(program_id)
    return availability(db, [pid]).get(pid), confirmations(db, pid)
