"""`finder db upgrade | seed | add-user | remove-user | users`: set up and run a shared (agency) database."""

from __future__ import annotations

from finder.cli.common import ProgressBar
from finder.locations import database_location
from finder.texts import _, imports


def register(sub) -> None:
    d = sub.add_parser(
        "db", help=_("create/upgrade the shared schema, load the bundled directory, manage users")
    )
    dsub = d.add_subparsers(dest="db_command", required=True)
    dsub.add_parser(
        "upgrade",
        help=_(
            "create or upgrade the schema, the finder_users group, its rights and "
            "row security (run as the role that owns the directory)"
        ),
    ).set_defaults(func=cmd_upgrade)
    dsub.add_parser("seed", help=_("load the bundled national directory")).set_defaults(func=cmd_seed)
    add = dsub.add_parser(
        "add-user",
        help=_(
            "create a case manager's login role in finder_users "
            "(PostgreSQL; set its password or certificate as docs/agency.md says)"
        ),
    )
    add.add_argument("name", metavar=_("NAME"), help=_("the login name, e.g. casey"))
    add.add_argument(
        "--supervisor",
        action="store_true",
        help=_(
            "also in finder_supervisors: reads the referral report's counts and medians "
            "over every case manager (never their referrals, notes or cases)"
        ),
    )
    add.set_defaults(func=cmd_add_user)
    rm = dsub.add_parser("remove-user", help=_("take a case manager's login out of finder_users and drop it"))
    rm.add_argument("name", metavar=_("NAME"))
    rm.set_defaults(func=cmd_remove_user)
    dsub.add_parser("users", help=_("list the case managers' login roles")).set_defaults(func=cmd_users)


def _open(args):
    from finder.services.opening import open_database

    return open_database(args.db or database_location(), seed=False)


def cmd_upgrade(args) -> int:
    from finder.services.agency import check_can_upgrade
    from finder.services.opening import schema_revision

    db = _open(args)
    try:
        check_can_upgrade(db)
        print(_("schema at revision {revision}").format(revision=schema_revision(db)))
    finally:
        db.dispose()
    return 0


def cmd_seed(args) -> int:
    from finder.services.seeding import load_seeds

    db = _open(args)
    try:
        report = load_seeds(db, progress=ProgressBar(_("Loading the bundled directory")))
    finally:
        db.dispose()
    print(imports.summary(report))
    return 0


def cmd_add_user(args) -> int:
    from finder.services.agency import add_user

    db = _open(args)
    try:
        created = add_user(db, args.name, supervisor=args.supervisor)
    finally:
        db.dispose()
    if created:
        print(
            _(
                "created the login {name} in finder_users; set its password with "
                "`psql -c '\\password {name}'` (or a client certificate), see docs/agency.md"
            ).format(name=args.name.strip())
        )
    else:
        print(
            _("{name} already existed; it can now log in and is in finder_users").format(
                name=args.name.strip()
            )
        )
    if args.supervisor:
        print(
            _("{name} is in finder_supervisors: `finder report` gives every case manager's counts").format(
                name=args.name.strip()
            )
        )
    return 0


def cmd_remove_user(args) -> int:
    from finder.services.agency import remove_user

    db = _open(args)
    try:
        left = remove_user(db, args.name)
    finally:
        db.dispose()
    name = args.name.strip()
    extra = (
        _(
            "; {count} private shortlist(s) stay under that name, readable by no user until a login named "
            "{name} exists again (see docs/agency.md)"
        ).format(count=left, name=name)
        if left
        else ""
    )
    print(_("removed {name}{extra}").format(name=name, extra=extra))
    return 0


def cmd_users(args) -> int:
    from finder.services.agency import list_users

    db = _open(args)
    try:
        users = list_users(db)
    finally:
        db.dispose()
    for u in users:
        print(u.name + ("" if u.can_login else "  " + _("(cannot log in)")))
    if not users:
        print(_("no users yet: add one with `finder --db URL db add-user NAME`"))
    return 0
