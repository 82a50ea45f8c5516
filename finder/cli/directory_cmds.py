"""`finder import`, `finder export`, `finder edit`, `finder backup`."""

from __future__ import annotations

from pathlib import Path

from finder.cli.common import ProgressBar, open_db
from finder.domain.validation import format_phone
from finder.texts import N_, _, imports, n_


def register(sub) -> None:
    i = sub.add_parser("import", help=_("load a directory file (all or nothing)"))
    i.add_argument("file", metavar=_("file"))
    i.add_argument(
        "--format",
        default="auto",
        choices=("auto", "samhsa-locator", "samhsa-directory", "hsds", "finder-csv"),
    )
    i.add_argument(
        "--full",
        action="store_true",
        default=None,
        help=_(
            "the file is a whole edition of its source: programs from that source it no longer "
            "lists are marked delisted (kept, with their shortlists, answers and calls). Without it "
            "only a national directory file covering at least 40 states and 1,000 listings "
            "delists; locator exports, HSDS packages and our own export never do"
        ),
    )
    i.add_argument(
        "--edition",
        metavar=_("YEAR"),
        help=_(
            "the national directory edition the file is (e.g. 2025); it names what the file delists "
            "('Not in the 2025 directory'). A year in the file's name is not taken for it"
        ),
    )
    i.add_argument(
        "--report",
        metavar="OUT.json",
        help=_(
            "write what changed as JSON: added, changed field by field, missing (delisted), "
            "shortlisted, kept_user_edits"
        ),
    )
    i.set_defaults(func=cmd_import)

    e = sub.add_parser("export", help=_("write the directory as CSV"))
    e.add_argument("file", metavar=_("file"))
    e.set_defaults(func=cmd_export)

    ed = sub.add_parser("edit", help=_("change a program by hand (imports keep these changes)"))
    ed.add_argument("id")
    for opt, dest, meta in (
        ("--name", "name", "S"),
        ("--name2", "name2", "S"),
        ("--street", "street1", "S"),
        ("--city", "city", "S"),
        ("--state", "state", "ST"),
        ("--zip", "zip", "Z"),
        ("--phone", "phone", "S"),
        ("--website", "website", "URL"),
        ("--location", "location", "LAT,LON"),
    ):
        ed.add_argument(opt, dest=dest, metavar=meta)
    ed.add_argument("--status", choices=("active", "do-not-refer"))
    ed.add_argument(
        "--reason",
        dest="status_reason",
        metavar="S",
        help=_("why the program is do-not-refer (required with --status do-not-refer)"),
    )
    ed.add_argument(
        "--verified",
        action="store_true",
        help=_(
            "mark verified today, by you ($FINDER_USER or your name in Preferences; "
            "on a shared PostgreSQL directory always your database login)"
        ),
    )
    ed.add_argument(
        "--if-version",
        type=int,
        dest="if_version",
        metavar="N",
        help=_("save only if nobody changed the same fields since version N (see 'finder show')"),
    )
    ed.set_defaults(func=cmd_edit)

    b = sub.add_parser("backup", help=_("list, create or restore backups"))
    bsub = b.add_subparsers(dest="backup_command", required=True)
    bsub.add_parser("list").set_defaults(func=cmd_backup_list)
    bsub.add_parser("create").set_defaults(func=cmd_backup_create)
    r = bsub.add_parser("restore")
    r.add_argument("number", type=int, metavar=_("number"))
    r.set_defaults(func=cmd_backup_restore)


def cmd_import(args) -> int:
    from finder.services.importing import import_file
    from finder.services.importing.run import read_records

    path = Path(args.file)
    target = _report_target(args.report) if args.report else None
    prepared = read_records(path, args.format)  # refuse a bad file before anything is created or seeded
    db = open_db(args)
    report = import_file(
        db,
        path,
        args.format,
        progress=ProgressBar(_("Importing {file}").format(file=path.name)),
        prepared=prepared,
        full=args.full,
        edition=args.edition,
    )
    print(imports.summary(report))
    headline = imports.shortlist_headline(report)
    if headline:
        print(headline)
    print(imports.changes_line(report))
    for line in imports.kept_lines(report):  # which values were kept over the file's, and why
        print("  " + _("kept: {what}").format(what=line))
    if target is not None:
        _write_report(target, report)
        print(_("report written to {file}").format(file=target))
    return 0


