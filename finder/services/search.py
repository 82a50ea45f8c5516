"""Searching the directory by distance and tags (Qt-free; used by the CLI, GUI and benchmark)."""

from __future__ import annotations

import struct
from dataclasses import dataclass
from functools import lru_cache

from sqlalchemy import (
    Text,
    and_,
    bindparam,
    case,
    cast,
    func,
    literal_column,
    null,
    or_,
    select,
)

from finder.db.engine import sqlite_change_stamp
from finder.db.models import Program
from finder.domain import geo
from finder.domain.taxonomy import (
    SEARCH_VOCABULARIES,
    VOCABULARIES,
    Match,
    Status,
    UnknownSlug,
    to_mask,
    vocabulary_fields,
)
from finder.errors import UserError
from finder.services.origins import Origin
from finder.services.search_rows import (
    FETCH_CHUNK,
    ResultRow,
    fetch_rows,
    fetch_sql,
    result_row,
    run_driver_sql,
)

DEFAULT_RADIUS = float(geo.DEFAULT_RADIUS_MILES)
DEFAULT_LIMIT = 100
_P = Program.__table__.c


@dataclass
@vocabulary_fields(SEARCH_VOCABULARIES, after="radius_miles", factory=list)
class SearchCriteria:
    """What to search for: one list of slugs per searchable vocabulary (`types`, `levels`,
    `payments`, `populations`: see taxonomy.REGISTRY) besides the fields below."""

    radius_miles: float = DEFAULT_RADIUS
    text: str = ""
    hide_do_not_refer: bool = False
    limit: int = DEFAULT_LIMIT
    accepting: bool = False  # only programs a call in the last 30 days found taking new clients
    hide_delisted: bool = False  # leave out programs the latest full edition no longer lists
    # also the state's telehealth programs beyond the radius (finder.services.statewide; the
    # window and `search --telehealth-in-state`); search_programs itself ignores it
    telehealth_in_state: bool = False

    def validate(self) -> None:
        self.radius_miles = geo.check_radius(self.radius_miles)
        if self.limit < 1:
            raise UserError("bad-limit")
        for v in SEARCH_VOCABULARIES:
            try:
                to_mask(v.name, getattr(self, v.name))
            except UnknownSlug as exc:
                raise UserError(exc.message) from None


@dataclass
class SearchResult:
    origin: Origin
    criteria: SearchCriteria
    total: int
    unlocated_skipped: int
    results: list[ResultRow]

    def as_json(self) -> dict:
        return {
            "origin": self.origin.as_json(),
            "radius_miles": self.criteria.radius_miles,
            "total": self.total,
            "unlocated_skipped": self.unlocated_skipped,
            "results": [r.as_json() for r in self.results],
        }


def tag_conditions(c: SearchCriteria) -> list:
    """One condition per vocabulary with slugs selected, as its `match` says: Match.ALL (types,
    populations) every selected slug must hold; Match.ANY (levels, payments) one suffices.

    Masks and the text go in as named bind parameters (see `tag_params`), so the SQL of a
    search depends only on which filters are set and can be compiled once.
    """
    conds = []
    for v in SEARCH_VOCABULARIES:
        if getattr(c, v.name):
            mask, wanted = _P[v.mask_column], bindparam(f"{v.name}_m")
            held = mask.op("&")(wanted)
            conds.append(held == wanted if v.match is Match.ALL else held != 0)
    if c.text.strip():
        conds.append(_P.search_text.like(bindparam("needle"), escape="\\"))
    if c.hide_do_not_refer:
        conds.append(_P.status != Status.DO_NOT_REFER.value)
    if c.hide_delisted:
        conds.append(_P.delisted_since.is_(None))
    return conds


def tag_params(c: SearchCriteria) -> dict:
    params: dict = {}
    for v in SEARCH_VOCABULARIES:
        if getattr(c, v.name):
            params[f"{v.name}_m"] = to_mask(v.name, getattr(c, v.name))
    if c.text.strip():
        needle = c.text.strip().lower().replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_")
        params["needle"] = f"%{needle}%"
    return params


def bbox_condition(n_boxes: int):
    """Latitude/longitude ranges on the indexed columns, as bind parameters s0, n0, w0, e0, ..."""
    return or_(
        *[
            and_(
                _P.latitude.between(bindparam(f"s{i}"), bindparam(f"n{i}")),
                _P.longitude.between(bindparam(f"w{i}"), bindparam(f"e{i}")),
            )
            for i in range(n_boxes)
        ]
    )


