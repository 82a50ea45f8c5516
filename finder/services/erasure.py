"""Deleted means gone: after a note is cleared or a shortlist deleted, no file keeps a copy.

The live file already overwrites deleted content (`secure_delete`); what else could hold it:
- the write-ahead log: checkpointed and truncated right after the delete;
- the backups (one before each import, ten kept): the same rows are deleted or blanked in
  each copy, and a copy that cannot be opened to do so is deleted;
- pending-answer files of a deleted shortlist: removed at once.
Files nobody needs any more expire: pending answers and damaged files set aside by a restore
after 30 days, street addresses looked up online after 30 days (or at once, on request).

A crash must not keep what was deleted: the change records the scrub its backups need
(`remember`, in the same transaction, a row in `meta`), and that row goes only once the scrub
is done. A process killed between the commit and the end of the scrub leaves the row, and the
next start finishes the job (`finish_pending`). Copies a killed backup or restore left behind
are removed at the next start; damaged files set aside by a restore are scrubbed like backups.

Nothing here imports the shortlist or checklist services (they call in here).
"""

from __future__ import annotations

import json
import logging
import sqlite3
import threading
import time
import uuid
from datetime import datetime, timedelta
from pathlib import Path

from sqlalchemy import delete, event, select, text

from finder.db.models import GeocodeCache, Meta
from finder.services.private_files import pending_folder, safe_url

EXPIRE_AFTER = timedelta(days=30)
# what a killed backup or restore leaves (a copy being made takes seconds): removed at a start
LEFTOVER_AFTER = timedelta(minutes=10)
PENDING = "erase-pending:"  # meta keys of backup scrubs recorded but not yet done
log = logging.getLogger(__name__)

Statement = tuple[str, tuple]  # (SQL whose first table name is the one changed, parameters)


def _table_of(sql: str) -> str:
    words = sql.replace("(", " ").split()
    for i, w in enumerate(words):
        if w.upper() in ("FROM", "UPDATE", "INTO"):
            return words[i + 1]
    return ""


# a call made for a shortlist keeps what it learned (room, facts) when the shortlist goes,
# but not what was said about the client
CALL_NOTES_GONE = "UPDATE calls SET note = '', spoke_to = '', shortlist_id = NULL "


def forget_call_notes(s, shortlist_id: int, program_ids: list[int] | None = None) -> None:
    """Inside the caller's transaction, before the shortlist (or its programs) go.

    On a server users may not change calls: a trigger does this there as the rows go.
    """
    if s.get_bind().dialect.name == "postgresql":
        return
    sql = CALL_NOTES_GONE + "WHERE shortlist_id = :sid"
    params: dict = {"sid": shortlist_id}
    if program_ids is not None:
        sql += " AND program_id IN (" + ", ".join(f":p{i}" for i in range(len(program_ids))) + ")"
        params.update({f"p{i}": pid for i, pid in enumerate(program_ids)})
    s.execute(text(sql), params)


def checkpoint(db) -> None:
    """Fold the write-ahead log into the file and truncate it (SQLite; a no-op elsewhere)."""
    if db.path is None:
        return
    with db.engine.connect() as conn:
        conn.exec_driver_sql("PRAGMA wal_checkpoint(TRUNCATE)")


def _backup_files(db) -> list[Path]:
    """The backups, and the damaged files a restore set aside (they hold notes too)."""
    if db.path is None:
        return []
    folder = db.path.parent / "backups"
    backups = sorted(folder.glob(f"{db.path.stem}-*.db")) if folder.exists() else []
    return backups + sorted(db.path.parent.glob(f"{db.path.name}*.damaged-*"))


def scrub_backups(db, statements: list[Statement]) -> int:
    """Run the statements in every backup copy; a copy that cannot be changed is deleted. Returns copies changed."""
    changed = 0
    for path in _backup_files(db):
        try:
            con = sqlite3.connect(path)
            try:
                con.execute("PRAGMA secure_delete=ON")
                tables = {r[0] for r in con.execute("SELECT name FROM sqlite_master WHERE type = 'table'")}
                with con:
                    before = con.total_changes
                    for sql, params in statements:
                        if _table_of(sql) in tables:  # an older copy may not have every table yet
                            con.execute(sql, params)
                    changed += con.total_changes > before
            finally:
                con.close()
        except sqlite3.Error:
            # it may hold what was deleted and cannot be cleaned: it goes rather than keeps it
            log.warning("a backup that could not be cleaned was deleted: %s", path.name)
            path.unlink(missing_ok=True)
            path.with_name(path.name + ".json").unlink(missing_ok=True)
        Path(f"{path}-journal").unlink(missing_ok=True)
    return changed


