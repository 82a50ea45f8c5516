"""Backups of a SQLite directory with SQLite's online backup API; the last 10 are kept.

Why each copy was made ("before import of FILE", "before migration", "by hand") is kept in a
small JSON file beside it (`NAME.db.json`, readable by the owner only, like the copy itself).
"""

from __future__ import annotations

import json
import os
import shutil
import sqlite3
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path

from finder.errors import UserError
from finder.services.private_files import private_folder, touch_private

KEEP = 10
NOT_RECORDED = "not recorded"
# how the reasons callers pass read in a list of backups
_REASON_TEXT = {"by hand": "made by hand"}


@dataclass(frozen=True)
class BackupInfo:
    number: int  # 1 = newest
    path: Path
    created: datetime
    size: int
    reason: str = ""  # why it was made, as recorded; "" for copies made before reasons were kept

    @property
    def reason_text(self) -> str:
        """The reason for a person: 'before import of x.csv', 'made by hand', 'not recorded'."""
        return _REASON_TEXT.get(self.reason, self.reason) or NOT_RECORDED

    @property
    def size_text(self) -> str:
        if self.size >= 1_000_000:
            return f"{self.size / 1e6:.1f} MB"
        return f"{max(1, round(self.size / 1e3))} kB"

    def line(self) -> str:
        return f"{self.number}\t{self.created:%Y-%m-%d %H:%M:%S}\t{self.size_text}\t{self.path.name}"


def backup_dir(db) -> Path:
    if db.path is None:
        raise UserError("backups are made of a local SQLite directory only; "
                        "use the server's own backups for a shared database")
    return db.path.parent / "backups"


def list_backups(db) -> list[BackupInfo]:
    folder = backup_dir(db)
    stem = db.path.stem
    files = sorted(folder.glob(f"{stem}-*.db"), key=lambda p: p.name, reverse=True) if folder.exists() else []
    out = []
    for n, p in enumerate(files, start=1):
        st = p.stat()
        try:
            created = datetime.strptime(p.stem[len(stem) + 1:len(stem) + 1 + 22], "%Y%m%d-%H%M%S-%f")
        except ValueError:
            created = datetime.fromtimestamp(st.st_mtime)
        out.append(BackupInfo(n, p, created, st.st_size, _read_reason(p)))
    return out


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

    `reason` says why ("before import of FILE", "before migration", "by hand"); the restore
    dialog and `finder backup list` show it. The copy and its note are readable by the owner only.
    """
    if db.path is None:
        return None
    if not db.path.exists():
        return None
    folder = private_folder(backup_dir(db))
    target = folder / f"{db.path.stem}-{datetime.now():%Y%m%d-%H%M%S-%f}.db"
    touch_private(target)  # private before the first byte of the copy is written
    _sqlite_copy(str(db.path), str(target))
    _owner_only(target)
    note = {"reason": reason.strip(), "created": datetime.now().isoformat(timespec="seconds")}
    _write_private(_sidecar(target), json.dumps(note, ensure_ascii=False).encode("utf-8"))
    for old in list_backups(db)[KEEP:]:
        old.path.unlink(missing_ok=True)
        _sidecar(old.path).unlink(missing_ok=True)
    return next(b for b in list_backups(db) if b.path == target)


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


def restore_backup(db, number: int) -> BackupInfo:
    """Replace the directory with backup N (1 = newest); the current state is backed up first."""
    backups = list_backups(db)
    if not backups:
        raise UserError("there are no backups yet")
    if not 1 <= number <= len(backups):
        raise UserError("no backup %1: choose 1 to %2 ('finder backup list')", number, len(backups))
    chosen = backups[number - 1]
    try:
        check = sqlite3.connect(f"file:{chosen.path}?mode=ro", uri=True)
        ok = check.execute("PRAGMA quick_check").fetchone()[0]
        check.close()
    except sqlite3.DatabaseError:
        ok = "not a database"
    if ok != "ok":
        raise UserError("backup %1 (%2) is damaged; choose another", number, chosen.path.name)
    # copy it aside first: the backup made just below may prune the chosen (oldest) file
    staged = chosen.path.with_name(f".restoring-{chosen.path.name}")
    shutil.copyfile(chosen.path, staged)
    try:
        if getattr(db, "engine", None) is not None:
            db.engine.dispose()
        if _healthy(db.path):
            create_backup(db, reason=f"before restore of the copy from {chosen.created:%Y-%m-%d %H:%M}")
            _sqlite_copy(f"file:{staged}?mode=ro", str(db.path))
        else:
            # a damaged or foreign file cannot be written into: keep it aside, put the backup in place
            stamp = datetime.now().strftime("%Y%m%d-%H%M%S")
            for suffix in ("", "-wal", "-shm"):
                part = Path(str(db.path) + suffix)
                if part.exists():
                    part.rename(part.with_name(f"{part.name}.damaged-{stamp}"))
            shutil.copyfile(staged, db.path)
    finally:
        staged.unlink(missing_ok=True)
    return chosen
