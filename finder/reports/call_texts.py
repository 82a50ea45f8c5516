"""What calls found out, as sentences in the current language (context "CallTexts").

finder.services keeps its English `text()` methods for the command line; the window and the
printouts build the same sentences here from the structured fields, so a Spanish window or a
`--lang es` printout reads Spanish while English reads exactly as the services write it:

- room_text(availability): "accepting · wait ≈ 14 days · next intake Dec 15 · said 6 days ago by
  D. Rivera (more than 30 days old: call again)" (availability.Availability.text);
- family_room_text(room): the handout's plain sentences for a family ("They are taking new people.");
- delisted_text(mark): "Not in the 2025 directory — may have closed; call to check" (DelistedMark.text);
- confirmation_text(key, c): "Medicaid: no — by phone Nov 28 (directory says yes)" (calls.confirmation_text);
- last_call_text(record): "Voicemail, Nov 28 (follow up Dec 2)" (compare.last_call_text).

Dates are written with the QLocale given (the window's, QLocale(), by default; a printout passes
its report locale). A stale word on room (over 30 days) is always said in words.
"""

from __future__ import annotations

import html
from datetime import date, datetime

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QDate, QLocale

from finder.reports.i18n import arg, translate_n, vocabulary_text

translate = QCoreApplication.translate
CTX = "CallTexts"

OUTCOME_WORDS = {  # finder.services.calls.OUTCOME_LABELS
    "reached": QT_TRANSLATE_NOOP("CallTexts", "Reached"),
    "voicemail": QT_TRANSLATE_NOOP("CallTexts", "Voicemail"),
    "no-answer": QT_TRANSLATE_NOOP("CallTexts", "No answer"),
    "wrong-number": QT_TRANSLATE_NOOP("CallTexts", "Wrong number"),
    "closed": QT_TRANSLATE_NOOP("CallTexts", "Closed"),
}
CONTACT_WORDS = {
    "phone": QT_TRANSLATE_NOOP("CallTexts", "Phone"),
    "address": QT_TRANSLATE_NOOP("CallTexts", "Address"),
    "website": QT_TRANSLATE_NOOP("CallTexts", "Website"),
}


def _n(text: str, n: int, *values) -> str:
    return arg(translate_n(CTX, text, n, grouped=False), *values)  # counts as the services write them


def short_date(day: date | datetime, locale: QLocale | None = None) -> str:
    """'Dec 15' (English), '15 dic' (Spanish)."""
    # Translators: a Qt date format (QDate::toString) for a day of this year, e.g. "d MMM"
    fmt = translate("CallTexts", "MMM d", "date format")
    return (locale or QLocale()).toString(QDate(day.year, day.month, day.day), fmt)


def long_date(day: date, locale: QLocale | None = None) -> str:
    """'December 15, 2026' (English), '15 de diciembre de 2026' (Spanish)."""
    # Translators: a Qt date format (QDate::toString), e.g. "d 'de' MMMM 'de' yyyy"
    fmt = translate("CallTexts", "MMMM d, yyyy", "date format")
    return (locale or QLocale()).toString(QDate(day.year, day.month, day.day), fmt)


def _facts(room, today: date | None):
    """(accepting, wait_days, next_intake, learned_on, age_days, stale, by) of an
    availability.Availability (ages from `today`) or a handout.RoomNote (ages as stored)."""
    if hasattr(room, "as_of"):
        return (
            room.accepting,
            room.wait_days,
            room.next_intake,
            room.as_of.date(),
            room.age_days(today),
            room.stale(today),
            room.by,
        )
    return room.accepting, room.wait_days, room.next_intake, room.learned_on, room.age_days, room.stale, ""


# ---------------------------------------------------------------- room, for staff


def room_text(room, locale: QLocale | None = None, today: date | None = None) -> str:
    """What the latest call said about room, with its age (Availability.text in English)."""
    accepting, wait, intake, _on, age, stale, by = _facts(room, today)
    if getattr(room, "from_file", False):
        by = translate("CallTexts", "the directory file")
    parts = [
        {
            True: translate("CallTexts", "accepting"),
            False: translate("CallTexts", "not accepting"),
            None: translate("CallTexts", "room unknown"),
        }[accepting]
    ]
    if wait is not None:
        parts.append(_n("wait ≈ %n day(s)", wait))
    if intake is not None:
        parts.append(arg(translate("CallTexts", "next intake %1"), short_date(intake, locale)))
    if by:
        parts.append(
            arg(translate("CallTexts", "said today by %1"), by)
            if age == 0
            else arg(translate("CallTexts", "said yesterday by %1"), by)
            if age == 1
            else _n("said %n day(s) ago by %1", age, by)
        )
    else:
        parts.append(
            translate("CallTexts", "said today")
            if age == 0
            else translate("CallTexts", "said yesterday")
            if age == 1
            else _n("said %n day(s) ago", age)
        )
    text = " · ".join(parts)
    return text + translate("CallTexts", " (more than 30 days old: call again)") if stale else text


