"""Opening an up-to-date directory is quick: no alembic import, a bounded integrity check."""

from __future__ import annotations

import os
import subprocess
import sys

from finder.db import database


def test_head_read_from_files_matches_alembic():
    assert database._head_from_files() == database.head_revision()


def test_opening_a_current_directory_does_not_load_alembic(empty_db):
    path = str(empty_db.path)
    empty_db.dispose()
    code = (
        "import sys; from finder.services.opening import open_database; open_database(sys.argv[1], seed=False); "
        "print('alembic' in sys.modules)"
    )
    out = subprocess.run(
        [sys.executable, "-c", code, path],
        capture_output=True,
        text=True,
        check=True,
        env={**os.environ, "FINDER_NO_SEED": "1"},
    ).stdout
    assert out.strip() == "False"


def test_a_long_check_is_cut_short_not_failed(empty_db, monkeypatch):
    monkeypatch.setattr(database, "QUICK_CHECK_SECONDS", -1.0)  # every check runs out of time at once
    monkeypatch.setattr(database, "_CHECK_STEP", 1)
    interrupted = []
    real_connect = database.sqlite3.connect

    def watching(*args, **kwargs):
        con = real_connect(*args, **kwargs)
        return _Watch(con, interrupted)

    monkeypatch.setattr(database.sqlite3, "connect", watching)
    assert database._quick_check(empty_db.path) == "ok"
    assert interrupted == [True]


class _Watch:
    """Wraps a connection to see that the check was really interrupted."""

    def __init__(self, con, seen):
        self._con, self._seen = con, seen

    def set_progress_handler(self, handler, n):
        self._con.set_progress_handler(handler, n)

    def interrupt(self):  # the timer that stops a check inside one long b-tree walk
        self._con.interrupt()

    def execute(self, sql):
        try:
            return self._con.execute(sql)
        except Exception:
            self._seen.append(True)
            raise

    def close(self):
        self._con.close()
