"""Checks shared by everything that saves a file the user named (CSV, PDF)."""

from __future__ import annotations

from pathlib import Path

from finder.errors import UserError


def checked_target(target: str | Path, example: str) -> Path:
    """The path to write, refused with one clear line when it is a folder or its folder is missing."""
    target = Path(target)
    if target.is_dir():
        raise UserError("%1 is a folder; give a file name such as %2", target, example)
    folder = target.parent if str(target.parent) else Path(".")
    if not folder.exists():
        raise UserError("the folder %1 does not exist", folder)
    return target
