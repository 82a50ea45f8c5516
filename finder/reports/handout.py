"""The family handout: the shortlisted programs in plain words, in the family's language, as a PDF.

For the family at home, not for the caller: large type, one section per program (how to
reach it, what it offers, what a call found out, what to ask), what an intensive outpatient
program is and what a week looks like, where to get help now, what to bring, a word list,
the caution that the choice belongs with a healthcare professional, and where the data came
from. Every string goes through QCoreApplication.translate in context "Handout" (what a call said about
room: "CallTexts", finder/reports/call_texts.py; catalogue:
finder/i18n/finder_es.ts); dates and numbers follow the language's QLocale.

HTML -> QTextDocument -> QPdfWriter through finder.reports.printing.write_pdf, so the text stays real
text (selectable, searchable).
"""

from __future__ import annotations

import html
from datetime import date
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QDate, QLocale
from PySide6.QtGui import QPagedPaintDevice

from finder.domain.validation import format_phone
from finder.reports.call_texts import family_room_text
from finder.reports.handout_parts import (
    about_iop_html,
    glossary_html,
    help_now_html,
    sources_html,
    what_to_bring_html,
)
from finder.reports.i18n import arg, language_name, report_language, translate_n
from finder.reports.printing import default_paper, layout_html, paint_html, setup_page, write_pdf
from finder.services.handout import (
    IOP_UNKNOWN,
    SPEAKS,
    SPEAKS_NOT,
    SPEAKS_UNKNOWN,
    TELEHEALTH_RULES,
    Handout,
    HandoutProgram,
)

translate = QCoreApplication.translate
ASK_AT_MOST = 3  # questions to ask per program: enough to start the call, few enough to read
BODY_PT = 12.0

MARGIN_MM = 12  # a little more paper for the programs than other reports give
MAX_PAGES = 2  # the handout is one sheet of paper, both sides
# (body type, a line for notes under each program, questions to ask) tried in turn until the handout fits
LAYOUTS = (
    (12.0, True, 3),
    (11.5, True, 3),
    (11.0, True, 3),
    (10.5, True, 3),
    (10.0, True, 3),
    (10.0, False, 3),
    (10.0, False, 2),
    (9.5, False, 2),
    (9.5, False, 1),
    (9.0, False, 1),
)
MAP_PX = (500, 410)  # the map's picture (few pixels: marks and labels print larger) ...
MAP_SHOWN = (250.0, 205.0)  # ... printed about 2.6 x 2.1 in (CSS px, 96 an inch)


def style(body_pt: float) -> str:
    return f"""
body {{ font-size: {body_pt}pt; color: #000; }}
h1 {{ font-size: {body_pt + 6}pt; font-weight: bold; margin-top: 0; margin-bottom: 2pt; }}
h2 {{ font-size: {body_pt + 2}pt; font-weight: bold; margin-top: 0; margin-bottom: 1pt; }}
h3 {{ font-size: {body_pt + 1}pt; font-weight: bold; margin-top: 5pt; margin-bottom: 1pt; }}
p {{ margin-top: 1pt; margin-bottom: 1pt; }}
.tight {{ margin-top: 0; margin-bottom: 0; }}
.gloss {{ margin-top: 0; margin-bottom: 1pt; font-size: {body_pt - 1}pt; }}
.name2 {{ font-size: {body_pt}pt; font-weight: normal; }}
.label {{ font-weight: bold; }}
.caution {{ font-weight: bold; }}
.small {{ font-size: {body_pt - 2}pt; color: #222; }}
.line {{ border-bottom: 1px solid #555; }}
"""


def _e(text) -> str:
    return html.escape(str(text or ""), quote=True)


def _t(text: str) -> str:
    """A plain-words string from finder.services.handout (marked there with QT_TRANSLATE_NOOP)."""
    return translate("Handout", text)


# what the latest call said about room reads as in finder/reports/call_texts.py (family_room_text)


# ---------------------------------------------------------------- dates and numbers


def format_date(day: date, locale: QLocale) -> str:
    # Translators: a Qt date format (QDate::toString), e.g. "d 'de' MMMM 'de' yyyy"
    fmt = translate("Handout", "MMMM d, yyyy", "date format")
    return locale.toString(QDate(day.year, day.month, day.day), fmt)


