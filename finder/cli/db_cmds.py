"""`finder db upgrade | seed`: set up a shared (agency) database, e.g. PostgreSQL."""

from __future__ import annotations

from finder.cli.common import ProgressBar
from finder.paths import default_db_location


def register(sub) -> None:
    d = sub.add_parser("db", help="create/upgrade the schema, or load the bundled directory")
    dsub = d.add_subparsers(dest="db_command", required=True)
    dsub.add_parser("upgrade", help="create or upgrade the schema (Alembic)").set_defaults(func=cmd_upgrade)
    dsub.add_parser("seed", help="load the bundled national directory").set_defaults(func=cmd_seed)


def cmd_upgrade(args) -> int:
    from finder.services.opening import open_database, schema_revision

    db = open_database(args.db or default_db_location(), seed=False)
    print(f"schema at revision {schema_revision(db)}")
    return 0


def cmd_seed(args) -> int:
    from finder.services.opening import open_database
    from finder.services.seeding import load_seeds

    db = open_database(args.db or default_db_location(), seed=False)
    report = load_seeds(db, progress=ProgressBar("Loading the bundled directory"))
    print(report.summary())
    return 0
