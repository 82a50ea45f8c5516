"""`finder search`, `finder show`, `finder gui`."""

from __future__ import annotations

import csv
import json
import sys

from finder.cli.common import add_radius_argument, add_vocabulary_filters, open_db, print_table
from finder.domain.geo import APPROX_MARK, check_radius, format_distance
from finder.domain.taxonomy import REGISTRY, SEARCH_VOCABULARIES
from finder.domain.validation import format_phone
from finder.texts import N_, _, n_
from finder.texts import vocab as vocab_words
from finder.texts.availability import delisted_note, delisted_short

# `finder show`'s heading of each vocabulary's line (a new vocabulary shows its name)
VOCABULARY_HEADINGS = {
    "types": N_("Types"),
    "levels": N_("Levels"),
    "payments": N_("Payments"),
    "populations": N_("Populations"),
    "therapies": N_("Therapies"),
    "schedule": N_("Schedule"),
    "languages": N_("Languages"),
    "supports": N_("Support services"),
}


def register(sub) -> None:
    s = sub.add_parser("search", help=_("programs near a place, nearest first"))
    s.add_argument("--near", required=True, metavar=_("NEAR"), help=_("ZIP, 'City, ST' or lat,lon"))
    add_radius_argument(s)
    add_vocabulary_filters(s)
    s.add_argument("--text", default="", metavar=_("TEXT"), help=_("part of the name, second name or city"))
    s.add_argument("--limit", type=str, default="100", metavar=_("LIMIT"))
    s.add_argument("--hide-do-not-refer", action="store_true")
    s.add_argument(
        "--hide-delisted",
        action="store_true",
        help=_("leave out programs the latest full directory edition no longer lists"),
    )
    s.add_argument(
        "--accepting",
        action="store_true",
        help=_("only programs a call in the last 30 days found taking new clients"),
    )
    s.add_argument(
        "--telehealth-in-state",
        action="store_true",
        help=_(
            "also list, after those within the radius, the programs with telehealth anywhere in the "
            "origin's state that match the filters (telehealth rules vary by state and by insurer)"
        ),
    )
    s.add_argument(
        "--online",
        action="store_true",
        help=_("look street addresses up online (the address leaves this machine)"),
    )
    s.add_argument("--format", choices=("table", "json", "csv"), default="table")
    s.set_defaults(func=cmd_search)

    sh = sub.add_parser("show", help=_("everything about one program"))
    sh.add_argument("id", nargs="?")
    sh.add_argument(
        "--facts",
        action="store_true",
        help=_(
            "instead of one program: the directory's size and how many programs list each language "
            "and each support service"
        ),
    )
    sh.add_argument("--format", choices=("table", "json"), default="table")
    sh.add_argument(
        "--history",
        type=int,
        default=10,
        metavar="N",
        help=_("show the last N changes: who changed what, and when (default 10; 0: none)"),
    )
    sh.set_defaults(func=cmd_show)

    g = sub.add_parser("gui", help=_("open the window (the default)"))
    g.add_argument("--near", metavar=_("NEAR"))
    add_radius_argument(g, default=None)
    g.add_argument("--screenshot", metavar="OUT.png")
    g.add_argument("--size", default="1280x800", metavar="WxH")
    g.set_defaults(func=cmd_gui)


def _number(raw: str, what: str, kind=float):
    from finder.errors import UserError

    try:
        return kind(raw)
    except ValueError:
        raise UserError(N_("%1 '%2' is not a number"), what, raw) from None


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
        from finder.texts.errors import message

        print(f"finder: {message(origin.warning)}", file=sys.stderr)
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
        print_table(_table_headers(), _table_rows(result.results))
        print("\n" + _search_summary(result, criteria, origin))
        if statewide is not None:
            _print_statewide(statewide, criteria)
    return 0


def _table_headers() -> list[str]:
    return [_("ID"), _("Miles"), _("Program"), _("City"), _("Levels"), _("Phone")]


def _table_rows(results) -> list[list[str]]:
    rows = []
    for r in results:
        name = r.name + (f" — {r.name2}" if r.name2 else "")
        if r.delisted is not None:
            name = f"{name} [{delisted_short(r.delisted.edition)}]"
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


def _search_summary(result, criteria, origin) -> str:
    """'17 programs within 25 mi of Newport Beach, CA 92660, showing 10. ≈ = distance from the ZIP centre.'"""
    total = result.total
    line = n_(
        "{count} program within {radius} mi of {place}",
        "{count} programs within {radius} mi of {place}",
        total,
    ).format(count=f"{total:,}", radius=f"{criteria.radius_miles:g}", place=origin.label or origin.query)
    if len(result.results) < total:
        line += _(", showing {count}").format(count=f"{len(result.results):,}")
    if n := result.unlocated_skipped:
        line += n_(
            "; {count} matching program has no location",
            "; {count} matching programs have no location",
            n,
        ).format(count=f"{n:,}")
    return line + ". " + _("{mark} = distance from the ZIP centre.").format(mark=APPROX_MARK)