def distance_text(p: HandoutProgram, origin: str, locale: QLocale) -> str:
    if p.distance_miles is None or not origin:
        return ""
    if p.distance_approx and p.distance_miles < 0.1:
        return arg(translate("Handout", "in the same ZIP code area as %1"), origin)
    miles = locale.toString(p.distance_miles, "f", 1)
    if p.distance_approx:
        return arg(translate("Handout", "about %1 miles from %2"), miles, origin)
    return arg(translate("Handout", "%1 miles from %2"), miles, origin)


# ---------------------------------------------------------------- one program


def _marked(words: list[str], confirmed: set[str]) -> list[str]:
    return [_e(_t(w)) + (" ✓" if w in confirmed else "") for w in words]


def _contact_html(p: HandoutProgram, origin: str, locale: QLocale) -> str:
    """Address and distance on one line, the phones and website on the next."""
    where, reach = [], []
    if p.address:
        where.append(_e(p.address) + (" ✓" if p.confirmed_yes("address") else ""))
    distance = distance_text(p, origin, locale)
    if distance:
        where.append(_e(distance))
    if p.phone:
        phone = (
            '<span class="label">'
            + _e(translate("Handout", "Phone"))
            + ":</span> "
            + _e(format_phone(p.phone))
            + (" ✓" if p.confirmed_yes("phone") else "")
        )
        if p.wrong_phone:
            phone += " " + _e(
                arg(
                    translate("Handout", "(this number was wrong when we called on %1)"),
                    format_date(p.wrong_phone.on, locale),
                )
            )
        reach.append(phone)
    if p.intake_phone:
        reach.append(
            '<span class="label">'
            + _e(translate("Handout", "To start the program (intake)"))
            + ":</span> "
            + _e(format_phone(p.intake_phone))
        )
    if p.website:
        reach.append(_e(p.website) + (" ✓" if p.confirmed_yes("website") else ""))
    return "".join(f"<p>{' · '.join(x)}</p>" for x in (where, reach) if x)


def _joined(items: list[str]) -> str:
    """Items with "; " between them, but only a space after one that ends a sentence (no ".;")."""
    out = ""
    for i, item in enumerate(items):
        if i:
            out += " " if items[i - 1].rstrip().endswith((".", "!", "?", "…")) else "; "
        out += item
    return out


def _line(label: str, items: list[str]) -> str:
    return f'<p><span class="label">{_e(label)}:</span> {_joined(items)}</p>' if items else ""


def _language_needs_html(p: HandoutProgram) -> str:
    """For each language the family needs: whether this program works in it (bold), or to ask."""
    out = []
    for slug, offered in p.language_needs:
        name = language_name(slug)
        if offered:
            text = arg(_t(SPEAKS), name) + (" ✓" if p.confirmed_yes(f"languages:{slug}") else "")
            out.append(f'<span class="label">{_e(text)}</span>')
        else:
            out.append(_e(arg(_t(SPEAKS_NOT if offered is False else SPEAKS_UNKNOWN), name)))
    return f"<p>{' · '.join(out)}</p>" if out else ""


