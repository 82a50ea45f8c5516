"""One engine per database; SQLite connections get the PRAGMAs we rely on.

SQLite-specific code lives here and in db/sqlite_backup.py only.
"""

from __future__ import annotations

import logging
import os
import sqlite3
import sys
from pathlib import Path
from typing import Any
from urllib.parse import quote

from sqlalchemy import Connection, Engine, create_engine, event
from sqlalchemy.engine import URL, make_url
from sqlalchemy.engine.interfaces import DBAPIConnection
from sqlalchemy.orm import Session, sessionmaker

from finder.errors import Message, UserError, english

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


def _sqlite_pragmas(dbapi_conn: DBAPIConnection, _record: object) -> None:
    cur = dbapi_conn.cursor()
    cur.execute("PRAGMA foreign_keys=ON")
    cur.execute("PRAGMA busy_timeout=5000")
    cur.execute("PRAGMA journal_mode=WAL")
    cur.execute("PRAGMA synchronous=NORMAL")
    # deleted shortlists and notes are really gone from the file
    cur.execute("PRAGMA secure_delete=ON")
    cur.close()


def folder_is_read_only(path: Path) -> bool:
    """True when the database file cannot be written where it is: a read-only mount, or a file or
    folder without write permission (SQLite also needs the folder, for its -wal and -shm files)."""
    try:
        if hasattr(os, "statvfs") and os.statvfs(path.parent).f_flag & os.ST_RDONLY:
            return True
    except OSError:
        pass
    return not os.access(path.parent, os.W_OK) or (path.exists() and not os.access(path, os.W_OK))


def read_only_uri(path: Path) -> str:
    """How SQLite opens a file in a folder nobody can write: read-only, and `immutable` because
    a database in WAL mode cannot otherwise be opened without creating its -shm file."""
    return f"file:{quote(str(path))}?mode=ro&immutable=1"


def make_engine(url: str, *, read_only: bool = False) -> Engine:
    if is_sqlite(url):
        connect_args: dict[str, Any] = {"timeout": 5, "check_same_thread": False}
        path = sqlite_path(url)
        if read_only and path is not None:  # a search works; any change fails as SQLITE_READONLY
            uri = read_only_uri(path)
            engine = create_engine(
                "sqlite://", creator=lambda: sqlite3.connect(uri, uri=True, **connect_args)
            )
        else:
            engine = create_engine(url, connect_args=connect_args)
        event.listen(engine, "connect", _sqlite_pragmas)
    else:
        # no pre-ping: it costs a round trip per search; a dropped connection is detected on use,
        # the pool is invalidated and the next attempt reconnects
        engine = create_engine(url, pool_recycle=600, connect_args=server_connect_args(url))
        event.listen(engine, "connect", check_transport)
    return engine


_warned_plaintext: set[tuple[str, str]] = set()


def has_password(u: URL) -> bool:
    """A password in the URL's authority or in its query (`?password=`, which libpq uses too)."""
    return bool(u.password) or any(k.strip().lower() == "password" for k in u.query)


def server_connect_args(url: str) -> dict:
    """Connect arguments for a database server: verified TLS on every TCP connection.

    `sslmode=verify-full` unless the URL names another mode, whatever $PGSSLMODE or a service
    file say (libpq then checks the server's certificate against ~/.postgresql/root.crt or the
    URL's sslrootcert=, and its name against the host; a unix socket ignores it). Whether the
    connection is TCP is only known once libpq has resolved host, hostaddr, service and $PG*:
    `check_transport` looks at the connection made and warns when it is weaker than verify-full.
    A password in the URL is refused: it would be shown and stored in clear.
    """
    u = make_url(url)
    if has_password(u):
        raise UserError("db-password-in-url")
    return {} if u.query.get("sslmode") else {"sslmode": "verify-full"}


# what a connection weaker than verify-full risks, by sslmode (error codes: finder/texts/errors_data.py)
_WEAK = {
    "disable": "db-tls-may-be-unencrypted",
    "allow": "db-tls-may-be-unencrypted",
    "prefer": "db-tls-may-be-unencrypted",
    "require": "db-tls-no-certificate-check",
    "verify-ca": "db-tls-no-host-check",  # %1: the server
}


def check_transport(dbapi_conn: Any, _record: object = None) -> None:
    """Warn once per server and mode when a TCP connection was made with less than verify-full.

    Decided on the connection libpq made (its resolved host, hostaddr and sslmode, and whether TLS
    is in use), so $PGHOSTADDR, $PGHOST and `service=` entries count as what they are. The warning
    (a Message: codes and values) goes to the log and to stderr in English.
    """
    try:
        pgconn = dbapi_conn.pgconn
        used = {o.keyword.decode(): (o.val or b"").decode() for o in pgconn.info}
        host = dbapi_conn.info.host or ""
    except (AttributeError, UnicodeDecodeError):  # not psycopg 3
        return
    hostaddr = used.get("hostaddr", "")
    if host.startswith("/") and not hostaddr:
        return  # a unix socket: no network to protect
    mode = used.get("sslmode") or "prefer"
    if mode == "verify-full" and pgconn.ssl_in_use:
        return
    if ((host or hostaddr), mode) in _warned_plaintext:
        return
    _warned_plaintext.add((host or hostaddr, mode))
    where: object = host or hostaddr or Message("db-tls-the-server")
    risk = Message(_WEAK.get(mode, _WEAK["prefer"]), where)
    if not pgconn.ssl_in_use:
        risk = Message("db-tls-unencrypted")
    warning = Message("db-tls-weak", mode, where, risk)
    log.warning(english(warning))
    print(f"finder: {english(warning)}", file=sys.stderr)


def make_sessionmaker(engine: Engine) -> sessionmaker[Session]:
    return sessionmaker(engine, expire_on_commit=False)


def sqlite_change_stamp(conn: Connection) -> tuple[int, int] | None:
    """A value that changes whenever the SQLite database changes, or None on other back ends.

    `PRAGMA data_version` moves when another connection (or process) commits;
    `total_changes` when this one writes. Cheap: no table is read.
    """
    if conn.dialect.name != "sqlite":
        return None
    raw = conn.connection.driver_connection
    assert raw is not None  # a checked-out connection always has its sqlite3 connection
    cur = raw.execute("PRAGMA data_version")
    try:
        version = cur.fetchone()[0]
    finally:
        cur.close()
    return version, raw.total_changes
