"""The parts of the family handout that do not depend on the programs: help now, what an IOP is,
what to bring, the word list (which closes the comparison too) and where the data came from.

Strings in context "Handout", translated by the one catalogue (finder/i18n/<lang>.po); the
directory's month in words from finder/texts/dates.py.
"""

from __future__ import annotations

import html
from datetime import date

from PySide6.QtCore import QCoreApplication

from finder.reports.i18n import arg
from finder.texts.dates import month_year

translate = QCoreApplication.translate


def _e(text) -> str:
    return html.escape(str(text or ""), quote=True)


def help_now_html() -> str:
    lines = [
        translate(
            "Handout",
            "Call or text 988, the Suicide & Crisis Lifeline, at any hour of the day or night "
            "(press 2 for Spanish).",
        ),
        translate(
            "Handout",
            "SAMHSA's National Helpline: 1-800-662-4357. Free and confidential, 24 hours a day, "
            "7 days a week, in English and Spanish.",
        ),
        translate("Handout", "In an emergency, call 911."),
    ]
    return (
        '<table width="100%" cellspacing="0" cellpadding="5" border="1" style="border-color: #000; '
        'margin-top: 4pt;"><tr><td>'
        '<p class="label">'
        + _e(translate("Handout", "Need help now?"))
        + "</p>"
        + "".join(f'<p class="tight">• {_e(x)}</p>' for x in lines)
        + "</td></tr></table>"
    )


def about_iop_html() -> str:
    return (
        "<h3>"
        + _e(translate("Handout", "What is an intensive outpatient program (IOP)?"))
        + "</h3>"
        + "<p>"
        + _e(
            translate(
                "Handout",
                "An IOP treats alcohol or drug use, mental health problems, or both. It is for people "
                "who need more help than a weekly visit but can still live at home, so they keep up with work, "
                "school and family while they take part. It is not enough for someone in danger or who needs "
                "care around the clock.",
            )
        )
        + "</p>"
        + "<h3>"
        + _e(translate("Handout", "What a week looks like"))
        + "</h3>"
        + "<p>"
        + _e(
            translate(
                "Handout",
                "Most programs meet 3 to 5 days a week, 2 to 4 hours each time, in the daytime or the "
                "evening: about 9 to 12 hours a week. Most of the time is spent in small groups led by a "
                "therapist, with some time alone with a therapist and, in many programs, sessions with the "
                "family. Some sessions can be online. People usually stay from a few weeks to a few months; the "
                "treatment team decides when it is time to step down to less care.",
            )
        )
        + "</p>"
    )


def what_to_bring_html() -> str:
    items = [
        translate("Handout", "Your insurance card or Medicaid card"),
        translate("Handout", "A photo ID"),
        translate("Handout", "A list of all medicines, with how much is taken"),
        translate("Handout", "Names and phone numbers of doctors or counselors"),
        translate("Handout", "Papers from any recent hospital stay or treatment"),
        translate("Handout", "This sheet, with your questions"),
    ]
    half = (len(items) + 1) // 2
    column = '<td width="50%" valign="top">{}</td>'
    return (
        '<table width="100%" cellspacing="0" cellpadding="0" style="margin-top: 6pt;"><tr><td colspan="2">'
        "<h3>"
        + _e(translate("Handout", "What to bring to the first visit"))
        + "</h3></td></tr><tr>"
        + "".join(
            column.format("".join(f'<p class="tight">• {_e(i)}</p>' for i in part))
            for part in (items[:half], items[half:])
        )
        + '</tr><tr><td colspan="2"><p>'
        + _e(translate("Handout", "If the person is under 18, a parent or guardian should come too."))
        + "</p></td></tr></table>"
    )


def glossary_entries() -> list[tuple[str, str]]:
    """The words our printouts use, explained for a family (the handout's and the comparison's word list)."""
    return [
        (
            translate("Handout", "IOP (intensive outpatient program)"),
            translate(
                "Handout", "Treatment several days a week, a few hours each time, while living at home."
            ),
        ),
        (
            translate("Handout", "PHP / day treatment (partial hospitalization)"),
            translate(
                "Handout", "Treatment for most of the day, 5 or more days a week; the person sleeps at home."
            ),
        ),
        (
            translate("Handout", "Residential"),
            translate("Handout", "The person lives at the treatment center for weeks or months."),
        ),
        (
            translate("Handout", "Detox"),
            translate(
                "Handout", "Medical care while the body clears alcohol or drugs, so that stopping is safe."
            ),
        ),
        (
            translate("Handout", "MAT (medication for addiction treatment)"),
            translate(
                "Handout",
                "Medicines, together with counseling, that ease cravings and withdrawal from "
                "alcohol or opioids.",
            ),
        ),
        (
            translate("Handout", "CARF"),
            translate(
                "Handout",
                "An independent group that checks the quality of treatment programs. A program "
                "it approves is “accredited”.",
            ),
        ),
        (
            translate("Handout", "Joint Commission"),
            translate(
                "Handout", "An independent group that checks the quality of hospitals and treatment programs."
            ),
        ),
        (
            translate("Handout", "12-step facilitation"),
            translate(
                "Handout",
                "Help to join groups such as Alcoholics Anonymous or Narcotics Anonymous, which "
                "follow 12 steps.",
            ),
        ),
        (
            translate("Handout", "CBT (cognitive behavioral therapy)"),
            translate(
                "Handout",
                "Therapy that helps a person notice thoughts and habits that hurt them, and "
                "practice new ones.",
            ),
        ),
        (
            translate("Handout", "DBT (dialectical behavior therapy)"),
            translate(
                "Handout", "Therapy that teaches skills for strong emotions, stress and relationships."
            ),
        ),
    ]


def glossary_html(heading_level: int = 3, after: str = "") -> str:
    """The word list in two columns under its heading (one table: it is not cut between pages).

    `after`: HTML closing the same table across both columns (kept on the word list's page)."""
    entries = [
        f'<p class="gloss"><b>{_e(word)}:</b> {_e(meaning)}</p>' for word, meaning in glossary_entries()
    ]
    half = (len(entries) + 1) // 2
    heading = _e(translate("Handout", "Words used on this sheet"))
    return (
        f'<table width="100%" cellspacing="0" cellpadding="0" style="margin-top: 6pt;"><tr>'
        f'<td colspan="3"><h{heading_level}>{heading}</h{heading_level}></td></tr><tr>'
        # a column of its own between the two: a cell's padding-right is not honoured, and the
        # left column's lines ran into the right one's ("while living|treatment programs")
        f'<td width="48%" valign="top">{"".join(entries[:half])}</td><td width="4%"></td>'
        f'<td width="48%" valign="top">{"".join(entries[half:])}</td></tr>'
        + (f'<tr><td colspan="3">{after}</td></tr>' if after else "")
        + "</table>"
    )


def sources_html(directory_as_of: date | str) -> str:
    """Where the handout's information comes from; `directory_as_of`: the directory's month (or its
    date as stored when that is no month)."""
    as_of = arg(translate("Handout", "information as of %1"), month_year(directory_as_of))
    text = arg(
        translate(
            "Handout",
            "The program details come from the national directory of treatment programs of SAMHSA, an "
            "agency of the U.S. government (%1), and from phone calls to the programs where this sheet says so. "
            "Programs change: call before you go. What we say about IOPs and about a week in one is our own "
            "summary of articles on intensive outpatient care.",
        ),
        as_of,
    )
    return (
        '<p class="small" style="margin-top: 6pt;"><b>'
        + _e(translate("Handout", "Where this information comes from"))
        + f":"
        f"</b> {_e(text)}</p>"
    )