def program_html(
    number: int,
    p: HandoutProgram,
    origin: str,
    locale: QLocale,
    notes_line: bool = True,
    ask: int = ASK_AT_MOST,
) -> str:
    """One program, compact: how to reach it, what it offers, what a call found out, what to ask."""
    confirmed = p.confirmed_words
    name2 = f' <span class="name2">· {_e(p.name2)}</span>' if p.name2 else ""
    out = [f"<h2>{number}. {_e(p.name)}{name2}</h2>", _contact_html(p, origin, locale)]
    who = [f'<span class="label">{_e(_t(w))}{" ✓" if w in confirmed else ""}</span>' for w in p.program_for]
    helps = _marked(p.treats, confirmed)
    if helps:
        who.append(
            '<span class="label">' + _e(translate("Handout", "Helps with")) + f":</span> {'; '.join(helps)}"
        )
    out.append(f"<p>{' · '.join(who)}</p>" if who else "")
    out.append(_language_needs_html(p))
    levels = _marked(p.levels, confirmed) + ([_e(_t(IOP_UNKNOWN))] if p.iop_unknown else [])
    out.append(_line(translate("Handout", "Kinds of care"), levels))
    out.append(_line(translate("Handout", "Ways to pay"), _marked(p.payments, confirmed)))
    out.append(_line(translate("Handout", "Works with"), _marked(p.serves, confirmed)))
    out.append(
        _line(translate("Handout", "Help to get there and keep going"), _marked(p.supports, confirmed))
    )
    extra = [
        _line(translate("Handout", "Languages besides English"), [_e(language_name(w)) for w in p.languages])
    ]
    if p.accreditation:
        extra.append(
            _line(
                translate("Handout", "Accredited by"),
                [_e(", ".join(p.accreditation)) + " " + _e(translate("Handout", "(see the word list)"))],
            )
        )
    if any(extra):  # one line for both
        out.append("<p>" + " · ".join(x[3:-4] for x in extra if x) + "</p>")
    out.append(_line(translate("Handout", "Room for new people"), [family_room_text(p.room, locale)]))
    out.append(
        _line(translate("Handout", "What we found out on the phone"), [_e(_t(x)) for x in p.found_out])
    )
    if p.told_us:
        out.append(
            _line(
                translate("Handout", "Notes from the call, as they were typed"),
                [_e(t.note).replace("\n", " ") for t in p.told_us],
            )
        )
    if p.note:
        out.append(_line(translate("Handout", "Note from your case manager"), [_e(p.note)]))
    if p.to_ask:
        out.append(
            '<p><span class="label">'
            + _e(translate("Handout", "Questions to ask them"))
            + ":</span> "
            + " ".join(_e(_t(q)) for q in p.to_ask[:ask])
            + "</p>"
        )
    if p.confirmed:
        out.append(
            '<p class="small">'
            + _e(
                arg(
                    translate("Handout", "✓ = the program told us this by phone on %1."),
                    format_date(p.last_confirmed, locale),
                )
            )
            + "</p>"
        )
    if notes_line:
        out.append(
            '<table width="100%" cellspacing="0" cellpadding="0"><tr>'
            '<td class="label" style="white-space: nowrap;">'
            + _e(translate("Handout", "Your notes"))
            + ":&nbsp;</td>"
            '<td width="75%" class="line">&nbsp;</td></tr></table>'
        )
    # one table around the section: the page layout moves a program whole to the next page
    return (
        '<table width="100%" cellspacing="0" cellpadding="0" style="margin-top: 7pt;"><tr><td>'
        + "".join(out)
        + "</td></tr></table>"
    )


def map_html(h: Handout) -> str:
    """The programs on the map, numbered as in the list ("" without a starting place or locations)."""
    from finder.reports.map_scene import MapMark
    from finder.reports.paper_map import numbered_map_img

    marks = [
        MapMark(i, p.name, p.latitude, p.longitude, p.exact, i)
        for i, p in enumerate(h.programs, 1)
        if p.latitude is not None and p.longitude is not None
    ]
    if h.origin_lat is None or h.origin_lon is None or not marks:
        return ""
    img = numbered_map_img(h.origin_lat, h.origin_lon, h.origin_label, marks, pixels=MAP_PX, shown=MAP_SHOWN)
    caption = arg(
        translate("Handout", "The numbers on the map are the programs below. The center is %1."),
        h.origin_label,
    )
    return f'{img}<p class="small">{_e(caption)}</p>'


def left_out_lines(h: Handout) -> list[str]:
    """What the handout leaves out, for the case manager (never printed for the family): one line each.

    In the current language (the window's); English on the command line.
    """
    lines = []
    if h.left_out:
        lines.append(translate_n("Handout", "Left out %n program(s) marked do-not-refer.", h.left_out))
    if h.left_out_delisted:
        lines.append(
            translate_n("Handout", "Left out %n program(s) no longer in the directory.", h.left_out_delisted)
        )
    return lines


def title() -> str:
    return translate("Handout", "Treatment programs to consider")


