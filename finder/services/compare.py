"""Side-by-side comparison of shortlisted programs (Qt-free).

A comparison is a grid: one column per program (at most six, in shortlist order
unless the user picks an order), one row per attribute and per checklist
question. Every cell is a value (slugs, numbers, dates, an Availability, a call
record, an answer), never a sentence: finder/texts/compare.py words the grid once
for the window, the PDF and the CSV alike, and says which rows differ.
"""

from __future__ import annotations

import csv
import os
import tempfile
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path

from finder.domain.checklist import QUESTIONS
from finder.domain.taxonomy import REGISTRY, Status
from finder.errors import UserError
from finder.services.availability import Availability
from finder.services.checklists import get_checklist
from finder.services.directory import ProgramDetail, get_programs, parse_id
from finder.services.files import checked_target
from finder.services.importing.report import DelistedMark
from finder.services.needs import NeedsMet, needs_met
from finder.services.shortlists import ShortlistEntry, ShortlistInfo, get_shortlist

MAX_PROGRAMS = 6
PROGRAM_SECTION = ""  # the section of the attribute rows (the checklist's rows carry their own)


class TooManyPrograms(UserError):
    """The shortlist holds more programs than a comparison can show; the caller must pick."""

    def __init__(self, shortlist: str, count: int) -> None:
        super().__init__(
            "compare-choose-ids",
            shortlist,
            count,
            MAX_PROGRAMS,
        )
        self.count = count


# ---------------------------------------------------------------- the cells' values


@dataclass(frozen=True)
class Distance:
    miles: float | None  # None: the shortlist has no starting place, or the program no location
    approx: bool = False  # measured from the program's ZIP centre


@dataclass(frozen=True)
class Phones:
    main: str
    intake: str


@dataclass(frozen=True)
class TagsCell:
    """One vocabulary's slugs at a program; for levels, whether the data cannot say IOP."""

    vocabulary: str
    slugs: tuple[str, ...]
    iop_not_recorded: bool = False


@dataclass(frozen=True)
class StatusCell:
    status: str  # Status: "active" or "do-not-refer"
    reason: str = ""
    delisted: DelistedMark | None = None


@dataclass(frozen=True)
class Progress:
    asked: int
    total: int


@dataclass(frozen=True)
class AnswerCell:
    answer: str  # checklist ANSWERS ("yes", "not-asked", "answered", ...)
    note: str
    kind: str  # YES_NO or OPEN


@dataclass
class ComparedProgram:
    """The column heading: who the program is and whether it may be referred to."""

    id: int
    name: str
    name2: str
    city: str
    state: str
    do_not_refer: bool
    delisted: DelistedMark | None = None  # the latest full edition of its directory no longer lists it
    latitude: float | None = None  # where it is, for the map on paper
    longitude: float | None = None
    exact: bool = False  # False: the program's ZIP centre

    @property
    def title(self) -> str:
        return self.name + (f" — {self.name2}" if self.name2 else "")


@dataclass
class ComparisonRow:
    """One attribute or question across the programs.

    key: "distance", "needs", "address", "phones", a vocabulary's name ("levels"), "languages",
    "accreditation", "verified", "status", "room", "last-call", "note", "asked", or "q:<question id>".
    values, one per program, by key: Distance, NeedsMet, str, Phones, TagsCell, tuple of language
    slugs, tuple of accreditation names, date or None, StatusCell, Availability or None, a
    calls.CallRecord or None, str, Progress, AnswerCell.
    """

    key: str
    section: str  # PROGRAM_SECTION, or the checklist section of a question ("Fit", "Medical care", ...)
    values: list = field(default_factory=list)

    @property
    def is_question(self) -> bool:
        return self.key.startswith("q:")

    @property
    def question_id(self) -> str:
        return self.key[2:] if self.is_question else ""


