"""Every error code and its English template, gathered from the registries of each area.

Data only (N_-marked English), so finder/errors.py can word an error in English for str(exc) and
the log without the translating half of the text layer; finder.texts.errors translates.
"""

from __future__ import annotations

from finder.texts.errors_data import TEMPLATES as DATA
from finder.texts.errors_referrals import TEMPLATES as REFERRALS
from finder.texts.errors_work import TEMPLATES as WORK

TEMPLATES: dict[str, str] = {**DATA, **WORK, **REFERRALS}
