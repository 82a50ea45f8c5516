"""`finder import`, `finder export`, `finder backup`."""

from __future__ import annotations

from pathlib import Path

from finder.cli.common import ProgressBar, open_db


def register(sub) -> None:
    i = sub.add_parser("import", help="load a directory file (all or nothing)")
    i.add_argument("file")
    i.add_argument("--format", default="auto",
                   choices=("auto", "samhsa-locator", "samhsa-directory", "hsds", "finder-csv"))
    i.set_defaults(func=cmd_import)

    e = sub.add_parser("export", help="write the directory as CSV")
    e.add_argument("file")
    e.set_defaults(func=cmd_export)

    b = sub.add_parser("backup", help="list, create or restore backups")
    bsub = b.add_subparsers(dest="backup_command", required=True)
    bsub.add_parser("list").set_defaults(func=cmd_backup_list)
    bsub.add_parser("create").set_defaults(func=cmd_backup_create)
    r = bsub.add_parser("restore")
    r.add_argument("number", type=int)
    r.set_defaults(func=cmd_backup_restore)


def cmd_import(args) -> int:
    from finder.services.importing import import_file
    from finder.services.importing.run import read_records

    path = Path(args.file)
    read_records(path, args.format)  # refuse a bad file before anything is created or seeded
    db = open_db(args)
    report = import_file(db, path, args.format, progress=ProgressBar(f"Importing {path.name}"))
    print(report.summary())
    return 0


def cmd_export(args) -> int:
    from finder.services.directory import export_csv

    db = open_db(args)
    n = export_csv(db, args.file, progress=ProgressBar("Exporting"))
    print(f"exported {n} programs to {args.file}")
    return 0


def cmd_backup_list(args) -> int:
    from finder.services.backups import list_backups

    backups = list_backups(open_db(args))
    if not backups:
        print("no backups yet")
    for b in backups:
        print(b.line())
    return 0


def cmd_backup_create(args) -> int:
    from finder.services.backups import create_backup

    b = create_backup(open_db(args), reason="by hand")
    print(f"created {b.path}" if b else "nothing to back up")
    return 0


def cmd_backup_restore(args) -> int:
    from finder.services.backups import restore_backup

    b = restore_backup(open_db(args), args.number)
    print(f"restored backup {args.number} from {b.created:%Y-%m-%d %H:%M:%S}")
    return 0