def remove_pending(db, shortlist: str, program_ids: set[int] | None = None) -> int:
    """Delete the pending-answer files of a shortlist (or of some of its programs) of this database."""
    folder = pending_folder()
    if not folder.exists():
        return 0
    url, name, gone = safe_url(db.url), shortlist.strip().lower(), 0
    for f in folder.glob("*.json"):
        try:
            data = json.loads(f.read_text(encoding="utf-8"))
        except (OSError, ValueError):
            continue
        if (
            not isinstance(data, dict)
            or data.get("database") != url
            or str(data.get("shortlist", "")).strip().lower() != name
        ):
            continue
        if program_ids is not None and data.get("program_id") not in program_ids:
            continue
        f.unlink(missing_ok=True)
        gone += 1
    return gone


def shortlist_deleted(db, shortlist_id: int, name: str) -> None:
    sid = (shortlist_id,)
    scrub_backups(
        db,
        [
            (CALL_NOTES_GONE + "WHERE shortlist_id = ?", sid),
            ("DELETE FROM checklist_answers WHERE shortlist_id = ?", sid),
            ("DELETE FROM history WHERE shortlist_id = ?", sid),
            ("DELETE FROM shortlist_items WHERE shortlist_id = ?", sid),
            ("DELETE FROM shortlists WHERE id = ?", sid),
        ],
    )
    remove_pending(db, name)
    checkpoint(db)


def programs_removed(db, shortlist_id: int, name: str, program_ids: list[int]) -> None:
    statements: list[Statement] = []
    for pid in program_ids:
        key = (shortlist_id, pid)
        statements += [
            (CALL_NOTES_GONE + "WHERE shortlist_id = ? AND program_id = ?", key),
            ("DELETE FROM checklist_answers WHERE shortlist_id = ? AND program_id = ?", key),
            ("DELETE FROM history WHERE shortlist_id = ? AND program_id = ?", key),
            ("DELETE FROM shortlist_items WHERE shortlist_id = ? AND program_id = ?", key),
        ]
    scrub_backups(db, statements)
    remove_pending(db, name, set(program_ids))
    checkpoint(db)


def call_deleted(db, call_id: int) -> None:
    scrub_backups(
        db,
        [
            ("DELETE FROM call_facts WHERE call_id = ?", (call_id,)),
            ("DELETE FROM calls WHERE id = ?", (call_id,)),
        ],
    )
    checkpoint(db)


def answers_cleared(db, shortlist_id: int, program_id: int) -> None:
    key = (shortlist_id, program_id)
    scrub_backups(
        db,
        [
            ("DELETE FROM checklist_answers WHERE shortlist_id = ? AND program_id = ?", key),
            ("DELETE FROM history WHERE shortlist_id = ? AND program_id = ?", key),
        ],
    )
    checkpoint(db)


def shortlist_note_cleared(db, shortlist_id: int, program_id: int) -> None:
    scrub_backups(
        db,
        [
            (
                (
                    "UPDATE shortlist_items SET note = '' WHERE shortlist_id = ? AND program_id = ? "
                    "AND note != ''"
                ),
                (shortlist_id, program_id),
            )
        ],
    )
    checkpoint(db)


def answer_notes_cleared(db, shortlist_id: int, program_id: int, question_ids: list[str]) -> None:
    statements: list[Statement] = []
    for qid in question_ids:
        key = (shortlist_id, program_id, qid)
        statements += [
            (
                (
                    "UPDATE checklist_answers SET note = '' WHERE shortlist_id = ? AND program_id = ? "
                    "AND question_id = ? AND note != ''"
                ),
                key,
            ),
            # copies made by older versions kept the note's text in the history too
            (
                (
                    "UPDATE history SET old_value = '', new_value = 'cleared' WHERE entity = 'answer' "
                    "AND field = 'note' AND shortlist_id = ? AND program_id = ? AND question_id = ?"
                ),
                key,
            ),
        ]
    scrub_backups(db, statements)
    checkpoint(db)


# --- scrubs a crash interrupted ------------------------------------------------------------
def remember(s, kind: str, **job) -> None:
    """Inside the transaction that deletes or clears: record the backup scrub it needs.

    `kind` names one of the functions above and `job` its arguments; `finish_pending` runs it
    after the commit, and the next start runs it if this process dies first. A server has no
    backups of ours to scrub: there the job (pending-answer files) is only kept in this thread
    until the transaction commits, for `finish_pending` to run.
    """
    if s.get_bind().dialect.name != "sqlite":
        event.listen(s, "after_commit", lambda _s: _committed_here().append({"kind": kind, **job}), once=True)
        return
    s.add(Meta(key=f"{PENDING}{uuid.uuid4().hex}", value=json.dumps({"kind": kind, **job})))


