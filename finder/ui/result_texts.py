"""The sentences around the results: the count line, the empty state, the directory line (Qt-free)."""

from __future__ import annotations

import html

from finder.domain.taxonomy import LABELS
from finder.domain.text import plural, verb
from finder.services.overview import DirectoryFacts, SearchOutcome
from finder.services.search import SearchCriteria, SearchResult

START_TEXT = ("Type a ZIP code (92660), a city (Newport Beach, CA) or a position (33.6,-117.9) "
              "in “Near” and press Enter.")
# the count line before any search: START_TEXT already fills the results area below it
START_COUNT = "No search yet"


def _programs(n: int) -> str:
    return plural(n, "program")


def place_of(result: SearchResult) -> str:
    return result.origin.label or result.origin.query


def count_line(result: SearchResult) -> str:
    """E.g. '143 programs within 25 mi of Newport Beach, CA 92660 (12 without a location not shown)'."""
    c = result.criteria
    text = f"{_programs(result.total)} within {c.radius_miles:g} mi of {place_of(result)}"
    if len(result.results) < result.total:
        text += f", showing the nearest {len(result.results):,}"
    if result.unlocated_skipped:
        text += f" ({result.unlocated_skipped:,} without a location not shown)"
    if any(r.location_precision == "zip" for r in result.results):
        text += " · ≈ measured from a ZIP centre"
    return text


def active_filters(c: SearchCriteria) -> list[str]:
    """The filters in force, in words, for telling the user what to loosen."""
    out = []
    for vocab, title in (("types", "Treats"), ("levels", "Level of care"), ("payments", "Payment"),
                         ("populations", "Serves")):
        slugs = getattr(c, vocab)
        if slugs:
            out.append(f"{title}: " + ", ".join(LABELS.get(s, s) for s in slugs))
    if c.text.strip():
        out.append(f"name or city contains “{c.text.strip()}”")
    if c.hide_do_not_refer:
        out.append("do-not-refer programs hidden")
    return out


def empty_text(outcome: SearchOutcome) -> str:
    """What to loosen when nothing matched, with numbers from the looser searches."""
    result = outcome.result
    c = result.criteria
    lines = [f"No programs within {c.radius_miles:g} mi of {place_of(result)} match this search."]
    filters = active_filters(c)
    if filters:
        lines.append("Filters in force: " + "; ".join(filters) + ".")
        if outcome.without_filters:
            what = " or ".join(x for x in (
                "untick some boxes" if (c.types or c.levels or c.payments or c.populations) else "",
                "clear the text" if c.text.strip() else "",
                "show do-not-refer programs" if c.hide_do_not_refer else "") if x)
            why = (" (every box ticked under Treats and Serves must apply, so each one narrows)"
                   if c.types or c.populations else "")
            lines.append(f"Without filters there are {_programs(outcome.without_filters)} within "
                         f"{c.radius_miles:g} mi: {what}{why}.")
        elif outcome.without_filters == 0:
            lines.append(f"Even without filters nothing lies within {c.radius_miles:g} mi.")
    if outcome.wider_radius is not None:
        if outcome.wider_total:
            lines.append(f"Widening the radius to {outcome.wider_radius:g} mi finds "
                         f"{_programs(outcome.wider_total)}" + (" with these filters." if filters else "."))
        else:
            lines.append(f"Widening the radius to {outcome.wider_radius:g} mi finds none either"
                         + ("; try fewer filters or another origin." if filters else "; try another origin."))
    if result.unlocated_skipped:
        n = result.unlocated_skipped
        lines.append(f"{_programs(n)} {verb(n, 'matches', 'match')} but {verb(n, 'has', 'have')} "
                     f"no location, so a distance search cannot include {verb(n, 'it', 'them')}.")
    return "\n\n".join(lines)


def directory_line(f: DirectoryFacts) -> str:
    head = f"Directory as of {f.as_of}" if f.as_of else "Directory"
    text = f"{head} · {_programs(f.total)}"
    if f.total:
        if f.zip_only == f.total:
            text += " · all located by ZIP centre only"
        elif f.zip_only:
            text += f" · {f.zip_only:,} located by ZIP centre only"
        if f.unlocated:
            text += f" · {f.unlocated:,} without a location"
    return text


def about_html(version: str, facts: DirectoryFacts | None, citation: str) -> str:
    """The About box (rich text): what the app is for, whose data it shows, the caution about choosing.

    The source and date come from the directory file: escaped, so they read as stored.
    """
    source = html.escape(facts.source if facts and facts.source else
                         "SAMHSA National Directories of Drug and Alcohol Use and Mental Health Treatment Facilities")
    as_of = f" (as of {html.escape(facts.as_of)})" if facts and facts.as_of else ""
    version, citation = html.escape(version), html.escape(citation)
    return (f"<h3>Program Finder {version}</h3>"
            "<p>Find and vet intensive outpatient and other behavioral-health programs, offline.</p>"
            f"<p>Directory data: {source}{as_of}, published by the Substance Abuse and Mental Health "
            "Services Administration (SAMHSA), U.S. Department of Health and Human Services. "
            "Locations are the centres of ZIP codes unless marked otherwise. Program Finder is not "
            "affiliated with or endorsed by SAMHSA.</p>"
            f"<p><small>{citation}</small></p>"
            "<p>Always confirm details with the program. The choice of a program belongs with a "
            "healthcare professional; do not pick one for convenience alone.</p>")