@dataclass
class Comparison:
    shortlist: str
    origin_label: str  # "" when the shortlist has no origin
    programs: list[ComparedProgram]
    rows: list[ComparisonRow] = field(default_factory=list)
    origin_lat: float | None = None  # the shortlist's starting place, for the map on paper
    origin_lon: float | None = None
    today: date | None = None  # the day the ages of calls are counted from (None: the real today)

    def row(self, key: str) -> ComparisonRow:
        return next(r for r in self.rows if r.key == key)

    def select(self, columns: list[int]) -> Comparison:
        """The same comparison with only these program columns, in this order (indexes into programs)."""
        return Comparison(
            self.shortlist,
            self.origin_label,
            [self.programs[i] for i in columns],
            [ComparisonRow(r.key, r.section, [r.values[i] for i in columns]) for r in self.rows],
            self.origin_lat,
            self.origin_lon,
            self.today,
        )


# ---------------------------------------------------------------- choosing the programs


def parse_ids(raw: str) -> list[int]:
    """'12, 15,9' -> [12, 15, 9]; refuses repeats, blanks and more than six."""
    parts = [x.strip() for x in (raw or "").split(",")]
    if not any(parts):
        raise UserError("compare-ids-not-numbers")
    ids = [parse_id(x) for x in parts if x]
    seen = set()
    for pid in ids:
        if pid in seen:
            raise UserError("compare-id-twice", pid)
        seen.add(pid)
    return ids


def choose_entries(info: ShortlistInfo, ids: list[int] | None = None) -> list[ShortlistEntry]:
    """The shortlist entries to compare, in the order to show them.

    Without `ids`: every program in shortlist order, refused (TooManyPrograms) when
    there are more than six. With `ids`: those programs in that order, each of which
    must be on the shortlist.
    """
    if not info.programs:
        raise UserError(
            "compare-empty-shortlist",
            info.name,
        )
    if ids is None:
        if len(info.programs) > MAX_PROGRAMS:
            raise TooManyPrograms(info.name, len(info.programs))
        return list(info.programs)
    if not ids:
        raise UserError("compare-none-chosen")
    if len(ids) > MAX_PROGRAMS:
        raise UserError("compare-too-many", MAX_PROGRAMS, len(ids))
    by_id = {e.program_id: e for e in info.programs}
    for pid in ids:
        if pid not in by_id:
            raise UserError("compare-not-on-shortlist", pid, info.name)
    return [by_id[pid] for pid in ids]


# ---------------------------------------------------------------- building


def _tags(vocab: str):
    def cell(p: ProgramDetail) -> TagsCell:
        return TagsCell(vocab, tuple(getattr(p, vocab)), vocab == "levels" and p.iop_not_recorded)

    return cell


def _verified(p: ProgramDetail) -> date | None:
    try:
        return date.fromisoformat((p.verified_on or "")[:10])
    except ValueError:
        return None


def _status(p: ProgramDetail) -> StatusCell:
    status = p.status or Status.ACTIVE
    reason = p.status_reason if status == Status.DO_NOT_REFER else ""
    return StatusCell(str(status), reason or "", p.delisted)


# the attribute rows in order: (key, the cell's value of a program); "distance" comes from the entry
ATTRIBUTES = (
    ("distance", None),
    ("address", lambda p: p.address or ""),
    ("phones", lambda p: Phones(p.phone or "", p.intake_phone or "")),
    # one row per vocabulary of the registry, keyed by its name: "types", "levels", ...
    *((v.name, _tags(v.name)) for v in REGISTRY),
    ("accreditation", lambda p: tuple(p.accreditation)),
    ("verified", _verified),
    ("status", _status),
)
# then the phone work and the shortlist's own rows; with needs, "needs" comes after "distance"
CALL_ROWS = ("room", "last-call", "note", "asked")
ATTRIBUTE_KEYS = [key for key, _f in ATTRIBUTES] + list(CALL_ROWS)


