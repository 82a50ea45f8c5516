"""`finder checklist`: the vetting questions, the answers a program gave, and the printout."""

from __future__ import annotations

import json
import sys
import time

from finder.cli.common import open_db, print_table
from finder.errors import UserError


def register(sub) -> None:
    c = sub.add_parser("checklist", help="the vetting questions; record answers; print a checklist")
    c.add_argument("id", nargs="?", metavar="ID", help="program id")
    c.add_argument("--questions", action="store_true", help="list the questions (no program needed)")
    c.add_argument("--shortlist", metavar="NAME", help="the shortlist the program is on")
    c.add_argument("--set", action="append", default=[], metavar="QID=ANSWER", dest="sets",
                   help="record an answer: yes, no, unsure or not-asked (repeatable)")
    c.add_argument("--note", action="append", default=[], metavar="QID=TEXT", dest="notes",
                   help="record a note for a question (repeatable)")
    c.add_argument("--by", metavar="NAME", help="who recorded the answers (default: your login name)")
    c.add_argument("--pdf", metavar="OUT.pdf", help="save a printable checklist (blank without --shortlist)")
    c.add_argument("--paper", choices=("letter", "a4"), default="letter", help="paper size for --pdf")
    c.add_argument("--format", choices=("table", "json"), default="table")
    c.set_defaults(func=cmd_checklist)


def cmd_checklist(args) -> int:
    if args.questions:
        if args.id or args.shortlist or args.sets or args.notes or args.pdf:
            raise UserError("--questions lists the questions only; leave out the program id and other options")
        return _print_questions(args.format)
    if not args.id:
        raise UserError("give a program id (finder checklist ID --shortlist NAME), or --questions")
    from finder.services.checklists import AnswerChange, check_answer, parse_assignments
    from finder.services.directory import parse_id

    parse_id(args.id)
    sets = [(q, check_answer(v)) for q, v in parse_assignments(args.sets, "--set")]
    notes = parse_assignments(args.notes, "--note")
    if (sets or notes) and not args.shortlist:
        raise UserError("answers belong to a program on a shortlist: add --shortlist NAME")
    if args.pdf:
        return _write_pdf(args, sets, notes)
    if not args.shortlist:
        raise UserError("give --shortlist NAME to see answers, or --pdf OUT.pdf for a blank checklist")
    db = open_db(args)
    cl = _record(db, args, sets, notes, AnswerChange)
    _print_checklist(cl, args.format)
    return 0


def _record(db, args, sets, notes, change_type):
    from finder.services.checklists import get_checklist, record_answers

    if not (sets or notes):
        return get_checklist(db, args.id, args.shortlist)
    changes: dict[str, object] = {}
    for qid, answer in sets:
        changes.setdefault(qid, change_type(qid)).answer = answer
    for qid, note in notes:
        changes.setdefault(qid, change_type(qid)).note = note
    return record_answers(db, args.id, args.shortlist, list(changes.values()), answered_by=args.by)


def _write_pdf(args, sets, notes) -> int:
    from finder.services.checklists import AnswerChange, blank_checklist

    db = open_db(args)
    if args.shortlist:
        cl = _record(db, args, sets, notes, AnswerChange)
    else:
        cl = blank_checklist(db, args.id)
    started = time.perf_counter()
    from finder.printing import write_checklist_pdf

    pages = write_checklist_pdf(cl, args.pdf, paper=args.paper)
    kind = f"filled ({cl.asked} of {cl.total} asked)" if cl.shortlist else "blank"
    print(f"Saved a {kind} checklist for {cl.program.name}: {args.pdf} "
          f"({pages} page{'s' if pages != 1 else ''}, {time.perf_counter() - started:.2f} s)")
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
        print(section)
        for q in QUESTIONS:
            if q.section == section:
                print(f"  {q.id:<24} {q.text}")
                print(f"  {'':<24} why: {q.why} [{q.source}]")
    return 0


def _print_checklist(cl, fmt: str) -> None:
    if fmt == "json":
        json.dump(cl.as_json(), sys.stdout, ensure_ascii=False, indent=1)
        sys.stdout.write("\n")
        return
    p = cl.program
    print(f"{p.name}" + (f" — {p.name2}" if p.name2 else "") + f"   (id {p.id})")
    print(f"{p.address}   {p.phone}   distance {p.distance_label}")
    print(f"Shortlist: {cl.shortlist}   {cl.asked} of {cl.total} asked")
    print(f"⚠ {cl.caution}\n")
    rows = [[a.id, a.answer, a.note.replace("\n", " ")[:50],
             f"{a.answered_at:%Y-%m-%d %H:%M} {a.answered_by}".strip() if a.answered_at else ""]
            for a in cl.answers]
    print_table(["Question", "Answer", "Note", "Recorded"], rows)
