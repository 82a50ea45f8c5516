"""Opening a directory: check the file, migrate (backing up first), and load the seeds on first use.

`finder.db.database.connect` does the engine, the file checks and Alembic; this use case adds
what needs the services: the backup before a migration and the first-run load of finder/data/seeds/.
"""

from __future__ import annotations

import os

from finder.db.database import Database, Progress, connect, discard_if_new
from finder.services import erasure
from finder.services.backups import BEFORE_MIGRATION, create_backup
from finder.services.seeding import load_seeds, mark_seed_skipped, seed_state


def open_database(location: str, *, seed: bool | None = None, progress: Progress | None = None) -> Database:
    """Open (creating and seeding if new) the database at a path or URL.

    `seed=None` seeds a new database unless FINDER_NO_SEED=1 is set.
    """
    db = connect(location, before_migration=lambda d: create_backup(d, reason=BEFORE_MIGRATION))
    try:
        if seed is None:
            seed = os.environ.get("FINDER_NO_SEED") != "1"
        if seed_state(db) is None:
            if seed:
                load_seeds(db, progress=progress)
            elif db.created:
                mark_seed_skipped(db)
    except BaseException:
        discard_if_new(db)
        raise
    erasure.sweep(db)  # pending answers, damaged copies and looked-up addresses older than 30 days
    return db


def schema_revision(db: Database) -> str | None:
    """The Alembic revision the database's schema is at (None for an empty one)."""
    from finder.db.database import current_revision

    return current_revision(db.engine)


def database_url(location: str) -> str:
    """A path or URL as the SQLAlchemy URL the engine would use."""
    from finder.db.engine import to_url

    return to_url(location)


def directory_file(location: str):
    """The directory's SQLite file, not opened (restoring must work on a damaged file)."""
    from finder.db.engine import sqlite_path, to_url
    from finder.errors import UserError
    from finder.services.backups import FileOnly

    path = sqlite_path(to_url(location))
    if path is None:
        raise UserError("restore-sqlite-only")
    return FileOnly(path)
