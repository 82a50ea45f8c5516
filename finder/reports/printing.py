"""Printed reports: HTML template -> QTextDocument -> PDF (QPdfWriter) or a printer (QPrinter).

The only Qt module outside finder/ui. The same painting code serves the PDF file,
the print preview and the printer, so what is previewed is what is printed.
Needs a QGuiApplication; `ensure_app()` makes an offscreen one when there is
none, so the command line works on a machine without a display.
"""

from __future__ import annotations

import html
import string
from datetime import date
from pathlib import Path

from PySide6.QtCore import (
    QBuffer,
    QCoreApplication,
    QDate,
    QIODevice,
    QLocale,
    QMarginsF,
    QRectF,
    QSizeF,
    Qt,
    QTime,
)
from PySide6.QtGui import (
    QFont,
    QPagedPaintDevice,
    QPageLayout,
    QPageSize,
    QPainter,
    QPdfWriter,
    QTextCursor,
    QTextDocument,
)

from finder.domain.checklist import ANSWER_LABELS, CAUTION_SOURCE, NOT_ASKED, source_title
from finder.errors import UserError
from finder.paths import resource_path
from finder.reports import pagination
from finder.reports.i18n import (  # ensure_app: re-exported for the reports
    arg,
    checklist_text,
    ensure_app,
    vocabulary_label,
)
from finder.reports.pagination import break_before, kept_units, page_of, span
from finder.services.checklists import Checklist, shown_name
from finder.services.files import checked_target, save_private_bytes
from finder.services.seeding import SEED_EDITION
from finder.texts import N_
from finder.texts.availability import delisted_note, room
from finder.texts.programs import phones_line

FONT_FAMILY = "DejaVu Sans"
PAPER_SIZES = {"letter": QPageSize.PageSizeId.Letter, "a4": QPageSize.PageSizeId.A4}
MARGIN_MM = 16
FOOTER_PT = 16  # room kept at the bottom of each page for the footer
RESOLUTION = 300

translate = QCoreApplication.translate


def citation() -> str:
    """Where program details come from, in the current report language."""
    return arg(
        translate(
            "Printouts",
            "Program details: Substance Abuse and Mental Health Services Administration "
            "(SAMHSA), National Directories of Drug and Alcohol Use and Mental Health "
            "Treatment Facilities, %1 (public domain), unless edited by a user. Check "
            "them on the phone.",
        ),
        SEED_EDITION,
    )


def print_date(day, locale: QLocale | None = None, *, with_time: bool = False) -> str:
    """A date (or date and time) as the report's language writes it."""
    locale = locale or QLocale()
    # Translators: a Qt date format (QDate::toString), e.g. "d 'de' MMMM 'de' yyyy"
    text = locale.toString(
        QDate(day.year, day.month, day.day), translate("Printouts", "MMMM d, yyyy", "date format")
    )
    if with_time and (day.hour, day.minute) != (0, 0):
        text += " " + locale.toString(QTime(day.hour, day.minute), QLocale.FormatType.ShortFormat)
    return text


def _e(text) -> str:
    return html.escape(str(text or ""), quote=True)


def _template(name: str) -> string.Template:
    return string.Template(resource_path("templates", name).read_text(encoding="utf-8"))


def _boxes(answer: str) -> str:
    marks = []
    for value in ("yes", "no", "unsure"):
        box = "☒" if answer == value else "☐"
        marks.append(f"{box}&nbsp;{_e(checklist_text(ANSWER_LABELS[value]))}")
    return "&nbsp;&nbsp;&nbsp;".join(marks)


def _question_html(number: int, row, filled: bool, padding: int = 2) -> str:
    """One question: yes/no boxes and a note line, or (an open question) its answer or lines to write on."""
    answer = row.answer if filled else NOT_ASKED
    why = (
        '<br><span class="why">'
        + _e(
            arg(
                translate("Printouts", "Why ask: %1 (source: %2)"),
                checklist_text(row.why),
                checklist_text(source_title(row.source)),
            )
        )
        + "</span>"
    )
    status = ""
    who_name = shown_name(row.answered_by)
    if filled and (who_name or row.answered_at):
        when = print_date(row.answered_at, with_time=True) if row.answered_at else ""
        who = " " + _e(arg(translate("Printouts", "by %1"), who_name)) if who_name else ""
        status = f'<span class="small">{_e(when)}{who}</span>'
    note = _e(row.note).replace("\n", "<br>") if filled and row.note.strip() else ""
    blank_line = '<tr><td colspan="2" class="line">&nbsp;</td></tr>'
    if row.is_open:
        # answered by what they said: the note, or room to write it
        answer_word = _e(translate("Printouts", "Answer:"))
        lines = (
            [f'<tr><td colspan="2" class="line">{answer_word} {note}</td></tr>'] if note else [blank_line] * 3
        )
        right = status
    else:
        note_word = _e(translate("Printouts", "Note:"))
        lines = [
            f'<tr><td colspan="2" class="line">{note_word} {note}</td></tr>' if note else blank_line,
            blank_line,
        ]
        right = _boxes(answer) + (f"<br>{status}" if status else "")
    return (
        f'<table width="100%" cellspacing="0" cellpadding="{padding}" style="margin-top: 5pt;">'
        f'<tr><td width="70%"><b>{number}.</b> {_e(checklist_text(row.text))}{why}</td>'
        f'<td width="30%" align="right" class="boxes">{right}</td></tr>' + "".join(lines) + "</table>"
    )