def _print_statewide(statewide, criteria) -> None:
    """The state's telehealth programs beyond the radius, in their own section."""
    from finder.texts.states import state_name

    if not statewide.state:
        print("\n" + _("Telehealth programs in the state: the origin is in no state the ZIP list knows."))
        return
    print(
        "\n"
        + _("Telehealth programs in {state}: {count}").format(
            state=state_name(statewide.state), count=f"{statewide.total:,}"
        )
    )
    print(
        _("(beyond {radius} mi; they may see clients anywhere in the state by video or phone)").format(
            radius=f"{criteria.radius_miles:g}"
        )
    )
    if statewide.results:
        print_table(_table_headers(), _table_rows(statewide.results))
    if len(statewide.results) < statewide.total:
        print(_("showing the nearest {count}.").format(count=f"{len(statewide.results):,}"))
    print(_("Telehealth rules vary by state and by insurer: ask the program and the client's insurance."))


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
    line = n_("{count} program in the directory", "{count} programs in the directory", facts.total).format(
        count=f"{facts.total:,}"
    )
    print(line + (" " + _("(as of {date})").format(date=facts.as_of) if facts.as_of else ""))
    for name in ("languages", "supports"):
        print(f"\n{vocab_words.compare_label(name)}:")
        rows = [[vocab_words.label(name, slug), f"{n:,}"] for slug, n in counts[name].items()]
        print_table(["", _("Programs")], rows)
    return 0


def cmd_show(args) -> int:
    from finder.errors import UserError
    from finder.services.directory import get_program, parse_id

    if args.facts:
        return cmd_facts(args)
    if args.id is None:
        raise UserError(N_("show needs a program id, or --facts"))
    parse_id(args.id)
    db = open_db(args)
    p = get_program(db, args.id)
    from finder.services.history import program_history

    history = program_history(db, p.id, limit=max(args.history, 0)) if args.history > 0 else []
    from finder.services import calls
    from finder.texts import availability as room_words
    from finder.texts import history as history_words

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
    lines = [_heading(p), p.address]
    if p.delisted is not None:
        lines.append(
            delisted_note(p.delisted)
            + " "
            + _("(delisted since {date}, {file})").format(date=p.delisted.since, file=p.delisted.file)
        )
    if p.county:
        lines.append(f"{_('County')}: {p.county}")
    intake = f"   {_('Intake')}: {format_phone(p.intake_phone)}" if p.intake_phone else ""
    lines.append(f"{_('Phone')}: {format_phone(p.phone) or '—'}{intake}")
    if p.website:
        lines.append(f"{_('Website')}: {p.website}")
    loc = (
        f"{p.latitude:.5f}, {p.longitude:.5f} ({p.location_precision})"
        if p.latitude is not None
        else _("no location (ZIP not found)")
    )
    lines.append(f"{_('Location')}: {loc}")
    lines.append(f"{_('Status')}: {p.status}" + (f" — {p.status_reason}" if p.status_reason else ""))
    by = _(" by {name}").format(name=p.verified_by) if p.verified_by else ""
    lines.append(f"{_('Last verified')}: {p.verified_on or _('never')}{by}")
    lines.extend(_vocabulary_lines(p))
    lines.append(f"{_('Accreditation')}: {', '.join(p.accreditation) or '—'}")
    if room is not None:
        lines.append(f"{_('Availability')}: {room_words.room(room)}")
    lines.extend(f"{_('Confirmed')}: {room_words.confirmation_of(k, c)}" for k, c in confirmed.items())
    if p.notes:
        lines.append(f"{_('Notes')}: {p.notes}")
    for source in p.sources:
        lines.extend(_source_lines(source))
    lines.append(f"{_('Version')}: {p.version}")
    if history:
        lines.append(_("History (newest first, last {count}):").format(count=len(history)))
        lines.extend(f"  {history_words.line(h)}" for h in history)
    print("\n".join(lines))
    return 0


def _heading(p) -> str:
    """'Name — second name   (id 42)'."""
    name = p.name + (f" — {p.name2}" if p.name2 else "")
    return f"{name}   " + _("(id {id})").format(id=p.id)


def _vocabulary_lines(p) -> list[str]:
    """'Levels: Outpatient, Detox' for each vocabulary, its labels in the current language."""
    lines = []
    for vocab in REGISTRY:
        vals = [vocab_words.label(vocab.name, slug) for slug in getattr(p, vocab.name)]
        if vocab.name == "levels" and p.iop_not_recorded:
            vals.append(vocab_words.iop_not_recorded())
        heading = VOCABULARY_HEADINGS.get(vocab.name)
        lines.append(f"{_(heading) if heading else vocab.name.capitalize()}: {', '.join(vals) or '—'}")
    return lines


def _source_lines(s) -> list[str]:
    """Where an entry came from: 'Source: file.csv row 12 [key] (kind), imported …' and its codes."""
    row = " " + _("row {number}").format(number=s.row_number) if s.row_number else ""
    key = f" [{s.key}]" if s.key else ""
    gone = (
        _("; not in a newer full edition since {date}").format(date=s.missing_since)
        if s.missing_since
        else ""
    )
    imported = _("imported {date}").format(date=s.imported_at)
    codes = "; ".join(f"{c['code']} — {c['meaning'] or '?'}" for c in s.codes)
    return [
        f"{_('Source')}: {s.file_name}{row}{key} ({s.directory_type or s.kind}), {imported}{gone}",
        f"  {_('Codes')}: {codes}",
    ]


def cmd_gui(args) -> int:
    from finder.ui.app import run_gui

    return run_gui(args)
