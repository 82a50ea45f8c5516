"""Where things live: the user's data folder and the files that ship with the app."""

from __future__ import annotations

import os
import sys
from pathlib import Path

from platformdirs import user_data_dir

APP_NAME = "finder"


def project_root() -> Path:
    """The folder holding seeds/, resources/ and database/ (a source tree or a PyInstaller bundle)."""
    bundle = getattr(sys, "_MEIPASS", None)
    if bundle:
        return Path(bundle)
    return Path(__file__).resolve().parent.parent


def resource_path(*parts: str) -> Path:
    return project_root().joinpath("resources", *parts)


def seeds_dir() -> Path:
    return project_root() / "seeds"


def migrations_dir() -> Path:
    return project_root() / "database"


def data_dir() -> Path:
    return Path(user_data_dir(APP_NAME, appauthor=False))


def default_db_location() -> str:
    """$FINDER_DB, else directory.db in the user's data folder."""
    env = os.environ.get("FINDER_DB")
    if env:
        return env
    return str(data_dir() / "directory.db")