def _contact_text(cl: Checklist, filled: bool) -> str:
    c = cl.contact
    if not (filled and c.name):
        return "_" * 24 + "  " + translate("Printouts", "on") + "  " + "_" * 10
    if c.at is None:
        return c.name
    return f"{c.name}  ·  {print_date(c.at, with_time=True)}"


def _names(vocabulary: str, slugs) -> str:
    return ", ".join(vocabulary_label(vocabulary, x) for x in slugs) or "—"


def _header_rows(cl: Checklist, filled: bool, printed: date) -> str:
    p = cl.program
    phones = phones_line(p.phone, p.intake_phone) or "—"
    if filled and cl.shortlist:
        where = (
            " " + arg(translate("Printouts", "from %1"), cl.origin_label)
            if cl.origin_label and p.distance_miles is not None
            else ""
        )
        distance = f"{p.distance_label}{where}"
        case = cl.shortlist
    else:
        distance = "—"
        case = "_" * 24
    progress = (
        arg(translate("Printouts", "%1 of %2 asked"), cl.asked, cl.total)
        if filled
        else translate("Printouts", "blank checklist")
    )
    printed_line = "  ·  ".join(
        [print_date(printed), arg(translate("Printouts", "program id %1"), p.id), progress]
    )
    rows = [
        (translate("Printouts", "Address"), p.address or "—"),
        (translate("Printouts", "Phones"), phones),
        (translate("Printouts", "Website"), p.website or "—"),
        (translate("Printouts", "Languages"), _names("languages", p.languages)),
        (translate("Printouts", "Help to attend"), _names("supports", p.supports)),
        (translate("Printouts", "Distance"), distance),
        (translate("Printouts", "Case reference"), case),
        (translate("Printouts", "Spoke with"), _contact_text(cl, filled)),
        (translate("Printouts", "Printed"), printed_line),
    ]
    if p.room is not None:  # what the latest call said about room, always with its age
        rows.insert(3, (translate("Printouts", "Room"), room(p.room)))
    # a program the latest full edition no longer lists (checklists.ChecklistProgram.delisted_mark)
    if p.delisted_mark is not None:
        rows.insert(0, ("⚠ " + translate("Printouts", "Listing"), delisted_note(p.delisted_mark)))
    return "".join(f'<tr><td width="18%" class="label">{_e(k)}</td><td>{_e(v)}</td></tr>' for k, v in rows)


def checklist_html(
    cl: Checklist, *, filled: bool | None = None, printed: date | None = None, compact: bool = False
) -> str:
    """The checklist as HTML for QTextDocument. Blank when there is no shortlist (or filled=False).

    `compact`: less space around each line of a question (the same type and lines to write on),
    tried when the roomy layout would spill a little onto one more page.
    """
    filled = cl.shortlist is not None if filled is None else filled
    printed = printed or date.today()
    parts = []
    number = 0
    for section in cl.sections:  # the sections of unknown needs' questions first
        rows = [r for r in cl.answers if r.section == section]
        if not rows:
            continue
        parts.append(f"<h2>{_e(checklist_text(section))}</h2>")
        for row in rows:
            number += 1
            parts.append(_question_html(number, row, filled, 1 if compact else 2))
    note = ""
    if filled and cl.program_note:
        note = (
            '<p><span class="label">'
            + _e(translate("Printouts", "Shortlist note:"))
            + "</span> "
            + _e(cl.program_note)
            + "</p>"
        )
    name2 = f'<p class="name2">{_e(cl.program.name2)}</p>' if cl.program.name2 else ""
    titles = "; ".join(
        f"“{checklist_text(source_title(src))}”" for src in dict.fromkeys([*cl.sources, CAUTION_SOURCE])
    )
    questions_from = arg(
        translate(
            "Printouts",
            "Questions: our own summary of the articles the checklist was drawn "
            "from: %1. The caution comes from “%2”.",
        ),
        titles,
        checklist_text(source_title(CAUTION_SOURCE)),
    )
    cited = f"{_e(citation())}<br>{_e(questions_from)}"
    return _template("checklist.html").substitute(
        title=_e(cl.program.name),
        name2=name2,
        header_rows=_header_rows(cl, filled, printed),
        caution=f"⚠ {_e(checklist_text(cl.caution))}",
        program_note=note,
        sections="\n".join(parts),
        citation=cited,
    )


