"""Which database to open: the one place that puts the user's data folder and the settings together.

`finder.paths` knows folders (the shipped data, the user's data folder) and reads no settings;
`finder.settings` reads and writes settings and knows no folders but its own. Both sit below this
module, so neither needs the other and no import cycle hides inside a function.
"""

from __future__ import annotations

import os
from pathlib import Path

from finder.paths import data_dir
from finder.settings import check_database, load

DEFAULT_FILE = "directory.db"


def default_database_file() -> Path:
    """directory.db in the user's data folder (where a first start creates the directory)."""
    return data_dir() / DEFAULT_FILE


def database_location(cli_db: str | None = None) -> str:
    """--db, then $FINDER_DB, then the `database` setting (finder config, Preferences), then
    directory.db in the data folder."""
    chosen = cli_db or os.environ.get("FINDER_DB") or load().database
    return check_database(chosen) if chosen else str(default_database_file())
