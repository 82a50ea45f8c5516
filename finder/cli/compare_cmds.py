"""`finder compare NAME [--ids ID,...] --pdf OUT.pdf | --csv OUT.csv`."""

from __future__ import annotations

import time

from finder.cli.common import open_db
from finder.errors import UserError
from finder.texts import N_, _, n_


def register(sub) -> None:
    c = sub.add_parser("compare", help=_("shortlisted programs side by side, as a PDF or CSV"))
    c.add_argument("name", metavar=_("NAME"), help=_("the shortlist"))
    c.add_argument(
        "--ids",
        metavar="ID,...",
        help=_("which programs, in this order (at most 6; needed when the shortlist has more)"),
    )
    c.add_argument("--pdf", metavar="OUT.pdf", help=_("save a printable comparison (landscape)"))
    c.add_argument("--csv", metavar="OUT.csv", help=_("save the comparison for a spreadsheet"))
    c.add_argument("--paper", choices=("letter", "a4"), default="letter", help=_("paper size for --pdf"))
    c.add_argument(
        "--lang",
        default="en",
        metavar="LANG",
        help=_("language of the PDF and CSV: en (English, the default) or es (Spanish)"),
    )
    c.set_defaults(func=cmd_compare)


def cmd_compare(args) -> int:
    from finder.reports.i18n import check_language
    from finder.services.compare import build_comparison, parse_ids

    lang = check_language(args.lang)
    if not (args.pdf or args.csv):
        raise UserError(N_("say where to save the comparison: --pdf OUT.pdf or --csv OUT.csv"))
    ids = parse_ids(args.ids) if args.ids is not None else None
    db = open_db(args)
    comparison = build_comparison(db, args.name, ids)
    n = len(comparison.programs)
    what = n_("{count} program from '{name}'", "{count} programs from '{name}'", n).format(
        count=n, name=comparison.shortlist
    )
    if args.csv:
        from finder.reports.compare_report import write_translated_csv

        write_translated_csv(comparison, args.csv, lang=lang)
        print(_("Saved a comparison of {what}: {file}").format(what=what, file=args.csv))
    if args.pdf:
        from finder.reports.compare_report import write_comparison_pdf

        started = time.perf_counter()
        pages = write_comparison_pdf(comparison, args.pdf, paper=args.paper, lang=lang)
        took = f"{time.perf_counter() - started:.2f}"
        pages_text = n_("{count} page", "{count} pages", pages).format(count=pages)
        saved = _("Saved a comparison of {what}: {file}").format(what=what, file=args.pdf)
        print(saved + " " + _("({pages}, {seconds} s)").format(pages=pages_text, seconds=took))
    return 0
