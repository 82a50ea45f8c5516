"""`finder shortlist create|add|remove|list|show|needs|delete|share|unshare`."""

from __future__ import annotations

import json
import sys

from finder.cli.common import open_db, print_table
from finder.texts import N_, _, n_

NEEDS_HELP = N_(
    "what the client needs, as tag slugs of any vocabulary separated by commas, e.g. "
    "medicaid,adolescents,iop,evening (VOCABULARY:SLUG for a slug in two, e.g. therapies:trauma)"
)
SHARING = {True: N_("shared"), False: N_("private")}  # a shortlist's heading: "owner casey, shared"


def register(sub) -> None:
    sl = sub.add_parser("shortlist", help=_("named shortlists (use a case reference, not a client's name)"))
    ssub = sl.add_subparsers(
        dest="shortlist_command",
        required=True,
        metavar="create|add|remove|list|show|needs|delete|share|unshare",
    )

    c = ssub.add_parser("create", help=_("a new, empty shortlist"))
    c.add_argument(
        "name", metavar=_("name"), help=_("a case reference such as 'Case 2291' (never a client's name)")
    )
    c.add_argument(
        "--near",
        metavar=_("NEAR"),
        help=_("where the client is (ZIP, 'City, ST' or lat,lon): gives distances"),
    )
    c.add_argument(
        "--private",
        action="store_true",
        help=_("only you see it (default: shared with everyone using this directory)"),
    )
    c.add_argument("--needs", metavar="SLUG,...", default="", help=_(NEEDS_HELP))
    c.set_defaults(func=cmd_create)

    n = ssub.add_parser("needs", help=_("set the client's needs (replaces them; '' clears them)"))
    n.add_argument("name", metavar=_("name"))
    n.add_argument("needs", metavar="SLUG,...", help=_(NEEDS_HELP) + _("; '' clears them"))
    n.set_defaults(func=cmd_needs)

    sh_ = ssub.add_parser(
        "show", help=_("one shortlist: its needs, and its programs with how many needs each meets")
    )
    sh_.add_argument("name", metavar=_("name"))
    sh_.add_argument("--format", choices=("table", "json"), default="table")
    sh_.set_defaults(func=cmd_show)

    a = ssub.add_parser("add", help=_("add programs by id"))
    a.add_argument("name", metavar=_("name"))
    a.add_argument("ids", nargs="+", metavar="ID")
    a.set_defaults(func=cmd_add)

    r = ssub.add_parser("remove", help=_("take programs (and their checklist answers) off a shortlist"))
    r.add_argument("name", metavar=_("name"))
    r.add_argument("ids", nargs="+", metavar="ID")
    r.set_defaults(func=cmd_remove)

    ls = ssub.add_parser("list", help=_("every shortlist and its programs"))
    ls.add_argument("--format", choices=("table", "json"), default="table")
    ls.set_defaults(func=cmd_list)

    d = ssub.add_parser("delete", help=_("delete a shortlist with its notes and answers"))
    d.add_argument("name", metavar=_("name"))
    d.set_defaults(func=cmd_delete)

    sh = ssub.add_parser("share", help=_("let everyone using this directory see a shortlist you own"))
    sh.add_argument("name", metavar=_("name"))
    sh.set_defaults(func=cmd_share, shared=True)
    un = ssub.add_parser("unshare", help=_("make a shortlist you own private to you"))
    un.add_argument("name", metavar=_("name"))
    un.set_defaults(func=cmd_share, shared=False)


def cmd_create(args) -> int:
    from finder.services.needs import parse_needs
    from finder.services.origins import resolve_offline
    from finder.services.shortlists import check_name, create_shortlist

    check_name(args.name)
    wanted = parse_needs(args.needs)  # a bad slug: one line, before anything is made
    origin = resolve_offline(args.near) if args.near else None
    db = open_db(args)
    info = create_shortlist(db, args.name, origin=origin, private=args.private, client_needs=wanted)
    where = _(" near {place}").format(place=info.origin_label) if info.has_origin else ""
    who = _("private to you") if args.private else _("shared with everyone")
    print(_("Created shortlist '{name}'{where} ({who}).").format(name=info.name, where=where, who=who))
    if info.needs:
        print(_("Needs: {needs}").format(needs=_needs_line(info.needs)))
    return 0


def _needs_line(keys) -> str:
    from finder.texts.vocab import key_label

    return ", ".join(key_label(k) for k in keys) or _("none given")


def cmd_needs(args) -> int:
    from finder.services.needs import parse_needs
    from finder.services.shortlists import set_needs

    wanted = parse_needs(args.needs)
    info = set_needs(open_db(args), args.name, wanted)
    if info.needs:
        print(_("Needs of '{name}': {needs}.").format(name=info.name, needs=_needs_line(info.needs)))
    else:
        print(_("'{name}' has no needs now.").format(name=info.name))
    return 0


