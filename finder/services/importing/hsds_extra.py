"""What an HSDS 3.0 package says beyond names, places and tags: languages, opening hours,
capacity and the date a service was checked (DATA_FORMATS.md section 3; docs/codes.md).

- `language` rows (service_id, name, code) -> the `languages` vocabulary, by ISO 639 code or
  English name; a language we have no slug for is `other-languages`, English is none.
- `schedule` rows (service_id or service_at_location_id; byday, opens_at, closes_at) -> the
  `schedule` vocabulary: `weekend` when it opens on SA or SU, `evening` when it closes after
  17:00 or opens at 17:00 or later, `daytime` when it is open before 17:00.
- `service_capacity` rows (service_id, available, unit_id, updated) and their `unit` (name) ->
  what a call says about room: accepting when `available` > 0, dated `updated`, marked as from
  the directory file (calls.FROM_FILE).
- the service's `assured_date` -> the program's verified date.
Packages without these tables import as before. Qt-free; no sentences (values only).
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date, datetime

from finder.domain.taxonomy import LANGUAGES

OPTIONAL_EXTRA = ("language", "schedule", "service_capacity", "unit")

# ISO 639-1 / 639-3 codes and English names -> our slugs
_LANGUAGE_CODES = {
    "es": "spanish", "spa": "spanish", "ase": "sign-language", "sgn": "sign-language",
    "zh": "chinese", "zho": "chinese", "chi": "chinese", "yue": "chinese", "cmn": "chinese",
    "ar": "arabic", "ara": "arabic", "vi": "vietnamese", "vie": "vietnamese", "ko": "korean",
    "kor": "korean", "tl": "tagalog", "tgl": "tagalog", "fil": "tagalog", "ru": "russian",
    "rus": "russian", "fr": "french", "fra": "french", "fre": "french", "ht": "creole",
    "hat": "creole", "pt": "portuguese", "por": "portuguese", "pl": "polish", "pol": "polish",
    "hi": "hindi", "hin": "hindi", "hmn": "hmong", "fa": "farsi", "fas": "farsi", "per": "farsi",
    "de": "german", "deu": "german", "ger": "german", "el": "greek", "ell": "greek",
    "he": "hebrew", "heb": "hebrew", "it": "italian", "ita": "italian", "ja": "japanese",
    "jpn": "japanese", "oj": "native-languages", "oji": "native-languages", "ypk": "native-languages",
    "nv": "native-languages", "nav": "native-languages",
}  # fmt: skip
_LANGUAGE_NAMES = {
    "american sign language": "sign-language",
    "asl": "sign-language",
    "mandarin": "chinese",
    "cantonese": "chinese",
    "haitian creole": "creole",
    "persian": "farsi",
    "filipino": "tagalog",
    "navajo": "native-languages",
    "ojibwa": "native-languages",
    "yupik": "native-languages",
}
ENGLISH = ("en", "eng", "english")
EVENING_FROM = 17 * 60  # minutes after midnight
_DAYS = re.compile(r"[+-]?\d*(MO|TU|WE|TH|FR|SA|SU)")
_TIME = re.compile(r"^\s*(\d{1,2}):(\d{2})")


def language_slug(name: str, code: str) -> str | None:
    """Our slug for an HSDS language row; None for English or nothing given."""
    code, name = code.strip().lower(), " ".join(name.strip().lower().split())
    if code in ENGLISH or name in ENGLISH or not (code or name):
        return None
    slug = _LANGUAGE_CODES.get(code) or _LANGUAGE_NAMES.get(name) or name.replace(" ", "-")
    return slug if slug in LANGUAGES else "other-languages"


def _minutes(text: str) -> int | None:
    m = _TIME.match(text or "")
    return int(m.group(1)) * 60 + int(m.group(2)) if m else None


def schedule_slugs(row: dict) -> set[str]:
    """daytime / evening / weekend for one schedule row (RFC 5545 byday, HH:MM times)."""
    out = set()
    days = set(_DAYS.findall((row.get("byday") or "").upper()))
    if days & {"SA", "SU"}:
        out.add("weekend")
    opens, closes = _minutes(row.get("opens_at", "")), _minutes(row.get("closes_at", ""))
    if opens is not None and opens < EVENING_FROM:
        out.add("daytime")
    if (closes is not None and closes > EVENING_FROM) or (opens is not None and opens >= EVENING_FROM):
        out.add("evening")
    return out


@dataclass(frozen=True)
class Capacity:
    """A service_capacity row: how many of what were available, as of when."""

    available: float
    unit: str  # the unit's name ("beds"), or ""
    updated: datetime


def parse_when(text: str) -> datetime | None:
    """An ISO date or date-time ('2024-09-25T14:23:06.5+01:00'), naive; None when unreadable."""
    text = (text or "").strip()
    if not text:
        return None
    try:
        when = datetime.fromisoformat(text)
    except ValueError:
        try:
            when = datetime.combine(date.fromisoformat(text[:10]), datetime.min.time())
        except ValueError:
            return None
    return when.replace(tzinfo=None)


def capacity_of(row: dict, units: dict[str, dict]) -> Capacity | None:
    try:
        available = float((row.get("available") or "").strip())
    except ValueError:
        return None
    when = parse_when(row.get("updated", ""))
    if when is None:
        return None
    unit = units.get(row.get("unit_id", ""), {}).get("name", "").strip()
    return Capacity(available, unit, when)


@dataclass
class Extras:
    """Per service id (and per service_at_location id, for schedules): what the tables add."""

    languages: dict[str, set[str]]
    schedule: dict[str, set[str]]
    capacity: dict[str, Capacity]


def read_extras(tables: dict) -> Extras:
    """From the package's tables (name -> Table, see hsds.Table), any of them absent."""
    languages: dict[str, set[str]] = {}
    for _n, row in tables["language"].rows if "language" in tables else ():
        slug = language_slug(row.get("name", ""), row.get("code", ""))
        if slug and row.get("service_id"):
            languages.setdefault(row["service_id"], set()).add(slug)
    schedule: dict[str, set[str]] = {}
    for _n, row in tables["schedule"].rows if "schedule" in tables else ():
        key = row.get("service_at_location_id") or row.get("service_id")
        if key:
            schedule.setdefault(key, set()).update(schedule_slugs(row))
    units = tables["unit"].by_id if "unit" in tables else {}
    capacity: dict[str, Capacity] = {}
    for _n, row in tables["service_capacity"].rows if "service_capacity" in tables else ():
        cap = capacity_of(row, units)
        sid = row.get("service_id", "")
        if cap is not None and sid and (sid not in capacity or capacity[sid].updated < cap.updated):
            capacity[sid] = cap
    return Extras(languages, schedule, capacity)


