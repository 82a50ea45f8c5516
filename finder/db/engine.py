"""One engine per database; SQLite connections get the PRAGMAs we rely on.

SQLite-specific code lives here and in db/sqlite_backup.py only.
"""

from __future__ import annotations

from pathlib import Path

from sqlalchemy import Engine, create_engine, event
from sqlalchemy.engine import make_url
from sqlalchemy.orm import sessionmaker


def to_url(location: str) -> str:
    """Accept a plain file path or a SQLAlchemy URL."""
    if "://" in location:
        return location
    return f"sqlite:///{Path(location).expanduser().resolve()}"


def is_sqlite(url: str) -> bool:
    return make_url(url).get_backend_name() == "sqlite"


def sqlite_path(url: str) -> Path | None:
    u = make_url(url)
    if u.get_backend_name() != "sqlite" or not u.database or u.database == ":memory:":
        return None
    return Path(u.database)


def _sqlite_pragmas(dbapi_conn, _record) -> None:
    cur = dbapi_conn.cursor()
    cur.execute("PRAGMA foreign_keys=ON")
    cur.execute("PRAGMA busy_timeout=5000")
    cur.execute("PRAGMA journal_mode=WAL")
    cur.execute("PRAGMA synchronous=NORMAL")
    # deleted shortlists and notes are really gone from the file
    cur.execute("PRAGMA secure_delete=ON")
    cur.close()


def make_engine(url: str) -> Engine:
    if is_sqlite(url):
        engine = create_engine(url, connect_args={"timeout": 5, "check_same_thread": False})
        event.listen(engine, "connect", _sqlite_pragmas)
    else:
        # no pre-ping: it costs a round trip per search; a dropped connection is detected on use,
        # the pool is invalidated and the next attempt reconnects
        engine = create_engine(url, pool_recycle=600)
    return engine


def make_sessionmaker(engine: Engine) -> sessionmaker:
    return sessionmaker(engine, expire_on_commit=False)


def sqlite_change_stamp(conn) -> tuple[int, int] | None:
    """A value that changes whenever the SQLite database changes, or None on other back ends.

    `PRAGMA data_version` moves when another connection (or process) commits;
    `total_changes` when this one writes. Cheap: no table is read.
    """
    if conn.dialect.name != "sqlite":
        return None
    raw = conn.connection.driver_connection
    cur = raw.execute("PRAGMA data_version")
    try:
        version = cur.fetchone()[0]
    finally:
        cur.close()
    return version, raw.total_changes
