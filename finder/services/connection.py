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
    if "password authentication failed" in raw or "no password supplied" in raw:
        user = re.search(r'for user "([^"]+)"', raw)
        who = f" for {user.group(1)}" if user else ""
        return f"{where} refused the user name or password{who}; check the database URL or ~/.pgpass"
    if "could not translate host name" in raw or "name or service not known" in raw \
            or "temporary failure in name resolution" in raw:
        return f"cannot find {where}: no network, or the host name is wrong"
    if re.search(r'database "[^"]+" does not exist', raw):
        return f"{where} has no such database; create it, then run 'finder --db URL db upgrade'"
    if re.search(r'role "[^"]+" does not exist', raw):
        return f"{where} does not know this user; ask the administrator to create the role"
    if "timeout" in raw or "timed out" in raw:
        return f"{where} did not answer in time (network down or server busy); try again shortly"
    if "database is locked" in raw:
        return f"{where} is busy (locked by another program); try again shortly"
    if "unable to open database file" in raw:
        return f"cannot open {where}: check that the folder exists and is writable"
    if "closed the connection" in raw or "terminating connection" in raw or "connection_invalidated" in raw \
            or "server closed" in raw or "consuming input failed" in raw:
        return f"lost the connection to {where}; nothing was saved in the interrupted step; try again"
    return f"cannot reach {where}: is the server running and the network up?"
