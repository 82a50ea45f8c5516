"""addresses expire for everyone: the server forgets any login's looked-up addresses after 30 days

Revision ID: 0012
Revises: 0011

PostgreSQL only. The geocode cache is per login (row security: `owner = session_user`), and the
app forgot a login's old addresses when that login opened it: the addresses of a case manager
who left stayed on the server for good. `finder_expire_addresses()` (SECURITY DEFINER, for
every user; the app calls it on opening, as it expires its own) deletes every row older than
30 days by the server's clock; a policy lets the schema owner see and delete those expired rows
only. It returns nothing: not even how many other people's addresses went.
"""

from alembic import op

revision = "0012"
down_revision = "0011"
branch_labels = None
depends_on = None

GROUP = "finder_users"
EXPIRED = "fetched_at < (now() AT TIME ZONE finder_zone()) - interval '30 days'"

UPGRADE = [
    f"CREATE POLICY finder_expire ON geocode_cache FOR ALL TO CURRENT_USER USING ({EXPIRED})",
    rf"""
    CREATE FUNCTION finder_expire_addresses() RETURNS void LANGUAGE sql SECURITY DEFINER
    SET search_path = public, pg_temp AS $$
        DELETE FROM geocode_cache WHERE {EXPIRED}
    $$""",
    "REVOKE ALL ON FUNCTION finder_expire_addresses() FROM PUBLIC",
    f"GRANT EXECUTE ON FUNCTION finder_expire_addresses() TO {GROUP}",
]

DOWNGRADE = [
    "DROP FUNCTION finder_expire_addresses()",
    "DROP POLICY finder_expire ON geocode_cache",
]


def upgrade() -> None:
    if op.get_bind().dialect.name != "postgresql":
        return
    for sql in UPGRADE:
        op.execute(sql)


def downgrade() -> None:
    if op.get_bind().dialect.name != "postgresql":
        return
    for sql in DOWNGRADE:
        op.execute(sql)