def bbox_params(origin: Origin, radius: float) -> dict:
    params = {}
    for i, box in enumerate(geo.bounding_boxes(origin.latitude, origin.longitude, radius)):
        params.update(zip((f"s{i}", f"n{i}", f"w{i}", f"e{i}"), box))
    return params


def _shape(c: SearchCriteria) -> tuple:
    """Which filters are set: (vocabularies with slugs, text?, hide do-not-refer?, hide delisted?)."""
    return (
        tuple(v.name for v in SEARCH_VOCABULARIES if getattr(c, v.name)),
        bool(c.text.strip()),
        c.hide_do_not_refer,
        c.hide_delisted,
    )


def _snapshot_function(dialect):
    # pg_current_snapshot() from PostgreSQL 13 on; txid_current_snapshot() before (docs/agency.md: 12+)
    if (dialect.server_version_info or (13,)) >= (13,):
        return func.pg_current_snapshot
    return func.txid_current_snapshot


@lru_cache(maxsize=512)
def _compiled(dialect, kind: str, shape: tuple, n_boxes: int) -> tuple[str, tuple[str, ...] | None, dict]:
    """SQL text for the dialect, the order of its parameters when the driver wants positions,
    and the values of the constant parameters."""
    vocabs, has_text, hide_dnr, hide_delisted = shape
    crit = SearchCriteria(
        **{name: ["x"] for name in vocabs},
        text="x" if has_text else "",
        hide_do_not_refer=hide_dnr,
        hide_delisted=hide_delisted,
    )
    conds = tag_conditions(crit)
    if kind == "candidates":
        stmt = select(_P.id, _P.latitude, _P.longitude).where(bbox_condition(n_boxes), *conds)
    elif kind == "packed+unlocated":  # PostgreSQL: see _pg_candidates
        box = select(_P.id, _P.latitude, _P.longitude).where(bbox_condition(n_boxes), *conds).subquery("box")
        record = (
            func.int4send(box.c.id)
            .op("||")(func.float8send(box.c.latitude))
            .op("||")(func.float8send(box.c.longitude))
        )
        packed = select(func.string_agg(record, literal_column("''::bytea"))).scalar_subquery()
        count = select(func.count()).select_from(Program.__table__).where(_P.latitude.is_(None), *conds)
        # counted only when the server's snapshot moved since the count the caller holds (see
        # _pg_candidates); a scalar subquery in an untaken CASE branch is never run
        stamp = cast(_snapshot_function(dialect)(), Text)
        stmt = select(
            packed, case((stamp == bindparam("seen"), null()), else_=count.scalar_subquery()), stamp
        )
    else:
        stmt = select(func.count()).select_from(Program.__table__).where(_P.latitude.is_(None), *conds)
    compiled = stmt.compile(dialect=dialect)
    order = tuple(compiled.positiontup) if compiled.positional else None
    return compiled.string, order, {k: v for k, v in compiled.params.items() if v is not None}


def candidate_sql(
    dialect, criteria: SearchCriteria, n_boxes: int
) -> tuple[str, tuple[str, ...] | None, dict]:
    """The bounding-box query of a search (also the benchmark's floor)."""
    return _compiled(dialect, "candidates", _shape(criteria), n_boxes)


