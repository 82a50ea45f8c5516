"""What the latest call said about room (a value: finder/texts/availability.py words it), and --accepting.

Apart from finder/services/calls.py so that search can use it without importing the rest
of the call logging (which needs the directory and editing services, which need search).
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime, timedelta

from sqlalchemy import or_, select

from finder.db.models import Call

STALE_AFTER = timedelta(days=30)
# a "call" that is what an imported directory file said about room (HSDS service_capacity): its
# outcome and its `by`, so that every place that shows room can say where it came from
FROM_FILE = "directory-file"


@dataclass(frozen=True)
class Availability:
    """The latest word on room: whether they take new people, the wait, the next start, who said it when."""

    accepting: bool | None  # None: the call did not say
    wait_days: int | None
    next_intake: date | None
    said_on: datetime  # when the call was made
    by: str  # who logged it ("" when unknown)

    @property
    def from_file(self) -> bool:
        return self.by == FROM_FILE

    def age_days(self, today: date | None = None) -> int:
        return max(0, ((today or date.today()) - self.said_on.date()).days)

    def stale(self, today: date | None = None) -> bool:
        """Older than 30 days: worth calling again before relying on it."""
        return self.age_days(today) > STALE_AFTER.days

    def as_json(self) -> dict:
        return {
            "accepting": self.accepting,
            "wait_days": self.wait_days,
            "next_intake": self.next_intake.isoformat() if self.next_intake else None,
            "as_of": self.said_on.isoformat(timespec="seconds"),
            "by": self.by,
        }


def availability(db, program_ids) -> dict[int, Availability]:
    """Per program, what the latest call that said anything about room said (programs without: absent)."""
    ids = [int(i) for i in program_ids]
    out: dict[int, Availability] = {}
    if not ids:
        return out
    with db.Session() as s:
        for start in range(0, len(ids), 500):
            chunk = ids[start : start + 500]
            q = (
                select(Call)
                .where(
                    Call.program_id.in_(chunk),
                    or_(
                        Call.accepting.is_not(None),
                        Call.wait_days.is_not(None),
                        Call.next_intake.is_not(None),
                    ),
                )
                .order_by(Call.program_id, Call.at.desc(), Call.id.desc())
            )
            for c in s.scalars(q):
                if c.program_id not in out:
                    out[c.program_id] = Availability(c.accepting, c.wait_days, c.next_intake, c.at, c.by)
    return out


def accepting_ids(db, program_ids, today: date | None = None) -> set[int]:
    """The programs a call in the last 30 days found accepting new clients."""
    return {pid for pid, a in availability(db, program_ids).items() if a.accepting and not a.stale(today)}


def accepting_program_ids(db, today: date | None = None) -> set[int]:
    """Every program whose latest word on room, within the last 30 days, was "accepting"."""
    day = today or date.today()
    cutoff = datetime.combine(day - STALE_AFTER, datetime.min.time())
    latest: dict[int, bool | None] = {}
    with db.Session() as s:
        q = (
            select(Call.program_id, Call.accepting)
            .where(
                Call.at >= cutoff,
                or_(Call.accepting.is_not(None), Call.wait_days.is_not(None), Call.next_intake.is_not(None)),
            )
            .order_by(Call.program_id, Call.at.desc(), Call.id.desc())
        )
        for pid, accepting in s.execute(q):
            latest.setdefault(pid, accepting)
    return {pid for pid, accepting in latest.items() if accepting}


def latest_room(s, program_id: int) -> Availability | None:
    """Inside a caller's session: what the latest call that said anything about room said."""
    c = s.scalars(
        select(Call)
        .where(
            Call.program_id == program_id,
            or_(Call.accepting.is_not(None), Call.wait_days.is_not(None), Call.next_intake.is_not(None)),
        )
        .order_by(Call.at.desc(), Call.id.desc())
        .limit(1)
    ).first()
    return None if c is None else Availability(c.accepting, c.wait_days, c.next_intake, c.at, c.by)
