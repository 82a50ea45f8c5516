"""The family handout: the shortlisted programs in plain words, in the family's language, as a PDF.

For the family at home, not for the caller: large type, one section per program (how to
reach it, what it offers, what a call found out, what to ask), what an intensive outpatient
program is and what a week looks like, where to get help now, what to bring, a word list,
the caution that the choice belongs with a healthcare professional, and where the data came
from. Every string goes through QCoreApplication.translate in context "Handout" (catalogue:
finder/i18n/finder_es.ts); dates and numbers follow the language's QLocale.

HTML -> QTextDocument -> QPdfWriter through finder.reports.printing.write_pdf, so the text stays real
text (selectable, searchable).
"""

from __future__ import annotations

import html
from datetime import date, datetime
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QDate, QLocale
from PySide6.QtGui import QPagedPaintDevice

from finder.domain.validation import format_phone
from finder.reports.i18n import report_language
from finder.reports.printing import paint_html, setup_page, write_pdf
from finder.services.handout import IOP_UNKNOWN, Handout, HandoutProgram

translate = QCoreApplication.translate
ASK_AT_MOST = 4  # questions to ask per program: enough to start the call, few enough to read
BODY_PT = 12.5

STYLE = """
body { font-size: 12.5pt; color: #000; }
h1 { font-size: 20pt; font-weight: bold; margin-top: 0; margin-bottom: 4pt; }
h2 { font-size: 16pt; font-weight: bold; margin-top: 0; margin-bottom: 2pt; }
h3 { font-size: 13.5pt; font-weight: bold; margin-top: 10pt; margin-bottom: 3pt; }
p { margin-top: 3pt; margin-bottom: 3pt; }
li { margin-bottom: 2pt; }
.name2 { font-size: 13pt; margin-top: 0; margin-bottom: 4pt; }
.label { font-weight: bold; }
.caution { font-weight: bold; font-size: 13.5pt; }
.small { font-size: 10.5pt; color: #222; }
.line { border-bottom: 1px solid #555; }
"""


def _e(text) -> str:
    return html.escape(str(text or ""), quote=True)


def _t(text: str) -> str:
    """A plain-words string from finder.services.handout (marked there with QT_TRANSLATE_NOOP)."""
    return translate("Handout", text)


def _arg(template: str, *values) -> str:
    """Qt's %1 %2 placeholders (translations may move them)."""
    for i, v in reversed(list(enumerate(values, 1))):
        template = template.replace(f"%{i}", str(v))
    return template


# Plurals (%n). pyside6-lupdate 6.12 records a message as a plural only when its count is a
# number literal, so each plural is spelled out once in _plurals_for_lupdate, with the same text.
WAIT_DAYS = "The wait is about %n day(s)."
LEARNED_DAYS_AGO = "We learned this by phone %n day(s) ago (%1)."


def _plurals_for_lupdate() -> None:  # never called
    translate("Handout", "The wait is about %n day(s).", None, 2)
    translate("Handout", "We learned this by phone %n day(s) ago (%1).", None, 2)


# ---------------------------------------------------------------- dates and numbers

def format_date(day: date, locale: QLocale) -> str:
    # Translators: a Qt date format (QDate::toString), e.g. "d 'de' MMMM 'de' yyyy"
    fmt = translate("Handout", "MMMM d, yyyy", "date format")
    return locale.toString(QDate(day.year, day.month, day.day), fmt)


def format_month(text: str, locale: QLocale) -> str:
    """'December 2024' (how the directory's date is stored) in the language; as stored if it is not one."""
    try:
        when = datetime.strptime(text.strip(), "%B %Y")
    except ValueError:
        return text
    # Translators: a Qt date format for a month and year, e.g. "MMMM 'de' yyyy"
    fmt = translate("Handout", "MMMM yyyy", "date format")
    return locale.toString(QDate(when.year, when.month, 1), fmt)


def distance_text(p: HandoutProgram, origin: str, locale: QLocale) -> str:
    if p.distance_miles is None or not origin:
        return ""
    if p.distance_approx and p.distance_miles < 0.1:
        return _arg(translate("Handout", "in the same ZIP code area as %1"), origin)
    miles = locale.toString(p.distance_miles, "f", 1)
    if p.distance_approx:
        return _arg(translate("Handout", "about %1 miles from %2"), miles, origin)
    return _arg(translate("Handout", "%1 miles from %2"), miles, origin)


# ---------------------------------------------------------------- one program

