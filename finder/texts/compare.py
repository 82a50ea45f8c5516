"""The comparison in words: row labels, sections and every cell, in the current language.

finder.services.compare builds a grid of values; `worded(comparison)` turns it into the grid a
person reads, once, for the window (finder/ui/compare_model.py), the PDF and the CSV
(finder/reports/compare_report.py). Which rows differ is decided on the words, so what looks
the same on paper is the same.

Who a program is for reads as what it is: the Treats cell says "a program for teens" instead of
listing "Teen" among what it treats.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date

from finder.domain.checklist import ANSWER_LABELS, NOT_ASKED, OPEN, QUESTIONS
from finder.domain.geo import format_distance
from finder.domain.taxonomy import BY_NAME, Status
from finder.domain.validation import format_phone
from finder.errors import fill
from finder.texts import N_, _, n_
from finder.texts import availability as room_words
from finder.texts.dates import long_date
from finder.texts.vocab import (
    compare_label,
    family,
    for_whom,
    iop_not_recorded,
    key_label,
    label,
)

EMPTY = "—"
ROW_LABELS = {
    "distance": N_("Distance"),
    "needs": N_("Meets the needs"),
    "address": N_("Address"),
    "phones": N_("Phones"),
    "accreditation": N_("Accreditation"),
    "verified": N_("Last verified"),
    "status": N_("Status"),
    "room": N_("Room (latest call)"),
    "last-call": N_("Last call"),
    "note": N_("Shortlist note"),
    "asked": N_("Checklist progress"),
}
_QUESTIONS = {q.id: q for q in QUESTIONS}


@dataclass
class WordedRow:
    key: str  # as the service's row: "levels", "q:fit-ages", ...
    section: str  # "" for the attribute rows, else the checklist section in words
    label: str
    cells: list[str] = field(default_factory=list)

    @property
    def is_question(self) -> bool:
        return self.key.startswith("q:")

    @property
    def full_label(self) -> str:
        """The label with its checklist section, for places that show no section headings (CSV, tooltips)."""
        return fill(_("Checklist · %1: %2"), (self.section, self.label)) if self.is_question else self.label

    def differs_in(self, columns) -> bool:
        """True when at least two of these columns read differently (case and spacing aside)."""
        return len({" ".join(self.cells[c].split()).casefold() for c in columns}) > 1

    @property
    def differs(self) -> bool:
        return self.differs_in(range(len(self.cells)))


@dataclass
class Worded:
    """A comparison in words: the service's programs (names as typed), the rows worded."""

    shortlist: str
    origin_label: str
    programs: list  # finder.services.compare.ComparedProgram
    rows: list[WordedRow]
    origin_lat: float | None = None
    origin_lon: float | None = None

    @property
    def differing(self) -> list[WordedRow]:
        return [r for r in self.rows if r.differs]

    def table(self) -> list[list[str]]:
        """The grid as CSV rows: a heading row of program names, then one row per attribute."""
        out = [[_("Program"), *[p.title for p in self.programs]]]
        out += [[r.full_label, *r.cells] for r in self.rows]
        return out


# ---------------------------------------------------------------- cells


def tags_cell(cell) -> str:
    """A vocabulary's labels ('Outpatient, IOP: not recorded'); the Treats row says whom it is for."""
    vocab = cell.vocabulary
    if vocab == "types":
        treats = [label(vocab, s) for s in cell.slugs if not for_whom(vocab, s)]
        who = [_lower_first(family(vocab, s)) for s in cell.slugs if for_whom(vocab, s)]
        return "; ".join(x for x in [", ".join(treats), *who] if x) or EMPTY
    names = [label(vocab, s) for s in cell.slugs]
    if cell.iop_not_recorded:
        names.append(iop_not_recorded())
    if not names and not BY_NAME[vocab].recorded:
        return EMPTY + " " + _("(not recorded; ask)")  # no directory says: unknown, not "none"
    return ", ".join(names) or EMPTY


