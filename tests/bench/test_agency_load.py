"""`python -m finder.bench --agency-load URL --users N --seconds S`, briefly: 3 case managers for 3 s."""

from __future__ import annotations

import json

from finder.bench.__main__ import main
from tests.agency.conftest import FIXTURES


def test_three_case_managers_for_three_seconds(pg_url, capsys):
    from finder.services.importing import import_file
    from finder.services.opening import open_database

    db = open_database(pg_url, seed=False)
    try:
        import_file(db, FIXTURES / "directory_sample.csv", backup=False)
    finally:
        db.dispose()
    assert main(["--agency-load", pg_url, "--users", "3", "--seconds", "3", "--format", "json"]) == 0
    result = json.loads(capsys.readouterr().out)
    assert result["errors"] == 0, result["first_errors"]
    assert result["lost_writes"] == 0 and result["users"] == 3
    assert sum(result[f"{op}_count"] for op in ("search", "read_list", "answer", "log_call")) >= 3
    assert result["search_count"] == 0 or 0 < result["search_p50_ms"] <= result["search_p95_ms"]
    # the logins it made are gone again
    from tests.agency.test_security_roles import _sql

    with _sql(pg_url, "postgres") as c:
        assert c.execute("SELECT count(*) FROM pg_roles WHERE rolname LIKE 'finder_load_%'").fetchone() == (
            0,
        )