# ---------------------------------------------------------------- painting


def _print_font(points: float) -> QFont:
    font = QFont(FONT_FAMILY)
    # Windows has no DejaVu: name its own sans serif rather than leave the choice to Qt's fallback
    font.setFamilies([FONT_FAMILY, "Arial", "Segoe UI"])
    font.setPointSizeF(points)
    # no "ff"/"fi" ligatures: a PDF viewer's search and copy-paste should find "staff"
    for tag in ("liga", "clig"):
        font.setFeature(QFont.Tag(tag), 0)
    return font


def english_page_label(page: int, pages: int) -> str:
    return f"Page {page} of {pages}"


def layout_html(
    source_html: str,
    device: QPagedPaintDevice,
    *,
    body_pt: float = 10,
    footer_scale: float = 1.0,
    keep_together: bool = True,
) -> tuple[QTextDocument, float, float]:
    """The HTML laid out on the device's pages as paint_html paints it: (document, page width, page height).

    `keep_together=False` leaves tables to split where the page ends: a quick first count of pages
    (keeping tables whole only adds pages), for a report that tries layouts until one fits.
    """
    ensure_app()
    res = device.resolution()
    paint_rect = device.pageLayout().paintRectPixels(res)
    footer_h = FOOTER_PT * footer_scale * res / 72
    page_w, page_h = paint_rect.width(), paint_rect.height() - footer_h
    doc = QTextDocument()
    doc.documentLayout().setPaintDevice(device)
    doc.setDefaultFont(_print_font(body_pt))
    doc.setDocumentMargin(0)
    doc.setHtml(source_html)
    doc.setPageSize(QSizeF(page_w, page_h))
    if keep_together:
        pagination.keep_together(doc, page_h)
    return doc, page_w, page_h


def paint_html(
    source_html: str,
    device: QPagedPaintDevice,
    footer: str = "",
    *,
    body_pt: float = 10,
    footer_pt: float = 7,
    footer_scale: float = 1.0,
    page_label=english_page_label,
    laid_out: tuple[QTextDocument, float, float] | None = None,
) -> int:
    """Lay out the HTML on the device's pages and paint it with a footer; returns the page count.

    `page_label(n, of)` writes "Page n of m" (a report in another language passes its own).
    `laid_out`: what layout_html returned for this HTML and device, so it is not laid out twice.
    """
    doc, page_w, page_h = laid_out or layout_html(
        source_html, device, body_pt=body_pt, footer_scale=footer_scale
    )
    paint_rect = device.pageLayout().paintRectPixels(device.resolution())
    footer_h = paint_rect.height() - page_h
    pages = doc.pageCount()
    painter = QPainter()
    if not painter.begin(device):
        raise UserError(N_("cannot start printing (the printer or file is not available)"))
    try:
        small = _print_font(footer_pt)
        for i in range(pages):
            if i:
                device.newPage()
            painter.save()
            painter.translate(0, -i * page_h)
            # a pixel short: the next page's first line can start a hair above this page's foot, and
            # drawn here (clipped, so unseen) it would be found by a search on the wrong page
            doc.drawContents(painter, QRectF(0, i * page_h, page_w, page_h - 1))
            painter.restore()
            painter.setFont(small)
            box = QRectF(0, paint_rect.height() - footer_h * 0.7, page_w, footer_h * 0.7)
            painter.drawLine(0, int(box.top()), int(page_w), int(box.top()))
            painter.drawText(box, Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignBottom, footer)
            painter.drawText(
                box, Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignBottom, page_label(i + 1, pages)
            )
    finally:
        painter.end()
    return pages


def default_paper() -> str:
    """The user's paper: Letter where the system's measurements are US ones (en_US), A4 elsewhere.

    One rule for every report saved or printed from the window, so a checklist and a comparison
    come out on the same paper (the window's print previews follow the same rule).
    """
    us = QLocale.system().measurementSystem() == QLocale.MeasurementSystem.ImperialUSSystem
    return "letter" if us else "a4"


def setup_page(device: QPagedPaintDevice, paper: str = "letter", margin_mm: float = MARGIN_MM) -> None:
    size = PAPER_SIZES.get(paper)
    if size is None:
        raise UserError(N_("unknown paper size '%1'; use letter or a4"), paper)
    device.setPageLayout(
        QPageLayout(
            QPageSize(size),
            QPageLayout.Orientation.Portrait,
            QMarginsF(margin_mm, margin_mm, margin_mm, margin_mm),
            QPageLayout.Unit.Millimeter,
        )
    )


