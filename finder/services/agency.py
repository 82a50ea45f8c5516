"""Agency administration on a shared PostgreSQL directory: the case managers' login roles (Qt-free).

Each case manager logs in as a role of their own, a member of the group role `finder_users`
(made by `db upgrade`, migration 0005), which has the table rights the app needs and no DDL.
The role that owns the schema (or one with CREATEROLE) adds and removes them.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from sqlalchemy.exc import DBAPIError

from finder.db.database import Database, may_upgrade
from finder.db.engine import is_sqlite
from finder.errors import Message, UserError

GROUP = "finder_users"
# a login name: what `createuser` would take without quoting surprises
NAME_RULE = re.compile(r"^[a-z_][a-z0-9_.-]{0,62}$")


@dataclass(frozen=True)
class AgencyUser:
    name: str
    can_login: bool
    private_shortlists: int


def _server_only(db: Database) -> None:
    if is_sqlite(db.url):
        raise UserError("users-need-server")


def check_can_upgrade(db: Database) -> None:
    """Refuse `db upgrade` in one line for a login that does not own the schema."""
    if not may_upgrade(db):
        raise UserError(
            "upgrade-not-owner",
            db.login,
        )


def check_user_name(name: str) -> str:
    clean = (name or "").strip()
    if not NAME_RULE.match(clean):
        raise UserError(
            "bad-user-name",
            clean[:64],
        )
    if clean.startswith("pg_") or clean in (GROUP, "public", "postgres"):
        raise UserError("reserved-user-name", clean)
    return clean


def _quote(db: Database, name: str) -> str:
    return db.engine.dialect.identifier_preparer.quote_identifier(name)


def _admin_error(exc: DBAPIError, what: Message) -> UserError:
    detail = str(exc.orig).strip().splitlines()[0] if exc.orig is not None else str(exc)
    return UserError(
        "user-admin-refused",
        what,
        detail,
    )


SUPERVISORS = "finder_supervisors"


def add_user(db: Database, name: str, *, supervisor: bool = False) -> bool:
    """Create the login role `name` in finder_users (True), or put an existing login in it (False).

    `supervisor`: also in finder_supervisors, who may read the referral report's aggregates over
    every case manager (`finder_referral_report`, migration 0015), never their rows.

    No password is set here: the administrator sets one (`\\password NAME` in psql) or a
    client certificate, as docs/agency.md explains.
    """
    _server_only(db)
    name = check_user_name(name)
    try:
        with db.engine.begin() as conn:
            row = conn.exec_driver_sql(
                "SELECT rolsuper, rolcanlogin, rolbypassrls FROM pg_roles WHERE rolname = %(n)s", {"n": name}
            ).first()
            if row is not None and (row[0] or row[2]):
                raise UserError(
                    "user-is-admin-role",
                    name,
                )
            if row is None:
                conn.exec_driver_sql(f"CREATE ROLE {_quote(db, name)} LOGIN IN ROLE {GROUP}")
            else:
                if not row[1]:
                    conn.exec_driver_sql(f"ALTER ROLE {_quote(db, name)} LOGIN")
                conn.exec_driver_sql(f"GRANT {GROUP} TO {_quote(db, name)}")
            if supervisor:
                conn.exec_driver_sql(f"GRANT {SUPERVISORS} TO {_quote(db, name)}")
            return row is None
    except DBAPIError as exc:
        raise _admin_error(exc, Message("user-add", name)) from None


def remove_user(db: Database, name: str) -> int:
    """Take `name` out of finder_users and drop the role (or stop it logging in when the cluster
    still needs it). Returns how many private shortlists are left under that name: nobody can
    open them until a role of that name exists again (or the administrator reassigns them)."""
    _server_only(db)
    name = check_user_name(name)
    if not any(u.name == name for u in list_users(db)):
        raise UserError("no-such-user", name)
    try:
        with db.engine.begin() as conn:
            conn.exec_driver_sql(f"REVOKE {GROUP} FROM {_quote(db, name)}")
            left = _private_count(conn, name)
    except DBAPIError as exc:
        raise _admin_error(exc, Message("user-remove", name)) from None
    try:
        with db.engine.begin() as conn:
            conn.exec_driver_sql(f"DROP ROLE {_quote(db, name)}")
    except DBAPIError:
        # the role owns or holds something elsewhere in the cluster: it stays, unable to log in
        with db.engine.begin() as conn:
            conn.exec_driver_sql(f"ALTER ROLE {_quote(db, name)} NOLOGIN")
    return left


def _private_count(conn, name: str) -> int:
    return int(
        conn.exec_driver_sql(
            "SELECT count(*) FROM shortlists WHERE owner = %(n)s AND NOT shared", {"n": name}
        ).scalar()
        or 0
    )


def list_users(db: Database) -> list[AgencyUser]:
    """The members of finder_users, by name."""
    _server_only(db)
    with db.engine.connect() as conn:
        rows = conn.exec_driver_sql(
            "SELECT r.rolname, r.rolcanlogin FROM pg_roles r "
            "JOIN pg_auth_members m ON m.member = r.oid "
            "JOIN pg_roles g ON g.oid = m.roleid AND g.rolname = %(g)s ORDER BY r.rolname",
            {"g": GROUP},
        ).all()
        return [
            AgencyUser(name=n, can_login=bool(login), private_shortlists=_private_count(conn, n))
            for n, login in rows
        ]
