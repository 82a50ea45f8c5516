"""Who changed what, and when (Qt-free).

The editing and checklist services add history rows in the same transaction as the
change itself, so a change and its record are saved together or not at all.
"""

from __future__ import annotations

import getpass
import os
from dataclasses import dataclass
from datetime import datetime

from sqlalchemy import delete, or_, select, text

from finder.db.database import current_login
from finder.db.models import HistoryEntry, Shortlist

_user_override: str | None = None


def set_user_name(name: str | None) -> None:
    """The name to record for this session (the GUI's "Your name" setting); None or "" forgets it."""
    global _user_override
    _user_override = (name or "").strip()[:200] or None


def current_user() -> str:
    """Who is making changes.

    On a shared PostgreSQL directory: the database login (`SELECT session_user`, read when it was
    opened); the server records that name whatever the client says, so $FINDER_USER and the
    settings' name play no part there. On a SQLite file: $FINDER_USER, else the name set in the
    settings, else the computer's login name.
    """
    login = current_login()
    if login:
        return login
    env = os.environ.get("FINDER_USER", "").strip()
    if env:
        return env[:200]
    if _user_override:
        return _user_override
    try:
        return getpass.getuser()[:200]
    except (KeyError, OSError):  # no login name (some containers)
        return "unknown"


def now() -> datetime:
    return datetime.now().replace(microsecond=0)


def text_of(value) -> str:
    """A stored value as history text: lists joined with ', ', None as ''."""
    if value is None:
        return ""
    if isinstance(value, (list, tuple, set)):
        return ", ".join(str(v) for v in value)
    return str(value)


def add_entry(
    s,
    entity: str,
    field: str,
    old,
    new,
    *,
    who: str,
    at: datetime,
    version: int | None = None,
    program_id: int | None = None,
    shortlist_id: int | None = None,
    question_id: str = "",
) -> None:
    """Record one changed field inside the caller's transaction."""
    s.add(
        HistoryEntry(
            entity=entity,
            program_id=program_id,
            shortlist_id=shortlist_id,
            question_id=question_id,
            field=field,
            old_value=text_of(old),
            new_value=text_of(new),
            who=who,
            at=at,
            version=version,
        )
    )


def forget_answers(s, shortlist_id: int, program_ids: list[int] | None = None) -> None:
    """Delete the answer history of a shortlist (or of some programs on it) with the answers."""
    if s.get_bind().dialect.name == "postgresql":
        # users may not delete history there; the server erases it for the shortlist's owner
        # (and with the shortlist itself, by a trigger)
        s.execute(
            text("SELECT finder_forget_answers(:sid, :pids)"),
            {"sid": shortlist_id, "pids": None if program_ids is None else list(program_ids)},
        )
        return
    q = delete(HistoryEntry).where(HistoryEntry.shortlist_id == shortlist_id)
    if program_ids is not None:
        q = q.where(HistoryEntry.program_id.in_(program_ids))
    s.execute(q)


@dataclass(frozen=True)
class HistoryRow:
    """One recorded change (finder/texts/history.py says it: what changed, and the whole line)."""

    entity: str
    field: str
    old_value: str
    new_value: str
    who: str
    at: datetime
    version: int | None = None
    shortlist: str = ""
    question_id: str = ""

    def as_json(self) -> dict:
        return {
            "entity": self.entity,
            "field": self.field,
            "question_id": self.question_id or None,
            "shortlist": self.shortlist or None,
            "old": self.old_value,
            "new": self.new_value,
            "who": self.who,
            "at": self.at.isoformat(timespec="seconds"),
            "version": self.version,
        }


def program_history(db, program_id: int, *, limit: int = 200) -> list[HistoryRow]:
    """Changes to one program, newest first: its own fields, and checklist answers about it
    on shortlists the current user may see (shared ones and their own private ones)."""
    me = current_user()
    with db.Session() as s:
        q = (
            select(HistoryEntry, Shortlist.name)
            .outerjoin(Shortlist, Shortlist.id == HistoryEntry.shortlist_id)
            .where(HistoryEntry.program_id == program_id)
            .where(
                or_(HistoryEntry.shortlist_id.is_(None), Shortlist.shared.is_(True), Shortlist.owner == me)
            )
            .order_by(HistoryEntry.at.desc(), HistoryEntry.id.desc())
            .limit(limit)
        )
        return [_row(h, name or "") for h, name in s.execute(q)]


def _row(h: HistoryEntry, shortlist: str = "") -> HistoryRow:
    return HistoryRow(
        entity=h.entity,
        field=h.field,
        old_value=h.old_value,
        new_value=h.new_value,
        who=h.who,
        at=h.at,
        version=h.version,
        shortlist=shortlist,
        question_id=h.question_id,
    )


def changes_since(s, program_id: int, version: int) -> list[HistoryRow]:
    """The program's own field changes that made versions after `version`, oldest first."""
    q = (
        select(HistoryEntry)
        .where(
            HistoryEntry.entity == "program",
            HistoryEntry.program_id == program_id,
            HistoryEntry.version > version,
        )
        .order_by(HistoryEntry.id)
    )
    return [_row(h) for h in s.scalars(q)]


def last_answer_change(s, shortlist_id: int, program_id: int, question_id: str) -> HistoryRow | None:
    q = (
        select(HistoryEntry)
        .where(
            HistoryEntry.entity == "answer",
            HistoryEntry.shortlist_id == shortlist_id,
            HistoryEntry.program_id == program_id,
            HistoryEntry.question_id == question_id,
        )
        .order_by(HistoryEntry.id.desc())
        .limit(1)
    )
    h = s.scalars(q).first()
    return None if h is None else _row(h)
