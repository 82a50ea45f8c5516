"""The consent form (English, Spanish) names every element Part 2 asks for and nobody; the report PDF
carries the period's figures and its chart."""

from __future__ import annotations

import os
from datetime import date

import pytest
from pypdf import PdfReader

from finder.reports.consent_form import write_consent_pdf
from finder.reports.referral_report import write_report_pdf
from finder.services.consent_form import ConsentForm
from finder.services.referral_report import ProgramLine, ReferralReport

FORM = ConsentForm(47, "Akua Behavioral Health", "", "20271 SW Birch Street, Newport Beach, CA 92660",
                   "949-777-2283", "Harbor Family Services", date(2026, 12, 1))  # fmt: skip


def _text(path) -> str:
    return " ".join(" ".join(p.extract_text().split()) for p in PdfReader(path).pages)


@pytest.mark.parametrize(
    ("lang", "expected"),
    [
        ("en", ["Harbor Family Services", "Akua Behavioral Health", "Newport Beach", "Referral and coordination of treatment",
                "12 months", "revoke", "42 CFR Part 2", "Client's name", "Date of birth", "Signature", "Date signed"]),
        ("es", ["Harbor Family Services", "Akua Behavioral Health", "Derivación y coordinación del tratamiento",
                "12 meses", "revocar", "42 CFR Part 2", "Nombre", "Fecha de nacimiento", "Firma"]),
    ],
)  # fmt: skip
def test_the_consent_form_has_every_element_and_blank_lines_for_the_client(tmp_path, lang, expected):
    out = tmp_path / f"consent-{lang}.pdf"
    assert write_consent_pdf(FORM, out, lang=lang, paper="letter") == 1
    text = _text(out)
    for word in expected:
        assert word in text, (word, text)
    assert "____" in text  # lines to write on, nothing filled in for the client
    assert os.stat(out).st_mode & 0o777 == 0o600


def test_the_report_pdf_has_the_figures_and_the_chart(tmp_path):
    report = ReferralReport(
        date(2026, 12, 1), date(2026, 12, 1), 3,
        {"attended": 1, "no-show": 1, "declined-by-client": 1}, 2, 12.0, 14.5, 0.5, 0.333, 0.333,
        [("iop", 1), ("medicaid", 1)], [ProgramLine(47, "Akua Behavioral Health", 1, 1, 7.0)], {7: 1, 17: 1},
    )  # fmt: skip
    out = tmp_path / "report.pdf"
    assert write_report_pdf(report, out, paper="letter") >= 1
    text = _text(out)
    for word in ("Referrals and unmet needs", "No-show", "Within 10 business days", "50%", "12 days",
                 "Akua Behavioral Health", "medicaid" ):  # fmt: skip
        assert word in text, word
    assert any(p.images for p in PdfReader(out).pages)  # the chart
