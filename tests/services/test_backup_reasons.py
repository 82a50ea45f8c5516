"""Why each backup was made is recorded beside it and shown in the list."""

import os
import stat

from finder.services.backups import KEEP, create_backup, list_backups, restore_backup
from finder.services.importing import import_file
from finder.texts.backups import reason_text
from tests.services.test_import_formats import PR


def test_each_backup_says_why_it_was_made(sample_db):
    create_backup(sample_db, reason="by hand")
    import_file(sample_db, PR)  # backs up first, naming the file
    restore_backup(sample_db, 2)  # backs up the current state first
    reasons = [reason_text(b.reason) for b in list_backups(sample_db)]
    assert reasons[0].startswith("before restore of the copy from ")
    assert reasons[1] == f"before import of {PR.name}"
    assert reasons[2] == "made by hand"
    assert list_backups(sample_db)[2].reason == "by hand"


def test_old_backups_without_a_note_say_not_recorded(sample_db):
    b = create_backup(sample_db, reason="before migration")
    b.path.with_name(b.path.name + ".json").unlink()  # as made by an earlier version
    assert (
        list_backups(sample_db)[0].reason == ""
        and reason_text(list_backups(sample_db)[0].reason) == "not recorded"
    )
    create_backup(sample_db)  # a caller that gives no reason still works
    assert reason_text(list_backups(sample_db)[0].reason) == "not recorded"


def test_copy_and_note_are_private_and_pruned_together(sample_db):
    for i in range(KEEP + 2):
        create_backup(sample_db, reason=f"test {i}")
    folder = list_backups(sample_db)[0].path.parent
    notes = sorted(folder.glob("*.db.json"))
    assert len(notes) == KEEP
    assert [b.reason for b in list_backups(sample_db)] == [f"test {i}" for i in range(KEEP + 1, 1, -1)]
    for b in list_backups(sample_db):
        note = b.path.with_name(b.path.name + ".json")
        if os.name == "posix":
            assert stat.S_IMODE(note.stat().st_mode) == 0o600
            assert stat.S_IMODE(b.path.stat().st_mode) == 0o600
