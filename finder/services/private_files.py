"""Files only their owner can read: folders 0700, files 0600, whatever the umask says.

What a case manager types is treated as protected health information, so every file the
app writes (the directory and its journals, backups, pending answers, settings, logs, the
PDFs and CSVs a user saves) is created private. `finder` also sets umask 077 at start; these
helpers make the same true when the services are used from elsewhere (tests, scripts).
"""

from __future__ import annotations

import os
import tempfile
from pathlib import Path

FOLDER_MODE = 0o700
FILE_MODE = 0o600


def private_umask() -> int:
    """Make everything this process creates from now on private; returns the old umask."""
    return os.umask(0o077)


def private_folder(path: Path) -> Path:
    """Create the folder (and missing parents) 0700; an existing folder of ours is tightened."""
    path.mkdir(parents=True, exist_ok=True, mode=FOLDER_MODE)
    try:
        os.chmod(path, FOLDER_MODE)
    except OSError:
        pass  # a file system without Unix permissions (or a folder that is not ours)
    return path


def make_private(path: Path) -> None:
    """0600 on an existing file (no error when it does not exist or permissions do not apply)."""
    try:
        os.chmod(path, FILE_MODE)
    except OSError:
        pass


def touch_private(path: Path) -> Path:
    """Create the file empty and 0600 if it is missing, so whatever writes it later keeps the mode."""
    fd = os.open(path, os.O_WRONLY | os.O_CREAT, FILE_MODE)
    os.close(fd)
    make_private(path)
    return path


def write_private(path: Path, data: bytes) -> Path:
    """Write atomically (temp file, fsync, rename), 0600."""
    private_folder(path.parent)
    fd, tmp = tempfile.mkstemp(prefix=f".{path.name}.", dir=path.parent)
    try:
        if hasattr(os, "fchmod"):  # Windows has it from Python 3.13; mkstemp's file is private anyway
            os.fchmod(fd, FILE_MODE)
        with os.fdopen(fd, "wb") as fh:
            fh.write(data)
            fh.flush()
            os.fsync(fh.fileno())
        os.replace(tmp, path)
    except BaseException:
        Path(tmp).unlink(missing_ok=True)
        raise
    return path


def pending_folder() -> Path:
    """Where checklist answers that could not be saved wait (finder/services/pending_answers.py)."""
    from finder.paths import data_dir

    return data_dir() / "pending-answers"


def safe_url(url: str) -> str:
    """A database URL without its password (a plain path unchanged)."""
    from sqlalchemy.engine import make_url

    try:
        u = make_url(url)
        u = u.difference_update_query([k for k in u.query if k.strip().lower() == "password"])
        return u.render_as_string(hide_password=True)
    except Exception:  # noqa: BLE001 (a plain path)
        return url
