"""The comparison in the report's language: row labels, sections and the words in the cells.

finder.services.compare builds every cell as English text (Qt-free); this module turns a
Comparison into the same grid in the language installed by finder.reports.i18n.report_language,
for the PDF and the CSV alike. Vocabulary labels and checklist words go through the catalogue's
"vocabulary" and "checklist" contexts; the rest is in context "Comparison". Dates follow QLocale.

Who a program is for reads as what it is: the Treats cell says "a program for teens" instead of
listing "Teen" among what it treats (English too).
"""

from __future__ import annotations

from dataclasses import replace
from datetime import date

from PySide6.QtCore import QCoreApplication, QDate, QLocale

from finder.domain.checklist import ANSWER_LABELS
from finder.domain.taxonomy import BY_NAME, IOP_NOT_RECORDED, NOT_RECORDED
from finder.reports.call_texts import delisted_text, last_call_text, room_text
from finder.reports.i18n import checklist_text, vocabulary_text
from finder.services.compare import EMPTY, PROGRAM_SECTION, Comparison, ComparisonRow
from finder.texts import N_

translate = QCoreApplication.translate

# the types that say who a program is for, and how that reads
PROGRAM_FOR = {"Teen": N_("a program for teens"), "Eating disorder": N_("a program for eating disorders")}


def _attribute_label(key: str, label: str) -> str:
    labels = {
        "distance": translate("Comparison", "Distance"),
        "address": translate("Comparison", "Address"),
        "phones": translate("Comparison", "Phones"),
        "accreditation": translate("Comparison", "Accreditation"),
        "verified": translate("Comparison", "Last verified"),
        "status": translate("Comparison", "Status"),
        "room": translate("Comparison", "Room (latest call)"),
        "last-call": translate("Comparison", "Last call"),
        "note": translate("Comparison", "Shortlist note"),
        "asked": translate("Comparison", "Checklist progress"),
        "needs": translate("Comparison", "Meets the needs"),
    }
    return labels.get(key, label)


def section_title(section: str) -> str:
    return translate("Comparison", "Program") if section == PROGRAM_SECTION else checklist_text(section)


def treats_cell(value: str) -> str:
    """'Addiction, Teen' -> 'Addiction; a program for teens' (translated)."""
    if value == EMPTY:
        return value
    parts = value.split(", ")
    treats = [vocabulary_text(p) for p in parts if p not in PROGRAM_FOR]
    who = [translate("Comparison", PROGRAM_FOR[p]) for p in parts if p in PROGRAM_FOR]
    return "; ".join(x for x in [", ".join(treats), *who] if x)


def _labels_cell(value: str) -> str:
    if value == EMPTY:
        return value
    if value == f"{EMPTY} ({NOT_RECORDED}; ask)":  # a vocabulary no directory records
        return EMPTY + " " + translate("Comparison", "(not recorded; ask)")
    return ", ".join(
        vocabulary_text(p) if p != IOP_NOT_RECORDED else vocabulary_text(IOP_NOT_RECORDED)
        for p in value.split(", ")
    )


def _answer_cell(value: str) -> str:
    word, sep, note = value.partition(" — ")
    if word in ANSWER_LABELS.values():
        return checklist_text(word) + (sep + note if sep else "")
    return value


def format_day(iso: str, locale: QLocale) -> str:
    """'2024-12-01' as the language writes a date (as given when it is not an ISO date)."""
    try:
        d = date.fromisoformat(iso.strip())
    except ValueError:
        return iso
    # Translators: a Qt date format (QDate::toString), e.g. "d 'de' MMMM 'de' yyyy"
    return locale.toString(
        QDate(d.year, d.month, d.day), translate("Comparison", "MMMM d, yyyy", "date format")
    )


def _status_cell(value: str, delisted=None) -> str:
    head, sep, rest = value.partition("; ")
    if delisted is not None and sep:  # "…; Not in the 2025 directory — may have closed; call to check"
        rest = delisted_text(delisted)
    if head == "Active":
        head = translate("Comparison", "Active")
    elif head.startswith("Do not refer"):
        head = translate("Comparison", "Do not refer") + head[len("Do not refer") :]
    return head + sep + rest


