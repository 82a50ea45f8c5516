"""`finder search`, `finder show`, `finder gui`."""

from __future__ import annotations

import csv
import json
import sys

from finder.cli.common import add_radius_argument, add_vocabulary_filters, open_db, print_table
from finder.domain.geo import APPROX_MARK, check_radius, format_distance
from finder.domain.taxonomy import IOP_NOT_RECORDED, REGISTRY, SEARCH_VOCABULARIES
from finder.domain.text import plural, verb
from finder.domain.validation import format_phone


def register(sub) -> None:
    s = sub.add_parser("search", help="programs near a place, nearest first")
    s.add_argument("--near", required=True, help="ZIP, 'City, ST' or lat,lon")
    add_radius_argument(s)
    add_vocabulary_filters(s)
    s.add_argument("--text", default="", help="part of the name, second name or city")
    s.add_argument("--limit", type=str, default="100")
    s.add_argument("--hide-do-not-refer", action="store_true")
    s.add_argument(
        "--hide-delisted",
        action="store_true",
        help="leave out programs the latest full directory edition no longer lists",
    )
    s.add_argument(
        "--accepting",
        action="store_true",
        help="only programs a call in the last 30 days found taking new clients",
    )
    s.add_argument(
        "--telehealth-in-state",
        action="store_true",
        help="also list, after those within the radius, the programs with telehealth anywhere in the "
        "origin's state that match the filters (telehealth rules vary by state and by insurer)",
    )
    s.add_argument(
        "--online",
        action="store_true",
        help="look street addresses up online (the address leaves this machine)",
    )
    s.add_argument("--format", choices=("table", "json", "csv"), default="table")
    s.set_defaults(func=cmd_search)

    sh = sub.add_parser("show", help="everything about one program")
    sh.add_argument("id", nargs="?")
    sh.add_argument(
        "--facts",
        action="store_true",
        help="instead of one program: the directory's size and how many programs list each language "
        "and each support service",
    )
    sh.add_argument("--format", choices=("table", "json"), default="table")
    sh.add_argument(
        "--history",
        type=int,
        default=10,
        metavar="N",
        help="show the last N changes: who changed what, and when (default 10; 0: none)",
    )
    sh.set_defaults(func=cmd_show)

    g = sub.add_parser("gui", help="open the window (the default)")
    g.add_argument("--near")
    add_radius_argument(g, default=None)
    g.add_argument("--screenshot", metavar="OUT.png")
    g.add_argument("--size", default="1280x800", metavar="WxH")
    g.set_defaults(func=cmd_gui)


def _number(raw: str, what: str, kind=float):
    from finder.errors import UserError

    try:
        return kind(raw)
    except ValueError:
        raise UserError(f"{what} '{raw}' is not a number") from None


def cmd_search(args) -> int:
    from finder.services.origins import resolve_origin
    from finder.services.search import SearchCriteria, search_programs

    criteria = SearchCriteria(
        radius_miles=check_radius(args.radius),
        **{v.name: getattr(args, v.name) for v in SEARCH_VOCABULARIES},
        text=args.text,
        hide_do_not_refer=args.hide_do_not_refer,
        limit=_number(args.limit, "limit", int),
        accepting=args.accepting,
        hide_delisted=args.hide_delisted,
    )
    criteria.validate()
    db = open_db(args)
    origin = resolve_origin(args.near, online=args.online, db=db)
    if origin.warning:
        print(f"finder: {origin.warning}", file=sys.stderr)
    result = search_programs(db, origin, criteria)
    statewide = None
    if args.telehealth_in_state:
        from finder.services.statewide import telehealth_in_state

        statewide = telehealth_in_state(db, origin, criteria)
    if args.format == "json":
        data = result.as_json()
        if statewide is not None:
            data["telehealth_state"] = statewide.state
            data["telehealth_in_state_total"] = statewide.total
            data["telehealth_in_state"] = [r.as_json() for r in statewide.results]
        json.dump(data, sys.stdout, ensure_ascii=False, indent=1)
        sys.stdout.write("\n")
    elif args.format == "csv":
        from finder.services.importing.finder_csv import safe_cell

        if hasattr(sys.stdout, "reconfigure"):
            # csv ends each row with \r\n itself; Windows' text stream made that \r\r\n (a blank line
            # between rows in Excel)
            sys.stdout.reconfigure(newline="")
        w = csv.writer(sys.stdout)
        cols = [
            "id",
            "name",
            "name2",
            "city",
            "state",
            "zip",
            "distance_miles",
            "location_precision",
            *(v.json_key for v in SEARCH_VOCABULARIES),
            "phone",
            "website",
        ]
        w.writerow(cols)
        for r in result.results + (statewide.results if statewide is not None else []):
            d = {**r.as_json(), "phone": format_phone(r.phone)}
            w.writerow(
                [
                    d[c]
                    if c in ("id", "distance_miles")
                    else safe_cell(";".join(d[c]) if isinstance(d[c], list) else str(d[c]))
                    for c in cols
                ]
            )
    else:
        print_table(["ID", "Miles", "Program", "City", "Levels", "Phone"], _table_rows(result.results))
        n = result.unlocated_skipped
        skipped = f"; {plural(n, 'matching program')} {verb(n, 'has', 'have')} no location" if n else ""
        shown = f", showing {len(result.results):,}" if len(result.results) < result.total else ""
        print(
            f"\n{plural(result.total, 'program')} within {criteria.radius_miles:g} mi of "
            f"{origin.label or origin.query}{shown}{skipped}. "
            f"{APPROX_MARK} = distance from the ZIP centre."
        )
        if statewide is not None:
            _print_statewide(statewide, criteria)
    return 0


