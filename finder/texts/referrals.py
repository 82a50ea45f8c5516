"""Words for referrals, consents, unmet needs and the report: the window, the paper and the command line.

The services (finder/services/referrals.py, unmet.py, referral_report.py) return slugs, dates and
numbers; these functions word them in the current language (finder.texts).
"""

from __future__ import annotations

from datetime import date

from finder.errors import fill
from finder.texts import N_, _, n_, p_
from finder.texts.dates import short_date

STATUS_LABELS = {
    "referred": N_("Referred"),
    "intake-scheduled": N_("Intake scheduled"),
    "attended": N_("Attended"),
    "no-show": N_("No-show"),
    "waitlisted": N_("Waitlisted"),
    "declined-by-client": N_("Declined by client"),
    "not-accepted": N_("Not accepted"),
    "withdrawn": N_("Withdrawn"),
}
HOW_LABELS = {
    "phone": N_("Phone"),
    "fax": N_("Fax"),
    "e-mail": N_("E-mail"),
    "portal": N_("Portal"),
    "in-person": N_("In person"),
    "warm-handoff": N_("Warm hand-off"),
}
FOLLOW_UP_LABELS = {
    "referral-no-news": N_("Referral: no news for a week"),
    "intake-tomorrow": N_("Referral: intake tomorrow"),
    "no-show": N_("Referral: no-show"),
}


def status_label(status: str) -> str:
    return _(STATUS_LABELS[status]) if status in STATUS_LABELS else status


def how_label(how: str) -> str:
    return _(HOW_LABELS[how]) if how in HOW_LABELS else how


def follow_up_label(kind: str) -> str | None:
    """A referral follow-up's reason, or None for a call's outcome."""
    return _(FOLLOW_UP_LABELS[kind]) if kind in FOLLOW_UP_LABELS else None


def status_word(status: str, status_on: date, intake_on: date | None) -> str:
    """What the shortlist bar says of a referred program: 'Intake Dec 15', 'Referred Dec 1', 'No-show'."""
    if status == "intake-scheduled" and intake_on is not None:
        return fill(_("Intake %1"), (short_date(intake_on),))
    # %1 the status ("Referred"), %2 its day ("Dec 1")
    return fill(p_("status and day", "%1 %2"), (status_label(status), short_date(status_on)))


def share_text(share: float | None) -> str:
    return "—" if share is None else f"{share * 100:.0f}%"


def days_text(value: float | None) -> str:
    if value is None:
        return "—"
    return (
        n_("%n day", "%n days", int(value))
        if float(value).is_integer()
        else fill(_("%1 days"), (f"{value:g}",))
    )


def histogram_text(histogram: dict[int, int]) -> str:
    """The chart in words (a screen reader's): '14 days: 1 referral; 17 days: 1 referral'."""
    if not histogram:
        return _("No intake dates in this period.")
    return "; ".join(
        fill(_("%1: %2"), (n_("%n day", "%n days", day), n_("%n referral", "%n referrals", count)))
        for day, count in sorted(histogram.items())
    )


def consent_text(consent) -> str:
    """'signed 2026-12-01, until 2027-12-01' / 'revoked 2026-12-09' / 'none on file'."""
    if consent is None:
        return _("none on file")
    if consent.revoked_on is not None:
        return fill(_("revoked %1"), (consent.revoked_on.isoformat(),))
    text = fill(_("signed %1"), (consent.signed_on.isoformat(),))
    if consent.expires_on is not None:
        text += ", " + fill(_("until %1"), (consent.expires_on.isoformat(),))
    return text


# --- the command line's sentences ------------------------------------------------------------
def referred_line(record, consent_on_file: bool) -> list[tuple[str, bool]]:
    """What `finder refer` prints: (line, on stderr) pairs; the consent warning once, on stderr."""
    lines = [
        (
            fill(
                _("referred program %1 (%2) on %3 by %4"),
                (
                    record.program_id,
                    record.program_name,
                    record.referred_on.isoformat(),
                    how_label(record.how).lower(),
                ),
            ),
            False,
        )
    ]
    if not consent_on_file:
        lines.append(
            (
                fill(
                    _(
                        "warning: no consent to share is on file for this program; print one with "
                        "'finder consent \"%1\" --program %2 --pdf consent.pdf' and record it with --signed"
                    ),
                    (record.shortlist, record.program_id),
                ),
                True,
            )
        )
    return lines


def status_line(record) -> str:
    text = fill(
        _("program %1: %2 on %3"),
        (record.program_id, status_label(record.status), record.status_on.isoformat()),
    )
    if record.days_to_intake is not None:
        text += " · " + fill(
            _("intake %1, %2 after the referral"),
            (record.intake_on.isoformat(), days_text(record.days_to_intake)),
        )
    return text


def consent_line(consent) -> str:
    return fill(_("consent: %1"), (consent_text(consent),))


