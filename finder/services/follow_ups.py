"""A follow-up: a call's follow-up date or a referral's next step (no news, an intake, a no-show).

Its own module because both finder.services.calls (which lists them all) and
finder.services.referrals (which makes the referrals' ones) build it.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date


@dataclass(frozen=True)
class FollowUp:
    program_id: int
    program_name: str
    shortlist: str
    due: date
    last_outcome: str

    def overdue(self, today: date | None = None) -> bool:
        return self.due < (today or date.today())

    def as_json(self, today: date | None = None) -> dict:
        return {
            "program": {"id": self.program_id, "name": self.program_name},
            "shortlist": self.shortlist or None,
            "due": self.due.isoformat(),
            "overdue": self.overdue(today),
            "last_outcome": self.last_outcome,
        }
