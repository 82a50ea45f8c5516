"""Changing the directory by hand: edit, add, verify, do-not-refer (Qt-free).

Every field a user changes is named in `programs.user_edited`, so a later import
keeps the user's value (importing/writer.py reads that list).
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date, datetime

from sqlalchemy import func, select

from finder.db.models import Program
from finder.domain.taxonomy import ACCREDITATION_CODES, VOCABULARIES, from_mask, to_mask
from finder.domain.validation import (
    LABELS,
    MAX_TEXT,
    FieldError,
    ValidationError,
    validate_changes,
    verification_state,
)
from finder.errors import Message, UserError
from finder.services.conflicts import EditConflict, TheirChange
from finder.services.directory import ProgramDetail, detail_from_orm, parse_id
from finder.services.gazetteer import gazetteer
from finder.services.history import add_entry, changes_since, current_user
from finder.services.importing.records import merge_key, search_text

PLAIN_FIELDS = (
    "name",
    "name2",
    "street1",
    "street2",
    "city",
    "state",
    "zip",
    "county",
    "phone",
    "intake_phone",
    "website",
    "insurers",
    "notes",
    "status",
    "status_reason",
)
# free-text lists, stored ";"-separated as the importer writes them
LIST_FIELDS = ("accreditation",)
MAX_ITEM = 100
_ACCREDITORS = {name.lower(): name for name in ACCREDITATION_CODES.values()} | {
    code.lower(): name for code, name in ACCREDITATION_CODES.items()
}


def check_list(field: str, value) -> list[str]:
    """Accreditations as typed ("CARF; jc" or a list) -> stored items.

    A known accreditor gets its usual spelling ("jc" -> "Joint Commission"). Raises FieldError
    for an over-long item or list.
    """
    items = re.split(r"[;,\n]", value) if isinstance(value, str) else list(value or ())
    out: list[str] = []
    for raw in items:
        text = re.sub(r"\s+", " ", str(raw)).strip()
        if not text:
            continue
        if len(text) > MAX_ITEM:
            raise FieldError(field, "list-item-too-long", text[:30], len(text), MAX_ITEM)
        text = _ACCREDITORS.get(text.lower(), text)
        if text.lower() not in (x.lower() for x in out):
            out.append(text)
    if len(";".join(out)) > MAX_TEXT:
        raise FieldError(field, "list-too-long", MAX_TEXT)
    return out


def validate_edit(changes: dict, current: dict | None = None) -> dict:
    """`validate_changes` for every field a user can edit, accreditation included.

    Raises ValidationError listing every broken rule (the dialog shows each next to its field).
    """
    errors: dict[str, Message] = {}
    lists: dict[str, list[str]] = {}
    for field in LIST_FIELDS:
        if field in changes:
            try:
                lists[field] = check_list(field, changes[field])
            except FieldError as exc:
                errors[field] = exc.problem
    try:
        clean = validate_changes({k: v for k, v in changes.items() if k not in LIST_FIELDS}, current)
    except ValidationError as exc:
        raise ValidationError({**exc.problems, **errors}) from None
    if errors:
        raise ValidationError(errors)
    return {**clean, **lists}


def _split(text: str) -> list[str]:
    return [x for x in (text or "").split(";") if x]


def _state_of(p: Program) -> dict:
    d = {f: getattr(p, f) for f in PLAIN_FIELDS}
    d.update({v: list(from_mask(v, getattr(p, f"{v}_mask"))) for v in VOCABULARIES})
    d.update({f: _split(getattr(p, f)) for f in LIST_FIELDS})
    return d


def _apply(p: Program, clean: dict, edited: set[str]) -> None:
    """Write validated values onto an ORM program and name them in `edited`."""
    zip_changed = "zip" in clean and clean["zip"] != p.zip
    for f in PLAIN_FIELDS:
        if f in clean and getattr(p, f) != clean[f]:
            setattr(p, f, clean[f])
            edited.add(f)
    for v in VOCABULARIES:
        if v in clean:
            mask = to_mask(v, clean[v])
            if mask != getattr(p, f"{v}_mask"):
                setattr(p, f"{v}_mask", mask)
                edited.add(v)
    for f in LIST_FIELDS:
        if f in clean and ";".join(clean[f]) != (getattr(p, f) or ""):
            setattr(p, f, ";".join(clean[f]))
            edited.add(f)
    if "location" in clean:
        loc = clean["location"]
        new = (loc[0], loc[1], "manual") if loc else (None, None, None)
        if new != (p.latitude, p.longitude, p.location_precision):
            p.latitude, p.longitude, p.location_precision = new
            edited.add("location")
    elif zip_changed:
        _geocode_zip(p, edited)


def _geocode_zip(p: Program, edited: set[str]) -> None:
    """The address moved: place it at the new ZIP's centroid (offline)."""
    if not p.zip:
        p.latitude = p.longitude = p.location_precision = None
        edited.add("location")
        return
    place = gazetteer().zip(p.zip)
    if place is None:
        raise ValidationError({"zip": Message("zip-not-in-gazetteer", p.zip)})
    p.latitude, p.longitude, p.location_precision = place.latitude, place.longitude, "zip"
    edited.add("location")
    if place.county and p.county != place.county and "county" not in edited:
        p.county = place.county
        edited.add("county")