def unmet_line(record) -> str:
    """'Recorded: medicaid + adolescents + iop within 25 mi of 92660: none'."""
    from finder.services.needs import public_key

    needs = " + ".join(public_key(k) for k in record.needs)
    return fill(_("recorded: %1 within %2 mi of %3: none"), (needs, f"{record.radius_miles:g}", record.near))


def report_title() -> str:
    return _("Referrals and unmet needs")


def period_text(start: date, end: date) -> str:
    return fill(_("%1 to %2"), (start.isoformat(), end.isoformat()))


# --- the consent-to-share form (our own words for the elements 42 CFR Part 2 asks for) ----------
def consent_title() -> str:
    return _("Consent to share information for a referral")


def consent_parts(agency: str, program: str, months: int) -> list[tuple[str, str]]:
    """The form's elements, in order: (heading, text). `agency` and `program` are filled in or blank."""
    return [
        (
            _("1. Who shares"),
            fill(
                _("I allow %1 (the agency helping me find treatment) to share the information below."),
                (agency,),
            ),
        ),
        (
            _("2. With whom"),
            fill(
                _("It may be shared with %1, the program I am being referred to, and its intake staff."),
                (program,),
            ),
        ),
        (
            _("3. What may be shared"),
            _(
                "Only what the program needs for this referral: that I am being referred, my contact "
                "details, the kind of help I am looking for (including any substance use treatment "
                "history), my insurance or how I will pay, and whether I attended the intake."
            ),
        ),
        (_("4. Why"), _("Referral and coordination of treatment.")),
        (
            _("5. Until when"),
            n_(
                "This consent ends %n month after the day I sign it, or earlier on this date or "
                "when this happens:",
                "This consent ends %n months after the day I sign it, or earlier on this date or "
                "when this happens:",
                months,
            ),
        ),
        (
            _("6. I can take it back"),
            _(
                "I may revoke this consent at any time, in writing or by telling the agency, except "
                "for what was already shared relying on it. My treatment, payment, enrollment or "
                "eligibility for benefits does not depend on my signing it."
            ),
        ),
        (
            _("7. Protected records"),
            _(
                "Substance use treatment records are protected by federal law (42 CFR Part 2). "
                "Whoever receives them may not share them further unless I agree in writing or "
                "the law allows it."
            ),
        ),
    ]


def consent_blanks() -> list[str]:
    """The lines the client and the witness fill in by hand: nothing of them is stored."""
    return [
        _("Client's name"),
        _("Date of birth"),
        _("Signature of the client (or legal representative)"),
        _("Date signed"),
        _("If signed by a representative: name and authority"),
        _("Witness (agency staff)"),
    ]


def consent_footer(program: str, made_on: date) -> str:
    return fill(_("Consent to share · %1 · form printed %2"), (program, made_on.isoformat()))


def consent_note() -> str:
    return _(
        "Give the client a copy. Keep the signed form in the client's file; the app records only "
        "the dates it was signed, ends and was revoked."
    )


def page_label(page: int, pages: int) -> str:
    return fill(_("Page %1 of %2"), (page, pages))


def _table(headers: list[str], rows: list[list[str]]) -> list[str]:
    widths = [max([len(h), *(len(r[i]) for r in rows)]) for i, h in enumerate(headers)]
    lines = ["  ".join(h.ljust(w) for h, w in zip(headers, widths)).rstrip()]
    lines.append("  ".join("-" * w for w in widths))
    lines += ["  ".join(c.ljust(w) for c, w in zip(r, widths)).rstrip() for r in rows]
    return lines


def report_text(report) -> str:
    """The report as plain text tables (the command line and the window's report)."""
    lines = [f"{report_title()} · {period_text(report.start, report.end)}"]
    if report.everyone:
        lines.append(_("Every case manager's referrals (counts only)"))
    lines.append("")
    lines += _table(
        [_("Status"), _("Referrals")],
        [[status_label(s), str(n)] for s, n in report.by_status.items()]
        + [[_("Total"), str(report.referrals)]],
    )
    lines.append("")
    lines += _table(
        [_("Days to intake"), ""],
        [
            [_("Referrals with an intake date"), str(report.intakes)],
            [_("Median"), days_text(report.median_days)],
            [_("75th percentile"), days_text(report.p75_days)],
            [_("Within 10 business days"), share_text(report.within_standard)],
            [_("Attended"), share_text(report.attended_share)],
            [_("No-show"), share_text(report.no_show_share)],
        ],
    )
    lines.append("")
    lines += _table(
        [_("ID"), _("Program"), _("Referrals"), _("Attended"), _("Median days to intake")],
        [
            [str(p.id), p.name, str(p.referrals), str(p.attended), days_text(p.median_days_to_intake)]
            for p in report.by_program
        ],
    )
    lines.append("")
    if report.unmet_needs:
        lines += _table([_("Unmet need"), _("Times")], [[n, str(c)] for n, c in report.unmet_needs])
    else:
        lines.append(_("No unmet needs recorded in this period."))
    return "\n".join(lines) + "\n"