def cmd_show(args) -> int:
    from finder.services.needs import needs_met
    from finder.services.shortlists import get_shortlist
    from finder.texts.compare import needs_count, needs_gap

    db = open_db(args)
    info = get_shortlist(db, args.name)
    met = needs_met(db, info)
    if args.format == "json":
        data = info.as_json()
        for entry, p in zip(data["programs"], info.programs):
            entry["needs_met"] = met[p.program_id].as_json()
        json.dump(data, sys.stdout, ensure_ascii=False, indent=1)
        sys.stdout.write("\n")
        return 0
    _heading(info)
    print(_("Needs: {needs}").format(needs=_needs_line(info.needs)))
    if not info.programs:
        print("  " + _("(no programs yet)"))
        return 0
    rows = []
    for p in info.programs:
        m = met[p.program_id]
        rows.append(
            [
                str(p.program_id),
                p.distance_label,
                p.name,
                f"{p.city}, {p.state}",
                f"{p.asked}/{p.total}",
                *([needs_count(m), needs_gap(m)] if info.needs else []),
            ]
        )
    heads = [
        _("ID"),
        _("Miles"),
        _("Program"),
        _("City"),
        _("Asked"),
        *([_("Needs"), _("Not met or unknown")] if info.needs else []),
    ]
    print_table(heads, rows)
    return 0


def _heading(sl) -> None:
    origin = (
        _(" — near {place}").format(place=sl.origin_label)
        if sl.has_origin
        else _(" — no origin (distances show as —)")
    )
    sharing = _(SHARING[sl.shared])
    print(
        _("{name}{origin} — owner {owner}, {sharing}").format(
            name=sl.name, origin=origin, owner=sl.owner or _("unknown"), sharing=sharing
        )
    )


def cmd_add(args) -> int:
    from finder.services.directory import parse_id
    from finder.services.shortlists import add_programs

    for raw in args.ids:
        parse_id(raw)
    db = open_db(args)
    added = add_programs(db, args.name, args.ids)
    skipped = len({parse_id(i) for i in args.ids}) - len(added)
    extra = (
        n_(" ({count} already on it)", " ({count} already on it)", skipped).format(count=skipped)
        if skipped
        else ""
    )
    print(
        n_(
            "Added {count} program to '{name}'{extra}.",
            "Added {count} programs to '{name}'{extra}.",
            len(added),
        ).format(count=f"{len(added):,}", name=args.name, extra=extra)
    )
    return 0


def cmd_remove(args) -> int:
    from finder.services.directory import parse_id
    from finder.services.shortlists import remove_programs

    for raw in args.ids:
        parse_id(raw)
    db = open_db(args)
    n = remove_programs(db, args.name, args.ids)
    print(
        n_("Removed {count} program from '{name}'.", "Removed {count} programs from '{name}'.", n).format(
            count=f"{n:,}", name=args.name
        )
    )
    return 0


def cmd_list(args) -> int:
    from finder.services.shortlists import list_shortlists

    db = open_db(args)
    lists = list_shortlists(db)
    if args.format == "json":
        json.dump([sl.as_json() for sl in lists], sys.stdout, ensure_ascii=False, indent=1)
        sys.stdout.write("\n")
        return 0
    if not lists:
        print(_('No shortlists yet. Make one with: finder shortlist create "Case 2291" --near 92660'))
        return 0
    for i, sl in enumerate(lists):
        if i:
            print()
        _heading(sl)
        if sl.needs:
            print("  " + _("Needs: {needs}").format(needs=_needs_line(sl.needs)))
        if not sl.programs:
            print("  " + _("(no programs yet)"))
            continue
        rows = [
            [
                str(p.program_id),
                p.distance_label,
                p.name,
                f"{p.city}, {p.state}",
                f"{p.asked}/{p.total}",
                p.note.replace("\n", " ")[:40],
            ]
            for p in sl.programs
        ]
        print_table([_("ID"), _("Miles"), _("Program"), _("City"), _("Asked"), _("Note")], rows)
    return 0


def cmd_delete(args) -> int:
    from finder.services.shortlists import delete_shortlist

    db = open_db(args)
    answers = delete_shortlist(db, args.name)
    extra = (
        n_(" and {count} checklist answer", " and {count} checklist answers", answers).format(
            count=f"{answers:,}"
        )
        if answers
        else ""
    )
    print(_("Deleted shortlist '{name}'{extra}.").format(name=args.name, extra=extra))
    return 0


def cmd_share(args) -> int:
    from finder.services.shortlists import set_shared

    info = set_shared(open_db(args), args.name, args.shared)
    who = _("shared with everyone") if info.shared else _("private to you")
    print(_("Shortlist '{name}' is now {who}.").format(name=info.name, who=who))
    return 0
