"""The sentences around the results: the count line, the empty state, the directory line (translated)."""

from __future__ import annotations

import html

from PySide6.QtCore import QT_TRANSLATE_NOOP

from finder.domain.taxonomy import LABELS
from finder.reports.i18n import vocabulary_text
from finder.services.handout import directory_month
from finder.services.overview import DirectoryFacts, SearchOutcome
from finder.services.search import SearchCriteria, SearchResult
from finder.texts.dates import month_year
from finder.ui.texts import arg, translate, translate_n

START_TEXT = QT_TRANSLATE_NOOP(
    "Results",
    "Type a ZIP code (92660), a city (Newport Beach, CA) or a position (33.6,-117.9) "
    "in “Near” and press Enter.",
)
# the count line before any search: START_TEXT already fills the results area below it
START_COUNT = QT_TRANSLATE_NOOP("Results", "No search yet")


def start_text() -> str:
    return translate("Results", START_TEXT)


def start_count() -> str:
    return translate("Results", START_COUNT)


def _n(text: str, n: int, *values) -> str:
    return arg(translate_n("Results", text, n), *values)


def place_of(result: SearchResult) -> str:
    return result.origin.label or result.origin.query


def count_line(result: SearchResult) -> str:
    """E.g. '143 programs within 25 mi of Newport Beach, CA 92660 (12 without a location not shown)'."""
    c = result.criteria
    text = _n("%n program(s) within %1 mi of %2", result.total, f"{c.radius_miles:g}", place_of(result))
    if len(result.results) < result.total:
        text += _n(", showing the nearest %n", len(result.results))
    if result.unlocated_skipped:
        text += _n(" (%n without a location not shown)", result.unlocated_skipped)
    if any(r.location_precision == "zip" for r in result.results):
        text += translate("Results", " · ≈ measured from a ZIP centre")
    return text


def statewide_line(statewide) -> str:
    """' · Telehealth programs in California: 42, listed after these …' ('' when not asked)."""
    if statewide is None:
        return ""
    from finder.texts.states import state_name

    if not statewide.state:
        return translate("Results", " · the starting place is in no state the ZIP list knows")
    text = arg(
        translate("Results", " · Telehealth programs in %1: %2, listed after these"),
        state_name(statewide.state),
        f"{statewide.total:,}",
    )
    if len(statewide.results) < statewide.total:
        text += _n(" (the nearest %n)", len(statewide.results))
    return text + translate("Results", ". Telehealth rules vary by state and by insurer.")


def active_filters(c: SearchCriteria) -> list[str]:
    """The filters in force, in words, for telling the user what to loosen.

    The headings and the vocabulary labels are in the window's language.
    """
    out = []
    for vocab, title in (
        ("types", "Treats"),
        ("levels", "Level of care"),
        ("payments", "Payment"),
        ("populations", "Serves"),
    ):
        slugs = getattr(c, vocab)
        if slugs:
            labels = ", ".join(vocabulary_text(LABELS.get(s, s)) for s in slugs)  # in the window's language
            out.append(arg(translate("Results", "%1: %2"), translate("SearchPanel", title), labels))
    if c.text.strip():
        out.append(arg(translate("Results", "name or city contains “%1”"), c.text.strip()))
    if c.hide_do_not_refer:
        out.append(translate("Results", "do-not-refer programs hidden"))
    return out


