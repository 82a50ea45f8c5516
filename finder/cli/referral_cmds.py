"""`finder refer | referral | referrals | consent | unmet | report`: a referral through to the intake."""

from __future__ import annotations

import json
import sys

from finder.cli.common import add_radius_argument, open_db, print_table
from finder.errors import UserError
from finder.texts import _, n_


def register(sub) -> None:
    from finder.services.referrals import HOWS, STATUSES

    r = sub.add_parser("refer", help=_("refer a shortlisted program (when, how)"))
    r.add_argument("id", help=_("program id"))
    r.add_argument("--shortlist", required=True, metavar=_("NAME"), help=_("the shortlist (case reference)"))
    r.add_argument("--on", metavar=_("YYYY-MM-DD"), help=_("the day it was sent (default today)"))
    r.add_argument(
        "--how", default="phone", metavar="|".join(HOWS), help=_("how it was sent (default phone)")
    )
    r.add_argument("--note", default="", metavar="S")
    r.set_defaults(func=cmd_refer)

    s = sub.add_parser("referral", help=_("a referral's news: a status on a day (an intake date)"))
    s.add_argument("id", help=_("program id"))
    s.add_argument("--shortlist", required=True, metavar=_("NAME"))
    s.add_argument("--status", required=True, metavar=_("STATUS"), help=", ".join(STATUSES))
    s.add_argument("--on", metavar=_("YYYY-MM-DD"), help=_("the day of the news (default today)"))
    s.add_argument(
        "--intake", metavar=_("YYYY-MM-DD"), help=_("the intake date (needed for intake-scheduled)")
    )
    s.add_argument("--reason", default="", metavar="S", help=_("the program's reason (not-accepted)"))
    s.add_argument("--note", default="", metavar="S")
    s.set_defaults(func=cmd_referral)

    ls = sub.add_parser("referrals", help=_("referrals and where they stand"))
    ls.add_argument("--shortlist", metavar=_("NAME"))
    ls.add_argument("--open", action="store_true", help=_("only those still in motion"))
    ls.add_argument("--format", choices=("table", "json"), default="table")
    ls.set_defaults(func=cmd_referrals)

    c = sub.add_parser(
        "consent",
        help=_(
            "print a consent-to-share form for a program (blank lines for the client), "
            "or record that it was signed or revoked"
        ),
    )
    c.add_argument("name", metavar=_("NAME"), help=_("the shortlist (case reference)"))
    c.add_argument("--program", required=True, metavar="ID", help=_("program id"))
    c.add_argument("--pdf", metavar="OUT.pdf", help=_("save the form to fill in and sign"))
    c.add_argument(
        "--lang",
        default="en",
        metavar="LANG",
        help=_("the client's language: en (English, the default) or es (Spanish)"),
    )
    c.add_argument("--paper", choices=("letter", "a4"), default="letter", help=_("paper size"))
    c.add_argument("--signed", metavar=_("YYYY-MM-DD"), help=_("the day the client signed it"))
    c.add_argument("--expires", metavar=_("YYYY-MM-DD"), help=_("the day it ends"))
    c.add_argument("--revoked", metavar=_("YYYY-MM-DD"), help=_("the day the client revoked it"))
    c.set_defaults(func=cmd_consent)

    u = sub.add_parser("unmet", help=_("record that nothing within reach met the client's needs"))
    u.add_argument("--near", required=True, metavar="Q", help=_("ZIP, 'City, ST' or lat,lon"))
    u.add_argument("--needs", required=True, metavar="SLUG,...", help=_("e.g. medicaid,adolescents,iop"))
    add_radius_argument(u)
    u.add_argument("--note", default="", metavar="S", help=_("why nothing fitted"))
    u.add_argument("--on", metavar=_("YYYY-MM-DD"), help=_("default today"))
    u.set_defaults(func=cmd_unmet)

    p = sub.add_parser("report", help=_("referrals, days to intake and unmet needs for a period"))
    p.add_argument("--from", dest="start", required=True, metavar=_("YYYY-MM-DD"))
    p.add_argument("--to", dest="end", required=True, metavar=_("YYYY-MM-DD"))
    p.add_argument("--format", choices=("table", "json", "csv"), default="table")
    p.add_argument("--pdf", metavar="OUT.pdf", help=_("also save it as a PDF, with its chart"))
    p.add_argument("--lang", default="en", metavar="LANG", help=_("the PDF's language: en or es"))
    p.add_argument("--paper", choices=("letter", "a4"), default="letter", help=_("paper size"))
    p.set_defaults(func=cmd_report)


