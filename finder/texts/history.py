"""Who changed what, and when, in words (finder.services.history.HistoryRow gives the values).

what(row)   "phone", "answer to fit-ages (Case 12)"
line(row)   "2026-12-01 10:00  jk  answer to fit-ages (Case 12): — → yes"   (a copy, the command line)
"""

from __future__ import annotations

from finder.errors import fill
from finder.texts import _

NO_VALUE = "—"


def what(row) -> str:
    """A field of the program as stored ("phone"), or an answer or a note on a shortlist's checklist."""
    if row.entity == "answer":
        template = _("note on %1 (%2)") if row.field == "note" else _("answer to %1 (%2)")
        return fill(template, (row.question_id, row.shortlist))
    return row.field


def line(row, what_text: str | None = None) -> str:
    """One change on one line: when, who, what, the value before and after (`what_text`: the caller's
    words for what changed, e.g. a field's name in the window's language)."""
    old, new = row.old_value or NO_VALUE, row.new_value or NO_VALUE
    who = row.who or _("unknown")
    return f"{row.at:%Y-%m-%d %H:%M}  {who}  {what_text or what(row)}: {old} → {new}"
