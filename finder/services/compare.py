"""Side-by-side comparison of shortlisted programs (Qt-free).

A comparison is a grid: one column per program (at most six, in shortlist order
unless the user picks an order), one row per attribute and per checklist
question. Every cell is already text, so the window, the PDF and the CSV all
show the same words; `differs` tells which rows do not read the same everywhere.
"""

from __future__ import annotations

import csv
import os
import tempfile
from dataclasses import dataclass, field
from pathlib import Path

from finder.domain.checklist import ANSWER_LABELS, NOT_ASKED, OPEN, QUESTIONS, YES_NO
from finder.domain.taxonomy import IOP_NOT_RECORDED, NOT_RECORDED, REGISTRY, Status, Vocabulary
from finder.domain.validation import phones_line
from finder.errors import UserError
from finder.services.checklists import get_checklist
from finder.services.directory import ProgramDetail, get_programs, parse_id
from finder.services.files import checked_target
from finder.services.importing.report import DelistedMark
from finder.services.needs import needs_met
from finder.services.shortlists import ShortlistEntry, ShortlistInfo, get_shortlist

MAX_PROGRAMS = 6
EMPTY = "—"
PROGRAM_SECTION = "Program"
CHECKLIST_PREFIX = "Checklist"


class TooManyPrograms(UserError):
    """The shortlist holds more programs than a comparison can show; the caller must pick."""

    def __init__(self, shortlist: str, count: int) -> None:
        super().__init__(
            "the shortlist '%1' has %2 programs and a comparison shows at most "
            "%3; choose them with --ids ID,ID,... (ids from 'finder shortlist list')",
            shortlist,
            count,
            MAX_PROGRAMS,
        )
        self.count = count


@dataclass
class ComparedProgram:
    """The column heading: who the program is and whether it may be referred to."""

    id: int
    name: str
    name2: str
    city: str
    state: str
    do_not_refer: bool
    # "Not in the 2025 directory — may have closed; call to check", or "" while listed
    delisted: str = ""
    latitude: float | None = None  # where it is, for the map on paper
    longitude: float | None = None
    exact: bool = False  # False: the program's ZIP centre
    delisted_mark: DelistedMark | None = (
        None  # the same as data (importing.report.DelistedMark), for other languages
    )

    @property
    def title(self) -> str:
        return self.name + (f" — {self.name2}" if self.name2 else "")


@dataclass
class ComparisonRow:
    key: str  # stable: "distance", "levels", "q:fit-ages", ...
    section: str  # "Program", or the checklist section ("Fit", "Medical care", ...)
    label: str
    values: list[str]
    # what some cells were made from, per program (Availability, CallRecord, DelistedMark or None),
    # for reports in another language (finder/reports/call_texts.py); empty for the other rows
    facts: list = field(default_factory=list)

    @property
    def is_question(self) -> bool:
        return self.key.startswith("q:")

    @property
    def full_label(self) -> str:
        """The label with its checklist section, for places that show no section headings (CSV)."""
        return f"{CHECKLIST_PREFIX} · {self.section}: {self.label}" if self.is_question else self.label

    @property
    def differs(self) -> bool:
        """True when at least two programs read differently here (needs two or more programs)."""
        return len({_comparable(v) for v in self.values}) > 1


@dataclass
class Comparison:
    shortlist: str
    origin_label: str  # "" when the shortlist has no origin
    programs: list[ComparedProgram]
    rows: list[ComparisonRow] = field(default_factory=list)
    origin_lat: float | None = None  # the shortlist's starting place, for the map on paper
    origin_lon: float | None = None

    @property
    def differing(self) -> list[ComparisonRow]:
        return [r for r in self.rows if r.differs]

    def select(self, columns: list[int]) -> Comparison:
        """The same comparison with only these program columns, in this order (indexes into programs)."""
        return Comparison(
            self.shortlist,
            self.origin_label,
            [self.programs[i] for i in columns],
            [
                ComparisonRow(
                    r.key,
                    r.section,
                    r.label,
                    [r.values[i] for i in columns],
                    [r.facts[i] for i in columns] if r.facts else [],
                )
                for r in self.rows
            ],
            self.origin_lat,
            self.origin_lon,
        )

    def table(self) -> list[list[str]]:
        """The grid as CSV rows: a heading row of program names, then one row per attribute."""
        out = [["Program", *[p.title for p in self.programs]]]
        out += [[r.full_label, *r.values] for r in self.rows]
        return out


