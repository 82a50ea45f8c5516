"""A damaged or foreign file where the directory should be: one clear message offering the backup."""

from __future__ import annotations

import os
import random
import shutil
import subprocess
import sys

import pytest

from finder.errors import UserError
from finder.services.opening import open_database
from tests.robustness.conftest import write_directory_csv


@pytest.fixture
def good_db(tmp_path):
    """A closed directory file with a few thousand programs (so it has many pages)."""
    from finder.services.importing import import_file

    path = tmp_path / "directory.db"
    db = open_database(str(path), seed=False)
    import_file(db, write_directory_csv(tmp_path / "rows.csv", 2000), backup=False)
    db.dispose()
    return path


def _scramble(path, offset_fraction: float, length: int = 8192) -> None:
    size = path.stat().st_size
    with path.open("r+b") as fh:
        fh.seek(int(size * offset_fraction))
        fh.write(random.Random(8).randbytes(length))  # fixed junk: the same damage every run


def _refusal(path) -> str:
    with pytest.raises(UserError) as info:
        open_database(str(path), seed=False)
    message = str(info.value)
    assert "\n" not in message
    return message


def test_a_text_file_is_refused_and_left_alone(tmp_path):
    path = tmp_path / "directory.db"
    path.write_text("name,city\nnot,a database\n")
    message = _refusal(path)
    assert "not a Program Finder database" in message and "no backup" in message
    assert path.read_text().startswith("name,city")  # never overwritten


def test_a_cut_off_file_is_refused(good_db):
    with good_db.open("r+b") as fh:
        fh.truncate(good_db.stat().st_size // 2)
    assert "damaged" in _refusal(good_db)


def test_scrambled_pages_are_refused(good_db):
    _scramble(good_db, 0.5)
    assert "damaged" in _refusal(good_db)


def test_the_message_names_the_latest_backup(good_db):
    from finder.services.backups import create_backup

    db = open_database(str(good_db), seed=False)
    newest = create_backup(db, reason="test")
    db.dispose()
    _scramble(good_db, 0.4)
    message = _refusal(good_db)
    assert newest.path.name in message
    # and following the advice works
    shutil.copy(newest.path, good_db)
    open_database(str(good_db), seed=False).dispose()


def test_an_empty_file_becomes_a_new_directory(tmp_path):
    path = tmp_path / "directory.db"
    path.touch()
    db = open_database(str(path), seed=False)
    try:
        # a usable, migrated, empty directory: it can be searched and written to
        from finder.services.shortlists import create_shortlist, list_shortlists

        with db.engine.connect() as conn:
            assert conn.exec_driver_sql("SELECT count(*) FROM programs").scalar() == 0
        create_shortlist(db, "Case 1")
        assert [s.name for s in list_shortlists(db)] == ["Case 1"]
    finally:
        db.dispose()
    assert path.stat().st_size > 0


@pytest.mark.parametrize("command", [["search", "--near", "92660"], ["gui", "--screenshot", "shot.png"]])
def test_the_app_says_so_instead_of_crashing(good_db, tmp_path, command):
    _scramble(good_db, 0.5)
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen", "FINDER_NO_SEED": "1"}
    proc = subprocess.run(
        [sys.executable, "-m", "finder", "--db", str(good_db), *command],
        cwd=tmp_path,
        capture_output=True,
        text=True,
        env=env,
        timeout=60,
        check=False,
    )
    assert proc.returncode == 2, proc.stderr[-1500:]
    assert "Traceback" not in proc.stderr
    assert "damaged" in proc.stderr