def build_comparison(
    db, shortlist: str, ids: list[int] | None = None, *, today: date | None = None
) -> Comparison:
    """Everything to compare for programs on a shortlist (see `choose_entries` for `ids`).

    Raises UserError for an unknown or empty shortlist, a program not on it, or
    more than six programs without a choice (TooManyPrograms).
    """
    info = get_shortlist(db, shortlist)
    entries = choose_entries(info, ids)
    pids = [e.program_id for e in entries]
    details = {p.id: p for p in get_programs(db, pids)}
    checklists = [get_checklist(db, pid, info.name) for pid in pids]
    progs = [details[pid] for pid in pids]

    rows: list[ComparisonRow] = []
    for key, value in ATTRIBUTES:
        if value is None:
            rows.append(ComparisonRow(key, PROGRAM_SECTION, [_distance(e) for e in entries]))
        else:
            rows.append(ComparisonRow(key, PROGRAM_SECTION, [value(p) for p in progs]))
        if key == "distance" and info.needs:
            met: dict[int, NeedsMet] = needs_met(db, info)
            rows.append(ComparisonRow("needs", PROGRAM_SECTION, [met[pid] for pid in pids]))
    # the phone work: what the latest call said about room, and the last call itself
    rooms: list[Availability | None] = [cl.program.room for cl in checklists]
    rows.append(ComparisonRow("room", PROGRAM_SECTION, rooms))
    last = _latest_calls(db, pids)
    rows.append(ComparisonRow("last-call", PROGRAM_SECTION, [last.get(pid) for pid in pids]))
    rows.append(ComparisonRow("note", PROGRAM_SECTION, [" ".join(e.note.split()) for e in entries]))
    rows.append(ComparisonRow("asked", PROGRAM_SECTION, [Progress(cl.asked, cl.total) for cl in checklists]))
    # in the bank's order: each program's checklist puts the questions about its unknown needs first
    for question in QUESTIONS:
        answers = [cl.answer(question.id) for cl in checklists]
        rows.append(
            ComparisonRow(
                f"q:{question.id}",
                question.section,
                [AnswerCell(a.answer, " ".join((a.note or "").split()), question.kind) for a in answers],
            )
        )
    programs = [
        ComparedProgram(
            p.id,
            p.name,
            p.name2,
            p.city,
            p.state,
            p.status == Status.DO_NOT_REFER,
            p.delisted,
            p.latitude,
            p.longitude,
            p.location_precision not in (None, "zip"),
        )
        for p in progs
    ]
    origin = (info.origin_label or info.origin_query) if info.has_origin else ""
    return Comparison(
        info.name,
        origin,
        programs,
        rows,
        info.origin_lat if info.has_origin else None,
        info.origin_lon if info.has_origin else None,
        today,
    )


def _distance(e: ShortlistEntry) -> Distance:
    return Distance(e.distance_miles, bool(e.distance_approx))


def _latest_calls(db, pids: list[int]) -> dict:
    """Each program's latest call (calls.CallRecord), for those with one."""
    from finder.services.calls import list_calls

    out = {}
    for pid in pids:
        latest = next(iter(list_calls(db, pid, limit=1)), None)
        if latest is not None:
            out[pid] = latest
    return out


# ---------------------------------------------------------------- CSV

_FORMULA_STARTS = ("=", "+", "-", "@", "\t", "\r")


def spreadsheet_safe(cell: str) -> str:
    """A cell a spreadsheet would run as a formula gets a leading apostrophe ('=SUM' -> "'=SUM").

    Unlike our directory export, an apostrophe already there is left alone: this
    file is only read by people, never imported back.
    """
    return "'" + cell if cell.startswith(_FORMULA_STARTS) else cell


def write_comparison_csv(rows: list[list[str]], target: str | Path) -> int:
    """Save a worded grid (finder.texts.compare.Worded.table()) as CSV (UTF-8 with BOM,
    spreadsheet-safe cells); returns the number of rows.

    Written to a temporary file and renamed, so a failed save leaves no half file.
    """
    target = checked_target(target, "comparison.csv")
    folder = target.parent
    try:
        fd, tmp = tempfile.mkstemp(prefix=".compare-", suffix=".csv", dir=folder)
    except OSError as exc:
        raise UserError("cannot-write", target, exc.strerror) from None
    try:
        with os.fdopen(fd, "w", newline="", encoding="utf-8-sig") as fh:
            writer = csv.writer(fh)
            for row in rows:
                writer.writerow([spreadsheet_safe(cell) for cell in row])
        os.replace(tmp, target)
    except OSError as exc:
        Path(tmp).unlink(missing_ok=True)
        raise UserError("cannot-write", target, exc.strerror) from None
    return len(rows)
