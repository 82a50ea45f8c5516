"""What the latest call said about room: the availability shown with its age, and --accepting.

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
    accepting: bool | None
    wait_days: int | None
    next_intake: date | None
    as_of: datetime
    by: str

    @property
    def from_file(self) -> bool:
        return self.by == FROM_FILE

    def age_days(self, today: date | None = None) -> int:
        return max(0, ((today or date.today()) - self.as_of.date()).days)

    def stale(self, today: date | None = None) -> bool:
        return self.age_days(today) > STALE_AFTER.days

    def text(self, today: date | None = None) -> str:
        """'accepting · wait ≈ 14 days · next intake Dec 15 · said 6 days ago by D. Rivera'."""
        parts = [{True: "accepting", False: "not accepting", None: "room unknown"}[self.accepting]]
        if self.wait_days is not None:
            parts.append(f"wait ≈ {self.wait_days} day{'s' if self.wait_days != 1 else ''}")
        if self.next_intake is not None:
            parts.append(f"next intake {self.next_intake:%b} {self.next_intake.day}")
        age = self.age_days(today)
        when = "today" if age == 0 else "yesterday" if age == 1 else f"{age} days ago"
        by = "the directory file" if self.from_file else self.by
        parts.append(f"said {when}" + (f" by {by}" if by else ""))
        return " · ".join(parts) + (" (more than 30 days old: call again)" if self.stale(today) else "")

    def as_json(self) -> dict:
        return {
            "accepting": self.accepting,
            "wait_days": self.wait_days,
            "next_intake": self.next_intake.isoformat() if self.next_intake else None,
            "as_of": self.as_of.isoformat(timespec="seconds"),
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
