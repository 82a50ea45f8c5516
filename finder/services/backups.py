"""Backups of a SQLite directory with SQLite's online backup API; the last 10 are kept.

Why each copy was made ("before import of FILE", "before migration", "by hand") is kept in a
small JSON file beside it (`NAME.db.json`, readable by the owner only, like the copy itself).

A copy is written under a temporary name (`.NAME.db.tmp`), checked (quick_check, the schema is
there, it has pages) and only then renamed to its listed name; on any error it is deleted. So a
full disk leaves nothing a restore could take for a backup, and the list and a restore skip any
file that does not look whole (one left by an older version).
"""

from __future__ import annotations

import errno
import json
import os
import shutil
import sqlite3
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path

from finder.errors import Message, UserError
from finder.services.private_files import private_folder, touch_private

KEEP = 10
# Why a copy was made, as recorded in its .json (data, as older versions wrote it too; the text
# layer, finder/texts/backups.py, words it): one of these, or a prefix and what follows it.
BY_HAND = "by hand"
BEFORE_MIGRATION = "before migration"
BEFORE_IMPORT = "before import of "  # + the file's name
BEFORE_RESTORE = "before restore of the copy from "  # + when the restored copy was made


@dataclass(frozen=True)
class BackupInfo:
    number: int  # 1 = newest
    path: Path
    created: datetime
    size: int
    reason: str = ""  # why it was made, as recorded; "" for copies made before reasons were kept

    @property
    def size_text(self) -> str:
        if self.size >= 1_000_000:
            return f"{self.size / 1e6:.1f} MB"
        return f"{max(1, round(self.size / 1e3))} kB"

    def line(self) -> str:
        return f"{self.number}\t{self.created:%Y-%m-%d %H:%M:%S}\t{self.size_text}\t{self.path.name}"


def backup_dir(db) -> Path:
    if db.path is None:
        raise UserError("backups-sqlite-only")
    return db.path.parent / "backups"


def list_backups(db) -> list[BackupInfo]:
    """The backups a restore can use, newest first (files that are not a whole copy are left out)."""
    folder = backup_dir(db)
    stem = db.path.stem
    files = sorted(folder.glob(f"{stem}-*.db"), key=lambda p: p.name, reverse=True) if folder.exists() else []
    out = []
    for p in files:
        try:
            st = p.stat()
            whole = _looks_whole(p) and _has_schema(p)
        except OSError:
            continue
        if not whole:
            continue
        try:
            created = datetime.strptime(p.stem[len(stem) + 1 : len(stem) + 1 + 22], "%Y%m%d-%H%M%S-%f")
        except ValueError:
            created = datetime.fromtimestamp(st.st_mtime)
        out.append(BackupInfo(len(out) + 1, p, created, st.st_size, _read_reason(p)))
    return out


def broken_leftovers(db) -> list[Path]:
    """Files in backups/ no restore can use: a copy an older version left cut off or empty (a full
    disk), and a journal whose copy is gone. A journal beside an existing copy is left alone:
    SQLite rolls the copy back with it the next time it is opened."""
    if db.path is None:
        return []
    folder = backup_dir(db)
    if not folder.is_dir():
        return []
    out = []
    for p in folder.glob(f"{db.path.stem}-*.db"):
        try:
            if not (_looks_whole(p) and _has_schema(p)):
                out.append(p)
        except OSError:
            continue
    out += [j for j in folder.glob(f"{db.path.stem}-*.db-journal") if not j.with_name(j.name[:-8]).exists()]
    return out


def _looks_whole(path: Path) -> bool:
    """A cheap look at the file's header: a SQLite file with pages, as long as the header says."""
    with path.open("rb") as fh:
        header = fh.read(100)
    if len(header) < 100 or not header.startswith(b"SQLite format 3\x00"):
        return False
    page_size = int.from_bytes(header[16:18], "big")
    page_size = 65536 if page_size == 1 else page_size
    pages = int.from_bytes(header[28:32], "big")
    if header[24:28] != header[92:96]:  # the page count is not current: the size cannot be checked
        return pages > 0 or path.stat().st_size >= 2 * page_size
    return pages > 0 and path.stat().st_size >= pages * page_size


SCHEMA_TABLES = frozenset({"alembic_version", "programs", "shortlists"})


def _tables(con: sqlite3.Connection) -> set[str]:
    return {r[0] for r in con.execute("SELECT name FROM sqlite_master WHERE type = 'table'")}


