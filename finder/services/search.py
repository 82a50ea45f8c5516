"""Searching the directory by distance and tags (Qt-free; used by the CLI, GUI and benchmark)."""

from __future__ import annotations

from dataclasses import dataclass, field

from sqlalchemy import and_, func, or_, select

from finder.db.models import Program
from finder.domain import geo
from finder.domain.taxonomy import VOCABULARIES, UnknownSlug, from_mask, to_mask
from finder.errors import UserError
from finder.services.origins import Origin

DEFAULT_RADIUS = 25.0
DEFAULT_LIMIT = 100
_P = Program.__table__.c


@dataclass
class SearchCriteria:
    radius_miles: float = DEFAULT_RADIUS
    types: list[str] = field(default_factory=list)
    levels: list[str] = field(default_factory=list)
    payments: list[str] = field(default_factory=list)
    populations: list[str] = field(default_factory=list)
    text: str = ""
    hide_do_not_refer: bool = False
    limit: int = DEFAULT_LIMIT

    def validate(self) -> None:
        try:
            r = float(self.radius_miles)
        except (TypeError, ValueError):
            raise UserError(f"radius '{self.radius_miles}' is not a number of miles") from None
        if not 1 <= r <= 500:
            raise UserError(f"radius must be between 1 and 500 miles (got {self.radius_miles:g})")
        self.radius_miles = r
        if self.limit < 1:
            raise UserError("limit must be at least 1")
        for vocab in ("types", "levels", "payments", "populations"):
            try:
                to_mask(vocab, getattr(self, vocab))
            except UnknownSlug as exc:
                raise UserError(str(exc)) from None


@dataclass
class ResultRow:
    id: int
    name: str
    name2: str
    city: str
    state: str
    zip: str
    distance_miles: float
    location_precision: str
    types: tuple[str, ...]
    levels: tuple[str, ...]
    payments: tuple[str, ...]
    populations: tuple[str, ...]
    phone: str
    website: str
    status: str = "active"
    iop_not_recorded: bool = False

    def as_json(self) -> dict:
        return {"id": self.id, "name": self.name, "name2": self.name2, "city": self.city, "state": self.state,
                "zip": self.zip, "distance_miles": round(self.distance_miles, 3),
                "location_precision": self.location_precision, "types": list(self.types),
                "levels": list(self.levels), "payments": list(self.payments),
                "populations": list(self.populations), "phone": self.phone, "website": self.website}


@dataclass
class SearchResult:
    origin: Origin
    criteria: SearchCriteria
    total: int
    unlocated_skipped: int
    results: list[ResultRow]

    def as_json(self) -> dict:
        return {"origin": self.origin.as_json(), "radius_miles": self.criteria.radius_miles,
                "total": self.total, "unlocated_skipped": self.unlocated_skipped,
                "results": [r.as_json() for r in self.results]}


def tag_conditions(c: SearchCriteria) -> list:
    """Types and populations: all must hold. Levels and payments: any one suffices."""
    conds = []
    for vocab in ("types", "populations"):
        mask = to_mask(vocab, getattr(c, vocab))
        if mask:
            conds.append(_P[f"{vocab}_mask"].op("&")(mask) == mask)
    for vocab in ("levels", "payments"):
        mask = to_mask(vocab, getattr(c, vocab))
        if mask:
            conds.append(_P[f"{vocab}_mask"].op("&")(mask) != 0)
    if c.text.strip():
        needle = c.text.strip().lower().replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_")
        conds.append(_P.search_text.like(f"%{needle}%", escape="\\"))
    if c.hide_do_not_refer:
        conds.append(_P.status != "do-not-refer")
    return conds


def bbox_condition(origin: Origin, radius: float):
    boxes = geo.bounding_boxes(origin.latitude, origin.longitude, radius)
    return or_(*[and_(_P.latitude.between(s, n), _P.longitude.between(w, e)) for s, n, w, e in boxes])


def search_programs(db, origin: Origin, criteria: SearchCriteria) -> SearchResult:
    """Programs within the radius that match every filter, nearest first.

    A bounding box on the indexed coordinates picks candidates in SQL; the sphere
    settles clear cases, the exact geodesic the edge cases and every shown distance.
    """
    criteria.validate()
    conds = tag_conditions(criteria)
    r = criteria.radius_miles
    with db.engine.connect() as conn:
        cand = conn.execute(select(_P.id, _P.latitude, _P.longitude)
                            .where(bbox_condition(origin, r), *conds)).all()
        unlocated = conn.execute(select(func.count()).select_from(Program.__table__)
                                 .where(_P.latitude.is_(None), *conds)).scalar_one()
        o = (origin.latitude, origin.longitude)
        coords = {pid: (lat, lon) for pid, lat, lon in cand}
        inside = [(pid, d, *coords[pid]) for pid, d in geo.within_radius(o, cand, r)]
        top = geo.nearest_exact(o, inside, criteria.limit)
        rows = _fetch_rows(conn, [pid for pid, _ in top])
    results = []
    for pid, dist in top:
        results.append(_result_row(rows[pid], dist))
    results.sort(key=lambda x: (x.distance_miles, x.name.lower(), x.id))
    return SearchResult(origin, criteria, len(inside), unlocated, results)


def _fetch_rows(conn, ids: list[int]) -> dict:
    out = {}
    cols = (_P.id, _P.name, _P.name2, _P.city, _P.state, _P.zip, _P.location_precision, _P.types_mask,
            _P.levels_mask, _P.payments_mask, _P.populations_mask, _P.phone, _P.website, _P.status)
    for start in range(0, len(ids), 500):
        for row in conn.execute(select(*cols).where(_P.id.in_(ids[start:start + 500]))):
            out[row.id] = row
    return out


def _result_row(row, dist: float) -> ResultRow:
    types = from_mask("types", row.types_mask)
    levels = from_mask("levels", row.levels_mask)
    return ResultRow(
        id=row.id, name=row.name, name2=row.name2, city=row.city, state=row.state, zip=row.zip,
        distance_miles=dist, location_precision=row.location_precision or "", types=types, levels=levels,
        payments=from_mask("payments", row.payments_mask),
        populations=from_mask("populations", row.populations_mask), phone=row.phone, website=row.website,
        status=row.status, iop_not_recorded="mental-health" in types and "addiction" not in types
        and "iop" not in levels)


VOCAB_NAMES = tuple(VOCABULARIES)