def _refresh_derived(p: Program, now: datetime) -> None:
    p.search_text = search_text({"name": p.name, "name2": p.name2, "city": p.city})
    p.merge_key = merge_key(p.name, p.name2, p.street1, p.zip)
    p.updated_at = now


def _mark_edited(p: Program, edited: set[str]) -> None:
    names = [x for x in p.user_edited.split(";") if x]
    names += sorted(e for e in edited if e not in names)
    p.user_edited = ";".join(names)


def edit_program(db, program_id, changes: dict, *, expected_version: int | None = None) -> ProgramDetail:
    """Apply a user's changes to one program and return it as it now is.

    `changes` maps field names (see PLAIN_FIELDS, the vocabularies, LIST_FIELDS as a list or
    "a; b" text, and `location` as (lat, lon) or "LAT,LON" or None) to new values. A changed ZIP re-geocodes to the ZIP
    centroid unless a location is given too (that one is stored as "manual"). Raises
    ValidationError (a UserError) naming each broken rule; nothing is saved then.
    `expected_version` (the version the user's copy was loaded at) guards against overwriting
    someone else's newer edit: when another save changed any of the same fields since then,
    EditConflict (a UserError) names them with their new values, who and when; changes to
    other fields are merged. Every changed field is recorded in the history.
    """
    pid = parse_id(program_id)
    with db.Session.begin() as s:
        # on PostgreSQL the row stays locked until commit, so two saves cannot both pass the check
        p = s.get(Program, pid, with_for_update=True)
        if p is None:
            raise UserError("no-such-program", pid)
        if expected_version is not None and p.version != expected_version:
            _check_conflict(s, p, expected_version, changes)
        clean = validate_edit(changes, _state_of(p))
        if clean.get("status") == "active" and "status_reason" not in clean:
            clean["status_reason"] = ""
        edited: set[str] = set()
        before = _snapshot(p)
        _apply(p, clean, edited)
        if edited:
            now = datetime.now().replace(microsecond=0)
            _mark_edited(p, edited)
            _refresh_derived(p, now)
            p.version += 1
            _record(s, p, before, now)
            s.flush()
        return detail_from_orm(p)


def _snapshot(p: Program) -> dict[str, str]:
    """Every user-editable field as the text the history shows."""
    d = {f: getattr(p, f) or "" for f in PLAIN_FIELDS}
    d.update({v: ", ".join(from_mask(v, getattr(p, f"{v}_mask"))) for v in VOCABULARIES})
    d.update({f: ", ".join(_split(getattr(p, f))) for f in LIST_FIELDS})
    d["location"] = (
        f"{p.latitude:.6f}, {p.longitude:.6f} ({p.location_precision})"
        if p.latitude is not None and p.longitude is not None
        else ""
    )
    d["verified_on"], d["verified_by"] = p.verified_on or "", p.verified_by or ""
    return d


def _record(s, p: Program, before: dict[str, str], now: datetime, who: str | None = None) -> None:
    after = _snapshot(p)
    who = who or current_user()
    for f, old in before.items():
        if after[f] != old:
            add_entry(s, "program", f, old, after[f], who=who, at=now, version=p.version, program_id=p.id)


