"""Opening a directory database: create, check, migrate (with a backup first), seed."""

from __future__ import annotations

import os
import sqlite3
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

from alembic import command
from alembic.config import Config
from alembic.runtime.migration import MigrationContext
from alembic.script import ScriptDirectory
from sqlalchemy import Engine, inspect
from sqlalchemy.orm import sessionmaker

from finder.db.engine import is_sqlite, make_engine, make_sessionmaker, sqlite_path, to_url
from finder.errors import UserError
from finder.paths import migrations_dir

Progress = Callable[[int, int], None]


@dataclass
class Database:
    url: str
    engine: Engine
    Session: sessionmaker
    created: bool = False

    @property
    def path(self) -> Path | None:
        return sqlite_path(self.url)

    def dispose(self) -> None:
        self.engine.dispose()


def _alembic_config() -> Config:
    cfg = Config()
    cfg.set_main_option("script_location", str(migrations_dir()))
    return cfg


def head_revision() -> str:
    return ScriptDirectory.from_config(_alembic_config()).get_current_head()


def _check_sqlite_file(path: Path) -> None:
    """Refuse a file that is not a SQLite database, or a damaged one, with one clear line."""
    try:
        with path.open("rb") as fh:
            header = fh.read(16)
    except OSError as exc:
        raise UserError(f"cannot read the database {path}: {exc.strerror}") from None
    if header and header != b"SQLite format 3\x00":
        raise UserError(f"{path} is not a Program Finder database (not a SQLite file); "
                        "restore a backup with 'finder backup restore 1' or choose another file")
    if not header:
        return
    try:
        con = sqlite3.connect(f"file:{path}?mode=ro", uri=True)
        try:
            ok = con.execute("PRAGMA quick_check").fetchone()[0]
        finally:
            con.close()
    except sqlite3.DatabaseError as exc:
        raise UserError(f"the database {path} is damaged ({exc}); "
                        "restore a backup with 'finder backup restore 1'") from None
    if ok != "ok":
        raise UserError(f"the database {path} is damaged ({ok}); "
                        "restore a backup with 'finder backup restore 1'")


def current_revision(engine: Engine) -> str | None:
    with engine.connect() as conn:
        return MigrationContext.configure(conn).get_current_revision()


def upgrade(engine: Engine, backup: Callable[[], object] | None = None) -> bool:
    """Bring the schema to the newest revision; back up first when an existing schema changes."""
    head = head_revision()
    current = current_revision(engine)
    if current == head:
        return False
    if current is None and inspect(engine).has_table("programs"):
        raise UserError("this database has no schema version; it was not made by Program Finder")
    if current is not None and backup is not None:
        backup()
    cfg = _alembic_config()
    with engine.begin() as conn:
        cfg.attributes["connection"] = conn
        command.upgrade(cfg, "head")
    return True


def open_database(location: str, *, seed: bool | None = None, progress: Progress | None = None) -> Database:
    """Open (creating and seeding if new) the database at a path or URL.

    `seed=None` seeds a new database unless FINDER_NO_SEED=1 is set.
    """
    url = to_url(location)
    path = sqlite_path(url)
    created = False
    if path is not None:
        if path.exists():
            if path.is_dir():
                raise UserError(f"{path} is a folder, not a database file")
            _check_sqlite_file(path)
        else:
            try:
                path.parent.mkdir(parents=True, exist_ok=True)
            except OSError as exc:
                raise UserError(f"cannot create the folder for {path}: {exc.strerror}") from None
            created = True
    engine = make_engine(url)
    db = Database(url=url, engine=engine, Session=make_sessionmaker(engine), created=created)
    try:
        if not created and not is_sqlite(url):
            created = current_revision(engine) is None
            db.created = created

        def _backup():
            from finder.services.backups import create_backup
            create_backup(db, reason="before migration")

        upgrade(engine, backup=_backup)
        if seed is None:
            seed = os.environ.get("FINDER_NO_SEED") != "1"
        from finder.services.seeding import load_seeds, seed_state
        state = seed_state(db)
        if state is None:
            if seed:
                load_seeds(db, progress=progress)
            elif created:
                from finder.services.seeding import mark_seed_skipped
                mark_seed_skipped(db)
    except BaseException:
        engine.dispose()
        if created and path is not None and path.exists():
            # never leave a half-made new database behind
            for suffix in ("", "-wal", "-shm"):
                Path(str(path) + suffix).unlink(missing_ok=True)
        raise
    return db
