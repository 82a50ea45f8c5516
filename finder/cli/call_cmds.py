"""`finder call`, `finder calls` and `finder follow-ups`: the phone work after the search."""

from __future__ import annotations

import argparse
import json

from finder.cli.common import open_db, print_table
from finder.texts import _
from finder.texts.availability import accepting_word, outcome


def register(sub) -> None:
    from finder.services.calls import OUTCOMES

    c = sub.add_parser(
        "call",
        help=_(
            "log a phone call to a program (outcome, room, facts it confirmed); "
            "'finder call delete CALL_ID' deletes one you made"
        ),
        usage=_("finder call ID --outcome OUTCOME [options]  |  finder call delete CALL_ID"),
    )
    c.add_argument("id", help=_("program id (or 'delete')"))
    c.add_argument(
        "call_id", nargs="?", help=argparse.SUPPRESS
    )  # after 'delete': the ID 'finder calls' shows
    c.add_argument(
        "--shortlist",
        metavar=_("NAME"),
        help=_("the shortlist (case) the call was made for; its note follows that shortlist's privacy"),
    )
    c.add_argument(
        "--outcome", choices=OUTCOMES, metavar="|".join(OUTCOMES), help=_("required to log a call")
    )
    c.add_argument("--spoke-to", default="", metavar="S", help=_("who answered (name and role)"))
    c.add_argument("--note", default="", metavar="S")
    c.add_argument("--accepting", metavar="yes|no|unknown", help=_("is the program taking new clients"))
    c.add_argument("--wait-days", type=_wait_days, metavar="N", help=_("the wait before a first session"))
    c.add_argument("--next-intake", metavar=_("YYYY-MM-DD"))
    c.add_argument(
        "--confirm",
        action="append",
        default=[],
        metavar="FIELD=yes|no",
        help=_(
            "a fact the program confirmed or contradicted: a tag slug (medicaid, iop, "
            "adolescents, …) or phone, address, website; repeat for more"
        ),
    )
    c.add_argument("--follow-up", metavar=_("YYYY-MM-DD"), help=_("when to call again"))
    c.set_defaults(func=cmd_call, call_parser=c)

    ls = sub.add_parser("calls", help=_("the calls logged to a program, newest first"))
    ls.add_argument("id", help=_("program id"))
    ls.add_argument("--format", choices=("table", "json"), default="table")
    ls.set_defaults(func=cmd_calls)

    f = sub.add_parser("follow-ups", help=_("calls to make again: due today or overdue"))
    f.add_argument("--all", action="store_true", help=_("every open follow-up, also the ones not due yet"))
    f.add_argument("--format", choices=("table", "json"), default="table")
    f.set_defaults(func=cmd_follow_ups)


def _wait_days(raw: str) -> int:
    try:
        value = int(raw)
    except ValueError:
        raise argparse.ArgumentTypeError(
            _("'{value}' is not a whole number of days").format(value=raw[:20])
        ) from None
    if value < 0:
        raise argparse.ArgumentTypeError(_("{value}: a wait cannot be negative").format(value=value))
    return value


def cmd_delete_call(args) -> int:
    from finder.services.calls import delete_call

    if not args.call_id:
        args.call_parser.error(
            _("'finder call delete' needs the call's ID (the first column of 'finder calls ID')")
        )
    db = open_db(args)
    try:
        gone = delete_call(db, args.call_id)
    finally:
        db.dispose()
    print(
        _(
            "deleted call {call} to program {program}: {outcome} at {time} "
            "(the history keeps that it was deleted, by you)"
        ).format(
            call=gone.id,
            program=gone.program_id,
            outcome=outcome(gone.outcome),
            time=f"{gone.at:%Y-%m-%d %H:%M}",
        )
    )
    return 0


def cmd_call(args) -> int:
    from finder.services.calls import log_call, parse_accepting, parse_confirmations, parse_date

    if args.id == "delete":
        return cmd_delete_call(args)
    if args.outcome is None or args.call_id is not None:
        args.call_parser.error(
            _("the following arguments are required: %s") % "--outcome"
            if args.outcome is None
            else _("unrecognized arguments: %s") % args.call_id
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
    follow = _(", follow up on {date}").format(date=call.follow_up.isoformat()) if call.follow_up else ""
    print(
        _("logged: {outcome} at {time}").format(outcome=call.outcome, time=f"{call.at:%Y-%m-%d %H:%M}")
        + follow
    )
    return 0


def cmd_calls(args) -> int:
    from finder.services.calls import list_calls, public_field

    db = open_db(args)
    try:
        calls = list_calls(db, args.id)
    finally:
        db.dispose()
    if args.format == "json":
        print(json.dumps([c.as_json() for c in calls], ensure_ascii=False, indent=2))
        return 0
    if not calls:
        print(_("no calls logged yet (log one with 'finder call ID --outcome …')"))
        return 0
    rows = []
    for c in calls:
        room = accepting_word(c.accepting) if c.accepting is not None else ""
        if c.wait_days is not None:
            room += (", " if room else "") + _("wait {days} d").format(days=c.wait_days)
        facts = ", ".join(f"{public_field(k)}={'yes' if v else 'no'}" for k, v in c.confirmed.items())
        rows.append(
            [
                str(c.id),
                f"{c.at:%Y-%m-%d %H:%M}",
                c.by,
                outcome(c.outcome),
                c.spoke_to,
                room,
                facts,
                c.follow_up.isoformat() if c.follow_up else "",
                c.note,
            ]
        )
    heads = [_("Call"), _("When"), _("By"), _("Outcome"), _("Spoke to"), _("Room"), _("Confirmed")]
    print_table([*heads, _("Follow up"), _("Note")], rows)
    return 0


def cmd_follow_ups(args) -> int:
    from finder.services.calls import follow_ups
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
        print(_("no follow-ups due") if not args.all else _("no open follow-ups"))
        return 0
    print_table(
        [_("Due"), _("ID"), _("Program"), _("Shortlist"), _("Last call")],
        [
            [
                f.due.isoformat() + (" " + _("(overdue)") if f.overdue() else ""),
                str(f.program_id),
                f.program_name,
                f.shortlist,
                follow_up_label(f.last_outcome) or outcome(f.last_outcome),
            ]
            for f in due
        ],
    )
    return 0
