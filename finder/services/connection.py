"""A database that cannot be reached: what went wrong, as an error code and its values (Qt-free).

Server down, wrong password, no network, a database that does not exist: the driver's
messages are long and technical; `diagnose` reads them and returns one Message (a code of
finder/texts/errors_work.py and its values) that finder.texts.connection words in one line a
person can act on. Passwords never appear in it. The driver's English is matched here, never shown.
"""

from __future__ import annotations

import re

from finder.errors import Message


def _where(url: str | None) -> Message:
    """The database the problem is with: a file, or a server (host and database)."""
    if not url:
        return Message("db-server")
    if "://" not in url:
        return Message("db-file", url)
    from sqlalchemy.engine import make_url

    try:
        u = make_url(url)
    except Exception:  # noqa: BLE001 (any unparsable URL: say nothing about it)
        return Message("db-server")
    if u.get_backend_name() == "sqlite":
        return Message("db-file", u.database)
    host = u.host or u.query.get("host") or "localhost"
    if isinstance(host, tuple):
        host = host[0]
    port = u.port or u.query.get("port")
    host = f"{host}:{port}" if port and not str(host).startswith("/") else str(host)
    return Message("db-server-at", host, u.database or "?")


def _free_mb(url: str | None) -> str:
    """Free space where a SQLite database file is, in MB ("?" for a server or when unknown)."""
    import shutil

    from finder.db.engine import sqlite_path

    try:
        path = sqlite_path(url) if url else None
        return f"{shutil.disk_usage(path.parent).free / 1e6:,.1f}" if path else "?"
    except (OSError, ValueError):
        return "?"


def _tls_problem(raw: str, where: Message) -> Message | None:
    """A refused or unverifiable TLS connection: what failed (the text layer says how to fix it)."""
    if "root certificate file" in raw and ("does not exist" in raw or "could not read" in raw):
        cert = re.search(r'root certificate file "([^"]+)"', raw)
        return Message("conn-no-ca-file", where, cert.group(1)) if cert else Message("conn-no-ca", where)
    if (
        "certificate verify failed" in raw
        or "self-signed certificate" in raw
        or "unable to get local issuer" in raw
        or "certificate has expired" in raw
    ):
        why = Message("conn-cert-expired" if "expired" in raw else "conn-cert-untrusted")
        return Message("conn-cert-unverified", where, why)
    match = re.search(r'server certificate for "([^"]+)"[^"]*does not match host name "([^"]+)"', raw)
    if match or "does not match host name" in raw:
        cert_name = match.group(1) if match else Message("conn-cert-other-name")
        return Message("conn-cert-wrong-host", where, cert_name)
    if "server does not support ssl" in raw:
        return Message("conn-no-tls", where)
    if "no pg_hba.conf entry" in raw and ("no encryption" in raw or "ssl off" in raw):
        return Message("conn-tls-required", where)
    if "ssl error" in raw or "ssl syscall" in raw:
        return Message("conn-tls-failed", where)
    return None


def is_connection_error(exc: BaseException) -> bool:
    """True for the errors a lost or refused connection raises (not for bugs in our SQL)."""
    try:
        from sqlalchemy.exc import DBAPIError, InterfaceError, OperationalError
    except ImportError:  # pragma: no cover
        return False
    if isinstance(exc, DBAPIError) and exc.connection_invalidated:
        return True
    return isinstance(exc, (OperationalError, InterfaceError))


def diagnose(exc: BaseException, url: str | None = None) -> Message | None:
    """What a connection failure was, as a Message; None when `exc` is something else."""
    if not is_connection_error(exc):
        return None
    raw = str(getattr(exc, "orig", None) or exc).lower()
    where = _where(url)
    tls = _tls_problem(raw, where)
    if tls:
        return tls
    if "password authentication failed" in raw or "no password supplied" in raw:
        user = re.search(r'for user "([^"]+)"', raw)
        return (
            Message("conn-login-refused-for", where, user.group(1))
            if user
            else Message("conn-login-refused", where)
        )
    if (
        "could not translate host name" in raw
        or "name or service not known" in raw
        or "temporary failure in name resolution" in raw
    ):
        return Message("conn-no-host", where)
    if re.search(r'database "[^"]+" does not exist', raw):
        return Message("conn-no-database", where)
    if re.search(r'role "[^"]+" does not exist', raw):
        return Message("conn-no-role", where)
    if "timeout" in raw or "timed out" in raw:
        return Message("conn-timeout", where)
    if "readonly database" in raw or "read-only file system" in raw:
        return Message("conn-read-only", where)
    if "database or disk is full" in raw or "no space left" in raw:
        return Message("conn-disk-full", where, _free_mb(url))
    if "database is locked" in raw:
        return Message("conn-locked", where)
    if "unable to open database file" in raw:
        return Message("conn-cannot-open", where)
    if (
        "closed the connection" in raw
        or "terminating connection" in raw
        or "connection_invalidated" in raw
        or "server closed" in raw
        or "consuming input failed" in raw
    ):
        return Message("conn-lost", where)
    return Message("conn-unreachable", where)
