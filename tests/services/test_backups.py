"""Backups: made before an import, listed newest first, restored to the earlier directory."""

import pytest

from finder.errors import UserError
from finder.services.backups import KEEP, create_backup, list_backups, restore_backup
from finder.services.directory import get_program
from finder.services.editing import edit_program
from finder.services.importing import import_file
from tests.services.test_import_formats import PR


def test_backup_then_restore_gives_back_the_earlier_directory(sample_db):
    before = get_program(sample_db, 1)
    create_backup(sample_db)
    edit_program(sample_db, 1, {"name": "Renamed by mistake"})
    import_file(sample_db, PR)  # makes its own backup first
    backups = list_backups(sample_db)
    assert len(backups) == 2 and backups[0].created >= backups[1].created
    restore_backup(sample_db, 2)
    assert get_program(sample_db, 1).name == before.name
    with pytest.raises(UserError, match="no program"):
        get_program(sample_db, 70)  # the PR programs came later
    # the state before the restore was itself backed up
    assert len(list_backups(sample_db)) == 3


def test_only_the_last_ten_are_kept(sample_db):
    for _ in range(KEEP + 2):
        create_backup(sample_db)
    backups = list_backups(sample_db)
    assert len(backups) == KEEP and [b.number for b in backups] == list(range(1, KEEP + 1))
    assert "kB" in backups[0].line() or "MB" in backups[0].line()


def test_restore_refuses_unknown_or_damaged(sample_db):
    with pytest.raises(UserError, match="no backups"):
        restore_backup(sample_db, 1)
    b = create_backup(sample_db)
    with pytest.raises(UserError, match="choose 1 to 1"):
        restore_backup(sample_db, 5)
    good = b.path.read_bytes()
    b.path.write_bytes(b"not a database at all" * 100)
    assert list_backups(sample_db) == []  # a file that is not a whole copy is never offered
    with pytest.raises(UserError, match="no backups"):
        restore_backup(sample_db, 1)
    # whole on the outside, scrambled inside: listed, but a restore checks every page first
    page = 4096
    b.path.write_bytes(good[: 2 * page] + bytes(range(256)) * (page // 256) * 3 + good[5 * page :])
    assert len(list_backups(sample_db)) == 1
    with pytest.raises(UserError, match="damaged"):
        restore_backup(sample_db, 1)
