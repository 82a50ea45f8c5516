"""Issue 34, item 10: whatever a crash leaves of a deletion is found and finished at the next start.

A kill right after a shortlist's deletion commits left its note in a backup (4 times in 40), and
nothing ever cleaned it. Here the deletion is killed at every step it takes (each commit, each
backup opened, scrubbed and closed, each file removed, each checkpoint); after each kill the app
starts again, and from then on no file under the data folder may hold the note.
"""

from __future__ import annotations

import os
import shutil
import signal
import sqlite3
import subprocess
import sys
import time
from pathlib import Path

import pytest

from finder.services.opening import open_database
from tests.robustness.conftest import count

pytestmark = [
    pytest.mark.skipif(sys.platform == "win32", reason="SIGKILL is POSIX"),
    pytest.mark.timeout(600),
]
WORKER = Path(__file__).with_name("erase_worker.py")
NOTE = "NOTE-only-for-this-case-7741"


@pytest.fixture
def noted(shortlisted, tmp_path):
    """The shortlisted directory with a note and an answer note, three backups and a damaged copy holding them."""
    from finder.services.backups import create_backup
    from finder.services.checklists import AnswerChange, record_answers
    from finder.services.shortlists import set_note

    path, name, pid = shortlisted
    db = open_database(str(path), seed=False)
    set_note(db, name, pid, f"{NOTE} (shortlist)")
    record_answers(
        db, pid, name, [AnswerChange("fit-intake", "answered", f"{NOTE} (answer)")], answered_by="t"
    )
    for _ in range(3):
        create_backup(db, reason="test")
    db.dispose()
    shutil.copy(path, path.with_name(f"{path.name}.damaged-20260101-000000"))
    return path, name


def files_holding(folder: Path, text: str) -> list[str]:
    return sorted(
        str(p.relative_to(folder))
        for p in folder.rglob("*")
        if p.is_file() and text.encode() in p.read_bytes()
    )


def test_a_deletion_killed_at_any_step_is_finished_at_the_next_start(noted, tmp_path):
    base, name = noted
    assert len(files_holding(base.parent, NOTE)) >= 5
    kills = 0
    for kill_at in range(1, 200):
        folder = tmp_path / f"kill-{kill_at}"
        shutil.copytree(base.parent, folder)
        path = folder / base.name
        env = {**os.environ, "FINDER_NO_SEED": "1"}
        proc = subprocess.run(
            [sys.executable, str(WORKER), str(path), name, str(kill_at)],
            env=env,
            capture_output=True,
            text=True,
            timeout=120,
            check=False,
        )
        if proc.returncode == 0:
            break  # the deletion finished before this step: every step has been killed once
        assert proc.returncode == -signal.SIGKILL, proc.stderr[-2000:]
        kills += 1
        open_database(str(path), seed=False).dispose()  # the next start
        if count(path, "SELECT count(*) FROM shortlists") == 0:
            assert files_holding(folder, NOTE) == [], f"killed at step {kill_at}, the note survived"
        shutil.rmtree(folder)
    else:
        pytest.fail("the deletion never finished")
    print(f"{kills} kill points, each finished at the next start")
    assert kills >= 10


def test_copies_a_killed_backup_or_restore_left_are_removed_at_the_next_start(noted):
    path, _name = noted
    backups = path.parent / "backups"
    newest = max(backups.glob("directory-*.db"))
    left = [
        backups / f".restoring-{newest.name}",
        backups / f".{newest.name}.tmp",
        backups / f".{newest.name}.tmp-journal",
    ]
    for f in left:
        shutil.copy(newest, f)
        old = time.time() - 3600
        os.utime(f, (old, old))
    # what a full disk left under a backup's own name before copies were checked, and a journal
    # whose copy was pruned
    cut = backups / "directory-20200101-000000-000000.db"
    cut.write_bytes(newest.read_bytes()[:8192])
    (backups / "directory-20200101-000000-000001.db").touch()
    orphan = backups / "directory-20200101-000000-000002.db-journal"
    orphan.write_bytes(b"\0" * 512)
    left += [cut, backups / "directory-20200101-000000-000001.db", orphan]
    open_database(str(path), seed=False).dispose()
    assert not [f for f in left if f.exists()]
    assert newest.exists()  # the whole copies stay


def test_a_call_deletion_cut_short_is_finished_at_the_next_start(shortlisted):
    """The process died after the call's deletion committed, before its backups were scrubbed."""
    import json

    from finder.services.backups import create_backup
    from finder.services.calls import log_call

    path, name, pid = shortlisted
    db = open_database(str(path), seed=False)
    log_call(db, pid, outcome="reached", shortlist=name, note=f"{NOTE} (call)")
    create_backup(db, reason="test")
    db.dispose()
    con = sqlite3.connect(path)
    with con:
        (call_id,) = con.execute("SELECT id FROM calls").fetchone()
        con.execute("DELETE FROM call_facts WHERE call_id = ?", (call_id,))
        con.execute("DELETE FROM calls WHERE id = ?", (call_id,))
        con.execute(
            "INSERT INTO meta (key, value) VALUES (?, ?)",
            ("erase-pending:test", json.dumps({"kind": "call_deleted", "call_id": call_id})),
        )
    con.close()
    assert files_holding(path.parent, NOTE)
    open_database(str(path), seed=False).dispose()
    assert files_holding(path.parent, NOTE) == []
    assert count(path, "SELECT count(*) FROM meta WHERE key LIKE 'erase-pending:%'") == 0
