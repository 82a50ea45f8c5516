"""`finder config get KEY | set KEY VALUE | unset KEY | list`: the settings the window shares."""

from __future__ import annotations

from finder import settings
from finder.texts import N_, _, n_

# finder.settings.KEYS' help, marked for the catalogue: `finder config list` says what each setting is
KEY_HELP = (
    N_("database file path or postgresql:// URL (empty: the file in your data folder)"),
    N_("the name recorded with your edits and answers"),
    N_("true to send street addresses to OpenStreetMap's Nominatim (the window's search)"),
    N_("en or es (empty: follow the system)"),
    N_("your agency's name, printed on consent forms"),
)


def register(sub) -> None:
    p = sub.add_parser(
        "config",
        help=_("show or change your settings (database, user-name, online-lookup, language, agency)"),
    )
    verbs = p.add_subparsers(dest="verb", required=True)
    keys = ", ".join(settings.KEYS)
    g = verbs.add_parser("get", help=_("print one setting"))
    g.add_argument("key", metavar=_("key"), help=keys)
    g.set_defaults(func=_get)
    s = verbs.add_parser("set", help=_("change one setting"))
    s.add_argument("key", metavar=_("key"), help=keys)
    s.add_argument("value", metavar=_("value"))
    s.set_defaults(func=_set)
    u = verbs.add_parser("unset", help=_("back to the default"))
    u.add_argument("key", metavar=_("key"), help=keys)
    u.set_defaults(func=_unset)
    ls = verbs.add_parser("list", help=_("every setting with its value"))
    ls.set_defaults(func=_list)
    f = verbs.add_parser(
        "forget-addresses",
        help=_("forget the street addresses looked up online (they also expire after 30 days)"),
    )
    f.set_defaults(func=_forget_addresses)


def _get(args) -> int:
    print(settings.get(args.key))
    return 0


def _set(args) -> int:
    s = settings.set_value(args.key, args.value)
    print(f"{args.key} = {s.value_text(args.key)}")
    return 0


def _unset(args) -> int:
    s = settings.unset(args.key)
    print(f"{args.key} = {s.value_text(args.key)}")
    return 0


def _list(args) -> int:
    s = settings.load()
    width = max(len(k) for k in settings.KEYS)
    for name, key in settings.KEYS.items():
        print(f"{name:<{width}}  {s.value_text(name) or _('(not set)')}    # {_(key.help)}")
    print("# " + _("file: {path}").format(path=settings.settings_file()))
    return 0


def _forget_addresses(args) -> int:
    from datetime import timedelta

    from finder.cli.common import open_db
    from finder.services.erasure import expire_addresses

    db = open_db(args, seed=False)
    try:
        n = expire_addresses(db, timedelta(0))
    finally:
        db.dispose()
    print(n_("forgot {count} looked-up address", "forgot {count} looked-up addresses", n).format(count=n))
    return 0
