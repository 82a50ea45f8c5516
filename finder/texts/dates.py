"""Dates in words, in the current language, from the catalogue (no Qt, no C library locale).

    month_year(date(2024, 12, 1))   # "December 2024" / "diciembre de 2024"
    long_date(date(2024, 12, 15))   # "December 15, 2024" / "15 de diciembre de 2024"
    short_date(date(2024, 12, 15))  # "Dec 15" / "15 dic" (a day of this year, for narrow places)

Month names and the order of day, month and year are messages like any other, so a language
brings its own; the numbers stay Arabic digits without grouping.
"""

from __future__ import annotations

from datetime import date, datetime

from finder.errors import fill
from finder.texts import NP_, p_

MONTHS = (
    NP_("month", "January"),
    NP_("month", "February"),
    NP_("month", "March"),
    NP_("month", "April"),
    NP_("month", "May"),
    NP_("month", "June"),
    NP_("month", "July"),
    NP_("month", "August"),
    NP_("month", "September"),
    NP_("month", "October"),
    NP_("month", "November"),
    NP_("month", "December"),
)
SHORT_MONTHS = (
    NP_("short month", "Jan"),
    NP_("short month", "Feb"),
    NP_("short month", "Mar"),
    NP_("short month", "Apr"),
    NP_("short month", "May"),
    NP_("short month", "Jun"),
    NP_("short month", "Jul"),
    NP_("short month", "Aug"),
    NP_("short month", "Sep"),
    NP_("short month", "Oct"),
    NP_("short month", "Nov"),
    NP_("short month", "Dec"),
)


def _day(value: date | datetime) -> date:
    return value.date() if isinstance(value, datetime) else value


def month_name(month: int) -> str:
    """'December' (1-12) in the current language."""
    return p_("month", MONTHS[month - 1])


def month_year(value: date | datetime | str) -> str:
    """'December 2024' / 'diciembre de 2024' (a text that is no date, e.g. a directory's date as
    stored when it was not a month, stays as it is)."""
    if isinstance(value, str):
        return value
    d = _day(value)
    # %1 the month's name, %2 the year
    return fill(p_("month and year", "%1 %2"), (month_name(d.month), d.year))


def long_date(value: date | datetime) -> str:
    """'December 15, 2024' / '15 de diciembre de 2024'."""
    d = _day(value)
    # %1 the month's name, %2 the day, %3 the year
    return fill(p_("full date", "%1 %2, %3"), (month_name(d.month), d.day, d.year))


def short_date(value: date | datetime) -> str:
    """'Dec 15' / '15 dic': a day without its year, where room is short."""
    d = _day(value)
    # %1 the month's short name, %2 the day
    return fill(p_("day and short month", "%1 %2"), (p_("short month", SHORT_MONTHS[d.month - 1]), d.day))


def iso_day(text: str | date | None) -> date | None:
    """A stored 'YYYY-MM-DD' (or a date) as a date; None for anything else."""
    if isinstance(text, date):
        return _day(text)
    try:
        return date.fromisoformat((text or "").strip()[:10])
    except ValueError:
        return None
