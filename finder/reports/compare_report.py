"""The printed comparison: one landscape table, programs across, attributes down.

The grid's words come from finder/texts/compare.py (the same as on screen and in the CSV).
Built as HTML and painted by finder.reports.printing, so the print preview, the printer
and the PDF file are the same document. The table's heading row (program names)
is a <thead>, which Qt repeats at the top of every page, and each row carries its
own label in the first column, so every page reads on its own. Rows where the
programs differ carry a "≠" before the label as well as grey shading, so the
difference survives a black-and-white printer and a screen reader.
"""

from __future__ import annotations

import html
from datetime import date
from itertools import pairwise
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QRectF, QSizeF
from PySide6.QtGui import QPagedPaintDevice, QPageLayout, QTextDocument, QTextTable

from finder.domain.checklist import CAUTION
from finder.reports.handout_parts import glossary_html
from finder.reports.i18n import app_language, arg, check_language, checklist_text, report_language
from finder.reports.printing import (
    FOOTER_PT,
    _print_font,
    citation,
    default_paper,
    ensure_app,
    paint_html,
    setup_page,
    write_pdf,
)
from finder.services.compare import PROGRAM_SECTION, Comparison
from finder.texts import use_language
from finder.texts.compare import Worded, program_delisted, worded
from finder.texts.dates import long_date

DIFF_MARK = "≠"
DIFF_SHADE = "#dcdcdc"
translate = QCoreApplication.translate
PROGRAMS_N = "%n program(s)"  # a plural: see _plurals_for_lupdate


def _e(text) -> str:
    return html.escape(str(text or ""), quote=True)


def _heading_cell(p, width: float) -> str:
    lines = [f"<b>{_e(p.name)}</b>"]
    if p.name2:
        lines.append(_e(p.name2))
    lines.append(
        '<span class="small">'
        + _e(arg(translate("Comparison", "%1, %2 · id %3"), p.city, p.state, p.id))
        + "</span>"
    )
    if p.do_not_refer:
        lines.append("<b>⚠ " + _e(translate("Comparison", "DO NOT REFER")) + "</b>")
    gone = program_delisted(p)
    if gone:
        lines.append(f"<b>⚠ {_e(gone)}</b>")
    return f'<th width="{width:.1f}%" align="left" valign="top">{"<br>".join(lines)}</th>'


def _section_title(section: str) -> str:
    if section == PROGRAM_SECTION:
        return translate("Comparison", "About the programs")
    return arg(translate("Comparison", "Checklist answers: %1"), section)


def _body_rows(c: Worded) -> list[str]:
    """One <tr> per line of the table: section headings and attribute rows, in order."""
    n = len(c.programs)
    rows, section = [], None
    for row in c.rows:
        if row.section != section:
            section = row.section
            rows.append(f'<tr><td colspan="{n + 1}" class="section">{_e(_section_title(section))}</td></tr>')
        differs = row.differs
        shade = f' bgcolor="{DIFF_SHADE}"' if differs else ""
        mark = f"<b>{DIFF_MARK}</b>&nbsp;" if differs else ""
        label = f"<b>{_e(row.label)}</b>" if differs else _e(row.label)
        cells = "".join(f'<td valign="top"{shade}>{_e(v)}</td>' for v in row.cells)
        rows.append(f'<tr><td valign="top" class="label"{shade}>{mark}{label}</td>{cells}</tr>')
    return rows


