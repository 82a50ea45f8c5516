"""The consent-to-share form as a PDF: every element filled in from what the app knows, blank lines
for the client (finder/texts/referrals.py words it; printing.py paints it)."""

from __future__ import annotations

import html
from pathlib import Path

from finder.reports.i18n import report_language
from finder.reports.printing import default_paper, paint_html, setup_page, write_pdf
from finder.services.consent_form import ConsentForm
from finder.texts import referrals as words

BLANK = "_" * 34
LINE = "_" * 40


def _e(text) -> str:
    return html.escape(str(text or ""), quote=True)


def consent_html(form: ConsentForm) -> str:
    agency = f"<b>{_e(form.agency)}</b>" if form.agency else BLANK
    program = f"<b>{_e(form.program_name)}</b>"
    if form.program_name2:
        program += f" ({_e(form.program_name2)})"
    if form.address:
        program += f", {_e(form.address)}"
    parts = []
    for heading, text in words.consent_parts("\x00", "\x01", form.valid_months):
        body = _e(text).replace("\x00", agency).replace("\x01", program)
        parts.append(f'<p style="margin-top: 8pt;"><b>{_e(heading)}</b><br>{body}</p>')
        if heading == words.consent_parts("", "", form.valid_months)[4][0]:
            parts.append(f"<p>{BLANK}{BLANK}</p>")
    labels = words.consent_blanks()
    return (
        "<html><body>"
        f'<h1 style="font-size: 16pt;">{_e(words.consent_title())}</h1>'
        + _lines(labels[:2])
        + "".join(parts)
        + _lines(labels[2:])
        + f'<p style="margin-top: 14pt; font-size: 8pt;">{_e(words.consent_note())}</p>'
        "</body></html>"
    )


def _lines(labels: list[str]) -> str:
    """Labelled lines to write on by hand, with room above each."""
    rows = "".join(
        f'<tr><td width="40%" valign="bottom">{_e(label)}</td><td valign="bottom">{LINE}</td></tr>'
        for label in labels
    )
    return f'<table width="100%" cellspacing="0" cellpadding="7" style="margin-top: 6pt;">{rows}</table>'


def paint_consent(form: ConsentForm, device) -> int:
    return paint_html(
        consent_html(form),
        device,
        words.consent_footer(form.program_name[:60], form.made_on),
        body_pt=10.5,
        page_label=words.page_label,
    )


def write_consent_pdf(
    form: ConsentForm, out: str | Path, *, lang: str = "en", paper: str | None = None
) -> int:
    """Save the form as a PDF in `lang` ('en' or 'es'); returns the page count."""
    paper = paper or default_paper()
    with report_language(lang):
        return write_pdf(
            out,
            title=words.consent_title(),
            example="consent.pdf",
            page_setup=lambda w: setup_page(w, paper),
            paint=lambda w: paint_consent(form, w),
        )
