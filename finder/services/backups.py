"""Backups of a SQLite directory with SQLite's online backup API; the last 10 are kept."""

from __future__ import annotations

import shutil
import sqlite3
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path

from finder.errors import UserError

KEEP = 10


@dataclass(frozen=True)
class BackupInfo:
    number: int  # 1 = newest
    path: Path
    created: datetime
    size: int

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
        out.append(BackupInfo(n, p, created, st.st_size))
    return out


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
    """Copy the database to backups/ (consistent even while in use). None for a new empty file."""
    if db.path is None:
        return None
    if not db.path.exists():
        return None
    folder = backup_dir(db)
    folder.mkdir(parents=True, exist_ok=True)
    target = folder / f"{db.path.stem}-{datetime.now():%Y%m%d-%H%M%S-%f}.db"
    _sqlite_copy(str(db.path), str(target))
    for old in list_backups(db)[KEEP:]:
        old.path.unlink(missing_ok=True)
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
        raise UserError(f"no backup {number}: choose 1 to {len(backups)} ('finder backup list')")
    chosen = backups[number - 1]
    try:
        check = sqlite3.connect(f"file:{chosen.path}?mode=ro", uri=True)
        ok = check.execute("PRAGMA quick_check").fetchone()[0]
        check.close()
    except sqlite3.DatabaseError:
        ok = "not a database"
    if ok != "ok":
        raise UserError(f"backup {number} ({chosen.path.name}) is damaged; choose another")
    # copy it aside first: the backup made just below may prune the chosen (oldest) file
    staged = chosen.path.with_name(f".restoring-{chosen.path.name}")
    shutil.copyfile(chosen.path, staged)
    try:
        if getattr(db, "engine", None) is not None:
            db.engine.dispose()
        if _healthy(db.path):
            create_backup(db, reason="before restore")
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