def assured_on(service: dict) -> str:
    """The service's assured_date as YYYY-MM-DD ('' when absent or unreadable)."""
    when = parse_when(service.get("assured_date", ""))
    return when.date().isoformat() if when else ""


def record_capacity(db, records) -> int:
    """What the package's service_capacity said about room, as a call dated `updated` and marked
    as from the directory file (availability.FROM_FILE); one a program and date, however often
    the file is imported. Returns how many were recorded."""
    from sqlalchemy import select

    from finder.db.models import Call, ProgramSource
    from finder.services.availability import FROM_FILE

    wanted = {rec.source_key: rec.capacity for rec in records if rec.capacity is not None and rec.source_key}
    if not wanted:
        return 0
    added = 0
    with db.Session.begin() as s:
        keys = list(wanted)
        for start in range(0, len(keys), 500):
            chunk = keys[start : start + 500]
            q = select(ProgramSource.program_id, ProgramSource.source_key).where(
                ProgramSource.source_kind == "hsds", ProgramSource.source_key.in_(chunk)
            )
            for pid, key in s.execute(q).all():
                cap = wanted[key]
                seen = s.scalars(
                    select(Call.id).where(
                        Call.program_id == pid, Call.by == FROM_FILE, Call.at == cap.updated
                    )
                ).first()
                if seen is None:
                    unit = f" {cap.unit}" if cap.unit else ""
                    s.add(
                        Call(
                            program_id=pid,
                            at=cap.updated,
                            by=FROM_FILE,
                            outcome=FROM_FILE,
                            note=f"{cap.available:g}{unit}",
                            accepting=cap.available > 0,
                        )
                    )
                    added += 1
    return added
