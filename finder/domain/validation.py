"""Rules for a program typed in by a user (the edit dialog and `finder edit` share them).

Pure functions, no I/O: each `check_*` takes what the user typed and returns the
value to store, or raises `FieldError` saying which rule was broken.
"""

from __future__ import annotations

import math
import re
from collections.abc import Mapping
from datetime import date, timedelta

from finder.domain.taxonomy import VOCABULARIES, language_slug
from finder.domain.text import control_character
from finder.errors import Joined, Message, UserError
from finder.texts import N_

MAX_TEXT = 500
# US states, DC, territories and the military "states" SAMHSA and the USPS use
US_STATES = frozenset(
    [
        "AL",
        "AK",
        "AZ",
        "AR",
        "CA",
        "CO",
        "CT",
        "DE",
        "DC",
        "FL",
        "GA",
        "HI",
        "ID",
        "IL",
        "IN",
        "IA",
        "KS",
        "KY",
        "LA",
        "ME",
        "MD",
        "MA",
        "MI",
        "MN",
        "MS",
        "MO",
        "MT",
        "NE",
        "NV",
        "NH",
        "NJ",
        "NM",
        "NY",
        "NC",
        "ND",
        "OH",
        "OK",
        "OR",
        "PA",
        "RI",
        "SC",
        "SD",
        "TN",
        "TX",
        "UT",
        "VT",
        "VA",
        "WA",
        "WV",
        "WI",
        "WY",
        "PR",
        "GU",
        "VI",
        "AS",
        "MP",
        "UM",
        "FM",
        "MH",
        "PW",
        "AA",
        "AE",
        "AP",
    ]
)
STATUSES = ("active", "do-not-refer")
TEXT_FIELDS = ("name", "name2", "street1", "street2", "city", "county", "insurers", "notes", "status_reason")
LABELS = {
    "name": N_("Name"),
    "name2": N_("Second name"),
    "street1": N_("Street"),
    "street2": N_("Street (line 2)"),
    "city": N_("City"),
    "state": N_("State"),
    "zip": N_("ZIP"),
    "county": N_("County"),
    "phone": N_("Phone"),
    "intake_phone": N_("Intake phone"),
    "website": N_("Website"),
    "location": N_("Location"),
    "status": N_("Status"),
    "status_reason": N_("Reason"),
    "insurers": N_("Insurance carriers"),
    "notes": N_("Notes"),
    # the vocabularies (tests/domain/test_validation.py: every one has a label)
    "types": N_("Types"),
    "levels": N_("Levels"),
    "payments": N_("Payments"),
    "populations": N_("Serves"),
    "therapies": N_("Therapies"),
    "schedule": N_("Schedule"),
    "languages": N_("Languages"),
    "supports": N_("Support services"),
    "accreditation": N_("Accreditation"),
}
STALE_AFTER = timedelta(days=365)


class FieldError(ValueError):
    """A rule one field broke: `message` in English, `problem` the same as a translatable Message."""

    def __init__(self, field: str, message: str | Message, *values: object) -> None:
        self.problem = message if isinstance(message, Message) else Message(message, *values)
        self.field = field
        self.message = str(self.problem)
        super().__init__(self.message)


class ValidationError(UserError):
    """One or more fields broke a rule; `errors` maps field name -> English message (for the dialog).

    `problems` holds the same as Messages (the window shows them in its language).
    """

    def __init__(self, errors: Mapping[str, str | Message]) -> None:
        self.problems = {f: m if isinstance(m, Message) else Message(m) for f, m in errors.items()}
        self.errors = {f: str(m) for f, m in self.problems.items()}
        super().__init__(
            "%1",
            Joined(
                "; ",
                [Message("field-problem", Message(LABELS.get(f, f)), m) for f, m in self.problems.items()],
            ),
        )


def check_text(field: str, value: str, *, required: bool = False) -> str:
    text = re.sub(r"\s+", " ", value or "").strip() if field != "notes" else (value or "").strip()
    if required and not text:
        raise FieldError(field, "field-required")
    if len(text) > MAX_TEXT:
        raise FieldError(field, "field-too-long", len(text), MAX_TEXT)
    found = control_character(text, multiline=field == "notes")
    if found:
        raise FieldError(field, "field-control-character", found)
    return text