# ---------------------------------------------------------------- room, for a family (the handout)


def family_room_text(room, locale: QLocale | None = None, today: date | None = None) -> str:
    """Plain sentences for a family, escaped for HTML: 'They are taking new people. The wait is …'."""
    if room is None:
        return html.escape(translate("CallTexts", "Not known yet: ask when you call."))
    accepting, wait, intake, learned_on, age, stale, _by = _facts(room, today)
    parts = [
        {
            True: translate("CallTexts", "They are taking new people."),
            False: translate("CallTexts", "They are not taking new people right now."),
            None: translate("CallTexts", "They did not say whether they have room."),
        }[accepting]
    ]
    if wait is not None:
        parts.append(translate_n("CallTexts", "The wait is about %n day(s).", wait))
    if intake is not None:
        parts.append(arg(translate("CallTexts", "Next start date: %1."), long_date(intake, locale)))
    when = long_date(learned_on, locale)
    if getattr(room, "from_file", False):
        parts.append(arg(translate("CallTexts", "The directory file said this on %1."), when))
    elif age == 0:
        parts.append(arg(translate("CallTexts", "We learned this by phone today (%1)."), when))
    else:
        parts.append(arg(translate_n("CallTexts", "We learned this by phone %n day(s) ago (%1).", age), when))
    if stale:
        parts.append(translate("CallTexts", "That was a while ago: call to check."))
    return html.escape(" ".join(parts), quote=True)


# ---------------------------------------------------------------- a program no longer listed


def delisted_text(mark) -> str:
    """'Not in the 2025 directory — may have closed; call to check' (importing.report.DelistedMark)."""
    if mark.edition:
        return arg(
            translate("CallTexts", "Not in the %1 directory — may have closed; call to check"), mark.edition
        )
    if mark.file:
        return arg(translate("CallTexts", "Not in %1 — may have closed; call to check"), mark.file)
    return translate("CallTexts", "Not in the latest directory — may have closed; call to check")


# ---------------------------------------------------------------- facts a call confirmed


def _yes_no(value: bool) -> str:
    return translate("CallTexts", "yes") if value else translate("CallTexts", "no")


def field_text(key: str) -> str:
    """'Phone', or a tag's label ('Medicaid') in the current language (calls.field_label)."""
    from finder.domain.taxonomy import LABELS

    if key in CONTACT_WORDS:
        return translate("CallTexts", CONTACT_WORDS[key])
    _vocab, _sep, slug = key.partition(":")
    return vocabulary_text(LABELS.get(slug, slug))


def confirmation_text(key: str, c, locale: QLocale | None = None) -> str:
    """'Medicaid: no — by phone Nov 28 (directory says yes)' (calls.confirmation_text)."""
    on = short_date(c.at, locale)
    if key == "phone" and not c.value:
        return arg(translate("CallTexts", "Phone: wrong number — by phone %1"), on)
    text = arg(translate("CallTexts", "%1: %2 — by phone %3"), field_text(key), _yes_no(c.value), on)
    if c.directory_value is not None and c.directory_value != c.value:
        text += arg(translate("CallTexts", " (directory says %1)"), _yes_no(c.directory_value))
    return text


# ---------------------------------------------------------------- the last call


def outcome_text(outcome: str) -> str:
    return translate("CallTexts", OUTCOME_WORDS[outcome]) if outcome in OUTCOME_WORDS else outcome


def last_call_text(record, locale: QLocale | None = None) -> str:
    """'Voicemail, Nov 28 (follow up Dec 2)' for a calls.CallRecord."""
    text = arg(translate("CallTexts", "%1, %2"), outcome_text(record.outcome), short_date(record.at, locale))
    if record.follow_up and not record.follow_up_done:
        text += arg(translate("CallTexts", " (follow up %1)"), short_date(record.follow_up, locale))
    return text