def _marked(words: list[str], confirmed: set[str]) -> list[str]:
    return [_e(_t(w)) + (" ✓" if w in confirmed else "") for w in words]


def _contact_rows(p: HandoutProgram, origin: str, locale: QLocale) -> str:
    rows = []
    if p.address:
        tick = " ✓" if p.confirmed_yes("address") else ""
        rows.append((translate("Handout", "Address"), _e(p.address) + tick))
    if p.phone:
        phone = _e(format_phone(p.phone)) + (" ✓" if p.confirmed_yes("phone") else "")
        if p.wrong_phone:
            phone += "<br>" + _e(_arg(translate("Handout", "(this number was wrong when we called on %1)"),
                                      format_date(p.wrong_phone.on, locale)))
        rows.append((translate("Handout", "Phone"), phone))
    if p.intake_phone:
        rows.append((translate("Handout", "To start the program (intake)"), _e(format_phone(p.intake_phone))))
    if p.website:
        rows.append((translate("Handout", "Website"), _e(p.website) + (" ✓" if p.confirmed_yes("website") else "")))
    distance = distance_text(p, origin, locale)
    if distance:
        rows.append((translate("Handout", "Distance"), _e(distance)))
    return "".join(f'<tr><td width="30%" class="label">{_e(k)}</td><td>{v}</td></tr>' for k, v in rows)


def _room_text(p: HandoutProgram, locale: QLocale) -> str:
    r = p.room
    if r is None:
        return _e(translate("Handout", "Not known yet: ask when you call."))
    parts = [{True: translate("Handout", "They are taking new people."),
              False: translate("Handout", "They are not taking new people right now."),
              None: translate("Handout", "They did not say whether they have room.")}[r.accepting]]
    if r.wait_days is not None:
        parts.append(translate("Handout", WAIT_DAYS, None, r.wait_days))
    if r.next_intake is not None:
        parts.append(_arg(translate("Handout", "Next start date: %1."), format_date(r.next_intake, locale)))
    when = format_date(r.learned_on, locale)
    if r.age_days == 0:
        parts.append(_arg(translate("Handout", "We learned this by phone today (%1)."), when))
    else:
        parts.append(_arg(translate("Handout", LEARNED_DAYS_AGO, None, r.age_days), when))
    if r.stale:
        parts.append(translate("Handout", "That was a while ago: call to check."))
    return _e(" ".join(parts))


def _label(text: str, *, colon: bool = True) -> str:
    return f'<p class="label">{_e(text)}{":" if colon else ""}</p>'


def _labelled(label: str, body_html: str) -> str:
    return f'<p><span class="label">{_e(label)}:</span> {body_html}</p>'


def _h3(text: str) -> str:
    return f"<h3>{_e(text)}</h3>"


def _list(items: list[str]) -> str:
    return "<ul>" + "".join(f"<li>{i}</li>" for i in items) + "</ul>"


def program_html(number: int, p: HandoutProgram, origin: str, locale: QLocale) -> str:
    confirmed = p.confirmed_words
    out = [f"<h2>{number}. {_e(p.name)}</h2>"]
    if p.name2:
        out.append(f'<p class="name2">{_e(p.name2)}</p>')
    out.append(f'<table width="100%" cellspacing="0" cellpadding="2">{_contact_rows(p, origin, locale)}</table>')

    def line(label: str, items: list[str]) -> None:
        if items:
            out.append(f'<p><span class="label">{_e(label)}:</span> {"; ".join(items)}</p>')

    for who in p.program_for:
        out.append(f'<p class="label">{_e(_t(who))}{" ✓" if who in confirmed else ""}</p>')
    line(translate("Handout", "Helps with"), _marked(p.treats, confirmed))
    levels = _marked(p.levels, confirmed) + ([_e(_t(IOP_UNKNOWN))] if p.iop_unknown else [])
    if levels:
        out.append(_label(translate("Handout", "Kinds of care")) + _list(levels))
    line(translate("Handout", "Ways to pay"), _marked(p.payments, confirmed))
    line(translate("Handout", "Works with"), _marked(p.serves, confirmed))
    line(translate("Handout", "Languages besides English"), [_e(_t(w)) for w in p.languages])
    if p.accreditation:
        line(translate("Handout", "Accredited by"),
             [_e(", ".join(p.accreditation)) + " " + _e(translate("Handout", "(see the word list)"))])
    out.append(_labelled(translate("Handout", "Room for new people"), _room_text(p, locale)))
    if p.found_out:
        out.append(_label(translate("Handout", "What we found out on the phone"))
                   + _list([_e(_t(s)) for s in p.found_out]))
    if p.told_us:
        out.append(_label(translate("Handout", "Notes from the call, as they were typed"))
                   + _list([_e(t.note).replace("\n", "<br>") for t in p.told_us]))
    if p.note:
        out.append(_labelled(translate("Handout", "Note from your case manager"), _e(p.note)))
    if p.to_ask:
        out.append(_label(translate("Handout", "Questions to ask them"))
                   + _list([_e(_t(q)) for q in p.to_ask[:ASK_AT_MOST]]))
    if p.confirmed:
        out.append('<p class="small">' + _e(_arg(translate("Handout", "✓ = the program told us this by phone on %1."),
                                                format_date(p.last_confirmed, locale))) + "</p>")
    out.append(_label(translate("Handout", "Your notes"))
               + '<table width="100%" cellspacing="0" cellpadding="6">'
               + '<tr><td class="line">&nbsp;</td></tr>' * 2 + "</table>")
    # one table around the section: the page layout moves a program whole to the next page
    return ('<table width="100%" cellspacing="0" cellpadding="0" style="margin-top: 14pt;"><tr><td>'
            + "".join(out) + "</td></tr></table>")


