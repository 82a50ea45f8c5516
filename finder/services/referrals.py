"""Referrals from a shortlist to a program, through to the intake, and consent to share (Qt-free).

A referral is made once per program on a shortlist (when, how) and then moves through statuses,
each kept with its day and who set it. Days to intake are counted from the referral to the
intake date. Consents keep dates only (signed, until, revoked): the signed form stays on paper,
and the app stores no client identity. Everything follows the shortlist's privacy (on a server,
row-level security). Values and codes only: finder/texts/referrals.py words them.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date, timedelta

from sqlalchemy import select

from finder.db.models import Consent, Program, Referral, ReferralEvent, Shortlist
from finder.domain.validation import refuse_controls
from finder.errors import Message, UserError
from finder.services.directory import parse_id
from finder.services.follow_ups import FollowUp
from finder.services.history import current_user, now

STATUSES = (
    "referred",
    "intake-scheduled",
    "attended",
    "no-show",
    "waitlisted",
    "declined-by-client",
    "not-accepted",
    "withdrawn",
)
OPEN_STATUSES = ("referred", "intake-scheduled", "waitlisted", "no-show")
HOWS = ("phone", "fax", "e-mail", "portal", "in-person", "warm-handoff")
NO_NEWS_DAYS = 7  # a referral or wait list with no news for this long becomes a follow-up
MAX_TEXT = 2000
# follow-up kinds (FollowUp.last_outcome for a referral's follow-up)
FOLLOW_NO_NEWS, FOLLOW_INTAKE, FOLLOW_NO_SHOW = "referral-no-news", "intake-tomorrow", "no-show"


@dataclass(frozen=True)
class StatusEvent:
    status: str
    on: date
    by: str
    intake_on: date | None = None
    reason: str = ""
    note: str = ""

    def as_json(self) -> dict:
        return {"status": self.status, "on": self.on.isoformat(), "by": self.by}


@dataclass(frozen=True)
class ConsentState:
    signed_on: date
    expires_on: date | None
    revoked_on: date | None

    def in_force(self, day: date) -> bool:
        """Signed by `day`, not revoked by then, not expired before it."""
        return (
            self.signed_on <= day
            and (self.revoked_on is None or self.revoked_on > day)
            and (self.expires_on is None or self.expires_on >= day)
        )

    def as_json(self) -> dict:
        return {
            "signed_on": self.signed_on.isoformat(),
            "expires_on": _iso(self.expires_on),
            "revoked_on": _iso(self.revoked_on),
        }


@dataclass(frozen=True)
class ReferralRecord:
    id: int
    program_id: int
    program_name: str
    shortlist: str
    referred_on: date
    how: str
    note: str
    by: str
    status: str
    status_on: date
    intake_on: date | None
    reason: str
    consent: ConsentState | None = None
    history: list[StatusEvent] = field(default_factory=list)

    @property
    def days_to_intake(self) -> int | None:
        return None if self.intake_on is None else (self.intake_on - self.referred_on).days

    @property
    def is_open(self) -> bool:
        return self.status in OPEN_STATUSES

    def as_json(self) -> dict:
        return {
            "program": {"id": self.program_id, "name": self.program_name},
            "shortlist": self.shortlist,
            "referred_on": self.referred_on.isoformat(),
            "how": self.how,
            "status": self.status,
            "status_on": self.status_on.isoformat(),
            "intake_on": _iso(self.intake_on),
            "days_to_intake": self.days_to_intake,
            "reason": self.reason,
            "consent": self.consent.as_json() if self.consent else None,
            "history": [e.as_json() for e in self.history],
        }


@dataclass(frozen=True)
class Referred:
    """What `refer` did: the referral, and whether a consent to share was in force that day."""

    referral: ReferralRecord
    consent_on_file: bool


def _iso(day: date | None) -> str | None:
    return day.isoformat() if day else None


# --- what a user types ---------------------------------------------------------------------
def parse_day(raw, what: str) -> date | None:
    """A YYYY-MM-DD date (or a date, or None); anything else raises naming `what`."""
    if raw is None or isinstance(raw, date):
        return raw
    text = str(raw).strip()
    if not text:
        return None
    try:
        return date.fromisoformat(text)
    except ValueError:
        raise UserError("referral-bad-date", what, text[:20]) from None


def check_status(raw: str) -> str:
    word = (raw or "").strip().lower()
    if word not in STATUSES:
        raise UserError("referral-unknown-status", (raw or "")[:30], ", ".join(STATUSES))
    return word


def check_how(raw: str | None) -> str:
    word = (raw or "phone").strip().lower()
    if word not in HOWS:
        raise UserError("referral-unknown-how", (raw or "")[:30], ", ".join(HOWS))
    return word


def _text(value: str | None, what: Message) -> str:
    text = (value or "").strip()
    if len(text) > MAX_TEXT:
        raise UserError("referral-text-too-long", what, len(text), MAX_TEXT)
    return refuse_controls(what, text, multiline=True)


def _place(s, shortlist: str, program_id) -> tuple[Shortlist, int]:
    """The shortlist (visible to this user) and the program on it; refuses anything else."""
    from finder.services import shortlists as sl

    pid = parse_id(program_id)
    found = sl._find(s, shortlist)
    if s.get(Program, pid) is None:
        raise UserError("referral-no-program", pid)
    if s.get(sl.ShortlistItem, (found.id, pid)) is None:
        raise UserError("referral-not-on-shortlist", pid, found.name)
    return found, pid


# --- referring, and what happened next ----------------------------------------------------
def refer(db, program_id, *, shortlist: str, on=None, how: str | None = "phone", note: str = "") -> Referred:
    """Refer a program on a shortlist (on a day, by a means); refused when it was referred already."""
    day = parse_day(on, "--on") or date.today()
    how = check_how(how)
    note = _text(note, Message("what-note"))
    who = current_user()
    with db.Session.begin() as s:
        found, pid = _place(s, shortlist, program_id)
        if s.scalars(
            select(Referral).where(Referral.shortlist_id == found.id, Referral.program_id == pid)
        ).first():
            raise UserError("referral-exists", pid, found.name)
        r = Referral(
            shortlist_id=found.id,
            program_id=pid,
            referred_on=day,
            how=how,
            note=note,
            by=who,
            status="referred",
            status_on=day,
            intake_on=None,
            reason="",
            created_at=now(),
        )
        s.add(r)
        s.flush()
        s.add(ReferralEvent(referral_id=r.id, status="referred", on=day, note=note, by=who, at=now()))
        rid = r.id
        consent = _latest_consent(s, found.id, pid)
    record = _records(db, Referral.id == rid)[0]
    return Referred(record, consent is not None and consent.in_force(day))


def set_status(
    db, program_id, *, shortlist: str, status: str, on=None, intake=None, reason: str = "", note: str = ""
) -> ReferralRecord:
    """Move a referral to a status on a day (an intake date with `intake-scheduled`).

    Refused, changing nothing: an unknown status, a day or intake date before the referral,
    `intake-scheduled` without an intake date, a program not referred from that shortlist.
    `attended` with no intake date known takes its own day as the intake's.
    """
    status = check_status(status)
    day = parse_day(on, "--on") or date.today()
    intake_on = parse_day(intake, "--intake")
    reason, note = _text(reason, Message("what-reason")), _text(note, Message("what-note"))
    if status == "intake-scheduled" and intake_on is None:
        raise UserError("referral-intake-needed")
    who = current_user()
    with db.Session.begin() as s:
        found, pid = _place(s, shortlist, program_id)
        r = s.scalars(
            select(Referral).where(Referral.shortlist_id == found.id, Referral.program_id == pid)
        ).first()
        if r is None:
            raise UserError("referral-missing", pid, found.name)
        if day < r.referred_on:
            raise UserError("referral-status-before", day.isoformat(), r.referred_on.isoformat())
        if intake_on is not None and intake_on < r.referred_on:
            raise UserError("referral-intake-before", intake_on.isoformat(), r.referred_on.isoformat())
        if intake_on is None and status == "attended" and r.intake_on is None:
            intake_on = day
        r.status, r.status_on = status, day
        if intake_on is not None:
            r.intake_on = intake_on
        if reason or status == "not-accepted":
            r.reason = reason
        s.add(
            ReferralEvent(
                referral_id=r.id,
                status=status,
                on=day,
                intake_on=intake_on,
                reason=reason,
                note=note,
                by=who,
                at=now(),
            )
        )
        rid = r.id
    return _records(db, Referral.id == rid)[0]


# --- consent -------------------------------------------------------------------------------
def record_consent(
    db, program_id, *, shortlist: str, signed=None, expires=None, revoked=None
) -> ConsentState:
    """Record a signed consent (`signed`, until `expires`), and/or revoke the latest one (`revoked`)."""
    signed_on = parse_day(signed, "--signed")
    expires_on = parse_day(expires, "--expires")
    revoked_on = parse_day(revoked, "--revoked")
    if signed_on is None and revoked_on is None:
        raise UserError("consent-what")
    if expires_on is not None and signed_on is None:
        raise UserError("consent-expires-needs-signed")
    if signed_on is not None and expires_on is not None and expires_on < signed_on:
        raise UserError("consent-expires-before", expires_on.isoformat(), signed_on.isoformat())
    who = current_user()
    with db.Session.begin() as s:
        found, pid = _place(s, shortlist, program_id)
        if signed_on is not None:
            row = Consent(
                shortlist_id=found.id,
                program_id=pid,
                signed_on=signed_on,
                expires_on=expires_on,
                revoked_on=None,
                by=who,
                recorded_at=now(),
            )
            s.add(row)
            s.flush()
        else:
            row = s.scalars(
                select(Consent)
                .where(Consent.shortlist_id == found.id, Consent.program_id == pid)
                .order_by(Consent.id.desc())
            ).first()
            if row is None:
                raise UserError("consent-none", pid, found.name)
        if revoked_on is not None:
            if revoked_on < row.signed_on:
                raise UserError("consent-revoked-before", revoked_on.isoformat(), row.signed_on.isoformat())
            row.revoked_on = revoked_on
        return ConsentState(row.signed_on, row.expires_on, row.revoked_on)


def _latest_consent(s, shortlist_id: int, program_id: int) -> ConsentState | None:
    row = s.scalars(
        select(Consent)
        .where(Consent.shortlist_id == shortlist_id, Consent.program_id == program_id)
        .order_by(Consent.id.desc())
    ).first()
    return None if row is None else ConsentState(row.signed_on, row.expires_on, row.revoked_on)


# --- reading -------------------------------------------------------------------------------
def before_referring(db, shortlist: str, program_id, *, today: date | None = None) -> tuple[bool, bool]:
    """(already referred from this shortlist, a signed consent in force today): what Refer… asks first."""
    day = today or date.today()
    with db.Session() as s:
        found, pid = _place(s, shortlist, program_id)
        referred = (
            s.scalars(
                select(Referral.id).where(Referral.shortlist_id == found.id, Referral.program_id == pid)
            ).first()
            is not None
        )
        consent = _latest_consent(s, found.id, pid)
    return referred, consent is not None and consent.in_force(day)


def list_referrals(db, *, shortlist: str | None = None, open_only: bool = False) -> list[ReferralRecord]:
    """The referrals this user may see (of one shortlist), newest first; `open_only`: still in motion."""
    which = []
    if shortlist:
        from finder.services import shortlists as sl

        with db.Session() as s:
            which.append(Referral.shortlist_id == sl._find(s, shortlist).id)
    if open_only:
        which.append(Referral.status.in_(OPEN_STATUSES))
    return _records(db, *which)


def _visible(shared: bool, owner: str, me: str) -> bool:
    return shared or not owner or owner == me


def _records(db, *which) -> list[ReferralRecord]:
    me = current_user()
    with db.Session() as s:
        rows = s.execute(
            select(Referral, Program.name, Shortlist.name, Shortlist.shared, Shortlist.owner)
            .join(Program, Program.id == Referral.program_id)
            .join(Shortlist, Shortlist.id == Referral.shortlist_id)
            .where(*which)
            .order_by(Referral.referred_on.desc(), Referral.id.desc())
        ).all()
        rows = [row for row in rows if _visible(row[3], row[4], me)]
        ids = [r.id for r, *_ in rows]
        events: dict[int, list[StatusEvent]] = {}
        if ids:
            for e in s.scalars(
                select(ReferralEvent).where(ReferralEvent.referral_id.in_(ids)).order_by(ReferralEvent.id)
            ):
                events.setdefault(e.referral_id, []).append(
                    StatusEvent(e.status, e.on, e.by, e.intake_on, e.reason, e.note)
                )
        consents = {
            (r.shortlist_id, r.program_id): _latest_consent(s, r.shortlist_id, r.program_id) for r, *_ in rows
        }
    return [
        ReferralRecord(
            id=r.id,
            program_id=r.program_id,
            program_name=pname,
            shortlist=sname,
            referred_on=r.referred_on,
            how=r.how,
            note=r.note,
            by=r.by,
            status=r.status,
            status_on=r.status_on,
            intake_on=r.intake_on,
            reason=r.reason,
            consent=consents.get((r.shortlist_id, r.program_id)),
            history=events.get(r.id, []),
        )
        for r, pname, sname, _shared, _owner in rows
    ]


def statuses_on_shortlist(db, shortlist: str) -> dict[int, ReferralRecord]:
    """Each referred program of a shortlist, by program id (the shortlist bar's words)."""
    return {r.program_id: r for r in list_referrals(db, shortlist=shortlist)}


def follow_up_due(r: ReferralRecord) -> tuple[date, str] | None:
    """When a referral asks for a follow-up, and why: no news for a week, an intake tomorrow, a no-show."""
    if r.status in ("referred", "waitlisted"):
        return r.status_on + timedelta(days=NO_NEWS_DAYS), FOLLOW_NO_NEWS
    if r.status == "intake-scheduled" and r.intake_on is not None:
        return r.intake_on - timedelta(days=1), FOLLOW_INTAKE
    if r.status == "no-show":
        return r.status_on, FOLLOW_NO_SHOW
    return None


def referral_follow_ups(db, *, everything: bool = False, today: date | None = None) -> list[FollowUp]:
    """The referrals' follow-ups as FollowUp rows (due today or earlier; `everything`: all)."""
    day = today or date.today()
    out = []
    for r in list_referrals(db, open_only=True):
        due = follow_up_due(r)
        if due is not None and (everything or due[0] <= day):
            out.append(FollowUp(r.program_id, r.program_name, r.shortlist, due[0], due[1]))
    return out
