"""On a shared server a deletion has no backups of ours to scrub, but its pending-answer files still go.

The crash-safe record of a scrub (issue 34, item 10) lives in the SQLite file; on a server the
job is kept until the transaction commits and then run, so nothing changed for the files here.
"""

from __future__ import annotations

import pytest

from finder.errors import UserError
from finder.services import shortlists as sl
from finder.services.checklists import AnswerChange
from finder.services.editing import add_program
from finder.services.opening import open_database
from finder.services.pending_answers import pending_path, save_pending


def test_deleting_a_shortlist_on_a_server_removes_its_pending_answers(own_pg, as_user):
    db = open_database(own_pg.url, seed=False)
    try:
        pid = add_program(db, {"name": "Harbor Path IOP", "zip": "92660", "types": ["addiction"]}).id
        sl.create_shortlist(db, "Case 34")
        sl.add_programs(db, "Case 34", [pid])
        save_pending(db.url, "Case 34", pid, [AnswerChange("fit-intake", "answered", "walk-ins")])
        assert pending_path(db.url, "Case 34", pid).exists()
        sl.delete_shortlist(db, "Case 34")
        assert not pending_path(db.url, "Case 34", pid).exists()
    finally:
        db.dispose()


def test_a_deletion_refused_on_a_server_leaves_its_pending_answers(own_pg, as_user):
    db = open_database(own_pg.url, seed=False)
    try:
        pid = add_program(db, {"name": "Harbor Path IOP", "zip": "92660", "types": ["addiction"]}).id
        sl.create_shortlist(db, "Case 35")
        sl.add_programs(db, "Case 35", [pid])
        save_pending(db.url, "Case 35", pid, [AnswerChange("fit-intake", "answered", "walk-ins")])
        with pytest.raises(UserError, match="not on the shortlist"):
            sl.remove_programs(db, "Case 35", [pid, pid + 999])  # one is not on it: nothing happens
        assert pending_path(db.url, "Case 35", pid).exists()
    finally:
        db.dispose()