def _has_schema(path: Path) -> bool:
    """The directory's tables are there (reads the schema page only; a restore checks every page)."""
    try:
        con = sqlite3.connect(f"file:{path}?mode=ro", uri=True)
        try:
            return SCHEMA_TABLES <= _tables(con)
        finally:
            con.close()
    except sqlite3.DatabaseError:
        return False


def _unusable(path: Path) -> Message | str | None:
    """Why the copy cannot be restored (cut off, no Program Finder schema, SQLite's own words on
    the damage), or None."""
    try:
        if not _looks_whole(path):
            return Message("copy-not-whole")
        con = sqlite3.connect(f"file:{path}?mode=ro", uri=True)
        try:
            ok = con.execute("PRAGMA quick_check").fetchone()[0]
            if ok != "ok":
                return ok
            if not SCHEMA_TABLES <= _tables(con):
                return Message("copy-no-schema")
            if con.execute("PRAGMA page_count").fetchone()[0] <= 0:
                return Message("copy-no-pages")
        finally:
            con.close()
    except (sqlite3.DatabaseError, OSError) as exc:
        return str(exc) or type(exc).__name__
    return None


class _BadCopy(sqlite3.DatabaseError):
    """The copy just made did not check out; `why` says how."""

    def __init__(self, why: Message | str) -> None:
        super().__init__()
        self.why = why


def _sidecar(backup: Path) -> Path:
    return backup.with_name(backup.name + ".json")


def _read_reason(backup: Path) -> str:
    try:
        data = json.loads(_sidecar(backup).read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return ""
    reason = data.get("reason") if isinstance(data, dict) else None
    return reason.strip()[:300] if isinstance(reason, str) else ""


def _write_private(path: Path, data: bytes) -> None:
    fd = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o600)
    with os.fdopen(fd, "wb") as fh:
        fh.write(data)


def _owner_only(path: Path) -> None:
    try:
        path.chmod(0o600)
    except OSError:
        pass  # e.g. a file system without permissions; the copy is still made


def _sqlite_copy(source: str, target: str) -> None:
    """Copy with SQLite's online backup API: consistent even while another process writes."""
    src = sqlite3.connect(source, uri=source.startswith("file:"))
    try:
        dst = sqlite3.connect(target)
        try:
            src.backup(dst)
        finally:
            dst.close()
    finally:
        src.close()


def create_backup(db, reason: str = "") -> BackupInfo | None:
    """Copy the database to backups/ (consistent even while in use). None for a new empty file.

    `reason` says why (BEFORE_IMPORT + FILE, BEFORE_MIGRATION, BY_HAND); the restore
    dialog and `finder backup list` show it. The copy and its note are readable by the owner only.
    The copy is checked before it is listed; when it cannot be made (a full disk), nothing is
    left behind and UserError says why ("backup-disk-full").
    """
    if db.path is None:
        return None
    if not db.path.exists():
        return None
    folder = backup_dir(db)
    try:
        private_folder(folder)
    except OSError as exc:
        raise _cannot_copy(exc, folder, db.path) from None
    target = folder / f"{db.path.stem}-{datetime.now():%Y%m%d-%H%M%S-%f}.db"
    tmp = folder / f".{target.name}.tmp"
    made = [tmp, Path(f"{tmp}-journal"), target, _sidecar(target)]
    try:
        touch_private(tmp)  # private before the first byte of the copy is written
        _sqlite_copy(str(db.path), str(tmp))
        _owner_only(tmp)
        problem = _unusable(tmp)
        if problem:
            raise _BadCopy(problem)
        _fsync(tmp)
        note = {"reason": reason.strip(), "created": datetime.now().isoformat(timespec="seconds")}
        _write_private(_sidecar(target), json.dumps(note, ensure_ascii=False).encode("utf-8"))
        os.replace(tmp, target)
    except (OSError, sqlite3.Error) as exc:
        for f in made:
            try:
                f.unlink(missing_ok=True)
            except OSError:
                pass  # a read-only folder (where nothing was made either)
        raise _cannot_copy(exc, folder, db.path) from None
    for old in list_backups(db)[KEEP:]:
        old.path.unlink(missing_ok=True)
        _sidecar(old.path).unlink(missing_ok=True)
    return next(b for b in list_backups(db) if b.path == target)


def _fsync(path: Path) -> None:
    # opened for writing: Windows flushes a file (FlushFileBuffers) only through a handle that
    # may write, and refused the read-only one, so every backup there failed as "read-only"
    fd = os.open(path, os.O_RDWR)
    try:
        os.fsync(fd)
    finally:
        os.close(fd)