def _comparable(value: str) -> str:
    return " ".join(value.split()).casefold()


# ---------------------------------------------------------------- choosing the programs


def parse_ids(raw: str) -> list[int]:
    """'12, 15,9' -> [12, 15, 9]; refuses repeats, blanks and more than six."""
    parts = [x.strip() for x in (raw or "").split(",")]
    if not any(parts):
        raise UserError("--ids needs program ids separated by commas, e.g. --ids 12,15,9")
    ids = [parse_id(x) for x in parts if x]
    seen = set()
    for pid in ids:
        if pid in seen:
            raise UserError("program %1 is named twice in --ids", pid)
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
            "the shortlist '%1' has no programs to compare; add some with "
            "'finder shortlist add \"%1\" ID...'",
            info.name,
        )
    if ids is None:
        if len(info.programs) > MAX_PROGRAMS:
            raise TooManyPrograms(info.name, len(info.programs))
        return list(info.programs)
    if not ids:
        raise UserError("choose at least one program to compare")
    if len(ids) > MAX_PROGRAMS:
        raise UserError("a comparison shows at most %1 programs; %2 were given", MAX_PROGRAMS, len(ids))
    by_id = {e.program_id: e for e in info.programs}
    for pid in ids:
        if pid not in by_id:
            raise UserError(
                "program %1 is not on the shortlist '%2' (see 'finder shortlist list')", pid, info.name
            )
    return [by_id[pid] for pid in ids]


# ---------------------------------------------------------------- building


def _tags(vocab: Vocabulary):
    """The cell of one vocabulary's row: its labels, and for levels whether IOP is not recorded."""

    def cell(p: ProgramDetail) -> str:
        names = [vocab.label(s) for s in getattr(p, vocab.name)]
        if vocab.name == "levels" and p.iop_not_recorded:
            names.append(IOP_NOT_RECORDED)
        if not names and not vocab.recorded:
            return f"{EMPTY} ({NOT_RECORDED}; ask)"  # no directory says: unknown, not "none"
        return ", ".join(names) or EMPTY

    return cell


def _phones(p: ProgramDetail) -> str:
    return phones_line(p.phone, p.intake_phone) or EMPTY


def _status(p: ProgramDetail) -> str:
    if p.status == Status.DO_NOT_REFER:
        text = "Do not refer" + (f": {p.status_reason}" if p.status_reason else "")
    else:
        text = "Active" if p.status in ("", Status.ACTIVE) else p.status.capitalize()
    return f"{text}; {p.delisted.text()}" if p.delisted is not None else text


def answer_text(answer: str, note: str, kind: str = YES_NO) -> str:
    """'Yes', or 'Yes — the note' when a note was written (also for 'Not asked').

    An open question ("How does intake work?") is answered by its note: the cell is the note
    itself, or 'Not asked' when there is none.
    """
    note = " ".join((note or "").split())
    if kind == OPEN:
        return note or ANSWER_LABELS[NOT_ASKED]
    label = ANSWER_LABELS.get(answer, ANSWER_LABELS[NOT_ASKED])
    return f"{label} — {note}" if note else label


_ATTRIBUTES = (
    ("distance", "Distance", None),
    ("address", "Address", lambda p: p.address or EMPTY),
    ("phones", "Phones", _phones),
    # one row per vocabulary of the registry, keyed by its name: "types", "levels", ...
    *((v.name, v.compare_label, _tags(v)) for v in REGISTRY),
    ("accreditation", "Accreditation", lambda p: ", ".join(p.accreditation) or EMPTY),
    ("verified", "Last verified", lambda p: p.verified_on or "Never"),
    ("status", "Status", _status),
)

NEEDS_LABEL = "Meets the needs"  # only when the shortlist has needs: what is not met or unknown
# every comparison's rows, in order (with needs, NEEDS_LABEL comes after "Distance")
ATTRIBUTE_LABELS = [label for _key, label, _f in _ATTRIBUTES] + [
    "Room (latest call)",
    "Last call",
    "Shortlist note",
    "Checklist progress",
]


