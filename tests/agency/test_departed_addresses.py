"""Issue 34, item 14 (agency): addresses looked up online expire for users who left, too.

Each login's cache of looked-up addresses is its own (row security), and each user's app forgot
only that user's old addresses when it opened: a case manager who left never opened it again, so
theirs stayed on the server for good. Now the server expires everyone's after 30 days, whoever
opens the app (or the owner runs `db upgrade`), without anyone reading another's addresses.
"""

from __future__ import annotations

from finder.cli import main
from finder.services.origins import Origin, _cache_put
from tests.agency.test_security_roles import _open, _sql, agency  # noqa: F401 (fixture)


def test_a_departed_users_old_addresses_expire_when_anyone_opens_the_app(agency):  # noqa: F811
    assert main(["--db", agency, "db", "add-user", "erin"]) == 0
    for name in ("erin", "alice"):
        db = _open(agency, name)
        try:
            _cache_put(db, Origin("12 Harbor View Dr, Irvine, CA", 33.6, -117.8, "address", f"{name}'s"))
        finally:
            db.dispose()
    with _sql(agency, "postgres") as c:  # erin's was looked up 40 days ago, alice's today
        c.execute("SET session_replication_role = replica")  # as if written then: no stamping trigger
        c.execute(
            "UPDATE geocode_cache SET fetched_at = fetched_at - interval '40 days' WHERE owner = 'erin'"
        )
        c.execute("DROP ROLE erin")  # erin leaves (dropped in psql: the owner's app never opens here)
    _open(agency, "bob").dispose()  # bob opens the app
    with _sql(agency, "postgres") as c:
        assert c.execute("SELECT owner FROM geocode_cache ORDER BY owner").fetchall() == [("alice",)]
    with _sql(agency, "bob") as c:  # and bob saw nothing of theirs
        assert c.execute("SELECT count(*) FROM geocode_cache").fetchone() == (0,)
