"""Checklist answers typed while the database could not be reached, kept on disk until saved (Qt-free).

One small JSON file per (database, shortlist, program) in the user's data folder; it is
written whenever a save fails and deleted as soon as one succeeds, so an answer survives a
lost connection and even a closed window or a crash. The database URL is stored without
its password.
"""

from __future__ import annotations

import hashlib
import json
from datetime import datetime
from pathlib import Path

from finder.domain.checklist import CONTACT_QUESTION_ID, get_question
from finder.services.checklists import AnswerChange
from finder.services.private_files import pending_folder, safe_url, write_private


def _folder() -> Path:
    return pending_folder()


def _safe_url(url: str) -> str:
    return safe_url(url)


def pending_path(url: str, shortlist: str, program_id: int) -> Path:
    key = f"{_safe_url(url)}\n{shortlist.strip().lower()}\n{int(program_id)}"
    return _folder() / f"{hashlib.sha256(key.encode()).hexdigest()[:24]}.json"


def save_pending(url: str, shortlist: str, program_id: int, changes: list[AnswerChange]) -> Path:
    """Write the unsaved changes (replacing any older file for the same checklist)."""
    path = pending_path(url, shortlist, program_id)
    data = {
        "database": _safe_url(url),
        "shortlist": shortlist,
        "program_id": int(program_id),
        "saved_at": datetime.now().isoformat(timespec="seconds"),
        "changes": [
            {
                "question_id": c.question_id,
                "answer": c.answer,
                "note": c.note,
                "answered_at": c.answered_at.isoformat() if c.answered_at else None,
                "base_version": c.base_version,
            }
            for c in changes
        ],
    }
    # never a half-written file, and readable by the owner only (the notes are in clear)
    return write_private(path, json.dumps(data, ensure_ascii=False).encode("utf-8"))


def load_pending(url: str, shortlist: str, program_id: int) -> list[AnswerChange]:
    """The changes left unsaved last time for this checklist ([] when none, or the file is unreadable).

    A file written by an earlier version may hold a yes/no answer for a question that is now
    open: only its note is kept (the note answers it). Changes to questions that no longer
    exist are dropped.
    """
    path = pending_path(url, shortlist, program_id)
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
        changes = [
            AnswerChange(
                c["question_id"],
                c.get("answer"),
                c.get("note"),
                datetime.fromisoformat(c["answered_at"]) if c.get("answered_at") else None,
                c.get("base_version"),
            )
            for c in data.get("changes", [])
        ]
    except (OSError, ValueError, KeyError, TypeError):
        return []
    return [fitted for fitted in map(_fit_to_question, changes) if fitted is not None]


def _fit_to_question(change: AnswerChange) -> AnswerChange | None:
    if change.question_id == CONTACT_QUESTION_ID:
        change.answer = None  # the contact is its name and time
        return change
    q = get_question(change.question_id)
    if q is None:
        return None
    if change.answer is not None and change.answer not in q.answers:
        change.answer = None
    return change


def clear_pending(url: str, shortlist: str, program_id: int) -> None:
    """Forget the unsaved changes of this checklist (after a save, or when they are abandoned)."""
    pending_path(url, shortlist, program_id).unlink(missing_ok=True)
    pending_path(url, shortlist, program_id).with_suffix(".tmp").unlink(missing_ok=True)
