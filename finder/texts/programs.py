"""A program's own facts in words, in the current language.

    phones_line("9495550100", "9495550101")   # "main 949-555-0100 · intake 949-555-0101"

The numbers are shown in the one phone style (finder.domain.validation.format_phone); the words
around them come from the catalogue.
"""

from __future__ import annotations

from finder.domain.validation import format_phone
from finder.texts import _


def phones_line(phone: str, intake: str) -> str:
    """'main 949-555-0100 · intake 949-555-0101', either part left out when not recorded ('' for none)."""
    parts = [
        f"{_('main')} {format_phone(phone)}" if phone else "",
        f"{_('intake')} {format_phone(intake)}" if intake else "",
    ]
    return " · ".join(x for x in parts if x)
