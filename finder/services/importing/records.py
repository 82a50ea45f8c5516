"""What every importer produces: plain records, checked by the same rules."""

from __future__ import annotations

import math
import operator
import re
from dataclasses import dataclass, field

from finder.errors import Message
from finder.services.gazetteer import US_STATES, normalize_zip

MAX_FIELD = 500
TEXT_FIELDS = ("name", "name2", "street1", "street2", "city", "county")
# every text a record carries to the database, and so back to a terminal (`finder search`)
_STR_FIELDS = TEXT_FIELDS + (
    "state",
    "zip",
    "phone",
    "intake_phone",
    "website",
    "location_precision",
    "source_key",
    "directory_type",
)
# free text that may keep its tabs and line breaks (our export's notes)
MULTILINE = ("notes",)
# C0 controls, DEL and C1 controls: ESC sequences would clear or recolour the user's terminal
_CONTROL = re.compile(r"[\x00-\x1f\x7f-\x9f]")
_SPACES = re.compile(r"\s+")
_CONTROL_KEEP_LINES = re.compile(r"[\x00-\x08\x0b-\x1f\x7f-\x9f]")


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
    # program fields a source states besides the address (HSDS assured_date: "verified_on")
    extra: dict = field(default_factory=dict)
    # what the source says about room (HSDS service_capacity: hsds_extra.Capacity), recorded as a call's
    capacity: object | None = None


class Cancelled(Exception):
    """The user cancelled an import; nothing was changed."""


class RowError(Exception):
    """A row the import cannot take: `message` in English, `line` ("row 5: …") as a translatable Message."""

    def __init__(self, row: int, message: str | Message, *values: object) -> None:
        self.problem = message if isinstance(message, Message) else Message(message, *values)
        self.line = Message("import-row-problem", row, self.problem)
        super().__init__(str(self.line))
        self.row = row
        self.message = str(self.problem)


def strip_controls(text: str, *, keep_lines: bool = False) -> str:
    """Remove control characters (C0, DEL, C1); with keep_lines, tab and newline stay (CR LF -> LF)."""
    if text.isprintable():  # the common case, at C speed
        return text
    if keep_lines:
        return _CONTROL_KEEP_LINES.sub("", text.replace("\r\n", "\n").replace("\r", "\n"))
    return _CONTROL.sub("", text)


def clean(value) -> str:
    """One line of text: control characters removed, runs of whitespace made one space."""
    if value is None:
        return ""
    if isinstance(value, float) and value.is_integer():
        value = int(value)
    text = str(value)
    if not text:
        return ""  # most cells of a wide file: skip the regular expressions
    if not text.isprintable():
        text = _CONTROL.sub(lambda m: " " if m.group().isspace() else "", text)
    return _SPACES.sub(" ", text).strip()


_get_str_fields = operator.attrgetter(*_STR_FIELDS)


def _strip_record_controls(rec: ImportRecord) -> None:
    # one C-speed check over everything first: a real directory row has nothing to strip
    if (
        "".join(map(str, _get_str_fields(rec))).isprintable()
        and "".join(rec.codes).isprintable()
        and not rec.tags
        and not rec.code_groups
        and not rec.exact
    ):
        return
    for f in _STR_FIELDS:
        value = getattr(rec, f)
        if value and not value.isprintable():
            setattr(rec, f, strip_controls(value))
    rec.codes = [strip_controls(c) for c in rec.codes]
    if rec.tags:
        rec.tags = {strip_controls(k): [strip_controls(v) for v in vs] for k, vs in rec.tags.items()}
    if rec.code_groups:
        rec.code_groups = [
            (strip_controls(label), [strip_controls(c) for c in codes]) for label, codes in rec.code_groups
        ]
    if rec.exact:
        rec.exact = {
            k: strip_controls(v, keep_lines=k in MULTILINE) if isinstance(v, str) else v
            for k, v in rec.exact.items()
        }


def parse_coordinate(row: int, label: str, raw, low: float, high: float) -> float | None:
    text = clean(raw)
    if not text:
        return None
    try:
        value = float(text)
    except ValueError:
        raise RowError(row, "row-not-a-number", label, text[:40]) from None
    if not math.isfinite(value) or not low <= value <= high:
        raise RowError(row, "row-out-of-range", label, text[:40], f"{low:g}", f"{high:g}")
    return value


def is_junk_directory_row(name1: str, street1: str, raw_zip: str) -> bool:
    """DATA_FORMATS.md: no name1 and either no street1 or a ZIP that is not 3-5 digits."""
    return not name1 and (not street1 or not re.fullmatch(r"\d{3,5}", raw_zip.strip()))


def check_record(rec: ImportRecord) -> ImportRecord:
    """Apply the rules that refuse a whole file; normalise state and ZIP; drop control characters."""
    _strip_record_controls(rec)
    if not rec.name:
        raise RowError(rec.row, "row-no-name")
    for f in TEXT_FIELDS:
        if len(getattr(rec, f)) > MAX_FIELD:
            raise RowError(rec.row, "row-too-long", f, MAX_FIELD)
    rec.state = rec.state.upper()
    if rec.state and rec.state not in US_STATES:
        raise RowError(rec.row, "row-bad-state", rec.state[:20])
    if (rec.latitude is None) != (rec.longitude is None):
        raise RowError(rec.row, "row-half-location")
    raw_zip = rec.zip.strip()
    rec.zip = normalize_zip(raw_zip) or ""
    if raw_zip and not rec.zip:
        # a blank ZIP would change the merge key and turn a re-import into a second copy
        raise RowError(rec.row, "row-bad-zip", raw_zip[:20])
    for f in ("phone", "intake_phone", "website"):
        if len(getattr(rec, f)) > MAX_FIELD:
            raise RowError(rec.row, "row-too-long", f, MAX_FIELD)
    return rec


def merge_key(name: str, name2: str, street1: str, zip5: str) -> str:
    """name1|name2|street1|zip ignoring case, punctuation and extra spaces."""

    def norm(s: str) -> str:
        s = re.sub(r"[^\w\s]", " ", s.lower())
        return " ".join(s.split())

    return "|".join((norm(name), norm(name2), norm(street1), zip5))


# how a record's stated tags and its searchable text are stored
def encode_tags(tags: dict[str, list[str]]) -> str:
    return "|".join(f"{v}={','.join(s)}" for v, s in tags.items() if s)


def decode_tags(text: str) -> dict[str, list[str]]:
    out: dict[str, list[str]] = {}
    for part in filter(None, text.split("|")):
        vocab, _, slugs = part.partition("=")
        out[vocab] = [s for s in slugs.split(",") if s]
    return out


def search_text(fields: dict) -> str:
    return " | ".join((fields.get("name", ""), fields.get("name2", ""), fields.get("city", ""))).lower()
