"""The rows a search shows: one query fetches the programs found in full, and each becomes a
ResultRow (Qt-free; search.py picks which programs, this module reads them)."""

from __future__ import annotations

from dataclasses import dataclass, fields
from functools import lru_cache

from sqlalchemy import bindparam, exists, literal_column, or_, select

from finder.db.models import Call, Program, ProgramSource
from finder.domain.taxonomy import (
    SEARCH_VOCABULARIES,
    LocationPrecision,
    Status,
    from_mask,
    iop_not_recorded,
    vocabulary_fields,
)
from finder.services.importing.report import DelistedMark

_P = Program.__table__.c


@dataclass
@vocabulary_fields(SEARCH_VOCABULARIES, after="location_precision", kind="tuple[str, ...]")
class ResultRow:
    """One program found, with its tags in every searchable vocabulary (`types`, `levels`, ...)."""

    id: int
    name: str
    name2: str
    city: str
    state: str
    zip: str
    distance_miles: float
    location_precision: str
    phone: str
    website: str
    status: str = Status.ACTIVE.value
    iop_not_recorded: bool = False
    # where the program is, so a map needs no second query
    latitude: float | None = None
    longitude: float | None = None
    street1: str = ""  # tells apart two programs of one name in one town
    # what the latest call said about room (services/calls.Availability), None when no call did
    availability: object | None = None
    # set when the latest full edition of its directory no longer lists it
    delisted: DelistedMark | None = None

    @property
    def approx(self) -> bool:
        """The distance is measured from the program's ZIP centre (shown with ≈)."""
        return self.location_precision == LocationPrecision.ZIP

    @property
    def do_not_refer(self) -> bool:
        return self.status == Status.DO_NOT_REFER

    def as_json(self) -> dict:
        return {
            "id": self.id,
            "name": self.name,
            "name2": self.name2,
            "city": self.city,
            "state": self.state,
            "zip": self.zip,
            "distance_miles": round(self.distance_miles, 3),
            "location_precision": self.location_precision,
            **{v.json_key: list(getattr(self, v.name)) for v in SEARCH_VOCABULARIES},
            "phone": self.phone,
            "website": self.website,
            "availability": self.availability.as_json() if self.availability is not None else None,
            "delisted": self.delisted.as_json() if self.delisted is not None else None,
        }


def _cursor(conn):
    """A DBAPI cursor; on PostgreSQL one that reads results in binary (floats and ints need no
    parsing from text: the box query of a dense city comes back about 40% sooner)."""
    driver = conn.connection.driver_connection
    return driver.cursor(binary=True) if conn.dialect.name == "postgresql" else driver.cursor()


def run_driver_sql(conn, sql_and_order, params: dict) -> list[tuple]:
    """Execute on the DBAPI cursor: plain tuples, no per-row SQLAlchemy objects."""
    sql, order, constants = sql_and_order
    params = {**constants, **params}
    args = tuple(params[name] for name in order) if order is not None else params
    cur = _cursor(conn)
    try:
        cur.execute(sql, args)
        return cur.fetchall()
    finally:
        cur.close()


def _has_source(directory_type: str):
    # a literal, not a bind parameter: the PostgreSQL fetch below appends its own WHERE to the text
    src = ProgramSource.__table__.c
    kind = literal_column(f"'{directory_type}'")
    return exists().where(src.program_id == _P.id, src.directory_type == kind)


# which national directories describe the program: what iop_not_recorded needs
_DIRECTORY_KINDS = ("mental", "substance")


def _room_said():
    # whether some call said anything about room: most shown programs were never called about it,
    # so the call history is read afterwards for the others only (one query fewer than asking apart)
    c = Call.__table__.c
    return exists().where(
        c.program_id == _P.id,
        or_(c.accepting.is_not(None), c.wait_days.is_not(None), c.next_intake.is_not(None)),
    )