def refuse_controls(what: str | Message, value: str, *, multiline: bool = False) -> str:
    """`value` as it is, or UserError when it holds a character a terminal would obey rather
    than show (ESC, a C1 control, a bidi override such as U+202E): names and notes are printed
    by `finder show`, `calls`, `checklist` … and must not be able to drive the user's terminal."""
    found = control_character(value, multiline=multiline)
    if found:
        raise UserError("control-character", what, found)
    return value


def check_zip(value: str) -> str:
    """A 5-digit ZIP; ZIP+4 is accepted and cut to 5 digits."""
    text = (value or "").strip()
    if not text:
        return ""
    m = re.fullmatch(r"(\d{5})(?:-?\d{4})?", text)
    if not m:
        raise FieldError("zip", "field-not-a-zip", text[:20])
    return m.group(1)


def check_state(value: str) -> str:
    text = (value or "").strip().upper()
    if not text:
        return ""
    if text not in US_STATES:
        raise FieldError("state", "field-not-a-state", text[:20])
    return text


_EXTENSION = re.compile(r"\s*(?:,|;|#|x|ext\.?|extension)\s*(\d{1,6})\s*$", re.IGNORECASE)


def check_phone(value: str, field: str = "phone") -> str:
    """A US number becomes NNN-NNN-NNNN (the SAMHSA data's style), keeping an extension as
    " ext. N"; short codes and international numbers are kept as typed."""
    text = re.sub(r"\s+", " ", value or "").strip()
    if not text:
        return ""
    if len(text) > 100:
        raise FieldError(field, "phone-too-long")
    ext = ""
    m = _EXTENSION.search(text)
    if m:
        ext, text = m.group(1), text[: m.start()]
    if not re.fullmatch(r"[\d\s().+\-/]+", text):
        raise FieldError(field, "not-a-phone-number", value.strip()[:30])
    digits = re.sub(r"\D", "", text)
    international = text.startswith("+") and not text.startswith("+1")
    if len(digits) == 11 and digits[0] == "1" and not international:
        digits = digits[1:]
    if len(digits) == 10 and not international:
        if digits[0] in "01" or digits[3] in "01":
            raise FieldError(
                field,
                "phone-bad-area-code",
                value.strip()[:30],
            )
        out = f"{digits[:3]}-{digits[3:6]}-{digits[6:]}"
    elif international and len(digits) >= 7 or len(digits) in (3, 5, 6) and not ext:
        out = text
    else:
        raise FieldError(field, "not-a-us-phone-number", value.strip()[:30])
    return f"{out} ext. {ext}" if ext else out


def format_phone(text: str) -> str:
    """A stored phone as it is shown everywhere: NNN-NNN-NNNN [ext. N].

    Numbers saved before this style (as "(NNN) NNN-NNNN") or imported in another style read
    the same as the rest; anything that is not a US number is shown as stored.
    """
    try:
        return check_phone(text or "")
    except FieldError:
        return (text or "").strip()


def check_website(value: str) -> str:
    """http(s) addresses only; a bare domain gets https:// in front."""
    text = (value or "").strip()
    if not text:
        return ""
    if len(text) > MAX_TEXT:
        raise FieldError("website", "website-too-long", MAX_TEXT)
    if re.match(r"^[a-z][a-z0-9+.\-]*:", text, re.IGNORECASE) and not re.match(
        r"^https?://", text, re.IGNORECASE
    ):
        raise FieldError("website", "website-scheme")
    if not re.match(r"^https?://", text, re.IGNORECASE):
        text = "https://" + text
    m = re.fullmatch(r"(https?)://([^/\s?#:@]+)(:\d{1,5})?([/?#]\S*)?", text, re.IGNORECASE)
    if not m or "." not in m.group(2) or m.group(2).startswith(".") or m.group(2).endswith("."):
        raise FieldError("website", "not-a-web-address", value.strip()[:60])
    return m.group(1).lower() + text[len(m.group(1)) :]


