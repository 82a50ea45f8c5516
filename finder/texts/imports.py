"""What an import did, in words, in the current language: the lines `finder import` prints.

finder/services/importing/report.py keeps the numbers and codes (an ImportReport, a Delisting
whose `reason` is a code such as "full-edition"); this module words them:

    summary(report)             "directory.csv (samhsa-directory): 20524 rows in 3.1 s; added 12, …"
    shortlist_headline(report)  "1 program on your shortlists changed; 1 is no longer listed" ('' if none)
    changes_line(report)        "changed 3 programs, added 12, no longer listed 1, …; delisting: …"
    kept_lines(report)          "Akua (47): phone: the file says 714-555-0142; kept 949-555-0100 (your edit of …)"
    delisting_text(delisting)   "full edition (20,524 listings in 57 states and territories): programs it …"
    source_name(fmt)            "national directory"

Values from the file (names, phone numbers, slugs) are shown as they are; a count of a thousand
and more is grouped ("20,524 listings").
"""

from __future__ import annotations

from finder.errors import fill
from finder.texts import N_, _, n_

SOURCE_NAMES = {  # finder.services.importing.run.FORMATS
    "samhsa-directory": N_("national directory"),
    "samhsa-locator": N_("locator export"),
    "hsds": N_("HSDS package"),
    "finder-csv": N_("Program Finder export"),
}
# a source that is partial by nature, and why nothing was delisted (finder.services.importing.report)
PARTIAL_SOURCES = {
    "samhsa-locator": N_(
        "partial (a locator export lists only part of the directory): nothing was delisted; "
        "import with --full if this file is complete"
    ),
    "hsds": N_(
        "partial (an HSDS package lists only part of the directory): nothing was delisted; "
        "import with --full if this file is complete"
    ),
    "finder-csv": N_(
        "partial (a Program Finder export lists only part of the directory): nothing was delisted; "
        "import with --full if this file is complete"
    ),
}
BLANK = N_("(blank)")  # a value the file or the user left empty


def source_name(fmt: str) -> str:
    """The kind of file an import read ("national directory" for "samhsa-directory"); an unknown one as given."""
    return _(SOURCE_NAMES[fmt]) if fmt in SOURCE_NAMES else fmt


def _grouped(text: str, n: int) -> str:
    """A count's words (from n_) with the number grouped in thousands: "20,524 listings"."""
    return text.replace(str(n), f"{n:,}", 1) if abs(n) >= 1000 else text


def delisting_text(delisting) -> str:
    """Why an import marked programs delisted or not (a report.Delisting; '' for None)."""
    if delisting is None:
        return ""
    reason, fmt = delisting.reason, delisting.source_kind
    if reason == "asked-full":
        return fill(
            _("full (--full): %1 programs this file no longer lists are marked delisted"), (source_name(fmt),)
        )
    if reason == "asked-partial":
        return _("partial (as asked): nothing was delisted")
    listings = _grouped(n_("%n listing", "%n listings", delisting.listings), delisting.listings)
    states = _grouped(n_("%n state", "%n states", delisting.states), delisting.states)
    if reason == "full-edition":
        return fill(
            _("full edition (%1 in %2 and territories): programs it no longer lists are marked delisted"),
            (listings, states),
        )
    if reason == "partial-edition":
        return fill(
            _(
                "partial (%1 in %2, less than a whole edition): nothing was delisted; "
                "import with --full if this is a whole edition"
            ),
            (listings, states),
        )
    if fmt in PARTIAL_SOURCES:
        return _(PARTIAL_SOURCES[fmt])
    return _("partial: nothing was delisted; import with --full if this file is complete")