_DETAIL_COLS = (
    _P.id,
    _P.name,
    _P.name2,
    _P.city,
    _P.state,
    _P.zip,
    _P.location_precision,
    *(_P[v.mask_column] for v in SEARCH_VOCABULARIES),
    _P.phone,
    _P.website,
    _P.status,
    _P.latitude,
    _P.longitude,
    _P.street1,
    _P.delisted_since,
    _P.delisted_file,
    _P.delisted_edition,
    *(_has_source(k) for k in _DIRECTORY_KINDS),
    _room_said(),
)
_N_TAGS = len(SEARCH_VOCABULARIES)
FETCH_CHUNK = 250


@lru_cache(maxsize=64)
def fetch_sql(dialect, n: int) -> tuple[str, tuple[str, ...] | None, dict]:
    ids = [bindparam(f"id{i}") for i in range(n)]
    compiled = select(*_DETAIL_COLS).where(_P.id.in_(ids)).compile(dialect=dialect)
    return compiled.string, (tuple(compiled.positiontup) if compiled.positional else None), {}


@lru_cache(maxsize=4)
def _fetch_any_sql(dialect) -> str:
    # PostgreSQL only: one array parameter instead of up to 250 makes the row fetch ~3x cheaper
    base = select(*_DETAIL_COLS).compile(dialect=dialect).string
    return f"{base} WHERE programs.id = ANY(%(ids)s)"


def fetch_rows(conn, ids: list[int]) -> dict[int, tuple]:
    out = {}
    if conn.dialect.name == "postgresql" and ids:
        cur = _cursor(conn)
        try:
            cur.execute(_fetch_any_sql(conn.dialect), {"ids": list(ids)})
            return {row[0]: row for row in cur.fetchall()}
        finally:
            cur.close()
    for start in range(0, len(ids), FETCH_CHUNK):
        chunk = ids[start : start + FETCH_CHUNK]
        # round the size up so a handful of statements serve every result count
        size = min(FETCH_CHUNK, -(-len(chunk) // 25) * 25)
        params = {f"id{i}": chunk[i] if i < len(chunk) else chunk[0] for i in range(size)}
        for row in run_driver_sql(conn, fetch_sql(conn.dialect, size), params):
            out[row[0]] = row
    return out


@lru_cache(maxsize=4096)
def _slugs(vocab: str, mask: int) -> tuple[str, ...]:
    return from_mask(vocab, mask)


_TAG_NAMES = tuple(v.name for v in SEARCH_VOCABULARIES)
_LEVELS_AT = _TAG_NAMES.index("levels")
_KINDS = {
    (m, s): tuple(k for k, present in zip(_DIRECTORY_KINDS, (m, s)) if present)
    for m in (False, True)
    for s in (False, True)
}
# ResultRow is built from positions (a search builds up to a thousand): its fields in this order
_ROW_FIELDS = (
    "id",
    "name",
    "name2",
    "city",
    "state",
    "zip",
    "distance_miles",
    "location_precision",
    *_TAG_NAMES,
    "phone",
    "website",
    "status",
    "iop_not_recorded",
    "latitude",
    "longitude",
    "street1",
    "availability",
    "delisted",
)
if tuple(f.name for f in fields(ResultRow)) != _ROW_FIELDS:
    raise TypeError("ResultRow's fields changed: update _ROW_FIELDS and result_row")


def result_row(row: tuple, dist: float) -> ResultRow:
    pid, name, name2, city, state, zip_, precision = row[:7]
    tags = tuple(map(_slugs, _TAG_NAMES, row[7 : 7 + _N_TAGS]))
    (
        phone,
        website,
        status,
        lat,
        lon,
        street1,
        gone_since,
        gone_file,
        gone_edition,
        mental,
        substance,
        _room,
    ) = row[7 + _N_TAGS :]
    return ResultRow(
        pid,
        name,
        name2,
        city,
        state,
        zip_,
        dist,
        precision or "",
        *tags,
        phone,
        website,
        status,
        iop_not_recorded(tags[_LEVELS_AT], _KINDS[bool(mental), bool(substance)]),
        lat,
        lon,
        street1 or "",
        None,
        None if gone_since is None else DelistedMark.from_columns(gone_since, gone_file, gone_edition),
    )
