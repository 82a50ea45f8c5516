"""The referral report as HTML (tables and the chart) -> PDF or a print preview (printing.py paints it)."""

from __future__ import annotations

import base64
import html
from pathlib import Path

from finder.reports.i18n import report_language
from finder.reports.map_scene import png_bytes
from finder.reports.printing import default_paper, paint_html, setup_page, write_pdf
from finder.reports.referral_chart import chart_image
from finder.services.referral_report import ReferralReport
from finder.texts import _
from finder.texts import referrals as words


def _e(text) -> str:
    return html.escape(str(text or ""), quote=True)


def _table(headers: list[str], rows: list[list[str]], widths: list[int] | None = None) -> str:
    head = "".join(
        f'<th align="left"{f" width={w}%" if widths else ""}>{_e(h)}</th>'
        for h, w in zip(headers, widths or [0] * len(headers))
    )
    body = "".join("<tr>" + "".join(f"<td>{_e(c)}</td>" for c in r) + "</tr>" for r in rows)
    return (
        '<table width="100%" cellspacing="0" cellpadding="3" border="1" style="border-collapse: collapse;'
        f' margin-top: 4pt;"><tr>{head}</tr>{body}</table>'
    )


def report_html(report: ReferralReport, *, chart: bool = True) -> str:
    statuses = [[words.status_label(s), str(n)] for s, n in report.by_status.items() if n] or [["—", "0"]]
    statuses.append([_("Total"), str(report.referrals)])
    summary = [
        [_("Referrals with an intake date"), str(report.intakes)],
        [_("Median days to intake"), words.days_text(report.median_days)],
        [_("75th percentile"), words.days_text(report.p75_days)],
        [_("Within 10 business days"), words.share_text(report.within_standard)],
        [_("Attended"), words.share_text(report.attended_share)],
        [_("No-show"), words.share_text(report.no_show_share)],
    ]
    programs = [
        [str(p.id), p.name, str(p.referrals), str(p.attended), words.days_text(p.median_days_to_intake)]
        for p in report.by_program
    ]
    parts = [
        f'<h1 style="font-size: 16pt;">{_e(words.report_title())}</h1>',
        f"<p>{_e(words.period_text(report.start, report.end))}"
        + (f" · {_e(_('Every case manager (counts only)'))}" if report.everyone else "")
        + "</p>",
        f"<h2>{_e(_('Referrals by status'))}</h2>",
        _table([_("Status"), _("Referrals")], statuses, [70, 30]),
        f"<h2>{_e(_('Days to intake'))}</h2>",
        _table([_("Measure"), _("Value")], summary, [70, 30]),
    ]
    if chart:
        png = base64.b64encode(png_bytes(chart_image(report.histogram))).decode("ascii")
        parts.append(f'<p><img src="data:image/png;base64,{png}" width="600"></p>')
    parts += [
        f"<h2>{_e(_('By program'))}</h2>",
        _table([_("ID"), _("Program"), _("Referrals"), _("Attended"), _("Median days to intake")], programs)
        if programs
        else f"<p>{_e(_('No referrals in this period.'))}</p>",
        f"<h2>{_e(_('Unmet needs'))}</h2>",
        _table([_("Unmet need"), _("Times")], [[n, str(c)] for n, c in report.unmet_needs], [70, 30])
        if report.unmet_needs
        else f"<p>{_e(_('No unmet needs recorded in this period.'))}</p>",
        '<p style="font-size: 8pt; margin-top: 10pt;">'
        + _e(
            _(
                "Days to intake are calendar days from the referral to the intake. Business days are "
                "Monday to Friday (holidays are not counted out). A referral counts in the period of "
                "the day it was made. No client is named in this report."
            )
        )
        + "</p>",
    ]
    return "<html><body>" + "".join(parts) + "</body></html>"


def paint_report(report: ReferralReport, device) -> int:
    return paint_html(
        report_html(report),
        device,
        f"{words.report_title()} · {words.period_text(report.start, report.end)}",
        page_label=words.page_label,
    )


def print_report(report: ReferralReport, device, *, lang: str = "en") -> int:
    with report_language(lang):
        return paint_report(report, device)


def write_report_pdf(
    report: ReferralReport, out: str | Path, *, lang: str = "en", paper: str | None = None
) -> int:
    """Save the report as a PDF in `lang`; returns the page count."""
    paper = paper or default_paper()
    with report_language(lang):
        return write_pdf(
            out,
            title=words.report_title(),
            example="report.pdf",
            page_setup=lambda w: setup_page(w, paper),
            paint=lambda w: paint_report(report, w),
        )
