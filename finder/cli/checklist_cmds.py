"""`finder checklist`: the vetting questions, the answers a program gave, and the printout."""

from __future__ import annotations

import json
import sys
import time

from finder.cli.common import open_db, print_table
from finder.domain.validation import format_phone
from finder.errors import UserError
from finder.texts import N_, _, n_


def register(sub) -> None:
    c = sub.add_parser("checklist", help=_("the vetting questions; record answers; print a checklist"))
    c.add_argument("id", nargs="?", metavar="ID", help=_("program id"))
    c.add_argument("--questions", action="store_true", help=_("list the questions (no program needed)"))
    c.add_argument("--shortlist", metavar=_("NAME"), help=_("the shortlist the program is on"))
    c.add_argument(
        "--set",
        action="append",
        default=[],
        metavar="QID=ANSWER",
        dest="sets",
        help=_(
            "record an answer: yes, no, unsure or not-asked for a yes/no question; answered "
            "or not-asked for an open one, which its note answers (repeatable)"
        ),
    )
    c.add_argument(
        "--note",
        action="append",
        default=[],
        metavar=_("QID=TEXT"),
        dest="notes",
        help=_("record a note for a question; for an open question the note is the answer (repeatable)"),
    )
    c.add_argument(
        "--spoke-to",
        metavar=_("NAME"),
        dest="spoke_to",
        help=_("who at the program you spoke to (name and role)"),
    )
    c.add_argument(
        "--spoke-at",
        metavar=_("YYYY-MM-DD"),
        dest="spoke_at",
        help=_("when you spoke to them (default: now); a date, or 'YYYY-MM-DD HH:MM'"),
    )
    c.add_argument(
        "--by",
        metavar=_("NAME"),
        help=_(
            "who recorded the answers (default: $FINDER_USER or your name in Preferences; "
            "none when neither is set); ignored on a shared PostgreSQL directory, which "
            "records your database login, as it ignores $FINDER_USER"
        ),
    )
    c.add_argument(
        "--pdf", metavar="OUT.pdf", help=_("save a printable checklist (blank without --shortlist)")
    )
    c.add_argument("--paper", choices=("letter", "a4"), default="letter", help=_("paper size for --pdf"))
    c.add_argument(
        "--lang",
        metavar="LANG",
        help=_("language of the --pdf: en (English, the default) or es (Spanish)"),
    )
    c.add_argument("--format", choices=("table", "json"), default="table")
    c.set_defaults(func=cmd_checklist)


def cmd_checklist(args) -> int:
    if args.questions:
        if args.id or args.shortlist or args.sets or args.notes or args.pdf or args.spoke_to or args.spoke_at:
            raise UserError(
                N_("--questions lists the questions only; leave out the program id and other options")
            )
        return _print_questions(args.format)
    lang = _language(args)
    if not args.id:
        raise UserError(N_("give a program id (finder checklist ID --shortlist NAME), or --questions"))
    from finder.services.checklists import AnswerChange, check_answer, parse_assignments
    from finder.services.directory import parse_id

    parse_id(args.id)
    sets = [(q, check_answer(v, q)) for q, v in parse_assignments(args.sets, "--set")]
    notes = parse_assignments(args.notes, "--note")
    args.spoke_when = _parse_when(args.spoke_at)
    if args.spoke_to is not None and not args.spoke_to.strip():
        raise UserError(N_("--spoke-to needs a name (and role), e.g. --spoke-to 'Dana Reyes, intake'"))
    if (sets or notes or args.spoke_to or args.spoke_at) and not args.shortlist:
        raise UserError(N_("answers belong to a program on a shortlist: add --shortlist NAME"))
    if args.pdf:
        return _write_pdf(args, sets, notes, lang)
    if args.lang is not None:
        raise UserError(N_("--lang is the language of the printout: use it with --pdf OUT.pdf"))
    if not args.shortlist:
        raise UserError(N_("give --shortlist NAME to see answers, or --pdf OUT.pdf for a blank checklist"))
    db = open_db(args)
    cl = _record(db, args, sets, notes, AnswerChange)
    _print_checklist(cl, args.format)
    return 0


def _record(db, args, sets, notes, change_type):
    from finder.services.checklists import contact_change, get_checklist, record_answers

    if not (sets or notes or args.spoke_to or args.spoke_at):
        return get_checklist(db, args.id, args.shortlist)
    changes: dict[str, object] = {}
    for qid, answer in sets:
        changes.setdefault(qid, change_type(qid)).answer = answer
    for qid, note in notes:
        changes.setdefault(qid, change_type(qid)).note = note
    batch = list(changes.values())
    if args.spoke_to or args.spoke_at:
        batch.append(contact_change(args.spoke_to.strip() if args.spoke_to else None, args.spoke_when))
    return record_answers(db, args.id, args.shortlist, batch, answered_by=args.by)