def _table_rows(results) -> list[list[str]]:
    rows = []
    for r in results:
        name = r.name + (f" — {r.name2}" if r.name2 else "")
        if r.delisted is not None:
            name = f"{name} [{r.delisted.short()}]"
        rows.append(
            [
                str(r.id),
                format_distance(r.distance_miles, r.approx, unit=False),
                _cut(name, 60),
                f"{r.city}, {r.state}",
                ",".join(r.levels) or "—",
                format_phone(r.phone),
            ]
        )
    return rows


def _print_statewide(statewide, criteria) -> None:
    """The state's telehealth programs beyond the radius, in their own section."""
    from finder.texts.states import state_name

    if not statewide.state:
        print("\nTelehealth programs in the state: the origin is in no state the ZIP list knows.")
        return
    print(f"\nTelehealth programs in {state_name(statewide.state)}: {statewide.total:,}")
    print(
        f"(beyond {criteria.radius_miles:g} mi; they may see clients anywhere in the state by video or phone)"
    )
    if statewide.results:
        print_table(["ID", "Miles", "Program", "City", "Levels", "Phone"], _table_rows(statewide.results))
    if len(statewide.results) < statewide.total:
        print(f"showing the nearest {len(statewide.results):,}.")
    print("Telehealth rules vary by state and by insurer: ask the program and the client's insurance.")


def _cut(s: str, n: int) -> str:
    return s if len(s) <= n else s[: n - 1] + "…"


def cmd_facts(args) -> int:
    from finder.services.overview import directory_facts, tag_counts

    db = open_db(args)
    facts = directory_facts(db)
    counts = tag_counts(db)
    if args.format == "json":
        data = {"programs": facts.total, "as_of": facts.as_of, **counts}
        json.dump(data, sys.stdout, ensure_ascii=False, indent=1)
        sys.stdout.write("\n")
        return 0
    print(
        f"{plural(facts.total, 'program')} in the directory"
        + (f" (as of {facts.as_of})" if facts.as_of else "")
    )
    for name, heading in (("languages", "Languages besides English"), ("supports", "Support services")):
        v = next(x for x in REGISTRY if x.name == name)
        print(f"\n{heading}:")
        print_table(["", "Programs"], [[v.label(slug), f"{n:,}"] for slug, n in counts[name].items()])
    return 0


def cmd_show(args) -> int:
    from finder.errors import UserError
    from finder.services.directory import get_program, parse_id

    if args.facts:
        return cmd_facts(args)
    if args.id is None:
        raise UserError("show needs a program id, or --facts")
    parse_id(args.id)
    db = open_db(args)
    p = get_program(db, args.id)
    from finder.services.history import program_history

    history = program_history(db, p.id, limit=max(args.history, 0)) if args.history > 0 else []
    from finder.services import calls

    room = calls.availability(db, [p.id]).get(p.id)
    confirmed = calls.confirmations(db, p.id)
    if args.format == "json":
        data = {
            **p.as_json(),
            "availability": room.as_json() if room else None,
            "confirmed": {calls.public_field(k): c.as_json() for k, c in confirmed.items()},
            "history": [h.as_json() for h in history],
        }
        json.dump(data, sys.stdout, ensure_ascii=False, indent=1, default=str)
        sys.stdout.write("\n")
        return 0
    lines = [f"{p.name}" + (f" — {p.name2}" if p.name2 else "") + f"   (id {p.id})", p.address]
    if p.delisted is not None:
        lines.append(f"{p.delisted.text()} (delisted since {p.delisted.since}, {p.delisted.file})")
    if p.county:
        lines.append(f"County: {p.county}")
    lines.append(
        f"Phone: {format_phone(p.phone) or '—'}"
        + (f"   Intake: {format_phone(p.intake_phone)}" if p.intake_phone else "")
    )
    if p.website:
        lines.append(f"Website: {p.website}")
    loc = (
        f"{p.latitude:.5f}, {p.longitude:.5f} ({p.location_precision})"
        if p.latitude is not None
        else "no location (ZIP not found)"
    )
    lines.append(f"Location: {loc}")
    lines.append(f"Status: {p.status}" + (f" — {p.status_reason}" if p.status_reason else ""))
    lines.append(
        f"Last verified: {p.verified_on or 'never'}" + (f" by {p.verified_by}" if p.verified_by else "")
    )
    for vocab in REGISTRY:
        vals = [vocab.label(slug) for slug in getattr(p, vocab.name)]
        if vocab.name == "levels" and p.iop_not_recorded:
            vals.append(IOP_NOT_RECORDED)
        lines.append(f"{vocab.name.capitalize()}: {', '.join(vals) or '—'}")
    lines.append(f"Accreditation: {', '.join(p.accreditation) or '—'}")
    if room is not None:
        lines.append(f"Availability: {room.text()}")
    lines.extend(f"Confirmed: {calls.confirmation_text(k, c)}" for k, c in confirmed.items())
    if p.notes:
        lines.append(f"Notes: {p.notes}")
    for s in p.sources:
        row = f" row {s.row_number}" if s.row_number else ""
        key = f" [{s.key}]" if s.key else ""
        gone = f"; not in a newer full edition since {s.missing_since}" if s.missing_since else ""
        lines.append(
            f"Source: {s.file_name}{row}{key} ({s.directory_type or s.kind}), imported {s.imported_at}{gone}"
        )
        lines.append("  Codes: " + "; ".join(f"{c['code']} — {c['meaning'] or '?'}" for c in s.codes))
    lines.append(f"Version: {p.version}")
    if history:
        lines.append(f"History (newest first, last {len(history)}):")
        lines.extend(f"  {h.line()}" for h in history)
    print("\n".join(lines))
    return 0


def cmd_gui(args) -> int:
    from finder.ui.app import run_gui

    return run_gui(args)