def build_comparison(db, shortlist: str, ids: list[int] | None = None) -> Comparison:
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
    for key, label, value in _ATTRIBUTES:
        if key == "distance":
            values = [e.distance_label for e in entries]
        else:
            values = [value(p) for p in progs]
        rows.append(
            ComparisonRow(
                key, PROGRAM_SECTION, label, values, [p.delisted for p in progs] if key == "status" else []
            )
        )
        if key == "distance" and info.needs:
            met = needs_met(db, info)
            rows.append(
                ComparisonRow("needs", PROGRAM_SECTION, NEEDS_LABEL, [met[pid].summary for pid in pids])
            )
    # the phone work: what the latest call said about room, and the last call itself
    rows.append(
        ComparisonRow(
            "room",
            PROGRAM_SECTION,
            "Room (latest call)",
            [cl.program.availability or "no call said" for cl in checklists],
            [cl.program.room for cl in checklists],
        )
    )
    last = _latest_calls(db, pids)
    rows.append(
        ComparisonRow(
            "last-call",
            PROGRAM_SECTION,
            "Last call",
            [last_call_text(last[pid]) if pid in last else "none logged" for pid in pids],
            [last.get(pid) for pid in pids],
        )
    )
    rows.append(
        ComparisonRow(
            "note", PROGRAM_SECTION, "Shortlist note", [" ".join(e.note.split()) or EMPTY for e in entries]
        )
    )
    rows.append(
        ComparisonRow(
            "asked",
            PROGRAM_SECTION,
            "Checklist progress",
            [f"{cl.asked} of {cl.total} asked" for cl in checklists],
        )
    )
    # in the bank's order: each program's checklist puts the questions about its unknown needs first
    for question in QUESTIONS:
        answers = [cl.answer(question.id) for cl in checklists]
        rows.append(
            ComparisonRow(
                f"q:{question.id}",
                question.section,
                question.text,
                [answer_text(a.answer, a.note, question.kind) for a in answers],
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
            p.delisted.text() if p.delisted is not None else "",
            p.latitude,
            p.longitude,
            p.location_precision not in (None, "zip"),
            p.delisted,
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
    )


def _latest_calls(db, pids: list[int]) -> dict:
    """Each program's latest call (calls.CallRecord), for those with one."""
    from finder.services.calls import list_calls

    out = {}
    for pid in pids:
        latest = next(iter(list_calls(db, pid, limit=1)), None)
        if latest is not None:
            out[pid] = latest
    return out


def last_call_text(latest) -> str:
    """'Voicemail, Nov 28 (follow up Dec 2)'."""
    from finder.services.calls import OUTCOME_LABELS

    follow = (
        f" (follow up {latest.follow_up:%b} {latest.follow_up.day})"
        if latest.follow_up and not latest.follow_up_done
        else ""
    )
    return f"{OUTCOME_LABELS[latest.outcome]}, {latest.at:%b} {latest.at.day}{follow}"


# ---------------------------------------------------------------- CSV

_FORMULA_STARTS = ("=", "+", "-", "@", "\t", "\r")


def spreadsheet_safe(cell: str) -> str:
    """A cell a spreadsheet would run as a formula gets a leading apostrophe ('=SUM' -> "'=SUM").

    Unlike our directory export, an apostrophe already there is left alone: this
    file is only read by people, never imported back.
    """
    return "'" + cell if cell.startswith(_FORMULA_STARTS) else cell


def write_comparison_csv(comparison: Comparison, target: str | Path) -> int:
    """Save the grid as CSV (UTF-8 with BOM, spreadsheet-safe cells); returns the number of rows.

    Written to a temporary file and renamed, so a failed save leaves no half file.
    """
    target = checked_target(target, "comparison.csv")
    folder = target.parent
    rows = comparison.table()
    try:
        fd, tmp = tempfile.mkstemp(prefix=".compare-", suffix=".csv", dir=folder)
    except OSError as exc:
        raise UserError("cannot write %1: %2", target, exc.strerror) from None
    try:
        with os.fdopen(fd, "w", newline="", encoding="utf-8-sig") as fh:
            writer = csv.writer(fh)
            for row in rows:
                writer.writerow([spreadsheet_safe(cell) for cell in row])
        os.replace(tmp, target)
    except OSError as exc:
        Path(tmp).unlink(missing_ok=True)
        raise UserError("cannot write %1: %2", target, exc.strerror) from None
    return len(rows)