def search_programs(db, origin: Origin, criteria: SearchCriteria) -> SearchResult:
    """Programs within the radius that match every filter, nearest first.

    A bounding box on the indexed coordinates picks candidates in SQL; the sphere
    settles clear cases, the ellipsoid the edge cases and every shown distance
    (finder.domain.geo.select_within). Only the rows shown are fetched in full.
    """
    criteria.validate()
    r = criteria.radius_miles
    params = tag_params(criteria)
    box = bbox_params(origin, r)
    from finder.services import availability as calls

    keep = calls.accepting_program_ids(db) if criteria.accepting else None
    with db.engine.connect() as conn:
        if conn.dialect.name == "postgresql":  # reads only: no BEGIN and ROLLBACK round trips to the server
            conn.execution_options(isolation_level="AUTOCOMMIT")
        if conn.dialect.name == "postgresql":
            cand, unlocated = _pg_candidates(conn, criteria, box, params)
        else:
            cand = run_driver_sql(
                conn, candidate_sql(conn.dialect, criteria, len(box) // 4), {**box, **params}
            )
            unlocated = _unlocated_count(conn, criteria, params) if keep is None else None
        if keep is not None:
            cand = [c for c in cand if c[0] in keep]
            unlocated = _unlocated_among(conn, criteria, params, keep)
        total, top = geo.select_within((origin.latitude, origin.longitude), cand, r, criteria.limit)
        rows = fetch_rows(conn, [pid for pid, _ in top])
    called = [pid for pid, row in rows.items() if row[-1]]  # the last column: a call said something of room
    # a program deleted by another window between the two queries is simply not shown
    results = [result_row(rows[pid], dist) for pid, dist in top if pid in rows]
    # most shown programs were never called about room: ask the call history for the others only
    room = calls.availability(db, called)
    for x in results:
        x.availability = room.get(x.id)
    results.sort(key=lambda x: (x.distance_miles, x.name.lower(), x.id))
    return SearchResult(origin, criteria, total - (len(top) - len(results)), unlocated, results)


def warm_up(db, criteria: SearchCriteria) -> None:
    """Search once around some program, result unused: the statements are compiled and the
    connection has read the index, so the first search a person makes is not the cold one."""
    with db.engine.connect() as conn:
        at = conn.execute(select(_P.latitude, _P.longitude).where(_P.latitude.is_not(None)).limit(1)).first()
        for size in range(25, FETCH_CHUNK + 1, 25):  # the row fetch's statements, every size
            fetch_sql(conn.dialect, size)
    if at is not None:
        search_programs(db, Origin("", at[0], at[1], "coordinates"), criteria)


_PACKED = struct.Struct(">idd")  # int4send(id) || float8send(latitude) || float8send(longitude)


def _pg_candidates(conn, criteria: SearchCriteria, box: dict, params: dict) -> tuple[list, int]:
    """PostgreSQL: the box's (id, lat, lon) and the unlocated count in one round trip and one row.

    The candidates come packed into one bytea, 20 bytes each in the types' own binary form
    (exact floats): a dense city's 1,500 candidates arrive about twice as fast as 1,500 rows,
    whose per-row messages and Python tuples cost more than the server's scan.

    The unlocated count is remembered per connection with the snapshot it was counted in (the
    statement's own: pg_current_snapshot() is the active one), as SQLite's is with its
    data_version. A later statement's snapshot (oldest running, next and running transaction
    ids) reads the same only if no transaction committed anywhere on the server in between,
    so it sees the same programs; then the server does not count them again.
    """
    query = _compiled(conn.dialect, "packed+unlocated", _shape(criteria), len(box) // 4)
    counts = _counts_kept(conn)
    key = (query[0], tuple(sorted(params.items())))  # the count does not depend on the box
    seen = counts.get(key)
    ((packed, count, stamp),) = run_driver_sql(
        conn, query, {**box, **params, "seen": seen[0] if seen else ""}
    )
    if count is None and seen is not None:
        count = seen[1]
    else:
        counts[key] = (stamp, count)
    return (list(_PACKED.iter_unpack(packed)) if packed else []), count


def _counts_kept(conn) -> dict:
    """This connection's remembered unlocated counts, {(sql, filters): (stamp, count)}, a few dozen at most."""
    counts = conn.connection.info.setdefault("finder_unlocated", {})
    if len(counts) > 64:
        counts.clear()
    return counts


def _unlocated_among(conn, criteria: SearchCriteria, params: dict, keep: set[int]) -> int:
    """Under "accepting": the programs found taking clients that match the filters but have no location."""
    if not keep:
        return 0
    q = select(_P.id).where(_P.latitude.is_(None), *tag_conditions(criteria))
    return sum(1 for (pid,) in conn.execute(q, params) if pid in keep)


def _unlocated_count(conn, criteria: SearchCriteria, params: dict) -> int:
    """Programs matching the filters but without a location.

    They do not depend on the origin, so on SQLite the count is remembered per
    connection until the database changes (any writer, this process or another).
    """
    query = _compiled(conn.dialect, "unlocated", _shape(criteria), 0)
    stamp = sqlite_change_stamp(conn)
    if stamp is None:
        return run_driver_sql(conn, query, params)[0][0]
    counts = _counts_kept(conn)
    key = (query[0], tuple(sorted(params.items())))
    hit = counts.get(key)
    if hit is not None and hit[0] == stamp:
        return hit[1]
    count = run_driver_sql(conn, query, params)[0][0]
    counts[key] = (stamp, count)
    return count


VOCAB_NAMES = tuple(VOCABULARIES)
