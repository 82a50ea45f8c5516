"""Opening a directory database: create, check, migrate (with a backup first), seed."""

from __future__ import annotations

import os
import re
import sqlite3
import threading
import time
from collections.abc import Callable
from dataclasses import dataclass
from datetime import datetime
from functools import lru_cache
from pathlib import Path
from typing import TYPE_CHECKING

from sqlalchemy import Engine, inspect, orm
from sqlalchemy.exc import DBAPIError
from sqlalchemy.orm import sessionmaker

from finder.db.engine import (
    folder_is_read_only,
    is_sqlite,
    make_engine,
    make_sessionmaker,
    read_only_uri,
    sqlite_path,
    to_url,
)
from finder.errors import Message, UserError
from finder.paths import MIGRATIONS_RESOURCE, data_dir, migrations_dir

if TYPE_CHECKING:
    from alembic.config import Config

Progress = Callable[[int, int], None]


@dataclass
class Database:
    url: str
    engine: Engine
    Session: sessionmaker[orm.Session]  # one per database; a service opens `with db.Session.begin():`
    created: bool = False
    login: str | None = None  # PostgreSQL: the role this connection logged in as (session_user)
    read_only: bool = False  # a SQLite file in a folder that cannot be written: searched, not changed

    @property
    def path(self) -> Path | None:
        return sqlite_path(self.url)

    def dispose(self) -> None:
        self.engine.dispose()


# A start should not wait for a full check of a very large file; the part checked in
# this time (plus the size check) catches a file that is not ours, cut off or scrambled.
QUICK_CHECK_SECONDS = 0.5
_CHECK_STEP = 20_000  # SQLite VM instructions between looks at the clock


def _alembic_config() -> Config:
    from alembic.config import Config  # alembic costs ~0.3 s to import: only when migrating

    cfg = Config()
    cfg.set_main_option("script_location", MIGRATIONS_RESOURCE)
    return cfg


def head_revision() -> str:
    from alembic.script import ScriptDirectory

    head = ScriptDirectory.from_config(_alembic_config()).get_current_head()
    if head is None:  # only when the package's migrations are missing (a broken install)
        raise RuntimeError(f"no Alembic revisions under {MIGRATIONS_RESOURCE}")
    return head


@lru_cache(maxsize=1)
def _head_from_files() -> str | None:
    """The newest revision, read from the migration files without importing alembic (None if unsure)."""
    revisions, parents = set(), set()
    for f in (migrations_dir() / "versions").glob("*.py"):
        text = f.read_text(encoding="utf-8")
        rev = re.search(r"^revision\s*=\s*['\"]([^'\"]+)['\"]", text, re.MULTILINE)
        down = re.search(r"^down_revision\s*=\s*(.+)$", text, re.MULTILINE)
        if not rev or not down:
            return None
        revisions.add(rev.group(1))
        value = down.group(1).strip()
        if value != "None":
            single = re.fullmatch(r"['\"]([^'\"]+)['\"]", value)
            if not single:
                return None  # a merge revision: let alembic work it out
            parents.add(single.group(1))
    heads = revisions - parents
    return heads.pop() if len(heads) == 1 else None


def _stored_revision(engine: Engine) -> str | None:
    try:
        with engine.connect() as conn:
            rows = conn.exec_driver_sql("SELECT version_num FROM alembic_version").fetchall()
    except DBAPIError:
        return None
    return rows[0][0] if len(rows) == 1 else None


def _backup_hint(path: Path) -> Message:
    """What to do about a damaged file: the newest backup if there is one."""
    folder = path.parent / "backups"
    backups = sorted(folder.glob(f"{path.stem}-*.db"), reverse=True) if folder.is_dir() else []
    if not backups:
        return Message("db-no-backup-hint")
    newest = backups[0]
    when = datetime.fromtimestamp(newest.stat().st_mtime)
    return Message(
        "db-backup-hint",
        f"{when:%Y-%m-%d %H:%M}",
        newest,
    )