def cmd_refer(args) -> int:
    from finder.services.referrals import check_how, parse_day, refer
    from finder.texts.referrals import referred_line

    parse_day(args.on, "--on")
    check_how(args.how)
    db = open_db(args)
    try:
        done = refer(db, args.id, shortlist=args.shortlist, on=args.on, how=args.how, note=args.note)
    finally:
        db.dispose()
    for line, warning in referred_line(done.referral, done.consent_on_file):
        print(line, file=sys.stderr if warning else sys.stdout)
    return 0


def cmd_referral(args) -> int:
    from finder.services.referrals import check_status, parse_day, set_status
    from finder.texts.referrals import status_line

    check_status(args.status)
    parse_day(args.on, "--on")
    parse_day(args.intake, "--intake")
    db = open_db(args)
    try:
        record = set_status(
            db,
            args.id,
            shortlist=args.shortlist,
            status=args.status,
            on=args.on,
            intake=args.intake,
            reason=args.reason,
            note=args.note,
        )
    finally:
        db.dispose()
    print(status_line(record))
    return 0


def cmd_referrals(args) -> int:
    from finder.services.referrals import list_referrals
    from finder.texts.referrals import consent_text, how_label, status_label

    db = open_db(args)
    try:
        rows = list_referrals(db, shortlist=args.shortlist, open_only=args.open)
    finally:
        db.dispose()
    if args.format == "json":
        print(json.dumps([r.as_json() for r in rows], ensure_ascii=False, indent=2))
        return 0
    if not rows:
        print(_("no referrals yet (refer a shortlisted program with 'finder refer ID --shortlist NAME')"))
        return 0
    print_table(
        [
            _("ID"),
            _("Program"),
            _("Shortlist"),
            _("Referred"),
            _("How"),
            _("Status"),
            _("Since"),
            _("Intake"),
            _("Days"),
            _("Consent"),
        ],
        [
            [
                str(r.program_id),
                r.program_name,
                r.shortlist,
                r.referred_on.isoformat(),
                how_label(r.how),
                status_label(r.status) + (f" ({r.reason})" if r.reason else ""),
                r.status_on.isoformat(),
                r.intake_on.isoformat() if r.intake_on else "",
                "" if r.days_to_intake is None else str(r.days_to_intake),
                consent_text(r.consent),
            ]
            for r in rows
        ],
    )
    return 0


def cmd_consent(args) -> int:
    from finder.services.referrals import parse_day, record_consent
    from finder.texts.referrals import consent_line

    for raw, what in ((args.signed, "--signed"), (args.expires, "--expires"), (args.revoked, "--revoked")):
        parse_day(raw, what)
    recording = any(v is not None for v in (args.signed, args.expires, args.revoked))
    if not args.pdf and not recording:
        raise UserError("consent-what")
    if args.pdf:
        from finder.reports.i18n import check_language

        lang = check_language(args.lang)
    db = open_db(args)
    try:
        if recording:
            state = record_consent(
                db,
                args.program,
                shortlist=args.name,
                signed=args.signed,
                expires=args.expires,
                revoked=args.revoked,
            )
            print(consent_line(state))
        if args.pdf:
            from finder.reports.consent_form import write_consent_pdf
            from finder.services.consent_form import consent_form

            form = consent_form(db, args.name, args.program)
            pages = write_consent_pdf(form, args.pdf, lang=lang, paper=args.paper)
            pages_text = n_("{count} page", "{count} pages", pages).format(count=pages)
            print(
                _("Saved a consent form for {program}: {file} ({pages})").format(
                    program=form.program_name, file=args.pdf, pages=pages_text
                )
            )
    finally:
        db.dispose()
    return 0


def cmd_unmet(args) -> int:
    from finder.services.unmet import record_unmet
    from finder.texts.referrals import unmet_line

    db = open_db(args)
    try:
        record = record_unmet(
            db, near=args.near, needs=args.needs, radius=args.radius, note=args.note, on=args.on
        )
    finally:
        db.dispose()
    print(unmet_line(record))
    return 0


def cmd_report(args) -> int:
    from finder.services.referral_report import build_report, check_period

    check_period(args.start, args.end)
    if args.pdf:
        from finder.reports.i18n import check_language

        lang = check_language(args.lang)
    db = open_db(args)
    try:
        report = build_report(db, args.start, args.end)
    finally:
        db.dispose()
    if args.format == "json":
        print(json.dumps(report.as_json(), ensure_ascii=False, indent=2))
    elif args.format == "csv":
        from finder.services.referral_report import report_csv

        sys.stdout.write(report_csv(report))
    else:
        from finder.texts.referrals import report_text

        print(report_text(report), end="")
    if args.pdf:
        from finder.reports.referral_report import write_report_pdf

        pages = write_report_pdf(report, args.pdf, lang=lang, paper=args.paper)
        pages_text = n_("{count} page", "{count} pages", pages).format(count=pages)
        print(
            _("Saved the report: {file} ({pages})").format(file=args.pdf, pages=pages_text), file=sys.stderr
        )
    return 0