def comparison_html(
    c: Worded | Comparison, *, printed: date | None = None, breaks=(), measure: bool = False
) -> str:
    """The comparison (worded, or the service's, worded here in the current language) as HTML for QTextDocument.

    `breaks`: indexes of table lines (see `_body_rows`) that start a new page; the
    table is cut there and its heading row repeated. `measure`: for `paginate`,
    the heading row alone, then every line in a table of its own under it.
    """
    printed = printed or date.today()
    if not isinstance(c, Worded):
        c = worded(c)
    n = len(c.programs)
    label_w = 30 if n <= 3 else 20
    col_w = (100 - label_w) / max(n, 1)
    size = 9 if n <= 3 else 8
    differs_key = _e(arg(translate("Comparison", "%1 = differs"), DIFF_MARK))
    head = (
        f'<thead><tr><th width="{label_w}%" align="left" valign="bottom" class="small">'
        f"{differs_key}</th>" + "".join(_heading_cell(p, col_w) for p in c.programs) + "</tr></thead>"
    )
    lines = _body_rows(c)
    table = '<table width="100%" border="1" cellspacing="0" cellpadding="3"{}>{}{}</table>'
    if measure:
        tables = [table.format("", head, "")] + [table.format("", head, line) for line in lines]
    else:
        cuts = [0, *sorted(b for b in set(breaks) if 0 < b < len(lines)), len(lines)]
        tables = [
            table.format(' style="page-break-before: always;"' if i else "", head, "".join(lines[a:b]))
            for i, (a, b) in enumerate(pairwise(cuts))
        ]
    if c.origin_label:
        where = _e(
            arg(
                translate(
                    "Comparison",
                    "Distances from %1, in miles; ≈ means measured from the centre "
                    "of the program's ZIP code.",
                ),
                c.origin_label,
            )
        )
    else:
        where = _e(
            translate("Comparison", "This shortlist has no starting place, so no distances are shown (—).")
        )
    differing = len(c.differing) if n > 1 else 0
    summary = _e(
        " · ".join(
            [
                translate("Comparison", PROGRAMS_N, None, n),
                arg(
                    translate("Comparison", "%1 of %2 rows differ (marked %3 and shaded)"),
                    differing,
                    len(c.rows),
                    DIFF_MARK,
                ),
                arg(translate("Comparison", "printed %1"), long_date(printed)),
            ]
        )
    )
    title = _e(arg(translate("Comparison", "Comparing programs · %1"), c.shortlist))
    said = _e(translate("Comparison", "Checklist answers: what each program said on the phone."))
    return f"""<html><head><meta charset="utf-8"><style>
body {{ font-size: {size}pt; color: #000; }}
h1 {{ font-size: 14pt; font-weight: bold; margin-top: 0; margin-bottom: 2pt; }}
p {{ margin-top: 0; margin-bottom: 3pt; }}
table {{ border-color: #888; border-collapse: collapse; }}
.small {{ font-size: {size - 1}pt; font-weight: normal; }}
.caution {{ font-weight: bold; margin-top: 4pt; margin-bottom: 6pt; }}
.section {{ font-weight: bold; font-size: {size + 1}pt; padding-top: 6pt; border-bottom: 2px solid #000; }}
.cite {{ font-size: 7pt; }}
</style></head><body>
<h1>{title}</h1>
<p>{where}</p>
<p>{summary}</p>
<p class="cite">{_e(citation())} {said}</p>
<p class="caution">⚠ {_e(checklist_text(CAUTION))}</p>
{"".join(tables)}
{"" if measure else map_page_html(c)}
{"" if measure else glossary_html(2)}
</body></html>"""


MAP_PX = (1500, 860)  # the map's picture on a landscape page (printed at about 10 x 5.7 in)


def map_page_html(c: Worded | Comparison) -> str:
    """A last page with the programs on the map, numbered as in the list under it ("" without an origin)."""
    located = [(i, p) for i, p in enumerate(c.programs, start=1) if p.latitude is not None]
    if c.origin_lat is None or not located:
        return ""
    from finder.reports.map_scene import MapMark
    from finder.reports.paper_map import numbered_map_img

    marks = [MapMark(p.id, p.name, p.latitude, p.longitude, p.exact, i) for i, p in located]
    img = numbered_map_img(
        c.origin_lat,
        c.origin_lon,
        c.origin_label,
        marks,
        pixels=MAP_PX,
        shown=(MAP_PX[0] / 2.2, MAP_PX[1] / 2.2),
    )  # room for the word list under it
    zip_centre = " " + _e(translate("Comparison", "(ZIP centre)"))
    key = "".join(
        f"<b>{i}</b> {_e(p.title)}" + ("" if p.exact else zip_centre) + " &nbsp; " for i, p in located
    )
    heading = _e(arg(translate("Comparison", "Where they are · %1"), c.shortlist))
    around = _e(arg(translate("Comparison", "Around %1; numbers as in this list:"), c.origin_label))
    return (
        f'<div style="page-break-before: always;"><h1>{heading}</h1><p>{around} {key}</p><p>{img}</p></div>'
    )


def _laid_out(source_html: str, device: QPagedPaintDevice, page_h: float) -> list[QRectF]:
    """Lay the HTML out as paint_html does and return where its tables are."""
    doc = QTextDocument()
    doc.documentLayout().setPaintDevice(device)
    doc.setDefaultFont(_print_font(10))
    doc.setDocumentMargin(0)
    doc.setHtml(source_html)
    doc.setPageSize(QSizeF(device.pageLayout().paintRectPixels(device.resolution()).width(), page_h))
    layout = doc.documentLayout()
    return [layout.frameBoundingRect(f) for f in doc.rootFrame().childFrames() if isinstance(f, QTextTable)]


