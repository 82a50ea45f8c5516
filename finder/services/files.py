"""Checks shared by everything that saves a file the user named (CSV, PDF)."""

from __future__ import annotations

import os
import tempfile
from pathlib import Path

from finder.errors import UserError


def checked_target(target: str | Path, example: str) -> Path:
    """The path to write, refused with one clear line when it is a folder or its folder is missing."""
    target = Path(target)
    if target.is_dir():
        raise UserError("target-is-folder", target, example)
    folder = target.parent if str(target.parent) else Path(".")
    if not folder.exists():
        raise UserError("no-such-folder", folder)
    return target


def save_private_bytes(target: Path, data: bytes) -> None:
    """Write a file the user named, whole or not at all, readable by the user alone.

    The bytes go to a temporary file created here exclusively (mkstemp: O_EXCL, 0600) in the
    target's folder, then renamed over the target. A fixed name such as `report.pdf.part` could
    already exist in a shared folder, made by someone else, who would then own the saved file;
    nor is a link planted under a temporary name ever followed. A device or pipe (/dev/stdout)
    is written in place.
    """
    target = Path(target)
    try:
        special = target.exists() and not target.is_file()
    except OSError:
        special = False
    if special:  # /dev/stdout, a FIFO: written in place (renaming over a device would replace it)
        try:
            with open(target, "wb") as fh:
                fh.write(data)
        except OSError as exc:
            raise UserError("cannot-write", target, exc.strerror) from None
        return
    try:
        fd, tmp = tempfile.mkstemp(prefix=f".{target.name[:80]}.", suffix=".part", dir=target.parent or ".")
    except OSError as exc:
        raise UserError("cannot-write", target, exc.strerror) from None
    try:
        with os.fdopen(fd, "wb") as fh:
            fh.write(data)
            fh.flush()
            os.fsync(fh.fileno())
        os.replace(tmp, target)
    except OSError as exc:
        Path(tmp).unlink(missing_ok=True)
        raise UserError("cannot-write", target, exc.strerror) from None
    except BaseException:
        Path(tmp).unlink(missing_ok=True)
        raise
