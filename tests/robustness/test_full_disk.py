"""Issue 34, item 8: a backup that runs out of disk leaves nothing behind, and restore never takes one.

A full disk used to leave a 0-byte or half-written copy at the top of `backup list` (and a stray
-journal); `backup restore 1` accepted it and the next start found an empty file and re-seeded:
every shortlist, note and import gone. The disk here is a real tmpfs of a few MB, filled.
"""

from __future__ import annotations

import shutil
import sqlite3

import pytest

from tests.helpers import finder, one_line_error
from tests.robustness.conftest import count, write_directory_csv
from tests.robustness.mounts import fill, tmpfs  # noqa: F401 (a fixture)

pytestmark = pytest.mark.timeout(300)


@pytest.fixture
def cramped(tmpfs, tmp_path):  # noqa: F811
    """A directory with a shortlist, one good backup, on a disk with about 100 kB left."""
    disk = tmpfs(12)
    db = disk / "directory.db"
    rows = write_directory_csv(tmp_path / "rows.csv", 3000)
    assert finder("import", rows, db=db).returncode == 0
    assert finder("shortlist", "create", "Case 8", db=db).returncode == 0
    assert finder("shortlist", "add", "Case 8", 1, 2, 3, db=db).returncode == 0
    assert finder("backup", "create", db=db).returncode == 0
    good = max((disk / "backups").glob("directory-*.db"))
    fill(disk, leave=100_000)
    assert db.stat().st_size > 300_000 > shutil.disk_usage(disk).free
    return db, good


def _backup_folder(db):
    return sorted(p.name for p in (db.parent / "backups").iterdir())


def test_a_backup_that_runs_out_of_room_leaves_nothing(cramped):
    db, _good = cramped
    before = _backup_folder(db)
    listed = finder("backup", "list", db=db).stdout
    r = finder("backup", "create", db=db)
    one_line_error(r, "disk is full", "MB free", "nothing was changed")
    assert _backup_folder(db) == before, "a half backup (or its journal) was left behind"
    assert finder("backup", "list", db=db).stdout == listed


def test_an_import_on_a_full_disk_changes_nothing_and_says_why(cramped, tmp_path):
    db, _good = cramped
    before = _backup_folder(db)
    programs = count(db, "SELECT count(*) FROM programs")
    r = finder("import", write_directory_csv(tmp_path / "more.csv", 50, prefix="More"), db=db)
    one_line_error(r, "disk is full", "nothing was changed")
    assert "server" not in r.stderr and "bug" not in r.stderr
    assert count(db, "SELECT count(*) FROM programs") == programs
    assert _backup_folder(db) == before


@pytest.mark.parametrize("leftover", ["empty", "cut off", "no schema"])
def test_restore_refuses_a_copy_that_is_not_a_whole_directory(cramped, leftover):
    """What a full disk left before this fix (or a stray file): never listed, never restored."""
    db, good = cramped
    bad = good.with_name("directory-29991231-235959-000000.db")  # sorts first: it would be number 1
    (db.parent / "filler.bin").unlink()
    if leftover == "empty":
        bad.touch()
    elif leftover == "cut off":
        data = good.read_bytes()
        bad.write_bytes(data[: len(data) // 2])
    else:
        con = sqlite3.connect(bad)
        con.execute("CREATE TABLE t (x)")
        con.commit()
        con.close()
    bad.with_name(bad.name + "-journal").write_bytes(b"\0" * 512)
    listed = finder("backup", "list", db=db).stdout
    assert bad.name not in listed and good.name in listed.splitlines()[0]
    r = finder("backup", "restore", "1", db=db)
    assert r.returncode == 0, r.stderr
    assert count(db, "SELECT count(*) FROM shortlists") == 1  # the good copy came back, not an empty one
    assert count(db, "SELECT count(*) FROM programs") == 3000


def test_a_restore_on_a_full_disk_changes_nothing(cramped):
    db, _good = cramped
    before = _backup_folder(db)
    shortlists = count(db, "SELECT count(*) FROM shortlists")
    r = finder("backup", "restore", "2", db=db)
    one_line_error(r, "disk is full", "nothing was changed")
    assert _backup_folder(db) == before
    assert count(db, "SELECT count(*) FROM shortlists") == shortlists


def test_a_write_that_finds_the_disk_full_says_so(tmpfs):  # noqa: F811
    """The directory's own write (not a backup) running out of room: the driver's words, made plain."""
    from sqlalchemy import create_engine, text

    from finder.texts.connection import connection_problem

    disk = tmpfs(1)
    url = f"sqlite:///{disk / 'directory.db'}"
    engine = create_engine(url)
    with engine.begin() as conn:
        conn.execute(text("CREATE TABLE notes (body BLOB)"))
    fill(disk, leave=0)
    with pytest.raises(Exception) as caught, engine.begin() as conn:
        conn.execute(text("INSERT INTO notes VALUES (zeroblob(2000000))"))
    engine.dispose()
    line = connection_problem(caught.value, url)
    assert line is not None and "is full" in line and "MB free" in line and "nothing was changed" in line
    assert "server" not in line
