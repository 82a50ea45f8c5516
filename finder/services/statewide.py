"""Telehealth across the state: programs with `telehealth` in the client's state beyond the radius.

A program that offers sessions by video or phone can serve a client anywhere in its state (its
license is the state's), so a search can add, after the programs within the radius, the state's
telehealth programs that match the same filters. Their distance is shown, never used to cut.
Qt-free; no words here (the CLI and the window say "Telehealth programs in California: 42").
"""

from __future__ import annotations

from dataclasses import dataclass, field

from sqlalchemy import select

from finder.db.models import Program
from finder.domain import geo
from finder.domain.taxonomy import BY_NAME, to_mask
from finder.services.gazetteer import gazetteer
from finder.services.origins import Origin
from finder.services.search import SearchCriteria, tag_conditions, tag_params
from finder.services.search_rows import ResultRow, fetch_rows, result_row

_P = Program.__table__.c
TELEHEALTH = to_mask("levels", ["telehealth"])


@dataclass
class StateTelehealth:
    """The state's telehealth programs beyond the radius: `total` found, `results` nearest first."""

    state: str  # "CA"; "" when the origin is in no state the ZIP list knows
    total: int = 0
    results: list[ResultRow] = field(default_factory=list)


def origin_state(origin: Origin) -> str:
    """The state the origin is in: the ZIP's or city's own, else that of the nearest ZIP centre."""
    if origin.state:
        return origin.state
    places = gazetteer().by_zip.values()
    if not places:
        return ""
    near = min(
        places, key=lambda p: (p.latitude - origin.latitude) ** 2 + (p.longitude - origin.longitude) ** 2
    )
    return near.state


def telehealth_in_state(db, origin: Origin, criteria: SearchCriteria) -> StateTelehealth:
    """Programs in the origin's state with `telehealth` that match `criteria` and lie beyond its
    radius, nearest first, at most `criteria.limit` of them (`total` counts them all)."""
    criteria.validate()
    state = origin_state(origin)
    out = StateTelehealth(state)
    if not state:
        return out
    levels = _P[BY_NAME["levels"].mask_column]
    q = select(_P.id, _P.latitude, _P.longitude).where(
        _P.state == state,
        _P.latitude.is_not(None),
        levels.op("&")(TELEHEALTH) != 0,
        *tag_conditions(criteria),
    )
    keep = None
    if criteria.accepting:
        from finder.services.availability import accepting_program_ids

        keep = accepting_program_ids(db)
    with db.engine.connect() as conn:
        found, where = [], {}
        for pid, lat, lon in conn.execute(q, tag_params(criteria)):
            if keep is not None and pid not in keep:
                continue
            miles = geo.sphere_miles(origin.latitude, origin.longitude, lat, lon)
            if abs(miles - criteria.radius_miles) < 0.01 * criteria.radius_miles + 1:
                miles = geo.geodesic_miles(origin.latitude, origin.longitude, lat, lon)  # the edge, exactly
            if miles > criteria.radius_miles:
                found.append((miles, pid))
                where[pid] = (lat, lon)
        found.sort()
        shown = found[: criteria.limit]
        rows = fetch_rows(conn, [pid for _m, pid in shown])
    out.total = len(found)
    # every shown distance on the ellipsoid, as the search's own
    out.results = [
        result_row(rows[pid], geo.geodesic_miles(origin.latitude, origin.longitude, *where[pid]))
        for _m, pid in shown
        if pid in rows
    ]
    out.results.sort(key=lambda r: (r.distance_miles, r.name.lower(), r.id))
    return out