def summary(r) -> str:
    """One line for the command line: what happened to each row of the file."""
    return fill(
        _(
            "%1 (%2): %3 rows in %4 s; added %5, updated %6, unchanged %7, merged %8, "
            "kept-user-edits %9, skipped junk %10, rejected %11; "
            "without a location %12, at a ZIP centroid only %13"
        ),
        (
            r.file,
            r.format,
            r.rows,
            f"{r.seconds:.1f}",
            r.added,
            r.updated,
            r.unchanged,
            r.merged,
            r.kept_user_edits,
            r.skipped_junk,
            len(r.rejected),
            r.unlocated,
            r.zip_only,
        ),
    )


def shortlist_headline(r) -> str:
    """'3 programs on your shortlists changed; 1 is no longer listed', or '' when none is touched."""
    on = set(r.shortlisted_ids)
    if not on:
        return ""
    changed = sum(1 for c in r.changed if c["id"] in on)
    missing = sum(1 for i in r.missing_ids if i in on)
    relisted = sum(1 for i in r.relisted_ids if i in on)
    parts = []
    if changed:
        parts.append(
            _grouped(
                n_(
                    "%n program on your shortlists changed", "%n programs on your shortlists changed", changed
                ),
                changed,
            )
        )
    if missing:
        parts.append(
            _grouped(n_("%n is no longer listed", "%n are no longer listed", missing), missing)
            if parts
            else _grouped(
                n_(
                    "%n program on your shortlists is no longer listed",
                    "%n programs on your shortlists are no longer listed",
                    missing,
                ),
                missing,
            )
        )
    if relisted:
        parts.append(
            _grouped(n_("%n is listed again", "%n are listed again", relisted), relisted)
            if parts
            else _grouped(
                n_(
                    "%n program on your shortlists is listed again",
                    "%n programs on your shortlists are listed again",
                    relisted,
                ),
                relisted,
            )
        )
    return "; ".join(parts)


def changes_line(r) -> str:
    """What changed, program by program, in one line (below `summary`)."""
    return fill(
        _("%1, added %2, no longer listed %3, listed again %4, kept %5 of yours; delisting: %6"),
        (
            _grouped(n_("changed %n program", "changed %n programs", len(r.changed)), len(r.changed)),
            len(r.added_ids),
            len(r.missing_ids),
            len(r.relisted_ids),
            _grouped(n_("%n edit", "%n edits", r.kept_user_edits), r.kept_user_edits),
            delisting_text(r.delisting),
        ),
    )


def _shown(value) -> str:
    if value is None or value == "":
        return _(BLANK)
    if isinstance(value, list):
        return ", ".join(map(str, value)) or _("none")
    return str(value)


def _differences(only: list, other: list, first: str, second: str) -> str:
    """'without medicaid; with iop': what one list has that the other lacks, and the other way round."""
    parts = [fill(first, (_shown(only),))] * bool(only) + [fill(second, (_shown(other),))] * bool(other)
    return "; ".join(parts)


def kept_lines(r) -> list[str]:
    """Each value kept over the file's, with why: "Akua (47): phone: the file says 714-555-0142;
    kept 949-555-0100 (your edit of 2026-03-01)". A field is named as stored ("phone", "payments")."""
    out = []
    for entry in r.kept:
        for name, k in entry["fields"].items():
            file_value, kept_value = _shown(k["file"]), _shown(k["kept"])
            if isinstance(k["file"], list) and isinstance(k["kept"], list):
                # only what differs: "the file says without medicaid; kept with medicaid"
                only_kept = [x for x in k["kept"] if x not in k["file"]]
                only_file = [x for x in k["file"] if x not in k["kept"]]
                with_, without = _("with %1"), _("without %1")
                file_value = _differences(only_kept, only_file, without, with_) or _(BLANK)
                kept_value = _differences(only_kept, only_file, with_, without) or _(BLANK)
            if k["why"] == "call":
                why = fill(_("a call on %1 confirmed it"), (k["on"],))
            else:
                why = fill(_("your edit of %1"), (k["on"],)) if k["on"] else _("your edit")
            out.append(
                fill(
                    _("%1 (%2): %3: the file says %4; kept %5 (%6)"),
                    (entry["name"], entry["id"], name, file_value, kept_value, why),
                )
            )
    return out