# ---------------------------------------------------------------- the general parts

def _help_now() -> str:
    lines = [
        translate("Handout", "Call or text 988, the Suicide & Crisis Lifeline, at any hour of the day or night "
                             "(press 2 for Spanish)."),
        translate("Handout", "SAMHSA's National Helpline: 1-800-662-4357. Free and confidential, 24 hours a day, "
                             "7 days a week, in English and Spanish."),
        translate("Handout", "In an emergency, call 911."),
    ]
    return ('<table width="100%" cellspacing="0" cellpadding="8" border="1" style="border-color: #000; '
            'margin-top: 8pt;"><tr><td>'
            + _label(translate("Handout", "Need help now?"), colon=False)
            + _list([_e(x) for x in lines]) + "</td></tr></table>")


def _about_iop() -> str:
    return (_h3(translate("Handout", "What is an intensive outpatient program (IOP)?"))
            + "<p>" + _e(translate(
                "Handout", "An IOP treats alcohol or drug use, mental health problems, or both. It is for people "
                "who need more help than a weekly visit but can still live at home, so they keep up with work, "
                "school and family while they take part. It is not enough for someone in danger or who needs "
                "care around the clock.")) + "</p>"
            + _h3(translate("Handout", "What a week looks like"))
            + "<p>" + _e(translate(
                "Handout", "Most programs meet 3 to 5 days a week, 2 to 4 hours each time, in the daytime or the "
                "evening: about 9 to 12 hours a week. Most of the time is spent in small groups led by a "
                "therapist, with some time alone with a therapist and, in many programs, sessions with the "
                "family. Some sessions can be online. People usually stay from a few weeks to a few months; the "
                "treatment team decides when it is time to step down to less care.")) + "</p>")


def _what_to_bring() -> str:
    items = [translate("Handout", "Your insurance card or Medicaid card"),
             translate("Handout", "A photo ID"),
             translate("Handout", "A list of all medicines, with how much is taken"),
             translate("Handout", "Names and phone numbers of doctors or counselors"),
             translate("Handout", "Papers from any recent hospital stay or treatment"),
             translate("Handout", "This sheet, with your questions")]
    return (_h3(translate("Handout", "What to bring to the first visit")) + _list([_e(i) for i in items])
            + "<p>" + _e(translate("Handout", "If the person is under 18, a parent or guardian should come too."))
            + "</p>")