def handout_html(
    h: Handout, locale: QLocale, body_pt: float = BODY_PT, notes_lines: bool = True, ask: int = ASK_AT_MOST
) -> str:
    """The handout as HTML for QTextDocument, in the language installed by report_language."""
    made = arg(translate("Handout", "Prepared on %1."), format_date(h.made_on, locale))
    if h.origin_label:
        made += " " + arg(translate("Handout", "Distances are measured from %1."), h.origin_label)
    caution = translate(
        "Handout",
        "Do not choose a program only because it is close or easy to get to: decide "
        "together with a doctor, counselor or other healthcare professional who "
        "knows what this person needs.",
    )
    where = map_html(h)
    about = about_iop_html()
    if where:  # the map beside what an IOP is: the first page holds both
        about = (
            '<table width="100%" cellspacing="0" cellpadding="0" style="margin-top: 4pt;"><tr>'
            f'<td valign="top" style="padding-right: 10pt;">{about}</td>'
            f'<td width="{MAP_SHOWN[0]:.0f}" valign="top" style="padding-top: 8pt;">{where}</td></tr></table>'
        )
    parts = [
        f"<h1>{_e(title())}</h1>",
        f"<p>{_e(made)}</p>",
        f'<p class="caution">⚠ {_e(caution)}</p>',
        f'<p class="small">{_e(_t(TELEHEALTH_RULES))}</p>' if any(p.telehealth for p in h.programs) else "",
        help_now_html(),
        about,
    ]
    if not h.programs:
        parts.append("<p>" + _e(translate("Handout", "There are no programs on this list yet.")) + "</p>")
    parts += [
        program_html(i, p, h.origin_label, locale, notes_lines, ask) for i, p in enumerate(h.programs, 1)
    ]
    # the word list and where the data came from in one table: kept whole on the last page (a
    # long list's last page held only the sources' last line)
    parts += [what_to_bring_html(), glossary_html(after=sources_html(h.directory_as_of, locale))]
    return (
        f'<html><head><meta charset="utf-8"><style>{style(body_pt)}</style></head><body>'
        + "\n".join(parts)
        + "</body></html>"
    )


# ---------------------------------------------------------------- painting


def fitted_layout(h: Handout, device: QPagedPaintDevice) -> tuple[str, float, tuple]:
    """The handout in the largest type that keeps it to two pages (then the smallest: a long list).

    Returns the HTML, its body size and its layout (layout_html's document, page width and height).
    A layout is first counted with tables left to split (quick); only one that fits then has its
    programs kept whole, which may add a page. A list too long for two pages even in the smallest
    type is laid out once, in that type, instead of once per size.
    """
    locale = QLocale()

    def laid_out(layout, keep_together: bool):
        size, notes_lines, ask = layout
        source = handout_html(h, locale, size, notes_lines, ask)
        return (
            source,
            size,
            layout_html(source, device, body_pt=size, footer_scale=1.3, keep_together=keep_together),
        )

    smallest = laid_out(LAYOUTS[-1], False)
    if smallest[2][0].pageCount() > MAX_PAGES:
        return laid_out(LAYOUTS[-1], True)
    for layout in LAYOUTS:
        _source, _size, (doc, _w, _h) = laid_out(layout, False)
        if doc.pageCount() <= MAX_PAGES:
            kept = laid_out(layout, True)
            if kept[2][0].pageCount() <= MAX_PAGES:
                return kept
    return laid_out(LAYOUTS[-1], True)


def paint_handout(h: Handout, device: QPagedPaintDevice) -> int:
    """Lay out and paint the handout in the current report language; returns the page count.

    finder.reports.printing.paint_html does the pages, with a footer in this language.
    """
    locale = QLocale()
    source, size, layout = fitted_layout(h, device)
    footer = arg(translate("Handout", "%1 · prepared on %2"), title(), format_date(h.made_on, locale))
    return paint_html(
        source,
        device,
        footer,
        body_pt=size,
        footer_pt=9,
        footer_scale=1.3,
        page_label=lambda n, of: arg(translate("Handout", "Page %1 of %2"), n, of),
        laid_out=layout,
    )


def print_handout(h: Handout, device: QPagedPaintDevice, *, lang: str = "en") -> int:
    """Paint the handout in `lang` on a printer (print preview) or a PDF writer."""
    with report_language(lang):
        return paint_handout(h, device)


def setup_handout_page(device: QPagedPaintDevice, paper: str = "letter") -> None:
    """The handout's paper and margins, for a printer as for the PDF (the two pages depend on them)."""
    setup_page(device, paper, MARGIN_MM)


def write_handout_pdf(h: Handout, out: str | Path, *, lang: str = "en", paper: str | None = None) -> int:
    """Save the handout as a PDF in `lang` ('en' or 'es') on letter or A4 paper (None: the user's,
    printing.default_paper); returns the page count."""
    paper = paper or default_paper()
    with report_language(lang):
        return write_pdf(
            out,
            title=title(),
            example="handout.pdf",
            page_setup=lambda w: setup_handout_page(w, paper),
            paint=lambda w: paint_handout(h, w),
        )
