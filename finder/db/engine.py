"""One engine per database; SQLite connections get the PRAGMAs we rely on.

SQLite-specific code lives here and in db/sqlite_backup.py only.
"""

from __future__ import annotations

import logging
import os
import sys
from pathlib import Path

from sqlalchemy import Engine, create_engine, event
from sqlalchemy.engine import make_url
from sqlalchemy.orm import sessionmaker

from finder.errors import UserError

log = logging.getLogger(__name__)


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
        engine = create_engine(url, pool_recycle=600, connect_args=server_connect_args(url))
    return engine


_warned_plaintext: set[str] = set()


def _hosts(u) -> list[str]:
    """The hosts libpq will use: from the URL, else $PGHOST; [] means its default unix socket."""
    raw = u.host or u.query.get("host") or os.environ.get("PGHOST", "")
    if isinstance(raw, tuple):
        raw = ",".join(raw)
    return [h for h in str(raw).split(",") if h]


def uses_tcp(url: str) -> bool:
    u = make_url(url)
    return bool(u.query.get("hostaddr")) or any(not h.startswith("/") for h in _hosts(u))


def has_password(u) -> bool:
    """A password in the URL's authority or in its query (`?password=`, which libpq uses too)."""
    return bool(u.password) or any(k.strip().lower() == "password" for k in u.query)


def server_connect_args(url: str) -> dict:
    """Connect arguments for a database server: verified TLS on every TCP connection.

    `sslmode=verify-full` unless the URL names another mode (libpq then checks the server's
    certificate against ~/.postgresql/root.crt or the URL's sslrootcert=, and its name against
    the host). A unix socket needs no TLS. An explicit sslmode=disable works and warns once.
    A password in the URL is refused: it would be shown and stored in clear.
    """
    u = make_url(url)
    if has_password(u):
        raise UserError("do not put a password in the database URL (it would be stored and shown in "
                        "clear); keep it in ~/.pgpass (chmod 600), e.g. postgresql://me@server/finder")
    mode = u.query.get("sslmode")
    if not uses_tcp(url):
        return {}
    if mode is None:
        return {"sslmode": "verify-full"}
    if mode in ("disable", "allow", "prefer") and url not in _warned_plaintext:
        _warned_plaintext.add(url)
        host = u.host or (_hosts(u) or ["the server"])[0]
        message = (f"warning: sslmode={mode}: the connection to {host} may be unencrypted and the server "
                   "is not verified; use it only on a network you trust")
        log.warning(message)
        print(f"finder: {message}", file=sys.stderr)
    return {}


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
