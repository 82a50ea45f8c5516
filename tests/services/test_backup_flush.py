"""A backup is flushed to disk through a handle that may write, as Windows requires.

Windows' FlushFileBuffers refuses a read-only handle (os.fsync raised PermissionError), so every
backup there, and every import that backs up first, failed with "the folder ... is read-only".
"""

from __future__ import annotations

import errno
import os

import pytest

fcntl = pytest.importorskip("fcntl")


def test_a_backup_is_made_where_fsync_needs_a_writable_handle(sample_db, monkeypatch):
    from finder.services.backups import create_backup, list_backups

    real_fsync = os.fsync

    def windows_fsync(fd):
        if fcntl.fcntl(fd, fcntl.F_GETFL) & os.O_ACCMODE == os.O_RDONLY:
            raise PermissionError(errno.EACCES, "Permission denied")
        return real_fsync(fd)

    monkeypatch.setattr(os, "fsync", windows_fsync)
    backup = create_backup(sample_db, reason="before import")
    assert backup is not None and backup.path.exists()
    assert [b.path for b in list_backups(sample_db)] == [backup.path]