def checklist_footer(cl: Checklist, filled: bool) -> str:
    name = cl.program.name if len(cl.program.name) <= 60 else cl.program.name[:59] + "…"
    case = cl.shortlist if filled and cl.shortlist else translate("Printouts", "blank")
    return arg(translate("Printouts", "Vetting checklist · %1 · %2"), name, case)


MIN_ON_LAST_PAGE = 2  # questions the last page holds at least (one alone there wastes a sheet)


def _questions_on_last_page(doc: QTextDocument, page_h: float) -> int:
    last = doc.pageCount() - 1
    return sum(1 for unit in kept_units(doc)[1:] if page_of(span(doc, unit)[0], page_h) == last)


def checklist_layout(cl: Checklist, device: QPagedPaintDevice, filled: bool) -> tuple[str, tuple]:
    """The checklist laid out on as few pages as it takes, its last page never holding one question alone.

    Each question stays whole with its answer lines (layout_html keeps tables together). When the
    roomy layout leaves fewer than MIN_ON_LAST_PAGE questions on its last page (only the tail of
    the sources, or one question), the compact one is used if it saves that page; if the last page
    still holds fewer, the last two questions start it (the sources never end the checklist alone).
    Returns the HTML and its layout (layout_html's document, page width and height).
    """
    source = checklist_html(cl, filled=filled)
    laid = layout_html(source, device)
    if laid[0].pageCount() > 1 and _questions_on_last_page(laid[0], laid[2]) < MIN_ON_LAST_PAGE:
        compact = checklist_html(cl, filled=filled, compact=True)
        tight = layout_html(compact, device)
        if tight[0].pageCount() < laid[0].pageCount():
            source, laid = compact, tight
    doc, _w, page_h = laid
    units = kept_units(doc)[1:]  # the questions (the first table is the program's details)
    if doc.pageCount() > 1 and len(units) >= MIN_ON_LAST_PAGE:
        on_last = _questions_on_last_page(doc, page_h)
        if on_last < MIN_ON_LAST_PAGE:
            target, _table = units[-MIN_ON_LAST_PAGE]
            top = span(doc, units[-MIN_ON_LAST_PAGE])[0]
            if abs(top - page_of(top, page_h) * page_h) > 1:  # not already at a page top
                cursor = QTextCursor(doc)
                cursor.beginEditBlock()
                break_before(cursor, target)
                cursor.endEditBlock()
    return source, laid


def _paint_checklist(cl: Checklist, device: QPagedPaintDevice, filled: bool | None) -> int:
    filled = cl.shortlist is not None if filled is None else filled
    source, laid = checklist_layout(cl, device, filled)
    return paint_html(
        source,
        device,
        checklist_footer(cl, filled),
        page_label=lambda n, of: arg(translate("Printouts", "Page %1 of %2"), n, of),
        laid_out=laid,
    )


def print_checklist(
    cl: Checklist, device: QPagedPaintDevice, *, filled: bool | None = None, lang: str | None = None
) -> int:
    """Paint the checklist on a printer (e.g. from QPrintPreviewDialog.paintRequested) or PDF writer.

    `lang` ('en', 'es'): the printout's language, whatever the window's; None: the window's.
    """
    from finder.reports.i18n import app_language, report_language

    with report_language(lang or app_language()):
        return _paint_checklist(cl, device, filled)


def write_pdf(out: str | Path, *, title: str, example: str, page_setup, paint) -> int:
    """Write a report to a PDF: `page_setup(writer)` sizes the page, `paint(writer)` returns the page count.

    Painted in memory, then written to a temporary file that this call creates exclusively
    (O_EXCL, 0600) beside the target and renamed over it: a failed save leaves no half file, and
    a name planted in a shared folder (`out.pdf.part`, a symlink) never receives the report.
    """
    ensure_app()
    out = checked_target(out, example)
    buffer = QBuffer()
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    writer = QPdfWriter(buffer)
    writer.setResolution(RESOLUTION)
    writer.setCreator("Program Finder")
    writer.setTitle(title)
    page_setup(writer)
    pages = paint(writer)
    del writer  # ends the document
    save_private_bytes(out, bytes(buffer.data()))
    return pages


def write_checklist_pdf(
    cl: Checklist,
    out: str | Path,
    *,
    paper: str | None = None,
    filled: bool | None = None,
    lang: str | None = None,
) -> int:
    """Save the checklist as a PDF file in `lang` ('en', 'es'; None: the window's); returns the page count.

    `paper`: 'letter' or 'a4'; None: the user's (default_paper).
    """
    paper = paper or default_paper()
    from finder.reports.i18n import app_language, report_language

    with report_language(lang or app_language()):
        return write_pdf(
            out,
            title=arg(translate("Printouts", "Vetting checklist: %1"), cl.program.name),
            example="checklist.pdf",
            page_setup=lambda w: setup_page(w, paper),
            paint=lambda w: _paint_checklist(cl, w, filled),
        )