def disk_full(exc: BaseException) -> bool:
    """True for the errors a full disk (or a full quota) raises, from the OS or from SQLite."""
    if isinstance(exc, OSError) and exc.errno in (errno.ENOSPC, errno.EDQUOT):
        return True
    return "disk is full" in str(exc).lower() or "no space left" in str(exc).lower()


def free_mb(folder: Path) -> str:
    try:
        return f"{shutil.disk_usage(folder).free / 1e6:,.1f}"
    except OSError:
        return "?"


def read_only(exc: BaseException) -> bool:
    """True for the errors writing into a read-only folder (mount or permissions) raises."""
    if isinstance(exc, OSError) and exc.errno in (errno.EROFS, errno.EACCES, errno.EPERM):
        return True
    return "readonly database" in str(exc).lower()


def read_only_folder(folder: Path) -> UserError:
    return UserError(
        "folder-read-only",
        folder,
    )


def _cannot_copy(exc: BaseException, folder: Path, source: Path) -> UserError:
    if read_only(exc):
        return read_only_folder(folder)
    if disk_full(exc):
        try:
            need = f"{source.stat().st_size / 1e6:,.1f}"
        except OSError:
            need = "?"
        return UserError(
            "backup-disk-full",
            free_mb(folder),
            need,
            folder,
        )
    detail: object
    if isinstance(exc, _BadCopy):
        detail = Message("copy-did-not-check-out", exc.why)
    else:  # the system's or SQLite's own words
        detail = exc.strerror if isinstance(exc, OSError) and exc.strerror else str(exc)
    return UserError("backup-not-made", folder, detail)


class FileOnly:
    """A directory known by its file only, for restoring over a file that cannot be opened."""

    def __init__(self, path: Path) -> None:
        self.path = path
        self.engine = None


def _healthy(path: Path) -> bool:
    if not path.exists():
        return False
    try:
        con = sqlite3.connect(f"file:{path}?mode=ro", uri=True)
        try:
            return con.execute("PRAGMA quick_check").fetchone()[0] == "ok"
        finally:
            con.close()
    except sqlite3.DatabaseError:
        return False


def _replace_damaged(path: Path, staged: Path) -> None:
    """Set the damaged file (and its -wal, -shm) aside and copy the backup in its place; on a
    failure (a full disk) the damaged file is put back as it was."""
    stamp = datetime.now().strftime("%Y%m%d-%H%M%S")
    moved: list[tuple[Path, Path]] = []
    try:
        for suffix in ("", "-wal", "-shm"):
            part = Path(str(path) + suffix)
            if part.exists():
                aside = part.with_name(f"{part.name}.damaged-{stamp}")
                part.rename(aside)
                moved.append((part, aside))
        shutil.copyfile(staged, path)
    except BaseException:
        path.unlink(missing_ok=True)
        for part, aside in moved:
            aside.rename(part)
        raise


def restore_backup(db, number: int) -> BackupInfo:
    """Replace the directory with backup N (1 = newest); the current state is backed up first."""
    backups = list_backups(db)
    if not backups:
        raise UserError("no-backups")
    if not 1 <= number <= len(backups):
        raise UserError("no-such-backup", number, len(backups))
    chosen = backups[number - 1]
    if _unusable(chosen.path):
        raise UserError("backup-damaged", number, chosen.path.name)
    # copy it aside first: the backup made just below may prune the chosen (oldest) file
    staged = chosen.path.with_name(f".restoring-{chosen.path.name}")
    try:
        shutil.copyfile(chosen.path, staged)
        if getattr(db, "engine", None) is not None:
            db.engine.dispose()
        if _healthy(db.path):
            create_backup(db, reason=f"{BEFORE_RESTORE}{chosen.created:%Y-%m-%d %H:%M}")
            _sqlite_copy(f"file:{staged}?mode=ro", str(db.path))
        else:
            # a damaged or foreign file cannot be written into: keep it aside, put the backup in place
            _replace_damaged(db.path, staged)
    except (OSError, sqlite3.Error) as exc:
        if disk_full(exc):
            raise UserError(
                "restore-disk-full",
                free_mb(db.path.parent),
            ) from None
        if read_only(exc):
            raise read_only_folder(db.path.parent) from None
        raise
    finally:
        try:
            staged.unlink(missing_ok=True)
        except OSError:
            pass  # a read-only folder: it was never made
    return chosen
