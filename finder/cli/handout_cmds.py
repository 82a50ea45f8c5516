"""`finder handout NAME --pdf OUT.pdf [--lang en|es] [--paper letter|a4] [--with-notes]`."""

from __future__ import annotations

import time

from finder.cli.common import open_db
from finder.errors import UserError
from finder.texts import N_, _, n_


def register(sub) -> None:
    c = sub.add_parser(
        "handout", help=_("a handout for the family: the shortlisted programs in plain words, as a PDF")
    )
    c.add_argument("name", metavar=_("NAME"), help=_("the shortlist"))
    c.add_argument("--pdf", metavar="OUT.pdf", help=_("where to save the handout"))
    c.add_argument(
        "--lang",
        default="en",
        metavar="LANG",
        help=_("the family's language: en (English, the default) or es (Spanish)"),
    )
    c.add_argument("--paper", choices=("letter", "a4"), default="letter", help=_("paper size"))
    c.add_argument(
        "--with-notes",
        action="store_true",
        dest="with_notes",
        help=_(
            "also print what you typed during calls and the shortlist's notes "
            "(left out unless you ask: they may say things the family should not read)"
        ),
    )
    c.set_defaults(func=cmd_handout)


def cmd_handout(args) -> int:
    from finder.reports.i18n import check_language
    from finder.services.handout import build_handout

    lang = check_language(args.lang)
    if not args.pdf:
        raise UserError(N_("say where to save the handout: --pdf OUT.pdf"))
    db = open_db(args)
    handout = build_handout(db, args.name, with_notes=args.with_notes)
    from finder.reports.handout import write_handout_pdf

    started = time.perf_counter()
    pages = write_handout_pdf(handout, args.pdf, lang=lang, paper=args.paper)
    n = len(handout.programs)
    took = f"{time.perf_counter() - started:.2f}"
    pages_text = n_("{count} page", "{count} pages", pages).format(count=pages)
    saved = n_(
        "Saved a handout of {count} program ({language}): {file}",
        "Saved a handout of {count} programs ({language}): {file}",
        n,
    ).format(count=n, language=_("Spanish") if lang == "es" else _("English"), file=args.pdf)
    print(saved + " " + _("({pages}, {seconds} s)").format(pages=pages_text, seconds=took))
    from finder.reports.handout import left_out_lines

    for line in left_out_lines(handout):  # a program left out is never left out silently
        print(line)
    return 0
