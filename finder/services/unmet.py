"""Unmet needs: a search that found nothing suitable within reach, recorded without the client (Qt-free).

A record keeps the needs ("vocabulary:slug" keys), where (the place as resolved offline: a ZIP,
a town; coordinates typed in are rounded to about a kilometre), the radius, the day and why.
On a server each record is its author's; a supervisor sees them only as counts.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from sqlalchemy import select

from finder.db.models import UnmetNeed
from finder.domain.geo import DEFAULT_RADIUS_MILES, check_radius
from finder.errors import Message, UserError
from finder.services.history import current_user, now
from finder.services.needs import from_stored, parse_needs, public_key, stored_text
from finder.services.referrals import _text, parse_day


@dataclass(frozen=True)
class UnmetRecord:
    id: int
    recorded_on: date
    near: str
    radius_miles: float
    needs: tuple[str, ...]
    note: str
    by: str

    def as_json(self) -> dict:
        return {
            "id": self.id,
            "on": self.recorded_on.isoformat(),
            "near": self.near,
            "radius_miles": self.radius_miles,
            "needs": [public_key(k) for k in self.needs],
            "note": self.note,
        }


def place_of(query: str) -> str:
    """Where, as a record keeps it: the place resolved offline (a typed lat,lon rounded to 0.01°)."""
    from finder.services.origins import resolve_offline

    origin = resolve_offline(query)
    if origin.resolved_as == "coordinates":
        return f"{origin.latitude:.2f},{origin.longitude:.2f}"
    if origin.resolved_as == "zip":
        return origin.query.strip()[:5]
    return (origin.query or query).strip()[:200]


def record_unmet(
    db, *, near: str, needs, radius=DEFAULT_RADIUS_MILES, note: str = "", on=None
) -> UnmetRecord:
    """Record that nothing within `radius` of `near` met `needs` (checked before anything is written)."""
    keys = parse_needs(needs)
    if not keys:
        raise UserError("unmet-no-needs")
    miles = check_radius(radius)
    day = parse_day(on, "--on") or date.today()
    note = _text(note, Message("what-note"))
    place = place_of(near)
    with db.Session.begin() as s:
        row = UnmetNeed(
            recorded_on=day,
            near=place,
            radius_miles=miles,
            needs=stored_text(keys),
            note=note,
            by=current_user(),
            at=now(),
        )
        s.add(row)
        s.flush()
        return UnmetRecord(row.id, day, place, miles, keys, note, row.by)


def list_unmet(db, start: date | None = None, end: date | None = None) -> list[UnmetRecord]:
    """The unmet needs this user may see (on a server: their own), by day."""
    with db.Session() as s:
        q = select(UnmetNeed).order_by(UnmetNeed.recorded_on, UnmetNeed.id)
        if start is not None:
            q = q.where(UnmetNeed.recorded_on >= start)
        if end is not None:
            q = q.where(UnmetNeed.recorded_on <= end)
        return [
            UnmetRecord(u.id, u.recorded_on, u.near, u.radius_miles, from_stored(u.needs), u.note, u.by)
            for u in s.scalars(q)
        ]
