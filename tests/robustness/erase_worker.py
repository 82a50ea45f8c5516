"""Delete a shortlist and die (SIGKILL) at step N of it (run as a script; not collected by pytest).

python tests/robustness/erase_worker.py DB SHORTLIST N

A step is each commit, each SQLite connection opened or closed, each file removed and each
checkpoint, counted from the moment the directory is open: N = 1, 2, … kills the deletion at
every point a crash could hit it. Exit 0 means the deletion finished before step N.
"""

from __future__ import annotations

import os
import signal
import sqlite3
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[2]))

from sqlalchemy import event

from finder.services import erasure
from finder.services.opening import open_database
from finder.services.shortlists import delete_shortlist

steps = 0


def step() -> None:
    global steps
    steps += 1
    if steps == KILL_AT:
        os.kill(os.getpid(), signal.SIGKILL)


class Connection:
    """A sqlite3 connection that counts being opened, committed and closed."""

    def __init__(self, con: sqlite3.Connection) -> None:
        self._con = con

    def __enter__(self):
        self._con.__enter__()
        return self

    def __exit__(self, *exc):
        result = self._con.__exit__(*exc)
        step()  # the copy's changes are committed
        return result

    def close(self) -> None:
        self._con.close()
        step()

    def __getattr__(self, name):
        return getattr(self._con, name)


if __name__ == "__main__":
    db_path, shortlist, kill_at = sys.argv[1:]
    KILL_AT = int(kill_at)
    db = open_database(db_path, seed=False)
    connect, unlink, checkpoint = sqlite3.connect, Path.unlink, erasure.checkpoint

    def counted_connect(*a, **k):
        step()
        return Connection(connect(*a, **k))

    def counted_unlink(self, *a, **k):
        step()
        return unlink(self, *a, **k)

    def counted_checkpoint(d):
        step()
        checkpoint(d)
        step()

    erasure.sqlite3 = type("sqlite3", (), {"connect": staticmethod(counted_connect), "Error": sqlite3.Error})
    Path.unlink = counted_unlink
    erasure.checkpoint = counted_checkpoint
    event.listen(db.Session, "after_commit", lambda _s: step())
    delete_shortlist(db, shortlist)
    print(steps, flush=True)
