"""First use of a new database: load the bundled SAMHSA national directory from finder/data/seeds/."""

from __future__ import annotations

import time
from datetime import datetime

from finder.db.models import Meta, Program
from finder.paths import seeds_dir

SEED_FILE = "national_directory.csv.gz"
# what is known of the snapshot's date (finder/data/seeds/SOURCE.md)
SEED_EDITION = "2024"
SEED_AS_OF = "December 2024"
# the publication it comes from: its title, a proper name, shown as the directory's source
SEED_SOURCE = "SAMHSA National Directories of Drug and Alcohol Use and Mental Health Treatment Facilities"


def seed_state(db) -> str | None:
    """'loaded', 'skipped', or None when the database has never been seeded."""
    with db.Session() as s:
        row = s.get(Meta, "seed")
        if row is not None:
            return row.value.split(" ", 1)[0]
        if s.query(Program.id).limit(1).first() is not None:
            return "loaded"
    return None


def _set_meta(s, key: str, value: str) -> None:
    s.merge(Meta(key=key, value=value))


def mark_seed_skipped(db) -> None:
    with db.Session.begin() as s:
        _set_meta(s, "seed", "skipped")


def load_seeds(db, progress=None):
    """Import the bundled national directory (idempotent: a second load changes nothing)."""
    from finder.services.importing import import_records
    from finder.services.importing.run import read_records

    path = seeds_dir() / SEED_FILE
    fmt, records = read_records(path, "samhsa-directory")
    t0 = time.perf_counter()
    report = import_records(db, records, file_name=SEED_FILE, fmt=fmt, progress=progress)
    report.seconds = time.perf_counter() - t0
    with db.Session.begin() as s:
        _set_meta(s, "seed", f"loaded {datetime.now():%Y-%m-%d %H:%M}")
        _set_meta(s, "directory_as_of", SEED_AS_OF)
        _set_meta(s, "directory_source", f"{SEED_SOURCE}, {SEED_EDITION}")
    return report


def get_meta(db, key: str, default: str = "") -> str:
    with db.Session() as s:
        row = s.get(Meta, key)
        return row.value if row else default
