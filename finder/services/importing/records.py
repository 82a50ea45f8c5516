"""What every importer produces: plain records, checked by the same rules."""

from __future__ import annotations

import math
import re
from dataclasses import dataclass, field

from finder.services.gazetteer import US_STATES, normalize_zip

MAX_FIELD = 500
TEXT_FIELDS = ("name", "name2", "street1", "street2", "city", "county")


@dataclass
class ImportRecord:
    row: int  # spreadsheet row (the header is row 1)
    source_kind: str
    name: str = ""
    name2: str = ""
    street1: str = ""
    street2: str = ""
    city: str = ""
    state: str = ""
    zip: str = ""
    county: str = ""
    phone: str = ""
    intake_phone: str = ""
    website: str = ""
    latitude: float | None = None
    longitude: float | None = None
    location_precision: str | None = None
    source_key: str | None = None
    directory_type: str = ""
    codes: list[str] = field(default_factory=list)
    # for our own export: the complete state, applied as is
    exact: dict | None = None
    # slugs a source states directly, by vocabulary
    tags: dict[str, list[str]] = field(default_factory=dict)
    # codes per source group, for our own export ("substance:SA OIT;mental:MH")
    code_groups: list[tuple[str, list[str]]] | None = None
    junk: bool = False


class Cancelled(Exception):
    """The user cancelled an import; nothing was changed."""


class RowError(Exception):
    def __init__(self, row: int, message: str) -> None:
        super().__init__(f"row {row}: {message}")
        self.row = row
        self.message = message


def clean(value) -> str:
    if value is None:
        return ""
    if isinstance(value, float) and value.is_integer():
        value = int(value)
    return re.sub(r"\s+", " ", str(value)).strip()


def parse_coordinate(row: int, label: str, raw, low: float, high: float) -> float | None:
    text = clean(raw)
    if not text:
        return None
    try:
        value = float(text)
    except ValueError:
        raise RowError(row, f"{label} '{text[:40]}' is not a number") from None
    if not math.isfinite(value) or not low <= value <= high:
        raise RowError(row, f"{label} {text[:40]} is out of range ({low:g} to {high:g})")
    return value


def is_junk_directory_row(name1: str, street1: str, raw_zip: str) -> bool:
    """DATA_FORMATS.md: no name1 and either no street1 or a ZIP that is not 3-5 digits."""
    return not name1 and (not street1 or not re.fullmatch(r"\d{3,5}", raw_zip.strip()))


def check_record(rec: ImportRecord) -> ImportRecord:
    """Apply the rules that refuse a whole file; normalise state and ZIP."""
    if not rec.name:
        raise RowError(rec.row, "has an address but no name")
    for f in TEXT_FIELDS:
        if len(getattr(rec, f)) > MAX_FIELD:
            raise RowError(rec.row, f"{f} is longer than {MAX_FIELD} characters")
    rec.state = rec.state.upper()
    if rec.state and rec.state not in US_STATES:
        raise RowError(rec.row, f"state '{rec.state[:20]}' is not a US state or territory code")
    if (rec.latitude is None) != (rec.longitude is None):
        raise RowError(rec.row, "has a latitude or a longitude but not both")
    raw_zip = rec.zip.strip()
    rec.zip = normalize_zip(raw_zip) or ""
    if raw_zip and not rec.zip:
        # a blank ZIP would change the merge key and turn a re-import into a second copy
        raise RowError(rec.row, f"ZIP '{raw_zip[:20]}' is not a ZIP code (5 digits or ZIP+4, e.g. 92660)")
    for f in ("phone", "intake_phone", "website"):
        if len(getattr(rec, f)) > MAX_FIELD:
            raise RowError(rec.row, f"{f} is longer than {MAX_FIELD} characters")
    return rec


def merge_key(name: str, name2: str, street1: str, zip5: str) -> str:
    """name1|name2|street1|zip ignoring case, punctuation and extra spaces."""
    def norm(s: str) -> str:
        s = re.sub(r"[^\w\s]", " ", s.lower())
        return " ".join(s.split())
    return "|".join((norm(name), norm(name2), norm(street1), zip5))
