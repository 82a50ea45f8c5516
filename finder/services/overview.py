"""What the window's search shows around the results: the directory's facts, looser counts.

`directory_facts` is the line "directory as of …, N programs, M at a ZIP centre only";
`run_search` is a search plus, when nothing matched, how many a looser search would find.
"""

from __future__ import annotations

from dataclasses import dataclass

from sqlalchemy import case, func, select

from finder.db.models import Program
from finder.domain.geo import MAX_RADIUS_MILES
from finder.domain.taxonomy import BY_NAME, SEARCH_VOCABULARIES, LocationPrecision, to_mask
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
        total, zip_only, unlocated = conn.execute(
            select(
                func.count(),
                func.coalesce(
                    func.sum(case((_P.location_precision == LocationPrecision.ZIP.value, 1), else_=0)), 0
                ),
                func.coalesce(func.sum(case((_P.latitude.is_(None), 1), else_=0)), 0),
            ).select_from(Program.__table__)
        ).one()
    return DirectoryFacts(
        int(total),
        int(zip_only),
        int(unlocated),
        get_meta(db, "directory_as_of"),
        get_meta(db, "directory_source"),
    )


COVERAGE_VOCABULARIES = ("languages", "supports")


def tag_counts(db, vocabularies=COVERAGE_VOCABULARIES) -> dict[str, dict[str, int]]:
    """How many programs of the directory hold each slug: {"languages": {"spanish": 9120, ...}}."""
    cols = []
    for name in vocabularies:
        v = BY_NAME[name]
        mask = _P[v.mask_column]
        cols += [
            func.coalesce(func.sum(case((mask.op("&")(to_mask(name, [slug])) != 0, 1), else_=0)), 0)
            for slug in v.slugs
        ]
    with db.engine.connect() as conn:
        row = list(conn.execute(select(*cols).select_from(Program.__table__)).one())
    out: dict[str, dict[str, int]] = {}
    for name in vocabularies:
        slugs = BY_NAME[name].slugs
        out[name] = {slug: int(n) for slug, n in zip(slugs, row[: len(slugs)], strict=True)}
        row = row[len(slugs) :]
    return out


@dataclass
class SearchOutcome:
    """A search result plus what the window needs around it."""

    result: SearchResult
    # filled only when few (wider_*) or none (without_filters) matched: what a looser search would find
    without_filters: int | None = None
    wider_radius: float | None = None
    wider_total: int | None = None
    statewide: object | None = None  # statewide.StateTelehealth, when the criteria ask for it


FEW_RESULTS = 3  # fewer than this, and the window offers the wider radius's count


def has_filters(c: SearchCriteria) -> bool:
    return bool(
        any(getattr(c, v.name) for v in SEARCH_VOCABULARIES)
        or c.text.strip()
        or c.hide_do_not_refer
        or c.hide_delisted
        or c.accepting
    )


def run_search(
    db, query: str, criteria: SearchCriteria, *, online: bool = False, geocoder=None
) -> SearchOutcome:
    """Resolve the origin, search, and when nothing matches, measure what loosening would give."""
    criteria.validate()
    origin: Origin = resolve_origin(query, online=online, geocoder=geocoder, db=db)
    result = search_programs(db, origin, criteria)
    out = SearchOutcome(result)
    if criteria.telehealth_in_state:
        from finder.services.statewide import telehealth_in_state

        out.statewide = telehealth_in_state(db, origin, criteria)
    if result.total < FEW_RESULTS:
        if result.total == 0 and has_filters(criteria):
            bare = SearchCriteria(radius_miles=criteria.radius_miles, limit=1)
            out.without_filters = search_programs(db, origin, bare).total
        wider = min(float(MAX_RADIUS_MILES), max(criteria.radius_miles * 4, 50.0))
        if wider > criteria.radius_miles:
            loose = SearchCriteria(**{**criteria.__dict__, "radius_miles": wider, "limit": 1})
            out.wider_radius = wider
            out.wider_total = search_programs(db, origin, loose).total
    return out


def coordinates_of(rows) -> dict[int, tuple[float, float]]:
    """id -> (lat, lon) for the rows that have a location (the map draws these)."""
    return {
        r.id: (r.latitude, r.longitude) for r in rows if r.latitude is not None and r.longitude is not None
    }