def glossary_entries() -> list[tuple[str, str]]:
    """The words our printouts use, explained for a family (also for the comparison's word list)."""
    return [
        (translate("Handout", "IOP (intensive outpatient program)"),
         translate("Handout", "Treatment several days a week, a few hours each time, while living at home.")),
        (translate("Handout", "PHP / day treatment (partial hospitalization)"),
         translate("Handout", "Treatment for most of the day, 5 or more days a week; the person sleeps at home.")),
        (translate("Handout", "Residential"),
         translate("Handout", "The person lives at the treatment center for weeks or months.")),
        (translate("Handout", "Detox"),
         translate("Handout", "Medical care while the body clears alcohol or drugs, so that stopping is safe.")),
        (translate("Handout", "MAT (medication for addiction treatment)"),
         translate("Handout", "Medicines, together with counseling, that ease cravings and withdrawal from "
                              "alcohol or opioids.")),
        (translate("Handout", "CARF"),
         translate("Handout", "An independent group that checks the quality of treatment programs. A program "
                              "it approves is “accredited”.")),
        (translate("Handout", "Joint Commission"),
         translate("Handout", "An independent group that checks the quality of hospitals and treatment "
                              "programs.")),
        (translate("Handout", "12-step facilitation"),
         translate("Handout", "Help to join groups such as Alcoholics Anonymous or Narcotics Anonymous, which "
                              "follow 12 steps.")),
        (translate("Handout", "CBT (cognitive behavioral therapy)"),
         translate("Handout", "Therapy that helps a person notice thoughts and habits that hurt them, and "
                              "practice new ones.")),
        (translate("Handout", "DBT (dialectical behavior therapy)"),
         translate("Handout", "Therapy that teaches skills for strong emotions, stress and relationships.")),
    ]


def glossary_html(heading_level: int = 3) -> str:
    rows = "".join(f"<p><b>{_e(word)}:</b> {_e(meaning)}</p>" for word, meaning in glossary_entries())
    heading = _e(translate("Handout", "Words used on this sheet"))
    return f"<h{heading_level}>{heading}</h{heading_level}>{rows}"


def _sources(h: Handout, locale: QLocale) -> str:
    as_of = _arg(translate("Handout", "information as of %1"), format_month(h.directory_as_of, locale))
    text = _arg(translate(
        "Handout", "The program details come from the national directory of treatment programs of SAMHSA, an "
        "agency of the U.S. government (%1), and from phone calls to the programs where this sheet says so. "
        "Programs change: call before you go. What we say about IOPs and about a week in one is our own "
        "summary of articles on intensive outpatient care."), as_of)
    return (_h3(translate("Handout", "Where this information comes from"))
            + f'<p class="small">{_e(text)}</p>')


def title() -> str:
    return translate("Handout", "Treatment programs to consider")


def handout_html(h: Handout, locale: QLocale) -> str:
    """The handout as HTML for QTextDocument, in the language installed by report_language."""
    made = _arg(translate("Handout", "Prepared on %1."), format_date(h.made_on, locale))
    if h.origin_label:
        made += " " + _arg(translate("Handout", "Distances are measured from %1."), h.origin_label)
    caution = translate("Handout", "Do not choose a program only because it is close or easy to get to: decide "
                                   "together with a doctor, counselor or other healthcare professional who "
                                   "knows what this person needs.")
    parts = [f"<h1>{_e(title())}</h1>", f"<p>{_e(made)}</p>", f'<p class="caution">⚠ {_e(caution)}</p>',
             _help_now(), _about_iop()]
    if not h.programs:
        parts.append("<p>" + _e(translate("Handout", "There are no programs on this list yet.")) + "</p>")
    parts += [program_html(i, p, h.origin_label, locale) for i, p in enumerate(h.programs, 1)]
    parts += [_what_to_bring(), glossary_html(), _sources(h, locale)]
    return (f'<html><head><meta charset="utf-8"><style>{STYLE}</style></head><body>'
            + "\n".join(parts) + "</body></html>")


# ---------------------------------------------------------------- painting

def paint_handout(h: Handout, device: QPagedPaintDevice) -> int:
    """Lay out and paint the handout in the current report language; returns the page count.

    finder.reports.printing.paint_html does the pages, with larger type and a footer in this language.
    """
    locale = QLocale()
    footer = _arg(translate("Handout", "%1 · prepared on %2"), title(), format_date(h.made_on, locale))
    return paint_html(handout_html(h, locale), device, footer, body_pt=BODY_PT, footer_pt=9, footer_scale=1.3,
                      page_label=lambda n, of: _arg(translate("Handout", "Page %1 of %2"), n, of))


def print_handout(h: Handout, device: QPagedPaintDevice, *, lang: str = "en") -> int:
    """Paint the handout in `lang` on a printer (print preview) or a PDF writer."""
    with report_language(lang):
        return paint_handout(h, device)


def write_handout_pdf(h: Handout, out: str | Path, *, lang: str = "en", paper: str = "letter") -> int:
    """Save the handout as a PDF in `lang` ('en' or 'es') on letter or A4 paper; returns the page count."""
    with report_language(lang):
        return write_pdf(out, title=title(), example="handout.pdf",
                         page_setup=lambda w: setup_page(w, paper), paint=lambda w: paint_handout(h, w))
