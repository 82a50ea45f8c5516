"""Issue 34 (agency): what a case manager's login could learn of others' private rows without reading them.

Closed by the database: the table counters (pg_stat_*/pg_statio_* of the tables: live, inserted,
deleted rows per table) and the sequences' last values (how many shortlists, answers and calls
exist). What stays (docs/agency.md, "What the server does not hide"): EXPLAIN ANALYZE's row counts
for an exact guess, the planner's estimate of a table's size, and the next number a sequence gives.
"""

from __future__ import annotations

import pytest
from psycopg import errors

from tests.agency.test_security_roles import _sql, agency, alice_wrote  # noqa: F401 (fixtures)

COUNTERS = [
    "pg_stat_user_tables",
    "pg_stat_all_tables",
    "pg_statio_user_tables",
    "pg_statio_all_tables",
    "pg_stat_xact_user_tables",
    "pg_stat_xact_all_tables",
]


@pytest.mark.parametrize("view", COUNTERS)
def test_table_counters_are_not_for_case_managers(alice_wrote, view):  # noqa: F811
    url, _pid = alice_wrote
    with _sql(url, "bob") as c, pytest.raises(errors.InsufficientPrivilege):
        c.execute(f"SELECT * FROM {view} WHERE relname = 'shortlist_items'")


@pytest.mark.parametrize("sequence", ["shortlists_id_seq", "calls_id_seq", "history_id_seq"])
def test_sequences_do_not_tell_how_many_rows_there_are(alice_wrote, sequence):  # noqa: F811
    url, _pid = alice_wrote
    with _sql(url, "bob") as c, pytest.raises(errors.InsufficientPrivilege):
        c.execute(f"SELECT last_value FROM {sequence}")


def test_the_app_still_writes_as_a_case_manager(alice_wrote):  # noqa: F811
    url, _pid = alice_wrote  # inserts take ids from the sequences (USAGE, not SELECT)
    with _sql(url, "bob") as c:
        c.execute(
            "INSERT INTO shortlists (name, origin_query, origin_label, owner, shared, created_at) "
            "VALUES ('Case 9', '', '', '', true, now())"
        )
        assert c.execute("SELECT count(*) FROM shortlists WHERE name = 'Case 9'").fetchone() == (1,)


def test_explain_analyze_still_counts_a_hidden_row_for_an_exact_guess(alice_wrote):  # noqa: F811
    """Documented as what remains: the count of rows the policy removed, for a guessed value."""
    url, pid = alice_wrote
    with _sql(url, "bob") as c:
        assert c.execute("SELECT count(*) FROM shortlist_items WHERE program_id = %s", (pid,)).fetchone() == (
            1,
        )
        plan = "\n".join(
            r[0]
            for r in c.execute(
                f"EXPLAIN (ANALYZE, COSTS OFF, TIMING OFF) SELECT * FROM shortlist_items WHERE program_id = {pid}"
            )
        )
    assert "Rows Removed by Filter: 1" in plan  # alice's private list holds it too
