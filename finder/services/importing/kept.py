"""Why an import kept a value instead of the file's: the user's own edit, or what a phone call confirmed.

A call that confirms a tag ("takes Medicaid: yes") changes the program as a hand edit does, so
the importer keeps it over a file that says otherwise; the report should say that a call on a
given day said so, not that the user typed it. Values only (dates as ISO text); the window, the
paper and the command line put them into words.
"""

from __future__ import annotations

from sqlalchemy import select

from finder.db.models import Call, CallFact, HistoryEntry

EDIT, CALL = "edit", "call"


def _call_explains(name: str, file_value, kept_value, facts: dict[str, tuple[bool, str]]) -> str | None:
    """The day of the latest call whose confirmations account for the kept value, or None.

    `facts`: the program's confirmed facts, field -> (value, ISO day), the latest call's last.
    """
    if isinstance(kept_value, list) and isinstance(file_value, list):
        differ = set(kept_value) ^ set(file_value)
        days = []
        for slug in differ:
            fact = facts.get(f"{name}:{slug}")
            if fact is None or fact[0] != (slug in kept_value):
                return None  # a difference no call accounts for: the user's own edit
            days.append(fact[1])
        return max(days) if days else None
    fact = facts.get(name)  # phone, address, website: a call confirmed the value kept
    return fact[1] if fact is not None and fact[0] else None


def why_kept(s, kept: list[tuple[int, str, dict[str, list]]]) -> list[dict]:
    """For each program (id, name, {FIELD: [file value, kept value]}) the kept fields with why and when.

    [{"id", "name", "fields": {FIELD: {"file": value, "kept": value, "why": "call" | "edit",
    "on": "YYYY-MM-DD" or ""}}}]: "call" when the calls' confirmations account for the whole
    difference (`on` the latest such call), else "edit" (`on` the latest recorded change of
    the field, "" when the history has none).
    """
    if not kept:
        return []
    ids = [pid for pid, _name, _fields in kept]
    facts: dict[int, dict[str, tuple[bool, str]]] = {}
    rows = s.execute(
        select(Call.program_id, CallFact.field, CallFact.value, Call.at)
        .join(Call, Call.id == CallFact.call_id)
        .where(Call.program_id.in_(ids))
        .order_by(Call.at, Call.id)
    )
    for pid, fact_field, value, at in rows:
        facts.setdefault(pid, {})[fact_field] = (bool(value), at.date().isoformat())
    edited: dict[tuple[int, str], str] = {}
    for pid, hist_field, at in s.execute(
        select(HistoryEntry.program_id, HistoryEntry.field, HistoryEntry.at)
        .where(HistoryEntry.entity == "program", HistoryEntry.program_id.in_(ids))
        .order_by(HistoryEntry.at)
    ):
        edited[(pid, hist_field)] = at.date().isoformat()
    out = []
    for pid, name, fields in kept:
        shown = {}
        for field, (file_value, kept_value) in fields.items():
            day = _call_explains(field, file_value, kept_value, facts.get(pid, {}))
            shown[field] = {
                "file": file_value,
                "kept": kept_value,
                "why": CALL if day else EDIT,
                "on": day or edited.get((pid, field), ""),
            }
        out.append({"id": pid, "name": name, "fields": shown})
    return out