def empty_text(outcome: SearchOutcome) -> str:
    """What to loosen when nothing matched, with numbers from the looser searches."""
    result = outcome.result
    c = result.criteria
    miles = f"{c.radius_miles:g}"
    lines = [
        arg(
            translate("Results", "No programs within %1 mi of %2 match this search."), miles, place_of(result)
        )
    ]
    filters = active_filters(c)
    if filters:
        lines.append(arg(translate("Results", "Filters in force: %1."), "; ".join(filters)))
        if outcome.without_filters:
            what = translate("Results", " or ").join(
                x
                for x in (
                    translate("Results", "untick some boxes")
                    if (c.types or c.levels or c.payments or c.populations)
                    else "",
                    translate("Results", "clear the text") if c.text.strip() else "",
                    translate("Results", "show do-not-refer programs") if c.hide_do_not_refer else "",
                )
                if x
            )
            why = (
                translate(
                    "Results", " (every box ticked under Treats and Serves must apply, so each one narrows)"
                )
                if c.types or c.populations
                else ""
            )
            lines.append(
                _n(
                    "Without filters there are %n program(s) within %1 mi: %2%3.",
                    outcome.without_filters,
                    miles,
                    what,
                    why,
                )
            )
        elif outcome.without_filters == 0:
            lines.append(arg(translate("Results", "Even without filters nothing lies within %1 mi."), miles))
    if outcome.wider_radius is not None:
        wider = f"{outcome.wider_radius:g}"
        if outcome.wider_total:
            lines.append(
                _n(
                    "Widening the radius to %1 mi finds %n program(s) with these filters.",
                    outcome.wider_total,
                    wider,
                )
                if filters
                else _n("Widening the radius to %1 mi finds %n program(s).", outcome.wider_total, wider)
            )
        else:
            lines.append(
                arg(
                    translate(
                        "Results",
                        "Widening the radius to %1 mi finds none either; try fewer filters or another "
                        "origin.",
                    )
                    if filters
                    else translate(
                        "Results", "Widening the radius to %1 mi finds none either; try another origin."
                    ),
                    wider,
                )
            )
    if result.unlocated_skipped:
        lines.append(
            _n(
                "%n program(s) match(es) but (has/have) no location, so a distance search cannot "
                "include (it/them).",
                result.unlocated_skipped,
            )
        )
    return "\n\n".join(lines)


def directory_line(f: DirectoryFacts) -> str:
    head = (
        arg(translate("Results", "Directory as of %1"), month_year(directory_month(f.as_of)))
        if f.as_of
        else translate("Results", "Directory")
    )
    text = head + _n(" · %n program(s)", f.total)
    if f.total:
        if f.zip_only == f.total:
            text += translate("Results", " · all located by ZIP centre only")
        elif f.zip_only:
            text += _n(" · %n located by ZIP centre only", f.zip_only)
        if f.unlocated:
            text += _n(" · %n without a location", f.unlocated)
    return text


def about_html(version: str, facts: DirectoryFacts | None, citation: str) -> str:
    """The About box (rich text): what the app is for, whose data it shows, the caution about choosing.

    The source and date come from the directory file: escaped, so they read as stored.
    """
    source = html.escape(
        facts.source
        if facts and facts.source
        else "SAMHSA National Directories of Drug and Alcohol Use and Mental Health Treatment Facilities"
    )
    as_of = (
        arg(translate("Results", " (as of %1)"), html.escape(month_year(directory_month(facts.as_of))))
        if facts and facts.as_of
        else ""
    )
    version, citation = html.escape(version), html.escape(citation)
    return (
        f"<h3>Program Finder {version}</h3>"
        "<p>"
        + translate(
            "Results", "Find and vet intensive outpatient and other behavioral-health programs, offline."
        )
        + "</p><p>"
        + arg(
            translate(
                "Results",
                "Directory data: %1%2, published by the Substance Abuse and Mental Health Services "
                "Administration (SAMHSA), U.S. Department of Health and Human Services. Locations are "
                "the centres of ZIP codes unless marked otherwise. Program Finder is not affiliated "
                "with or endorsed by SAMHSA.",
            ),
            source,
            as_of,
        )
        + f"</p><p><small>{citation}</small></p><p>"
        + translate(
            "Results",
            "Always confirm details with the program. The choice of a program belongs with a "
            "healthcare professional; do not pick one for convenience alone.",
        )
        + "</p>"
    )