def _expected_size(header: bytes) -> int | None:
    """Bytes the file must have at least, from its 100-byte header (None when the header cannot tell)."""
    if len(header) < 100:
        return None
    page_size = int.from_bytes(header[16:18], "big")
    page_size = 65536 if page_size == 1 else page_size
    pages = int.from_bytes(header[28:32], "big")
    # the page count is only trustworthy when the "version valid for" matches the change counter
    if header[24:28] != header[92:96] or not pages:
        return None
    return page_size * pages


def _check_sqlite_file(path: Path, read_only: bool = False) -> None:
    """Refuse a file that is not a SQLite database, or a damaged one, with one clear line."""
    try:
        with path.open("rb") as fh:
            header = fh.read(100)
        size = path.stat().st_size
    except OSError as exc:
        raise UserError("db-unreadable", path, exc.strerror) from None
    if not header:
        return  # an empty file: SQLite makes a new database of it
    if not header.startswith(b"SQLite format 3\x00"):
        raise UserError("db-not-sqlite", path, _backup_hint(path))
    expected = _expected_size(header)
    wal = Path(f"{path}-wal")
    # after a crash in the middle of a checkpoint the file may be short until the WAL is replayed
    if expected is not None and size < expected and not (wal.exists() and wal.stat().st_size):
        raise UserError(
            "db-truncated",
            path,
            f"{size:,}",
            f"{expected:,}",
            _backup_hint(path),
        )
    ok = _quick_check(path, read_only)
    if ok != "ok":
        # SQLite's report can span lines ("*** in database main ***\nPage 5: ..."): keep one short line
        detail = " ".join(ok.replace("*** in database main ***", "").split())[:160]
        raise UserError("db-damaged", path, detail, _backup_hint(path))


def _quick_check(path: Path, read_only: bool = False) -> str:
    deadline = time.monotonic() + QUICK_CHECK_SECONDS
    try:
        con = sqlite3.connect(
            read_only_uri(path) if read_only else f"file:{path}?mode=ro", uri=True, check_same_thread=False
        )
    except sqlite3.Error as exc:
        return str(exc)
    # the progress handler alone does not stop it: SQLite walks each b-tree inside one VM
    # instruction, so a million-program file took 5.6 s; an interrupt from a timer does stop it
    timer = threading.Timer(QUICK_CHECK_SECONDS, con.interrupt)
    timer.daemon = True
    try:
        con.set_progress_handler(lambda: time.monotonic() > deadline, _CHECK_STEP)
        timer.start()
        return con.execute("PRAGMA quick_check").fetchone()[0]
    except sqlite3.OperationalError as exc:
        if "interrupt" in str(exc):
            return "ok"  # a very large file: what was checked in the time allowed is sound
        return str(exc)
    except sqlite3.DatabaseError as exc:
        return str(exc)
    finally:
        timer.cancel()
        con.close()


def current_revision(engine: Engine) -> str | None:
    from alembic.runtime.migration import MigrationContext

    with engine.connect() as conn:
        return MigrationContext.configure(conn).get_current_revision()


def upgrade(engine: Engine, backup: Callable[[], object] | None = None) -> bool:
    """Bring the schema to the newest revision; back up first when an existing schema changes."""
    from alembic import command

    head = head_revision()
    current = current_revision(engine)
    if current == head:
        return False
    if current is None and inspect(engine).has_table("programs"):
        raise UserError("db-no-schema-version")
    if current is not None and backup is not None:
        backup()
    cfg = _alembic_config()
    try:
        with engine.begin() as conn:
            cfg.attributes["connection"] = conn
            command.upgrade(cfg, "head")
    except DBAPIError as exc:
        if getattr(getattr(exc.orig, "diag", None), "sqlstate", None) != "42501":  # insufficient_privilege
            raise
        detail = str(exc.orig).strip().splitlines()[0]
        raise UserError(
            "db-cannot-upgrade",
            detail,
        ) from None
    return True


