"""Error codes and their English templates: referrals, consents, unmet needs and the report.

raise UserError("some-code", value1, value2)   # in finder/services/referrals.py and its kin
"some-code": N_("Something about %1 and %2"),   # here; Spanish in finder/i18n/es.po
"""

from __future__ import annotations

from finder.texts import N_

TEMPLATES: dict[str, str] = {
    "referral-bad-date": N_("%1 '%2' is not a date; use YYYY-MM-DD, e.g. 2026-12-15"),
    "referral-unknown-status": N_("'%1' is not a referral status; use one of %2"),
    "referral-unknown-how": N_("'%1' is not a way of referring; use one of %2"),
    "referral-text-too-long": N_("%1 is %2 characters long; at most %3 are allowed"),
    "referral-no-program": N_("no program with id %1 (see 'finder search')"),
    "referral-not-on-shortlist": N_(
        "program %1 is not on the shortlist '%2'; add it with 'finder shortlist add \"%2\" %1'"
    ),
    "referral-exists": N_(
        "program %1 was already referred from the shortlist '%2'; "
        "give its news with 'finder referral %1 --shortlist \"%2\" --status STATUS'"
    ),
    "referral-missing": N_(
        "program %1 was not referred from the shortlist '%2'; refer it first with 'finder refer %1 --shortlist \"%2\"'"
    ),
    "referral-intake-needed": N_("the status intake-scheduled needs the intake date: --intake YYYY-MM-DD"),
    "referral-status-before": N_("the status date %1 is before the referral (%2)"),
    "referral-intake-before": N_("the intake date %1 is before the referral (%2)"),
    "what-reason": N_("the reason"),
    "consent-what": N_(
        "say what happened to the consent: --signed YYYY-MM-DD, --revoked YYYY-MM-DD, or --pdf OUT.pdf"
    ),
    "consent-expires-needs-signed": N_("--expires goes with --signed (the day the form was signed)"),
    "consent-expires-before": N_("the consent cannot expire (%1) before it was signed (%2)"),
    "consent-revoked-before": N_("the consent cannot be revoked (%1) before it was signed (%2)"),
    "consent-none": N_(
        "no consent for program %1 is on file for the shortlist '%2'; record one with --signed"
    ),
    "unmet-no-needs": N_("say which needs went unmet: --needs SLUG,... (e.g. medicaid,adolescents,iop)"),
    "report-period-backwards": N_("the period ends (%1) before it starts (%2)"),
    "setting-agency-too-long": N_("agency: at most 200 characters"),
    "setting-agency-control": N_("agency: control characters are not allowed"),
    "report-pdf-where": N_("say where to save the report: --pdf OUT.pdf"),
}
