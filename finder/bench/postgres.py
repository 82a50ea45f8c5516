"""`--postgres URL`: the same searches on a PostgreSQL copy of the benchmark's directory.

The URL names an empty database its owner connects to (the schema is made by the app's own
migrations); the programs are copied from the SQLite directory just measured with COPY, then
VACUUM ANALYZE gives the planner its statistics and the index its visibility map, and a
CHECKPOINT writes the copy out before anything is timed (when the role may: superuser or
pg_checkpoint), so the timings do not share the machine with the server still flushing it.

The searches are timed paired with the same searches on SQLite, one after the other, so the
drift of a shared machine's speed (here it moves the same search by 2x within minutes) falls on
both alike; the ratio is of those paired medians. The bare box queries (the floors) are timed
after both searches of a repeat, not between them (measure._timed).
"""

from __future__ import annotations

import sqlite3
import sys
from pathlib import Path

from sqlalchemy.exc import DBAPIError


def copy_programs(sqlite_path: Path, url: str):
    """Migrate the database at `url`, fill its programs from the SQLite file; the opened Database."""
    from finder.services.opening import open_database

    db = open_database(url, seed=False)
    src = sqlite3.connect(f"file:{sqlite_path}?mode=ro", uri=True)
    try:
        cols = [c[1] for c in src.execute("PRAGMA table_info(programs)")]
        names = ", ".join(cols)
        with db.engine.begin() as conn:
            cur = conn.connection.driver_connection.cursor()
            cur.execute("TRUNCATE programs CASCADE")
            with cur.copy(f"COPY programs ({names}) FROM STDIN") as copy:
                for row in src.execute(f"SELECT {names} FROM programs"):
                    copy.write_row(row)
            cur.execute(
                "SELECT setval(pg_get_serial_sequence('programs', 'id'), (SELECT max(id) FROM programs))"
            )
    finally:
        src.close()
    with db.engine.connect().execution_options(isolation_level="AUTOCOMMIT") as conn:
        conn.exec_driver_sql("VACUUM ANALYZE programs")
        try:
            conn.exec_driver_sql("CHECKPOINT")
        except DBAPIError:
            print(
                "bench: note: this role may not CHECKPOINT; the server may still be writing the copy",
                file=sys.stderr,
            )
    return db


def time_postgres(sqlite_db, url: str, reps: int) -> dict:
    """p50/p95 of the search and the bare box query on PostgreSQL, on the same programs, and the
    SQLite search's p50 timed alongside (`postgres_paired_sqlite_p50_ms`) with their ratio."""
    from finder.bench import measure

    db = copy_programs(sqlite_db.path, url)
    try:
        pg, lite = measure.time_searches_paired(db, sqlite_db, reps)
    finally:
        db.dispose()
    return {
        "postgres_search_p50_ms": pg["search_p50_ms"],
        "postgres_search_p95_ms": pg["search_p95_ms"],
        "postgres_bbox_floor_p50_ms": pg["bbox_floor_p50_ms"],
        "postgres_paired_sqlite_p50_ms": lite["search_p50_ms"],
        "postgres_ratio_to_sqlite": pg["search_p50_ms"] / lite["search_p50_ms"],
    }
