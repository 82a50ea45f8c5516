"""The family handout: the shortlisted programs in plain words, in the family's language, as a PDF.

For the family at home, not for the caller: large type, one section per program (how to
reach it, what it offers, what a call found out, what to ask), what an intensive outpatient
program is and what a week looks like, where to get help now, what to bring, a word list,
the caution that the choice belongs with a healthcare professional, and where the data came
from. The words about each program (what it offers, room, what a call found out, what to ask) and
the dates come from the text layer (finder/texts/handout.py, vocab.py, availability.py, dates.py);
the sheet's own sentences go through the same catalogue with QCoreApplication.translate.

HTML -> QTextDocument -> QPdfWriter through finder.reports.printing.write_pdf, so the text stays real
text (selectable, searchable).
"""

from __future__ import annotations

import html
from datetime import date
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QLocale
from PySide6.QtGui import QPagedPaintDevice

from finder.domain.validation import format_phone
from finder.reports.handout_parts import (
    about_iop_html,
    glossary_html,
    help_now_html,
    sources_html,
    what_to_bring_html,
)
from finder.reports.i18n import arg, report_language
from finder.reports.printing import default_paper, layout_html, paint_html, setup_page, write_pdf
from finder.services.handout import Handout, HandoutProgram
from finder.texts import handout as words
from finder.texts.dates import long_date

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


# ---------------------------------------------------------------- one program


def _marked(phrases: list[tuple[str, bool]]) -> list[str]:
    """Each phrase escaped, with ✓ where the program confirmed it by phone."""
    return [_e(text) + (" ✓" if confirmed else "") for text, confirmed in phrases]


def _contact_html(p: HandoutProgram, origin: str) -> str:
    """Address and distance on one line, the phones and website on the next."""
    where, reach = [], []
    if p.address:
        where.append(_e(p.address) + (" ✓" if p.confirmed_yes("address") else ""))
    distance = words.distance(p.distance_miles, p.distance_approx, origin)
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
                    long_date(p.wrong_phone.on),
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
    for (slug, _offered), (text, offered) in zip(p.language_needs, words.language_needs(p), strict=True):
        if offered:
            mark = " ✓" if p.confirmed_yes(f"languages:{slug}") else ""
            out.append(f'<span class="label">{_e(text + mark)}</span>')
        else:
            out.append(_e(text))
    return f"<p>{' · '.join(out)}</p>" if out else ""


def program_html(
    number: int,
    p: HandoutProgram,
    origin: str,
    today: date,
    notes_line: bool = True,
    ask: int = ASK_AT_MOST,
) -> str:
    """One program, compact: how to reach it, what it offers, what a call found out, what to ask.

    `today`: the day the handout is made on, from which the age of a call's word on room counts."""
    name2 = f' <span class="name2">· {_e(p.name2)}</span>' if p.name2 else ""
    out = [f"<h2>{number}. {_e(p.name)}{name2}</h2>", _contact_html(p, origin)]
    who = [f'<span class="label">{x}</span>' for x in _marked(words.program_for(p))]
    helps = _marked(words.offers(p, "types"))
    if helps:
        who.append(
            '<span class="label">' + _e(translate("Handout", "Helps with")) + f":</span> {'; '.join(helps)}"
        )
    out.append(f"<p>{' · '.join(who)}</p>" if who else "")
    out.append(_language_needs_html(p))
    levels = _marked(words.offers(p, "levels")) + ([_e(words.iop_unknown())] if p.iop_unknown else [])
    out.append(_line(translate("Handout", "Kinds of care"), levels))
    out.append(_line(translate("Handout", "Ways to pay"), _marked(words.offers(p, "payments"))))
    out.append(_line(translate("Handout", "Works with"), _marked(words.offers(p, "populations"))))
    out.append(
        _line(translate("Handout", "Help to get there and keep going"), _marked(words.offers(p, "supports")))
    )
    extra = [_line(translate("Handout", "Languages besides English"), _marked(words.offers(p, "languages")))]
    if p.accreditation:
        extra.append(
            _line(
                translate("Handout", "Accredited by"),
                [_e(", ".join(p.accreditation)) + " " + _e(translate("Handout", "(see the word list)"))],
            )
        )
    if any(extra):  # one line for both
        out.append("<p>" + " · ".join(x[3:-4] for x in extra if x) + "</p>")
    out.append(_line(translate("Handout", "Room for new people"), [_e(words.room(p, today))]))
    out.append(
        _line(translate("Handout", "What we found out on the phone"), [_e(x) for x in words.found_out(p)])
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
    questions = words.to_ask(p)
    if questions:
        out.append(
            '<p><span class="label">'
            + _e(translate("Handout", "Questions to ask them"))
            + ":</span> "
            + " ".join(_e(q) for q in questions[:ask])
            + "</p>"
        )
    if p.confirmed:
        out.append(
            '<p class="small">'
            + _e(
                arg(
                    translate("Handout", "✓ = the program told us this by phone on %1."),
                    long_date(p.last_confirmed),
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

    In the current language (the window's, or the command line's).
    """
    return words.left_out(h)


def title() -> str:
    return translate("Handout", "Treatment programs to consider")


def handout_html(
    h: Handout,
    locale: QLocale | None = None,
    body_pt: float = BODY_PT,
    notes_lines: bool = True,
    ask: int = ASK_AT_MOST,
) -> str:
    """The handout as HTML for QTextDocument, in the language installed by report_language.

    `locale` is no longer used (dates and numbers come from the text layer); kept for callers."""
    made = arg(translate("Handout", "Prepared on %1."), long_date(h.made_on))
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
        f'<p class="small">{_e(words.telehealth_rules())}</p>'
        if any(p.telehealth for p in h.programs)
        else "",
        help_now_html(),
        about,
    ]
    if not h.programs:
        parts.append("<p>" + _e(translate("Handout", "There are no programs on this list yet.")) + "</p>")
    parts += [
        program_html(i, p, h.origin_label, h.made_on, notes_lines, ask) for i, p in enumerate(h.programs, 1)
    ]
    # the word list and where the data came from in one table: kept whole on the last page (a
    # long list's last page held only the sources' last line)
    parts += [what_to_bring_html(), glossary_html(after=sources_html(h.directory_as_of))]
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

    def laid_out(layout, keep_together: bool):
        size, notes_lines, ask = layout
        source = handout_html(h, None, size, notes_lines, ask)
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
    source, size, layout = fitted_layout(h, device)
    footer = arg(translate("Handout", "%1 · prepared on %2"), title(), long_date(h.made_on))
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
