"""What an import did, program by program, and whether it was a full edition that delists.

A *full* import is one that speaks for the whole of its source: a program whose every record
from that source is absent from it is marked delisted (kept, never deleted). Which imports count:

- a SAMHSA national directory file that looks like a whole edition: at least `FULL_MIN_PROGRAMS`
  listings in at least `FULL_MIN_STATES` states and territories (the 2024 edition: 20,524 rows
  in 57), or any file imported with `full=True` (`finder import --full`);
- a locator export, an HSDS package or our own export only with `full=True`: they are partial
  by nature (a search's results, one region's services, a selection of programs).

A full import delists only within its own source kind (and, for the national directory, only
in the directories the file holds: a mental-health-only file says nothing of the substance-use
directory), so a program also listed by another source stays listed while that source lists it.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from datetime import datetime

FULL_MIN_PROGRAMS = 1000
FULL_MIN_STATES = 40
# why an import delists or not: a Delisting's reason, worded by finder.texts.imports.delisting_text
ASKED_FULL = "asked-full"  # --full
ASKED_PARTIAL = "asked-partial"  # full=False
FULL_EDITION = "full-edition"  # a national file of a whole edition's size
PARTIAL_EDITION = "partial-edition"  # a national file smaller than an edition
PARTIAL_SOURCE = "partial-source"  # a source that lists only part of the directory by nature


@dataclass(frozen=True)
class Delisting:
    """Whether this import delists, and within what: a source kind and directory types."""

    full: bool
    reason: str  # ASKED_FULL, FULL_EDITION … (a code: the words are finder.texts.imports')
    source_kind: str
    # national directory types the file speaks for ("mental", "substance", "" for an unnamed one);
    # None: every record of the source kind
    directory_types: frozenset[str] | None = None
    edition: str = ""
    # a national file's listings and the states they are in (what decided FULL_EDITION / PARTIAL_EDITION)
    listings: int = 0
    states: int = 0

    def covers(self, source_kind: str, directory_type: str) -> bool:
        if not self.full or source_kind != self.source_kind:
            return False
        return self.directory_types is None or directory_type in self.directory_types


def edition_of(file_name: str, given: str | None = None, stated: str | None = None) -> str:
    """The edition year: as the user gave it (`--edition`), else as the file's content states it
    (`stated`), else '' (then the file is named by its name, never dated by it).

    A year in the file's name is not taken for the edition: "export_2023 (copy 2025).csv" or a
    file saved as "directory_2025.csv" the year before would date every program it delists wrongly.
    """
    for year in (given, stated):
        if year and year.strip():
            return year.strip()
    return ""


def _directory_hint(file_name: str) -> str:
    low = file_name.lower()
    if "mental" in low or re.search(r"(?<![a-z])mh(?![a-z])", low):
        return "mental"
    if any(w in low for w in ("substance", "drug", "alcohol")) or re.search(
        r"(?<![a-z])(sa|sud)(?![a-z])", low
    ):
        return "substance"
    return ""


def decide_delisting(
    fmt: str, records: list, file_name: str, *, full: bool | None = None, edition: str | None = None
) -> Delisting:
    """Decide whether an import is a full edition (see the module's docstring).

    A national directory file without a `directory_type` column (SAMHSA's own layout) is taken as
    the directory its name says ("…mental…" / "…substance…"), whose type its rows then carry.
    """
    listed = [r for r in records if not r.junk]
    ed = edition_of(file_name, edition)
    types: frozenset[str] | None = None
    if fmt == "samhsa-directory":
        dtypes = {r.directory_type for r in listed}
        if dtypes <= {""}:
            hint = _directory_hint(file_name)
            if hint:
                for r in listed:
                    r.directory_type = hint
                types = frozenset({hint})
        else:
            types = frozenset(dtypes)
    if full:
        return Delisting(True, ASKED_FULL, fmt, types, ed)
    if full is False:
        return Delisting(False, ASKED_PARTIAL, fmt, types, ed)
    if fmt == "samhsa-directory":
        states = len({r.state for r in listed if r.state})
        whole = len(listed) >= FULL_MIN_PROGRAMS and states >= FULL_MIN_STATES
        return Delisting(
            whole, FULL_EDITION if whole else PARTIAL_EDITION, fmt, types, ed, len(listed), states
        )
    return Delisting(False, PARTIAL_SOURCE, fmt, types, ed)


@dataclass(frozen=True)
class DelistedMark:
    """A program the latest full edition of its directory no longer lists (kept, not deleted).

    Worded by finder.texts.availability (delisted_note: "Not in the 2025 directory — …")."""

    since: str  # the date of the import that found it gone, YYYY-MM-DD
    file: str
    edition: str = ""

    @classmethod
    def from_columns(cls, since, file: str | None, edition: str | None) -> DelistedMark | None:
        if since is None:
            return None
        text = since.strftime("%Y-%m-%d") if isinstance(since, datetime) else str(since)[:10]
        return cls(text, file or "", edition or "")

    def as_json(self) -> dict:
        return {"since": self.since, "file": self.file, "edition": self.edition}


@dataclass
class ImportReport:
    file: str
    format: str
    rows: int = 0
    added: int = 0
    updated: int = 0
    unchanged: int = 0
    merged: int = 0
    # fields (per program) where the user's hand edit was kept over a different imported value:
    # the one count of kept edits (the summary's and changes_line's); `kept` says which and why
    kept_user_edits: int = 0
    skipped_junk: int = 0
    unlocated: int = 0
    zip_only: int = 0
    rejected: list[str] = field(default_factory=list)
    seconds: float = 0.0
    # program by program
    added_ids: list[int] = field(default_factory=list)
    # [{"id", "name", "fields": {FIELD: [old, new]}}]
    changed: list[dict] = field(default_factory=list)
    missing_ids: list[int] = field(default_factory=list)  # newly delisted by this import
    relisted_ids: list[int] = field(default_factory=list)  # delisted before, listed again now
    shortlisted_ids: list[int] = field(default_factory=list)  # of changed/missing/relisted
    kept_ids: list[int] = field(default_factory=list)
    # [{"id", "name", "fields": {FIELD: {"file", "kept", "why": "edit" | "call", "on": "YYYY-MM-DD"}}}]
    kept: list[dict] = field(default_factory=list)
    names: dict[int, str] = field(default_factory=dict)
    full: bool = False
    delisting: Delisting | None = None  # what decided whether it delists (None: not decided)
    edition: str = ""
    imported_at: datetime | None = None

    def as_json(self) -> dict:
        """The `--report OUT.json` shape (PRODUCT.md): ids, and the changed programs field by field.

        Its words (the command line's lines) are finder.texts.imports'."""
        return {
            "file": self.file,
            "format": self.format,
            "added": list(self.added_ids),
            "changed": [dict(c) for c in self.changed],
            "missing": list(self.missing_ids),
            "shortlisted": list(self.shortlisted_ids),
            "kept_user_edits": list(self.kept_ids),
            # beyond the documented keys: what decided the delisting, and programs listed again
            "relisted": list(self.relisted_ids),
            "kept": [dict(k) for k in self.kept],
            "full": self.full,
            "delisting": self.delisting.reason
            if self.delisting is not None
            else "",  # a code: "full-edition"
            "edition": self.edition,
        }