def _check_conflict(s, p: Program, expected: int, changes: dict) -> None:
    """Let the save through when nobody else touched the fields it changes; raise EditConflict if they did."""
    theirs = changes_since(s, p.id, expected)
    explained = {h.version for h in theirs} >= set(range(expected + 1, p.version + 1))
    mine = set(changes) | ({"location", "county"} if "zip" in changes else set())
    if explained and not mine & {h.field for h in theirs}:
        return
    now_values = _snapshot(p)
    latest: dict[str, object] = {}
    for h in theirs:  # oldest first: the last one per field wins
        latest[h.field] = h
    raise EditConflict(
        program_id=p.id,
        current_version=p.version,
        theirs=[
            TheirChange(
                field=f,
                label=LABELS.get(f, f.replace("_", " ")),
                value=now_values.get(f, h.new_value),
                who=h.who,
                at=h.at,
            )
            for f, h in latest.items()
        ],
    )


def add_program(db, values: dict) -> ProgramDetail:
    """Add a program typed in by hand; every field given counts as a user edit."""
    clean = validate_edit(values, None)
    now = datetime.now().replace(microsecond=0)
    with db.Session.begin() as s:
        p = Program(
            name="",
            name2="",
            street1="",
            street2="",
            city="",
            state="",
            zip="",
            county="",
            phone="",
            intake_phone="",
            website="",
            insurers="",
            notes="",
            status="active",
            status_reason="",
            verified_on="",
            verified_by="",
            accreditation="",
            user_edited="",
            merge_key="",
            created_at=now,
            updated_at=now,
            version=1,
            **{f"{v}_mask": 0 for v in VOCABULARIES},
        )
        edited: set[str] = set()
        if "location" not in clean and not clean.get("zip"):
            clean["location"] = None
        _apply(p, clean, edited)
        _mark_edited(p, edited)
        _refresh_derived(p, now)
        s.add(p)
        s.flush()
        add_entry(s, "program", "created", "", p.name, who=current_user(), at=now, version=1, program_id=p.id)
        return detail_from_orm(p)


def mark_verified(db, program_id, *, by: str | None = None, on: date | None = None) -> ProgramDetail:
    """Record that a user confirmed the entry today (or `on`), by `by` (default: login name)."""
    return _set_verified(db, program_id, (on or date.today()).isoformat(), (by or current_user())[:200])


def restore_verified(db, program_id, on: str, by: str) -> ProgramDetail:
    """Put back the verification a program had before (an Undo of mark_verified; '' for never)."""
    return _set_verified(db, program_id, on, by)


def _set_verified(db, program_id, on: str, by: str) -> ProgramDetail:
    pid = parse_id(program_id)
    with db.Session.begin() as s:
        p = s.get(Program, pid, with_for_update=True)
        if p is None:
            raise UserError("no-such-program", pid)
        before = _snapshot(p)
        p.verified_on, p.verified_by = on or "", by or ""
        _mark_edited(p, {"verified_on", "verified_by"})
        now = datetime.now().replace(microsecond=0)
        _refresh_derived(p, now)
        p.version += 1
        _record(s, p, before, now)
        s.flush()
        return detail_from_orm(p)


def set_status(db, program_id, status: str, reason: str = "") -> ProgramDetail:
    """Mark a program do-not-refer (a reason is required) or active again."""
    return edit_program(db, program_id, {"status": status, "status_reason": reason})


@dataclass(frozen=True)
class VerificationCounts:
    current: int
    out_of_date: int
    never: int


def verification_counts(db, today: date | None = None) -> VerificationCounts:
    """How many programs were verified within a year, longer ago, or never."""
    counts = {"current": 0, "out-of-date": 0, "never": 0}
    with db.Session() as s:
        for verified_on, n in s.execute(
            select(Program.verified_on, func.count()).group_by(Program.verified_on)
        ):
            counts[verification_state(verified_on or "", today)] += n
    return VerificationCounts(counts["current"], counts["out-of-date"], counts["never"])


def out_of_date_ids(db, today: date | None = None) -> list[int]:
    """Ids of programs last verified more than a year ago ("possibly out of date")."""
    with db.Session() as s:
        rows = s.execute(select(Program.id, Program.verified_on).where(Program.verified_on != ""))
        return [pid for pid, v in rows if verification_state(v, today) == "out-of-date"]


__all__ = [
    "EditConflict",
    "FieldError",
    "ValidationError",
    "add_program",
    "check_list",
    "current_user",
    "edit_program",
    "mark_verified",
    "out_of_date_ids",
    "set_status",
    "validate_edit",
    "verification_counts",
]
