"""Two app processes on one database file, saving answers, editing and searching at the same time.

Each runs for CONCURRENT_SECONDS (12 s: long enough for thousands of overlapping
transactions and one import, short enough for CI). No error may reach the user, in
particular no "database is locked", and every save a process was told succeeded is there.
"""

from __future__ import annotations

import json

from tests.robustness.conftest import integrity, start_worker, write_directory_csv

CONCURRENT_SECONDS = 12


def test_two_processes_save_and_search_without_locking_errors(shortlisted, tmp_path):
    import sqlite3

    path, name, pid = shortlisted
    big = write_directory_csv(tmp_path / "more.csv", 3000, prefix="Concurrent")
    a = start_worker("mixed", str(path), name, str(pid), "A", str(CONCURRENT_SECONDS), "0", str(big))
    b = start_worker("mixed", str(path), name, str(pid), "B", str(CONCURRENT_SECONDS), "1")
    reports = []
    for proc in (a, b):
        out, err = proc.communicate(timeout=CONCURRENT_SECONDS + 60)
        assert proc.returncode == 0, err[-2000:]
        reports.append(json.loads(out.strip().splitlines()[-1]))
    for tag, rep in zip("AB", reports):
        assert rep["errors"] == [], f"process {tag} saw: {rep['errors'][:3]}"
        assert rep["counts"]["saves"] > 20 and rep["counts"]["searches"] > 20, rep["counts"]
    print("concurrency counts:", [r["counts"] for r in reports])
    assert reports[0]["counts"]["imports"] == 1
    assert integrity(path) == "ok"
    con = sqlite3.connect(str(path))
    stored = dict(con.execute("SELECT question_id, note FROM checklist_answers WHERE program_id = ?", (pid,)))
    imported = con.execute("SELECT count(*) FROM programs WHERE name LIKE 'Concurrent %'").fetchone()[0]
    con.close()
    for tag, rep in zip("AB", reports):
        for qid, note in rep["last"].items():
            assert stored.get(qid) == note, f"process {tag}'s last save of {qid} was lost"
    assert imported == 3000
