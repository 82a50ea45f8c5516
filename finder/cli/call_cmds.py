"""`finder call`, `finder calls` and `finder follow-ups`: the phone work after the search."""

from __future__ import annotations

import argparse
import json

from finder.cli.common import open_db, print_table


def register(sub) -> None:
    from finder.services.calls import OUTCOMES

    c = sub.add_parser(
        "call",
        help="log a phone call to a program (outcome, room, facts it confirmed); "
        "'finder call delete CALL_ID' deletes one you made",
        usage="finder call ID --outcome OUTCOME [options]  |  finder call delete CALL_ID",
    )
    c.add_argument("id", help="program id (or 'delete')")
    c.add_argument(
        "call_id", nargs="?", help=argparse.SUPPRESS
    )  # after 'delete': the ID 'finder calls' shows
    c.add_argument(
        "--shortlist",
        metavar="NAME",
        help="the shortlist (case) the call was made for; its note follows that shortlist's privacy",
    )
    c.add_argument("--outcome", choices=OUTCOMES, metavar="|".join(OUTCOMES), help="required to log a call")
    c.add_argument("--spoke-to", default="", metavar="S", help="who answered (name and role)")
    c.add_argument("--note", default="", metavar="S")
    c.add_argument("--accepting", metavar="yes|no|unknown", help="is the program taking new clients")
    c.add_argument("--wait-days", type=_wait_days, metavar="N", help="the wait before a first session")
    c.add_argument("--next-intake", metavar="YYYY-MM-DD")
    c.add_argument(
        "--confirm",
        action="append",
        default=[],
        metavar="FIELD=yes|no",
        help="a fact the program confirmed or contradicted: a tag slug (medicaid, iop, "
        "adolescents, …) or phone, address, website; repeat for more",
    )
    c.add_argument("--follow-up", metavar="YYYY-MM-DD", help="when to call again")
    c.set_defaults(func=cmd_call, call_parser=c)

    ls = sub.add_parser("calls", help="the calls logged to a program, newest first")
    ls.add_argument("id", help="program id")
    ls.add_argument("--format", choices=("table", "json"), default="table")
    ls.set_defaults(func=cmd_calls)

    f = sub.add_parser("follow-ups", help="calls to make again: due today or overdue")
    f.add_argument("--all", action="store_true", help="every open follow-up, also the ones not due yet")
    f.add_argument("--format", choices=("table", "json"), default="table")
    f.set_defaults(func=cmd_follow_ups)


def _wait_days(raw: str) -> int:
    try:
        value = int(raw)
    except ValueError:
        raise argparse.ArgumentTypeError(f"'{raw[:20]}' is not a whole number of days") from None
    if value < 0:
        raise argparse.ArgumentTypeError(f"{value}: a wait cannot be negative")
    return value


def cmd_delete_call(args) -> int:
    from finder.services.calls import OUTCOME_LABELS, delete_call

    if not args.call_id:
        args.call_parser.error(
            "'finder call delete' needs the call's ID (the first column of 'finder calls ID')"
        )
    db = open_db(args)
    try:
        gone = delete_call(db, args.call_id)
    finally:
        db.dispose()
    print(
        f"deleted call {gone.id} to program {gone.program_id}: {OUTCOME_LABELS[gone.outcome]} "
        f"at {gone.at:%Y-%m-%d %H:%M} (the history keeps that it was deleted, by you)"
    )
    return 0


def cmd_call(args) -> int:
    from finder.services.calls import log_call, parse_accepting, parse_confirmations, parse_date

    if args.id == "delete":
        return cmd_delete_call(args)
    if args.outcome is None or args.call_id is not None:
        args.call_parser.error(
            "the following arguments are required: --outcome"
            if args.outcome is None
            else f"unrecognized arguments: {args.call_id}"
        )

    # everything typed is checked before the database is opened
    facts = parse_confirmations(args.confirm)
    accepting = parse_accepting(args.accepting)
    next_intake = parse_date(args.next_intake, "--next-intake")
    follow_up = parse_date(args.follow_up, "--follow-up")
    db = open_db(args)
    try:
        call = log_call(
            db,
            args.id,
            outcome=args.outcome,
            shortlist=args.shortlist,
            spoke_to=args.spoke_to,
            note=args.note,
            accepting=accepting,
            wait_days=args.wait_days,
            next_intake=next_intake,
            confirm=facts,
            follow_up=follow_up,
        )
    finally:
        db.dispose()
    print(
        f"logged: {call.outcome} at {call.at:%Y-%m-%d %H:%M}"
        + (f", follow up on {call.follow_up.isoformat()}" if call.follow_up else "")
    )
    return 0


def cmd_calls(args) -> int:
    from finder.services.calls import OUTCOME_LABELS, list_calls, public_field

    db = open_db(args)
    try:
        calls = list_calls(db, args.id)
    finally:
        db.dispose()
    if args.format == "json":
        print(json.dumps([c.as_json() for c in calls], ensure_ascii=False, indent=2))
        return 0
    if not calls:
        print("no calls logged yet (log one with 'finder call ID --outcome …')")
        return 0
    rows = []
    for c in calls:
        room = {True: "accepting", False: "not accepting", None: ""}[c.accepting]
        if c.wait_days is not None:
            room += f"{', ' if room else ''}wait {c.wait_days} d"
        facts = ", ".join(f"{public_field(k)}={'yes' if v else 'no'}" for k, v in c.confirmed.items())
        rows.append(
            [
                str(c.id),
                f"{c.at:%Y-%m-%d %H:%M}",
                c.by,
                OUTCOME_LABELS[c.outcome],
                c.spoke_to,
                room,
                facts,
                c.follow_up.isoformat() if c.follow_up else "",
                c.note,
            ]
        )
    print_table(["Call", "When", "By", "Outcome", "Spoke to", "Room", "Confirmed", "Follow up", "Note"], rows)
    return 0


def cmd_follow_ups(args) -> int:
    from finder.services.calls import OUTCOME_LABELS, follow_ups
    from finder.texts.referrals import follow_up_label

    db = open_db(args)
    try:
        due = follow_ups(db, everything=args.all)
    finally:
        db.dispose()
    if args.format == "json":
        print(json.dumps([f.as_json() for f in due], ensure_ascii=False, indent=2))
        return 0
    if not due:
        print("no follow-ups due" if not args.all else "no open follow-ups")
        return 0
    print_table(
        ["Due", "ID", "Program", "Shortlist", "Last call"],
        [
            [
                f.due.isoformat() + (" (overdue)" if f.overdue() else ""),
                str(f.program_id),
                f.program_name,
                f.shortlist,
                follow_up_label(f.last_outcome) or OUTCOME_LABELS[f.last_outcome],
            ]
            for f in due
        ],
    )
    return 0