def check_coordinates(lat, lon) -> tuple[float, float]:
    try:
        la, lo = float(lat), float(lon)
    except (TypeError, ValueError):
        raise FieldError("location", "lat-lon-not-numbers") from None
    if not (math.isfinite(la) and -90 <= la <= 90):
        raise FieldError("location", "latitude-out-of-range", lat)
    if not (math.isfinite(lo) and -180 <= lo <= 180):
        raise FieldError("location", "longitude-out-of-range", lon)
    return la, lo


def parse_location(text: str) -> tuple[float, float]:
    """'LAT,LON' as typed on the command line or in the dialog."""
    parts = [p.strip() for p in (text or "").split(",")]
    if len(parts) != 2 or not all(parts):
        raise FieldError("location", "not-lat-lon", (text or "")[:40])
    return check_coordinates(parts[0], parts[1])


def check_tags(vocab: str, slugs) -> list[str]:
    words = VOCABULARIES[vocab]
    out = []
    if isinstance(slugs, str):  # "Spanish; Sign language", as the edit form's text holds them
        slugs = slugs.replace(",", ";").split(";")
    for s in slugs or ():
        s = str(s).strip().lower()
        if not s:
            continue
        if vocab == "languages":  # a language by its name ("Sign language") or an old slug ("ojibwa")
            s = language_slug(s) or s
        if s not in words:
            raise FieldError(vocab, "unknown-slug", vocab, s[:30], ", ".join(words))
        if s not in out:
            out.append(s)
    return [w for w in words if w in out]


def check_status(value: str) -> str:
    text = (value or "").strip().lower()
    if text not in STATUSES:
        raise FieldError("status", "not-a-status", text[:20])
    return text


def validate_changes(changes: dict, current: dict | None = None) -> dict:
    """Check and normalise the fields a user changed; `current` is the program before the change.

    Whole-program rules (a name, at least one type, a reason for do-not-refer) are checked on
    the result. Fields not changed are not re-checked, so an imported phone in another style
    never blocks an edit of the city. Raises ValidationError listing every broken rule.
    """
    adding = current is None
    current = current or {}
    out: dict = {}
    errors: dict[str, Message] = {}

    def attempt(field, fn, *args):
        try:
            out[field] = fn(*args)
        except FieldError as exc:
            errors.setdefault(exc.field, exc.problem)

    for field, value in changes.items():
        if field in TEXT_FIELDS:
            attempt(field, check_text, field, value)
        elif field == "zip":
            attempt(field, check_zip, value)
        elif field == "state":
            attempt(field, check_state, value)
        elif field in ("phone", "intake_phone"):
            attempt(field, check_phone, value, field)
        elif field == "website":
            attempt(field, check_website, value)
        elif field == "location":
            if value is None or value == "":
                out["location"] = None
            elif isinstance(value, str):
                attempt("location", parse_location, value)
            else:
                attempt("location", check_coordinates, *value)
        elif field in VOCABULARIES:
            attempt(field, check_tags, field, value)
        elif field == "status":
            attempt(field, check_status, value)
        else:
            errors[field] = Message("field-not-editable")

    merged = {**current, **out}
    if (adding or "name" in changes) and "name" not in errors and not merged.get("name"):
        errors["name"] = Message("field-required")
    if (adding or "types" in changes) and "types" not in errors and not merged.get("types"):
        errors["types"] = Message("types-required")
    if (
        merged.get("status") == "do-not-refer"
        and not merged.get("status_reason")
        and ("status" in changes or "status_reason" in changes)
    ):
        errors["status_reason"] = Message("reason-required")
    if errors:
        raise ValidationError(errors)
    return out


def possibly_out_of_date(verified_on: str, today: date | None = None) -> bool:
    """True when the program was last verified more than a year ago.

    A program never verified by a user is not flagged here (its data is only as old as the
    file it came from); `verification_state` tells the two apart.
    """
    return verification_state(verified_on, today) == "out-of-date"


def verification_state(verified_on: str, today: date | None = None) -> str:
    """'never', 'current' or 'out-of-date' (verified more than a year ago)."""
    if not verified_on:
        return "never"
    try:
        when = date.fromisoformat(verified_on[:10])
    except ValueError:
        return "never"
    today = today or date.today()
    return "out-of-date" if today - when > STALE_AFTER else "current"
