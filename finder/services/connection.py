"""A database that cannot be reached, said in one line a person can act on (Qt-free).

Server down, wrong password, no network, a database that does not exist: the driver's
messages are long and technical; `connection_problem` turns them into one sentence.
Passwords never appear in it.
"""

from __future__ import annotations

import re


def _where(url: str | None) -> str:
    if not url:
        return "the database server"
    if "://" not in url:
        return f"the database file {url}"
    from sqlalchemy.engine import make_url

    try:
        u = make_url(url)
    except Exception:  # noqa: BLE001 (any unparsable URL: say nothing about it)
        return "the database server"
    if u.get_backend_name() == "sqlite":
        return f"the database file {u.database}"
    host = u.host or u.query.get("host") or "localhost"
    if isinstance(host, tuple):
        host = host[0]
    port = u.port or u.query.get("port")
    host = f"{host}:{port}" if port and not str(host).startswith("/") else str(host)
    return f"the database server {host} (database {u.database or '?'})"


def _free_mb(url: str | None) -> str:
    """Free space where a SQLite database file is, in MB ("?" for a server or when unknown)."""
    import shutil

    from finder.db.engine import sqlite_path

    try:
        path = sqlite_path(url) if url else None
        return f"{shutil.disk_usage(path.parent).free / 1e6:,.1f}" if path else "?"
    except (OSError, ValueError):
        return "?"


FIX_CA = (
    "put the agency's CA certificate in ~/.postgresql/root.crt, or add "
    "?sslrootcert=/path/to/ca.crt to the database URL"
)


def _tls_problem(raw: str, where: str) -> str | None:
    """A refused or unverifiable TLS connection: what failed and how to fix it."""
    if "root certificate file" in raw and ("does not exist" in raw or "could not read" in raw):
        cert = re.search(r'root certificate file "([^"]+)"', raw)
        named = f" ({cert.group(1)} is missing)" if cert else ""
        return f"cannot verify {where}: no CA certificate to check it against{named}; {FIX_CA}"
    if (
        "certificate verify failed" in raw
        or "self-signed certificate" in raw
        or "unable to get local issuer" in raw
        or "certificate has expired" in raw
    ):
        why = "it has expired" if "expired" in raw else "it is not signed by the CA you trust"
        return (
            f"{where} offered a certificate that could not be verified ({why}); check with the "
            "administrator, then name the CA that signed it: ~/.postgresql/root.crt, or "
            "?sslrootcert=/path/to/ca.crt in the database URL"
        )
    match = re.search(r'server certificate for "([^"]+)"[^"]*does not match host name "([^"]+)"', raw)
    if match or "does not match host name" in raw:
        cert_name = match.group(1) if match else "another name"
        return (
            f"{where} presented a certificate for {cert_name}, not for the host in the URL; "
            "connect by the name on the certificate, or ask the administrator for one that names this host"
        )
    if "server does not support ssl" in raw:
        return (
            f"{where} does not offer TLS; ask the administrator to turn on ssl (hostssl in pg_hba.conf), "
            "see docs/agency.md"
        )
    if "no pg_hba.conf entry" in raw and ("no encryption" in raw or "ssl off" in raw):
        return f"{where} accepts encrypted connections only; remove sslmode=disable from the URL"
    if "ssl error" in raw or "ssl syscall" in raw:
        return f"the TLS handshake with {where} failed; check sslmode and sslrootcert in the database URL"
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


def connection_problem(exc: BaseException, url: str | None = None) -> str | None:
    """One line for a connection failure, or None when `exc` is something else."""
    if not is_connection_error(exc):
        return None
    raw = str(getattr(exc, "orig", None) or exc).lower()
    where = _where(url)
    tls = _tls_problem(raw, where)
    if tls:
        return tls
    if "password authentication failed" in raw or "no password supplied" in raw:
        user = re.search(r'for user "([^"]+)"', raw)
        who = f" for {user.group(1)}" if user else ""
        return f"{where} refused the user name or password{who}; check the database URL or ~/.pgpass"
    if (
        "could not translate host name" in raw
        or "name or service not known" in raw
        or "temporary failure in name resolution" in raw
    ):
        return f"cannot find {where}: no network, or the host name is wrong"
    if re.search(r'database "[^"]+" does not exist', raw):
        return f"{where} has no such database; create it, then run 'finder --db URL db upgrade'"
    if re.search(r'role "[^"]+" does not exist', raw):
        return f"{where} does not know this user; ask the administrator to create the role"
    if "timeout" in raw or "timed out" in raw:
        return f"{where} did not answer in time (network down or server busy); try again shortly"
    if "readonly database" in raw or "read-only file system" in raw:
        return (
            f"{where} is in a read-only folder: it can be searched and read, but not changed; "
            "nothing was changed. Open a copy in a folder you can write to (--db) to make changes"
        )
    if "database or disk is full" in raw or "no space left" in raw:
        return f"the disk holding {where} is full ({_free_mb(url)} MB free); nothing was changed. Free some space and try again"
    if "database is locked" in raw:
        return f"{where} is busy (locked by another program); try again shortly"
    if "unable to open database file" in raw:
        return f"cannot open {where}: check that the folder exists and is writable"
    if (
        "closed the connection" in raw
        or "terminating connection" in raw
        or "connection_invalidated" in raw
        or "server closed" in raw
        or "consuming input failed" in raw
    ):
        return f"lost the connection to {where}; nothing was saved in the interrupted step; try again"
    return f"cannot reach {where}: is the server running and the network up?"