def connect(location: str, *, before_migration: Callable[[Database], object] | None = None) -> Database:
    """Open the database at a path or URL, creating the file and bringing its schema up to date.

    `before_migration(db)` runs before an existing schema is changed (the caller backs it up);
    a new database is left empty (finder.services.opening seeds it). A failure never leaves a
    half-made new file behind.
    """
    url = to_url(location)
    path = sqlite_path(url)
    created = read_only = False
    if path is not None:
        if path.exists():
            if path.is_dir():
                raise UserError("db-is-folder", path)
            read_only = folder_is_read_only(path)
            _check_sqlite_file(path, read_only)
        else:
            try:
                path.parent.mkdir(parents=True, exist_ok=True, mode=0o700)
                # created empty and private: SQLite gives its -wal and -shm files the same mode
                os.close(os.open(path, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600))
            except OSError as exc:
                raise UserError("db-cannot-create", path, exc.strerror) from None
            created = True
        _owner_only(path)
    engine = make_engine(url, read_only=read_only)
    if is_sqlite(url):
        set_current_login(None)
    db = Database(
        url=url, engine=engine, Session=make_sessionmaker(engine), created=created, read_only=read_only
    )
    try:
        if not is_sqlite(url):
            _open_shared(db)
            return db
        stored = None if db.created else _stored_revision(engine)
        if stored is None or stored != _head_from_files():
            upgrade(engine, backup=None if before_migration is None else (lambda: before_migration(db)))
    except BaseException:
        discard_if_new(db)
        raise
    return db


OUT_OF_DATE = "db-schema-out-of-date"
NO_SCHEMA = "db-no-schema"
_login: str | None = None


def current_login() -> str | None:
    """The login (session_user) of the shared database opened last in this process; None on SQLite."""
    return _login


def set_current_login(name: str | None) -> None:
    global _login
    _login = name


def _open_shared(db: Database) -> None:
    """PostgreSQL: who we are, and whether the schema is current. Only its owner migrates it."""
    with db.engine.connect() as conn:
        login, may_migrate, has_schema = conn.exec_driver_sql(
            "SELECT session_user::text,"
            " r.rolsuper OR COALESCE(pg_has_role(current_user, c.relowner, 'USAGE'),"
            "   has_schema_privilege(current_user, current_schema(), 'CREATE')),"
            " c.oid IS NOT NULL"
            " FROM pg_roles r LEFT JOIN pg_class c ON c.oid = to_regclass('alembic_version')"
            " WHERE r.rolname = current_user"
        ).one()
    db.login = login
    set_current_login(login)
    db.created = not has_schema
    stored = _stored_revision(db.engine) if has_schema else None
    if stored is not None and stored == _head_from_files():
        return
    if not may_migrate:
        raise UserError(OUT_OF_DATE if has_schema else NO_SCHEMA)
    upgrade(db.engine)


def may_upgrade(db: Database) -> bool:
    """True when this login may change the schema (it owns it, or is a superuser)."""
    if is_sqlite(db.url):
        return True
    with db.engine.connect() as conn:
        return bool(
            conn.exec_driver_sql(
                "SELECT r.rolsuper OR COALESCE(pg_has_role(current_user, c.relowner, 'USAGE'), false)"
                " FROM pg_roles r LEFT JOIN pg_class c ON c.oid = to_regclass('alembic_version')"
                " WHERE r.rolname = current_user"
            ).scalar()
        )


def _owner_only(path: Path) -> None:
    """The directory file and its journals readable by their owner alone (notes are private)."""
    for part in (path, Path(f"{path}-wal"), Path(f"{path}-shm")):
        try:
            if part.exists():
                os.chmod(part, 0o600)
        except OSError:
            pass  # not ours, or a file system without Unix permissions
    if path.parent == data_dir():  # our own folder (never a folder the user chose, like /tmp)
        try:
            os.chmod(path.parent, 0o700)
        except OSError:
            pass


def discard_if_new(db: Database) -> None:
    """Close the engine; a database file this process just created is removed with its journals."""
    db.engine.dispose()
    path = db.path
    if db.created and path is not None and path.exists():
        for suffix in ("", "-wal", "-shm"):
            Path(str(path) + suffix).unlink(missing_ok=True)
