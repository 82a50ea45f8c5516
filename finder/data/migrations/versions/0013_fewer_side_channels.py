"""fewer side channels: no table counters or sequence values for case managers

Revision ID: 0013
Revises: 0012

PostgreSQL only. Row security hides other people's private rows, but a case manager's login could
still count them: the statistics views and functions (pg_stat_user_tables.n_live_tup, n_tup_ins,
pg_statio_*, and the pg_stat_get_*(oid) functions behind them) give every table's live, inserted
and deleted rows, and `SELECT last_value FROM calls_id_seq` how many calls were ever logged.

- sequences: users keep USAGE (an insert takes the next id) but lose SELECT (the last value);
- the statistics of tables and databases: `finder_hide_counters()` revokes them from PUBLIC in
  this database and keeps them for the database's owner and pg_monitor (for monitoring). Catalog
  objects belong to the cluster's superuser, so only a superuser can run it: this migration does
  when it runs as one, otherwise the administrator runs it once as postgres
  (`psql finder -c 'SELECT finder_hide_counters()'`, docs/agency.md).

What remains is written down in docs/agency.md ("What the server does not hide").
"""

from alembic import op

revision = "0013"
down_revision = "0012"
branch_labels = None
depends_on = None

GROUP = "finder_users"
COUNTER_VIEWS = (
    "pg_stat_user_tables",
    "pg_stat_all_tables",
    "pg_stat_sys_tables",
    "pg_statio_user_tables",
    "pg_statio_all_tables",
    "pg_statio_sys_tables",
    "pg_stat_xact_user_tables",
    "pg_stat_xact_all_tables",
    "pg_stat_xact_sys_tables",
    "pg_stat_user_indexes",
    "pg_stat_all_indexes",
    "pg_statio_user_indexes",
    "pg_statio_all_indexes",
    "pg_stat_database",
)
# the functions behind them: one relation's (or database's) counter by its oid
COUNTER_FUNCTIONS = (
    "SELECT p.oid::regprocedure FROM pg_proc p WHERE p.pronamespace = 'pg_catalog'::regnamespace "
    "AND (p.proname LIKE 'pg\\_stat\\_get\\_%' OR p.proname LIKE 'pg\\_stat\\_get\\_xact\\_%') "
    "AND p.pronargs = 1 AND p.proargtypes[0] = 'oid'::regtype"
)


def _hide_counters(grant_or_revoke: str) -> str:
    """finder_hide_counters(): from PUBLIC, kept for the database's owner and pg_monitor;
    finder_show_counters(): back to PUBLIC."""
    views = ", ".join(COUNTER_VIEWS)
    if grant_or_revoke == "REVOKE":
        name, on_views, on_function = (
            "hide",
            f"REVOKE SELECT ON {views} FROM PUBLIC",
            "REVOKE EXECUTE ON FUNCTION %s FROM PUBLIC",
        )
        keep_views = f"GRANT SELECT ON {views} TO %I, pg_monitor"
        keep_function = "GRANT EXECUTE ON FUNCTION %s TO %I, pg_monitor"
    else:
        name, on_views, on_function = (
            "show",
            f"GRANT SELECT ON {views} TO PUBLIC",
            "GRANT EXECUTE ON FUNCTION %s TO PUBLIC",
        )
        keep_views = keep_function = ""
    keep = f"EXECUTE format('{keep_views}', owner);" if keep_views else ""
    keep_f = f"EXECUTE format('{keep_function}', f, owner);" if keep_function else ""
    return rf"""
    CREATE OR REPLACE FUNCTION finder_{name}_counters()
    RETURNS void LANGUAGE plpgsql AS $$
    DECLARE
        f text;
        owner text := (SELECT pg_get_userbyid(datdba) FROM pg_database WHERE datname = current_database());
    BEGIN
        EXECUTE '{on_views}';
        {keep}
        FOR f IN {COUNTER_FUNCTIONS} LOOP
            EXECUTE format('{on_function}', f);
            {keep_f}
        END LOOP;
    END
    $$"""


UPGRADE = [
    f"REVOKE SELECT ON ALL SEQUENCES IN SCHEMA public FROM {GROUP}",
    _hide_counters("REVOKE"),
    _hide_counters("GRANT"),
    "REVOKE ALL ON FUNCTION finder_hide_counters() FROM PUBLIC",
    "REVOKE ALL ON FUNCTION finder_show_counters() FROM PUBLIC",
    r"""
    DO $$
    BEGIN
        IF (SELECT rolsuper FROM pg_roles WHERE rolname = current_user) THEN
            PERFORM finder_hide_counters();
        ELSE
            RAISE NOTICE 'the table counters are still public: run SELECT finder_hide_counters() as a superuser';
        END IF;
    END
    $$""",
]

DOWNGRADE = [
    r"""
    DO $$
    BEGIN
        IF (SELECT rolsuper FROM pg_roles WHERE rolname = current_user) THEN
            PERFORM finder_show_counters();
        END IF;
    END
    $$""",
    "DROP FUNCTION finder_hide_counters()",
    "DROP FUNCTION finder_show_counters()",
    f"GRANT SELECT ON ALL SEQUENCES IN SCHEMA public TO {GROUP}",
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