def _parse_when(raw: str | None):
    """--spoke-at: 'YYYY-MM-DD' or 'YYYY-MM-DD HH:MM' (None when not given)."""
    from datetime import datetime

    if raw is None:
        return None
    try:
        return datetime.fromisoformat(raw.strip()).replace(second=0, microsecond=0, tzinfo=None)
    except ValueError:
        raise UserError(
            N_("--spoke-at '%1' is not a date; write it as YYYY-MM-DD (or 'YYYY-MM-DD HH:MM')"), raw
        ) from None


def _language(args) -> str:
    """--lang checked first, so a wrong one costs one line and nothing else (exit 2)."""
    from finder.reports.i18n import check_language

    return check_language(args.lang) if args.lang is not None else "en"


def _write_pdf(args, sets, notes, lang: str = "en") -> int:
    from finder.services.checklists import AnswerChange, blank_checklist

    db = open_db(args)
    if args.shortlist:
        cl = _record(db, args, sets, notes, AnswerChange)
    else:
        cl = blank_checklist(db, args.id)
    started = time.perf_counter()
    from finder.reports.printing import write_checklist_pdf

    pages = write_checklist_pdf(cl, args.pdf, paper=args.paper, lang=lang)
    took = f"{time.perf_counter() - started:.2f}"
    pages_text = n_("{count} page", "{count} pages", pages).format(count=pages)
    if cl.shortlist:
        said = _(
            "Saved a filled ({asked} of {total} asked) checklist for {name}: {file} ({pages}, {seconds} s)"
        )
    else:
        said = _("Saved a blank checklist for {name}: {file} ({pages}, {seconds} s)")
    print(
        said.format(
            asked=cl.asked,
            total=cl.total,
            name=cl.program.name,
            file=args.pdf,
            pages=pages_text,
            seconds=took,
        )
    )
    return 0


def _print_questions(fmt: str) -> int:
    from finder.domain.checklist import QUESTIONS, SECTIONS

    if fmt == "json":
        json.dump([q.as_json() for q in QUESTIONS], sys.stdout, ensure_ascii=False, indent=1)
        sys.stdout.write("\n")
        return 0
    for i, section in enumerate(SECTIONS):
        if i:
            print()
        print(_(section))
        for q in QUESTIONS:
            if q.section == section:
                kind = _("open") if q.is_open else _("yes/no")
                print(f"  {q.id:<24} {_(q.text)}  ({kind})")
                why = _("why: {reason} [{source}]").format(reason=_(q.why), source=_(q.source_title))
                print(f"  {'':<24} {why}")
    return 0


def _print_checklist(cl, fmt: str) -> None:
    from finder.services.checklists import shown_name
    from finder.texts.vocab import label

    if fmt == "json":
        json.dump(cl.as_json(), sys.stdout, ensure_ascii=False, indent=1)
        sys.stdout.write("\n")
        return
    p = cl.program
    name = p.name + (f" — {p.name2}" if p.name2 else "")
    print(f"{name}   " + _("(id {id})").format(id=p.id))
    distance = _("distance {miles}").format(miles=p.distance_label)
    print(f"{p.address}   {format_phone(p.phone)}   {distance}")
    if p.languages:
        print(_("Languages: {names}").format(names=", ".join(label("languages", x) for x in p.languages)))
    if p.supports:
        print(_("Help to attend: {names}").format(names=", ".join(label("supports", x) for x in p.supports)))
    asked = _("{asked} of {total} asked").format(asked=cl.asked, total=cl.total)
    print(_("Shortlist: {name}").format(name=cl.shortlist) + f"   {asked}")
    c = cl.contact
    spoke = (c.name + (f", {c.at:%Y-%m-%d %H:%M}" if c.at else "")) if c.name else "—"
    print(_("Spoke with: {who}").format(who=spoke))
    print(f"⚠ {_(cl.caution)}\n")
    rows = [
        [
            a.id,
            a.answer,
            a.note.replace("\n", " ")[:50],
            f"{a.answered_at:%Y-%m-%d %H:%M} {shown_name(a.answered_by)}".strip() if a.answered_at else "",
        ]
        for a in cl.answers
    ]
    print_table([_("Question"), _("Answer"), _("Note"), _("Recorded")], rows)
