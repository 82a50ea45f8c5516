"""Where things live: the user's data folder and the files that ship with the app."""

from __future__ import annotations

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
    """$FINDER_DB, else the `database` setting (finder config), else directory.db in the data folder."""
    from finder.settings import database_location

    return database_location(None)