def paginate(c: Worded, device: QPagedPaintDevice, printed: date | None = None) -> list[int]:
    """The table lines that start a new page, so that no row is cut in two.

    QTextDocument breaks a table row between its text lines, which leaves half an
    answer on each page; instead we measure the rows and cut the table between
    them (before a section heading rather than just after it), repeating the
    heading row on each page. Qt gives the geometry of whole tables only, so each
    line is measured as a table of its own under the heading row.
    """
    ensure_app()
    res = device.resolution()
    page_h = device.pageLayout().paintRectPixels(res).height() - FOOTER_PT * res / 72
    measured = _laid_out(comparison_html(c, printed=printed, measure=True), device, 1e9)
    table_top, head_h = measured[0].top(), measured[0].height()
    heights = [f.height() - head_h for f in measured[1:]]
    lines = _body_rows(c)
    # where a table that starts a page really starts (Qt leaves a gap above it)
    probe = _laid_out(comparison_html(c, printed=printed, breaks=[1]), device, page_h)
    page_top = probe[1].top() % page_h if len(probe) > 1 else 0.0
    sections = {i for i, html_row in enumerate(lines) if 'class="section"' in html_row}
    slack = 8 * res / 72  # borders, and rounding between layouts
    breaks: list[int] = []
    page = int(table_top // page_h)
    chunk_start, y = 0, table_top + head_h
    for i, h in enumerate(heights):
        if y + h + slack > (page + 1) * page_h and i > chunk_start:
            cut = i - 1 if (i - 1) in sections and i - 1 > chunk_start else i
            breaks.append(cut)
            page += 1
            chunk_start = cut
            y = page * page_h + page_top + head_h + sum(heights[cut:i])
        y += h
    return breaks


def comparison_footer(c: Worded | Comparison) -> str:
    name = c.shortlist if len(c.shortlist) <= 60 else c.shortlist[:59] + "…"
    return arg(translate("Comparison", "Program comparison · %1 · %2 = the programs differ"), name, DIFF_MARK)


def set_landscape(device: QPagedPaintDevice, paper: str = "letter") -> None:
    """Paper size and margins as for every report, turned sideways."""
    setup_page(device, paper)
    device.setPageOrientation(QPageLayout.Orientation.Landscape)


def _paint(c: Comparison, device: QPagedPaintDevice) -> int:
    printed = date.today()
    c = worded(c)  # in the report's language (report_language around this)
    breaks = paginate(c, device, printed)
    return paint_html(
        comparison_html(c, printed=printed, breaks=breaks),
        device,
        comparison_footer(c),
        page_label=lambda n, of: arg(translate("Comparison", "Page %1 of %2"), n, of),
    )


def print_comparison(c: Comparison, device: QPagedPaintDevice, *, lang: str | None = None) -> int:
    """Paint on a printer (QPrintPreviewDialog.paintRequested) or a PDF writer; returns the page count.

    `lang` ('en', 'es'): the printout's language, whatever the window's; None: the window's.
    """
    with report_language(lang or app_language()):
        return _paint(c, device)


def write_comparison_pdf(
    c: Comparison, out: str | Path, *, paper: str | None = None, lang: str | None = None
) -> int:
    """Save the comparison as a landscape PDF in `lang` (None: the window's language); returns the page count.

    `paper`: 'letter' or 'a4'; None: the user's, as for a checklist (printing.default_paper).
    """
    paper = paper or default_paper()
    with report_language(lang or app_language()):
        title = arg(translate("Comparison", "Program comparison: %1"), c.shortlist)
        return write_pdf(
            out,
            title=title,
            example="comparison.pdf",
            page_setup=lambda w: set_landscape(w, paper),
            paint=lambda w: _paint(c, w),
        )


def write_translated_csv(c: Comparison, out: str | Path, *, lang: str = "en") -> int:
    """Save the comparison as CSV with its labels and words in `lang`; returns the number of rows.

    No Qt: the words come from the text layer, in `lang` for this thread only.
    """
    from finder.services.compare import write_comparison_csv

    with use_language(check_language(lang)):
        rows = worded(c).table()
    return write_comparison_csv(rows, out)