def _lower_first(text: str) -> str:
    return text[:1].lower() + text[1:]


def phones_cell(phones) -> str:
    """'main 949-629-3730 · intake 949-629-3731'."""
    parts = [f"{_('main')} {format_phone(phones.main)}" if phones.main else ""]
    parts.append(f"{_('intake')} {format_phone(phones.intake)}" if phones.intake else "")
    return " · ".join(x for x in parts if x) or EMPTY


def status_cell(status) -> str:
    """'Active', 'Do not refer: closed its teen program', then the delisted note after '; '."""
    if status.status == Status.DO_NOT_REFER:
        text = _("Do not refer") + (f": {status.reason}" if status.reason else "")
    else:
        text = _("Active") if status.status in ("", Status.ACTIVE) else status.status
    return f"{text}; {room_words.delisted_note(status.delisted)}" if status.delisted is not None else text


def answer_cell(answer) -> str:
    """'Yes', or 'Yes — the note'; an open question's cell is its note, or 'Not asked'."""
    if answer.kind == OPEN:
        return answer.note or _(ANSWER_LABELS[NOT_ASKED])
    word = _(ANSWER_LABELS.get(answer.answer, ANSWER_LABELS[NOT_ASKED]))
    return f"{word} — {answer.note}" if answer.note else word


def needs_count(met) -> str:
    """'2 of 3 needs' ('' with no needs)."""
    if not met.total:
        return ""
    return fill(n_("%1 of %n need", "%1 of %n needs", met.total), (met.met,))


def needs_gap(met) -> str:
    """Only what is not met or unknown: 'No: Medicaid · Unknown: IOP', or 'All met'."""
    parts = []
    if met.not_met:
        parts.append(fill(_("%1: %2"), (_("No"), ", ".join(key_label(k) for k in met.not_met))))
    if met.unknown:
        parts.append(fill(_("%1: %2"), (_("Unknown"), ", ".join(key_label(k) for k in met.unknown))))
    return " · ".join(parts) or _("All met")


def cell(key: str, value, today: date | None = None) -> str:
    """One cell of the row `key` in words."""
    if key.startswith("q:"):
        return answer_cell(value)
    if key in BY_NAME:
        return tags_cell(value)
    if key == "distance":
        return format_distance(value.miles, value.approx)
    if key == "needs":
        return needs_gap(value)
    if key == "phones":
        return phones_cell(value)
    if key == "accreditation":
        return ", ".join(value) or EMPTY
    if key == "verified":
        return long_date(value) if value else _("Never")
    if key == "status":
        return status_cell(value)
    if key == "room":
        return room_words.room_or_none(value, today)
    if key == "last-call":
        return room_words.last_call_of(value)
    if key == "asked":
        return fill(_("%1 of %2 asked"), (value.asked, value.total))
    return " ".join(str(value or "").split()) or EMPTY  # address, the shortlist's note


def row_label(key: str) -> str:
    if key.startswith("q:"):
        q = _QUESTIONS.get(key[2:])
        return _(q.text) if q else key[2:]
    if key in BY_NAME:
        return compare_label(key)
    return _(ROW_LABELS[key]) if key in ROW_LABELS else key


def section_title(section: str) -> str:
    """A checklist section in words ('' for the attribute rows)."""
    return _(section) if section else ""


def worded(c) -> Worded:
    """The comparison (finder.services.compare.Comparison) in the current language."""
    rows = [
        WordedRow(
            r.key, section_title(r.section), row_label(r.key), [cell(r.key, v, c.today) for v in r.values]
        )
        for r in c.rows
    ]
    return Worded(c.shortlist, c.origin_label, list(c.programs), rows, c.origin_lat, c.origin_lon)


def program_delisted(p) -> str:
    """The heading's note on a program no longer listed ('' while listed)."""
    return room_words.delisted_note(p.delisted)