_JOBS = {
    "shortlist_deleted": lambda db, shortlist_id, name: shortlist_deleted(db, shortlist_id, name),
    "programs_removed": lambda db, shortlist_id, name, program_ids: programs_removed(
        db, shortlist_id, name, program_ids
    ),
    "answers_cleared": lambda db, shortlist_id, program_id: answers_cleared(db, shortlist_id, program_id),
    "call_deleted": lambda db, call_id: call_deleted(db, call_id),
    "addresses_expired": lambda db, cutoff: addresses_expired(db, cutoff),
    "shortlist_note_cleared": lambda db, shortlist_id, program_id: shortlist_note_cleared(
        db, shortlist_id, program_id
    ),
    "answer_notes_cleared": lambda db, shortlist_id, program_id, question_ids: answer_notes_cleared(
        db, shortlist_id, program_id, question_ids
    ),
}


_here = threading.local()


def _committed_here() -> list[dict]:
    if not hasattr(_here, "jobs"):
        _here.jobs = []
    return _here.jobs


def finish_pending(db) -> int:
    """Run every recorded scrub (this process's, or one a crash interrupted) and forget each once done."""
    done = 0
    while _committed_here():
        job = _committed_here().pop(0)
        _JOBS[job.pop("kind")](db, **job)
        done += 1
    if db.path is None:
        return done
    with db.Session() as s:
        jobs = s.execute(select(Meta.key, Meta.value).where(Meta.key.like(PENDING + "%"))).all()
    for key, value in jobs:
        try:
            job = json.loads(value)
            run = _JOBS[job.pop("kind")]
            run(db, **job)
        except (ValueError, KeyError, TypeError):
            log.warning("a recorded scrub could not be read and was dropped: %s", key)
        with db.Session.begin() as s:
            s.execute(delete(Meta).where(Meta.key == key))
    if jobs:
        checkpoint(db)
    return done + len(jobs)


# --- expiry ------------------------------------------------------------------------------
def _older_than(path: Path, age: timedelta) -> bool:
    try:
        return time.time() - path.stat().st_mtime > age.total_seconds()
    except OSError:
        return False


def expire_old_files(db, age: timedelta = EXPIRE_AFTER) -> int:
    """Remove pending answers and set-aside damaged files older than `age`; returns how many."""
    gone = 0
    folder = pending_folder()
    candidates = list(folder.glob("*.json")) + list(folder.glob("*.tmp")) if folder.exists() else []
    if db.path is not None:
        candidates += list(db.path.parent.glob(f"{db.path.name}*.damaged-*"))
        backups = db.path.parent / "backups"
        # a copy a killed restore staged, or a backup killed half-way (and its journal)
        for f in [*backups.glob(".restoring-*"), *backups.glob(f".{db.path.stem}-*.db.tmp*")]:
            if _older_than(f, min(age, LEFTOVER_AFTER)):
                f.unlink(missing_ok=True)
                gone += 1
        from finder.services.backups import broken_leftovers

        for f in broken_leftovers(db):  # a copy that is not whole may still hold a deleted note
            f.unlink(missing_ok=True)
            f.with_name(f.name + ".json").unlink(missing_ok=True)
            gone += 1
    for f in candidates:
        if _older_than(f, age):
            f.unlink(missing_ok=True)
            gone += 1
    return gone


def expire_addresses(db, age: timedelta = EXPIRE_AFTER) -> int:
    """Forget street addresses looked up online more than `age` ago (timedelta(0): all of them)."""
    cutoff = datetime.now() - age
    with db.Session.begin() as s:
        n = s.execute(delete(GeocodeCache).where(GeocodeCache.fetched_at <= cutoff)).rowcount or 0
        if s.get_bind().dialect.name == "postgresql":
            # and everyone's older than 30 days, also of those who left and never open the app again
            s.execute(text("SELECT finder_expire_addresses()"))
        if n:
            remember(s, "addresses_expired", cutoff=cutoff.isoformat(" "))
    if n:
        finish_pending(db)
    return n


def addresses_expired(db, cutoff: str) -> None:
    scrub_backups(db, [("DELETE FROM geocode_cache WHERE fetched_at <= ?", (cutoff,))])
    checkpoint(db)


def sweep(db) -> None:
    """What opening a directory does: finish scrubs a crash interrupted, let expired files and addresses go."""
    if getattr(db, "read_only", False):
        return  # nothing can be removed from a read-only folder; the next writable start does it
    try:
        finish_pending(db)
    except Exception:
        log.exception("finishing an interrupted scrub of the backups failed")
    try:
        expire_old_files(db)
        expire_addresses(db)
    except Exception:
        log.exception("expiring old private files failed")
