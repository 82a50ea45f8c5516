"""`finder shortlist create|add|remove|list|show|needs|delete|share|unshare`."""

from __future__ import annotations

import json
import sys

from finder.cli.common import open_db, print_table
from finder.domain.text import plural

NEEDS_HELP = (
    "what the client needs, as tag slugs of any vocabulary separated by commas, e.g. "
    "medicaid,adolescents,iop,evening (VOCABULARY:SLUG for a slug in two, e.g. therapies:trauma)"
)


def register(sub) -> None:
    sl = sub.add_parser("shortlist", help="named shortlists (use a case reference, not a client's name)")
    ssub = sl.add_subparsers(
        dest="shortlist_command",
        required=True,
        metavar="create|add|remove|list|show|needs|delete|share|unshare",
    )

    c = ssub.add_parser("create", help="a new, empty shortlist")
    c.add_argument("name", help="a case reference such as 'Case 2291' (never a client's name)")
    c.add_argument("--near", help="where the client is (ZIP, 'City, ST' or lat,lon): gives distances")
    c.add_argument(
        "--private",
        action="store_true",
        help="only you see it (default: shared with everyone using this directory)",
    )
    c.add_argument("--needs", metavar="SLUG,...", default="", help=NEEDS_HELP)
    c.set_defaults(func=cmd_create)

    n = ssub.add_parser("needs", help="set the client's needs (replaces them; '' clears them)")
    n.add_argument("name")
    n.add_argument("needs", metavar="SLUG,...", help=NEEDS_HELP + "; '' clears them")
    n.set_defaults(func=cmd_needs)

    sh_ = ssub.add_parser(
        "show", help="one shortlist: its needs, and its programs with how many needs each meets"
    )
    sh_.add_argument("name")
    sh_.add_argument("--format", choices=("table", "json"), default="table")
    sh_.set_defaults(func=cmd_show)

    a = ssub.add_parser("add", help="add programs by id")
    a.add_argument("name")
    a.add_argument("ids", nargs="+", metavar="ID")
    a.set_defaults(func=cmd_add)

    r = ssub.add_parser("remove", help="take programs (and their checklist answers) off a shortlist")
    r.add_argument("name")
    r.add_argument("ids", nargs="+", metavar="ID")
    r.set_defaults(func=cmd_remove)

    ls = ssub.add_parser("list", help="every shortlist and its programs")
    ls.add_argument("--format", choices=("table", "json"), default="table")
    ls.set_defaults(func=cmd_list)

    d = ssub.add_parser("delete", help="delete a shortlist with its notes and answers")
    d.add_argument("name")
    d.set_defaults(func=cmd_delete)

    sh = ssub.add_parser("share", help="let everyone using this directory see a shortlist you own")
    sh.add_argument("name")
    sh.set_defaults(func=cmd_share, shared=True)
    un = ssub.add_parser("unshare", help="make a shortlist you own private to you")
    un.add_argument("name")
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
    where = f" near {info.origin_label}" if info.has_origin else ""
    who = "private to you" if args.private else "shared with everyone"
    print(f"Created shortlist '{info.name}'{where} ({who}).")
    if info.needs:
        print(f"Needs: {_needs_line(info.needs)}")
    return 0


def _needs_line(keys) -> str:
    from finder.domain.taxonomy import tag_label

    return ", ".join(tag_label(k) for k in keys) or "none given"


def cmd_needs(args) -> int:
    from finder.services.needs import parse_needs
    from finder.services.shortlists import set_needs

    wanted = parse_needs(args.needs)
    info = set_needs(open_db(args), args.name, wanted)
    if info.needs:
        print(f"Needs of '{info.name}': {_needs_line(info.needs)}.")
    else:
        print(f"'{info.name}' has no needs now.")
    return 0


def cmd_show(args) -> int:
    from finder.services.needs import needs_met
    from finder.services.shortlists import get_shortlist

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
    print(f"Needs: {_needs_line(info.needs)}")
    if not info.programs:
        print("  (no programs yet)")
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
                *([m.count_text, m.summary] if info.needs else []),
            ]
        )
    heads = [
        "ID",
        "Miles",
        "Program",
        "City",
        "Asked",
        *(["Needs", "Not met or unknown"] if info.needs else []),
    ]
    print_table(heads, rows)
    return 0


def _heading(sl) -> None:
    origin = f" — near {sl.origin_label}" if sl.has_origin else " — no origin (distances show as —)"
    print(f"{sl.name}{origin} — owner {sl.owner or 'unknown'}, {sl.sharing_label}")


def cmd_add(args) -> int:
    from finder.services.directory import parse_id
    from finder.services.shortlists import add_programs

    for raw in args.ids:
        parse_id(raw)
    db = open_db(args)
    added = add_programs(db, args.name, args.ids)
    skipped = len({parse_id(i) for i in args.ids}) - len(added)
    extra = f" ({skipped} already on it)" if skipped else ""
    print(f"Added {plural(len(added), 'program')} to '{args.name}'{extra}.")
    return 0


def cmd_remove(args) -> int:
    from finder.services.directory import parse_id
    from finder.services.shortlists import remove_programs

    for raw in args.ids:
        parse_id(raw)
    db = open_db(args)
    n = remove_programs(db, args.name, args.ids)
    print(f"Removed {plural(n, 'program')} from '{args.name}'.")
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
        print('No shortlists yet. Make one with: finder shortlist create "Case 2291" --near 92660')
        return 0
    for i, sl in enumerate(lists):
        if i:
            print()
        _heading(sl)
        if sl.needs:
            print(f"  Needs: {_needs_line(sl.needs)}")
        if not sl.programs:
            print("  (no programs yet)")
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
        print_table(["ID", "Miles", "Program", "City", "Asked", "Note"], rows)
    return 0


def cmd_delete(args) -> int:
    from finder.services.shortlists import delete_shortlist

    db = open_db(args)
    answers = delete_shortlist(db, args.name)
    extra = f" and {plural(answers, 'checklist answer')}" if answers else ""
    print(f"Deleted shortlist '{args.name}'{extra}.")
    return 0


def cmd_share(args) -> int:
    from finder.services.shortlists import set_shared

    info = set_shared(open_db(args), args.name, args.shared)
    print(f"Shortlist '{info.name}' is now {'shared with everyone' if info.shared else 'private to you'}.")
    return 0
