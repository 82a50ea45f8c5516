"""What a consent-to-share form is filled in with: the program, the agency, the day (Qt-free).

Never the client: the form has blank lines for the name, date of birth and signature.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from finder.services.directory import get_program, parse_id

VALID_MONTHS = 12  # the form's end unless an earlier date or event is written in


@dataclass(frozen=True)
class ConsentForm:
    program_id: int
    program_name: str
    program_name2: str
    address: str
    phone: str
    agency: str  # who discloses ("" prints a blank line)
    made_on: date
    valid_months: int = VALID_MONTHS


def consent_form(db, shortlist: str, program_id, *, today: date | None = None) -> ConsentForm:
    """The form for a program on a shortlist (refused when it is not on it)."""
    from finder import settings
    from finder.services import shortlists as sl

    pid = parse_id(program_id)
    with db.Session() as s:
        found = sl._find(s, shortlist)
        sl._item(s, found, pid)
    p = get_program(db, pid)
    return ConsentForm(
        program_id=pid,
        program_name=p.name,
        program_name2=p.name2,
        address=p.address,
        phone=p.intake_phone or p.phone,
        agency=settings.load().agency,
        made_on=today or date.today(),
    )
