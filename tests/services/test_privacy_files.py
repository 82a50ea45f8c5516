"""Private files and real deletion: 0600/0700 under a normal umask, and cleared or deleted notes
cannot be found in any file under the data folder (the directory, its log, backups, pending files)."""

from __future__ import annotations

import os
import stat
import time
from datetime import datetime, timedelta
from pathlib import Path

import pytest
from sqlalchemy import select

from finder.db.models import GeocodeCache, Program
from finder.paths import data_dir
from finder.services import shortlists as sl
from finder.services.backups import create_backup, list_backups
from finder.services.checklists import AnswerChange, get_checklist, record_answers
from finder.services.directory import export_csv
from finder.services.history import program_history
from finder.services.importing import import_file
from finder.services.opening import open_database
from finder.services.pending_answers import pending_path, save_pending
from tests.helpers import SAMPLE_CSV

NOTE = "ZQX-note-4417 calls back after 3"
ANSWER = "ZQX-answer-9931 takes Medi-Cal"


@pytest.fixture(autouse=True)
def normal_umask():
    old = os.umask(0o022)  # what a desktop session usually has
    yield
    os.umask(old)


@pytest.fixture
def home_db():
    """The directory in the user's own data folder (as the app keeps it), with one shortlist."""
    db = open_database(str(data_dir() / "directory.db"), seed=False)
    import_file(db, SAMPLE_CSV, backup=False)
    with db.Session() as s:
        pids = s.scalars(select(Program.id).where(Program.zip == "92660").order_by(Program.id)).all()[:2]
    sl.create_shortlist(db, "Case 7")
    sl.add_programs(db, "Case 7", pids)
    yield db, pids
    db.dispose()


def mode(path: Path) -> int:
    return stat.S_IMODE(path.stat().st_mode)


def files_holding(text: str) -> list[str]:
    """Every file under the data folder whose bytes contain the text (UTF-8)."""
    needle = text.encode("utf-8")
    found = []
    for path in data_dir().rglob("*"):
        if path.is_file() and needle in path.read_bytes():
            found.append(str(path.relative_to(data_dir())))
    return found


def test_everything_written_is_private_under_umask_022(home_db, tmp_path, qapp):
    db, pids = home_db
    sl.set_note(db, "Case 7", pids[0], NOTE)  # a write: the -wal and -shm files exist
    assert mode(data_dir()) == 0o700
    for part in ("directory.db", "directory.db-wal", "directory.db-shm"):
        assert mode(data_dir() / part) == 0o600, part
    backup = create_backup(db, reason="by hand")
    assert mode(backup.path) == 0o600 and mode(backup.path.parent) == 0o700
    pending = save_pending(db.url, "Case 7", pids[0], [AnswerChange("fit-ages", None, ANSWER)])
    assert mode(pending) == 0o600 and mode(pending.parent) == 0o700
    out = tmp_path / "export.csv"
    export_csv(db, out)
    assert mode(out) == 0o600
    from finder.reports.printing import write_checklist_pdf

    pdf = tmp_path / "checklist.pdf"
    write_checklist_pdf(get_checklist(db, pids[0], "Case 7"), pdf)
    assert pdf.stat().st_size > 1000 and mode(pdf) == 0o600


def test_an_existing_directory_file_is_tightened_when_opened(tmp_path):
    path = tmp_path / "old.db"
    open_database(str(path), seed=False).dispose()
    path.chmod(0o644)
    open_database(str(path), seed=False).dispose()
    assert mode(path) == 0o600


def test_a_cleared_note_and_answer_leave_no_copy_in_any_file(home_db):
    db, pids = home_db
    sl.set_note(db, "Case 7", pids[0], NOTE)
    record_answers(db, pids[0], "Case 7", [AnswerChange("fit-ages", None, ANSWER)])
    import_file(db, SAMPLE_CSV)  # makes a backup that holds both
    assert list_backups(db) and files_holding(NOTE) and files_holding(ANSWER)
    reader = db.engine.connect()  # the window keeps a connection open all day
    try:
        sl.set_note(db, "Case 7", pids[0], "")
        record_answers(db, pids[0], "Case 7", [AnswerChange("fit-ages", None, "")])
        assert files_holding(NOTE) == [] and files_holding(ANSWER) == []
    finally:
        reader.close()
    # the history says the note changed, not what it said
    fields = [
        (h.field, h.old_value, h.new_value) for h in program_history(db, pids[0]) if h.entity == "answer"
    ]
    assert ("note", "", "written") in fields and ("note", "", "cleared") in fields


def test_a_deleted_shortlist_leaves_no_copy_in_any_file(home_db):
    db, pids = home_db
    sl.set_note(db, "Case 7", pids[1], NOTE)
    record_answers(db, pids[1], "Case 7", [AnswerChange("cost-insurance", "yes", ANSWER)])
    import_file(db, SAMPLE_CSV)  # a backup before the import holds them
    pending = save_pending(db.url, "Case 7", pids[1], [AnswerChange("cost-insurance", "no", ANSWER)])
    other = save_pending(db.url, "Case 8", pids[1], [AnswerChange("cost-insurance", "no", "keep me")])
    assert files_holding(NOTE) and files_holding(ANSWER)
    sl.delete_shortlist(db, "Case 7")
    assert files_holding(NOTE) == [] and files_holding(ANSWER) == []
    assert files_holding("Case 7") == []  # not even its name
    assert not pending.exists() and other.exists()


def test_removing_a_program_from_a_shortlist_scrubs_it_too(home_db):
    db, pids = home_db
    sl.set_note(db, "Case 7", pids[0], NOTE)
    sl.set_note(db, "Case 7", pids[1], "the other one stays")
    create_backup(db, reason="by hand")
    sl.remove_programs(db, "Case 7", [pids[0]])
    assert files_holding(NOTE) == []
    assert files_holding("the other one stays")


def test_old_pending_files_damaged_copies_and_addresses_expire(home_db):
    db, pids = home_db
    old = save_pending(db.url, "Case 7", pids[0], [AnswerChange("fit-ages", None, "old")])
    new = save_pending(db.url, "Case 7", pids[1], [AnswerChange("fit-ages", None, "new")])
    damaged = data_dir() / "directory.db.damaged-20250101-000000"
    damaged.write_bytes(b"not a database")
    month_ago = time.time() - 31 * 86400
    for f in (old, damaged):
        os.utime(f, (month_ago, month_ago))
    with db.Session.begin() as s:
        s.add(
            GeocodeCache(
                query="1 old st",
                latitude=1,
                longitude=2,
                label="",
                fetched_at=datetime.now() - timedelta(days=40),
            )
        )
        s.add(GeocodeCache(query="2 new st", latitude=1, longitude=2, label="", fetched_at=datetime.now()))
    db.dispose()
    again = open_database(str(data_dir() / "directory.db"), seed=False)
    try:
        assert not old.exists() and not damaged.exists() and new.exists()
        with again.Session() as s:
            assert s.scalars(select(GeocodeCache.query)).all() == ["2 new st"]
        assert pending_path(again.url, "Case 7", pids[1]) == new
    finally:
        again.dispose()
