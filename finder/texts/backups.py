"""Why a backup was made, in the current language (finder/services/backups.py records it as data).

    reason_text("by hand")                      -> "made by hand"
    reason_text("before import of x.csv")       -> "before import of x.csv"
    reason_text("")                             -> "not recorded" (a copy made before reasons were kept)

A reason this version does not know (one a later version wrote) is shown as recorded.
"""

from __future__ import annotations

from finder.errors import fill
from finder.services.backups import BEFORE_IMPORT, BEFORE_MIGRATION, BEFORE_RESTORE, BY_HAND
from finder.texts import N_, _

REASONS = {
    "": N_("not recorded"),
    BY_HAND: N_("made by hand"),
    BEFORE_MIGRATION: N_("before migration"),
}
# a recorded prefix, and the template its remainder (a file's name, a date) goes into
PREFIXES = (
    (BEFORE_IMPORT, N_("before import of %1")),
    (BEFORE_RESTORE, N_("before restore of the copy from %1")),
)


def reason_text(reason: str) -> str:
    """The recorded reason for a person, in the current language."""
    if reason in REASONS:
        return _(REASONS[reason])
    for prefix, template in PREFIXES:
        if reason.startswith(prefix):
            return fill(_(template), (reason[len(prefix) :],))
    return reason