def _asked_cell(value: str) -> str:
    parts = value.split()
    if len(parts) == 4 and parts[1] == "of" and parts[3] == "asked":
        return translate("Comparison", "%1 of %2 asked").replace("%1", parts[0]).replace("%2", parts[2])
    return value


def _phones_cell(value: str) -> str:
    """'main 949-… · intake 949-…' (finder.domain.validation.phones_line) with its words translated."""
    words = {"main": translate("Comparison", "main"), "intake": translate("Comparison", "intake")}
    out = []
    for part in value.split(" · "):
        word, sep, number = part.partition(" ")
        out.append(words[word] + sep + number if word in words else part)
    return " · ".join(out)


def needs_text(value: str) -> str:
    """'No: Medicaid · Unknown: IOP' (finder.services.needs) or 'All met', translated."""
    words = {"No": translate("Comparison", "No"), "Unknown": translate("Comparison", "Unknown")}
    if value == "All met":
        return translate("Comparison", "All met")
    out = []
    for part in value.split(" · "):
        word, sep, labels = part.partition(": ")
        out.append(
            words[word] + sep + ", ".join(vocabulary_text(x) for x in labels.split(", "))
            if sep and word in words
            else part
        )
    return " · ".join(out)


def cell_text(row: ComparisonRow, value: str, locale: QLocale, fact=None) -> str:
    """One cell in the current language; `fact`: what the services made it from (ComparisonRow.facts)."""
    if fact is not None and row.key == "room":
        return room_text(fact, locale)
    if fact is not None and row.key == "last-call":
        return last_call_text(fact, locale)
    if row.is_question:
        return _answer_cell(value)
    if row.key == "types":
        return treats_cell(value)
    if row.key in BY_NAME:
        return _labels_cell(value)
    simple = {
        "Never": translate("Comparison", "Never"),
        "no call said": translate("Comparison", "no call said"),
        "none logged": translate("Comparison", "none logged"),
    }
    if value in simple:
        return simple[value]
    if row.key == "verified":
        return format_day(value, locale)
    if row.key == "status":
        return _status_cell(value, fact)
    if row.key == "asked":
        return _asked_cell(value)
    if row.key == "phones":
        return _phones_cell(value)
    if row.key == "needs":
        return needs_text(value)
    return value


class TranslatedComparison(Comparison):
    """A Comparison whose CSV headings are in the report's language too."""

    def table(self) -> list[list[str]]:
        out = [[translate("Comparison", "Program"), *[p.title for p in self.programs]]]
        for r in self.rows:
            label = (
                translate("Comparison", "Checklist · %1: %2").replace("%1", r.section).replace("%2", r.label)
                if r.is_question
                else r.label
            )
            out.append([label, *r.values])
        return out


def translated(c: Comparison, locale: QLocale | None = None) -> TranslatedComparison:
    """The comparison in the language of the current report_language block (English outside one)."""
    locale = locale or QLocale()
    rows = []
    for r in c.rows:
        if r.is_question:
            label = checklist_text(r.label)
        elif r.key in BY_NAME:
            label = vocabulary_text(BY_NAME[r.key].compare_label)
        else:
            label = _attribute_label(r.key, r.label)
        facts = r.facts or [None] * len(r.values)
        rows.append(
            replace(
                r,
                section=section_title(r.section) if r.section != PROGRAM_SECTION else r.section,
                label=label,
                values=[cell_text(r, v, locale, f) for v, f in zip(r.values, facts)],
            )
        )
    programs = [
        replace(p, delisted=delisted_text(p.delisted_mark)) if p.delisted_mark is not None else p
        for p in c.programs
    ]
    return TranslatedComparison(c.shortlist, c.origin_label, programs, rows, c.origin_lat, c.origin_lon)