def _report_target(raw: str) -> Path:
    from finder.services.files import checked_target

    return checked_target(raw, "import-report.json")


def _write_report(target: Path, report) -> None:
    """Written whole or not at all (a temporary file renamed), private to the user like the directory."""
    import json
    import os
    import tempfile

    from finder.errors import UserError

    fd, tmp = tempfile.mkstemp(prefix=".report-", suffix=".json", dir=target.parent)
    try:
        with os.fdopen(fd, "w", encoding="utf-8") as fh:
            json.dump(report.as_json(), fh, ensure_ascii=False, indent=1)
            fh.write("\n")
        os.replace(tmp, target)
    except OSError as exc:
        Path(tmp).unlink(missing_ok=True)
        raise UserError(
            N_("the import is done, but the report cannot be written to %1: %2"), target, exc.strerror
        ) from None


EDIT_FIELDS = (
    "name",
    "name2",
    "street1",
    "city",
    "state",
    "zip",
    "phone",
    "website",
    "location",
    "status",
    "status_reason",
)


def cmd_edit(args) -> int:
    from finder.errors import UserError
    from finder.services.editing import edit_program, mark_verified

    changes = {f: getattr(args, f) for f in EDIT_FIELDS if getattr(args, f) is not None}
    if not changes and not args.verified:
        raise UserError(N_("nothing to change: give at least one option such as --phone or --verified"))
    db = open_db(args)
    detail = edit_program(db, args.id, changes, expected_version=args.if_version) if changes else None
    if args.verified:
        detail = mark_verified(db, args.id)
    status = detail.status + (f" ({detail.status_reason})" if detail.status_reason else "")
    where = (
        f"{detail.latitude:.5f},{detail.longitude:.5f} ({detail.location_precision})"
        if detail.latitude is not None
        else _("no location")
    )
    name = detail.name + (" — " + detail.name2 if detail.name2 else "")
    print(_("program {id}: {name}").format(id=detail.id, name=name))
    print(f"  {detail.address}")
    print(
        "  "
        + _("phone {phone}  website {website}  location {where}").format(
            phone=format_phone(detail.phone) or "—", website=detail.website or "—", where=where
        )
    )
    by = _(" by {name}").format(name=detail.verified_by) if detail.verified_by else ""
    print(
        "  "
        + _("status {status}; verified {date}{by}; version {version}").format(
            status=status, date=detail.verified_on or _("never"), by=by, version=detail.version
        )
    )
    return 0


def cmd_export(args) -> int:
    from finder.services.directory import export_csv

    db = open_db(args)
    n = export_csv(db, args.file, progress=ProgressBar(_("Exporting")))
    print(
        n_("exported {count} program to {file}", "exported {count} programs to {file}", n).format(
            count=f"{n:,}", file=args.file
        )
    )
    return 0


def cmd_backup_list(args) -> int:
    from finder.services.backups import list_backups
    from finder.texts.backups import reason_text

    backups = list_backups(_file_only(args))
    if not backups:
        print(_("no backups yet"))
    for b in backups:
        print(f"{b.line()}\t{reason_text(b.reason)}")
    return 0


def cmd_backup_create(args) -> int:
    from finder.services.backups import create_backup

    b = create_backup(open_db(args), reason="by hand")
    print(_("created {file}").format(file=b.path) if b else _("nothing to back up"))
    return 0


def _file_only(args):
    """The directory's file, not opened: restoring must work even when the file is damaged."""
    from finder.locations import database_location
    from finder.services.opening import directory_file

    return directory_file(args.db or database_location())


def cmd_backup_restore(args) -> int:
    from finder.services.backups import restore_backup

    b = restore_backup(_file_only(args), args.number)
    print(
        _("restored backup {number} from {time}").format(
            number=args.number, time=f"{b.created:%Y-%m-%d %H:%M:%S}"
        )
    )
    return 0
