"""`finder compare NAME [--ids ID,...] --pdf OUT.pdf | --csv OUT.csv`."""

from __future__ import annotations

import time

from finder.cli.common import open_db
from finder.errors import UserError


def register(sub) -> None:
    c = sub.add_parser("compare", help="shortlisted programs side by side, as a PDF or CSV")
    c.add_argument("name", metavar="NAME", help="the shortlist")
    c.add_argument(
        "--ids",
        metavar="ID,...",
        help="which programs, in this order (at most 6; needed when the shortlist has more)",
    )
    c.add_argument("--pdf", metavar="OUT.pdf", help="save a printable comparison (landscape)")
    c.add_argument("--csv", metavar="OUT.csv", help="save the comparison for a spreadsheet")
    c.add_argument("--paper", choices=("letter", "a4"), default="letter", help="paper size for --pdf")
    c.add_argument(
        "--lang",
        default="en",
        metavar="LANG",
        help="language of the PDF and CSV: en (English, the default) or es (Spanish)",
    )
    c.set_defaults(func=cmd_compare)


def cmd_compare(args) -> int:
    from finder.reports.i18n import check_language
    from finder.services.compare import build_comparison, parse_ids

    lang = check_language(args.lang)
    if not (args.pdf or args.csv):
        raise UserError("say where to save the comparison: --pdf OUT.pdf or --csv OUT.csv")
    ids = parse_ids(args.ids) if args.ids is not None else None
    db = open_db(args)
    comparison = build_comparison(db, args.name, ids)
    n = len(comparison.programs)
    what = f"{n} program{'s' if n != 1 else ''} from '{comparison.shortlist}'"
    if args.csv:
        from finder.reports.compare_report import write_translated_csv

        write_translated_csv(comparison, args.csv, lang=lang)
        print(f"Saved a comparison of {what}: {args.csv}")
    if args.pdf:
        from finder.reports.compare_report import write_comparison_pdf

        started = time.perf_counter()
        pages = write_comparison_pdf(comparison, args.pdf, paper=args.paper, lang=lang)
        print(
            f"Saved a comparison of {what}: {args.pdf} "
            f"({pages} page{'s' if pages != 1 else ''}, {time.perf_counter() - started:.2f} s)"
        )
    return 0
