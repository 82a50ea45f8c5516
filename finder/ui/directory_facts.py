"""Small read-only facts the window shows that the services do not return yet (Qt-free).

These run on worker threads. They belong in finder/services (a `directory_stats` use case, and
coordinates on `ResultRow`); they live here until that exists, and read plain columns only.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from sqlalchemy import case, func, select

from finder.db.models import Program
from finder.services.origins import Origin, resolve_origin
from finder.services.search import SearchCriteria, SearchResult, search_programs

_P = Program.__table__.c


@dataclass
class DirectoryFacts:
    total: int
    zip_only: int
    unlocated: int
    as_of: str
    source: str


def directory_facts(db) -> DirectoryFacts:
    from finder.services.seeding import get_meta

    with db.engine.connect() as conn:
        total, zip_only, unlocated = conn.execute(select(
            func.count(),
            func.coalesce(func.sum(case((_P.location_precision == "zip", 1), else_=0)), 0),
            func.coalesce(func.sum(case((_P.latitude.is_(None), 1), else_=0)), 0),
        ).select_from(Program.__table__)).one()
    return DirectoryFacts(int(total), int(zip_only), int(unlocated),
                          get_meta(db, "directory_as_of"), get_meta(db, "directory_source"))


def coordinates(db, ids: list[int]) -> dict[int, tuple[float, float]]:
    out: dict[int, tuple[float, float]] = {}
    with db.engine.connect() as conn:
        for start in range(0, len(ids), 500):
            q = select(_P.id, _P.latitude, _P.longitude).where(_P.id.in_(ids[start:start + 500]))
            for pid, lat, lon in conn.execute(q):
                if lat is not None and lon is not None:
                    out[pid] = (lat, lon)
    return out


@dataclass
class SearchOutcome:
    """A search result plus what the window needs around it."""

    result: SearchResult
    coords: dict[int, tuple[float, float]] = field(default_factory=dict)
    # filled only when nothing matched: how many a looser search would find
    without_filters: int | None = None
    wider_radius: float | None = None
    wider_total: int | None = None


def has_filters(c: SearchCriteria) -> bool:
    return bool(c.types or c.levels or c.payments or c.populations or c.text.strip() or c.hide_do_not_refer)


def run_search(db, query: str, criteria: SearchCriteria, *, online: bool = False,
               geocoder=None) -> SearchOutcome:
    """Resolve the origin, search, and when nothing matches, measure what loosening would give."""
    criteria.validate()
    origin: Origin = resolve_origin(query, online=online, geocoder=geocoder, db=db)
    result = search_programs(db, origin, criteria)
    out = SearchOutcome(result, coordinates(db, [r.id for r in result.results]))
    if result.total == 0:
        if has_filters(criteria):
            bare = SearchCriteria(radius_miles=criteria.radius_miles, limit=1)
            out.without_filters = search_programs(db, origin, bare).total
        wider = min(500.0, max(criteria.radius_miles * 4, 50.0))
        if wider > criteria.radius_miles:
            loose = SearchCriteria(**{**criteria.__dict__, "radius_miles": wider, "limit": 1})
            out.wider_radius = wider
            out.wider_total = search_programs(db, origin, loose).total
    return out
