"""The comparison PDF: landscape, every name and label, heading row on each page, no row cut in two."""

import pytest
from pypdf import PdfReader
from sqlalchemy import select

from finder.db.models import Program
from finder.services.checklists import AnswerChange, record_answers
from finder.services.compare import build_comparison
from finder.services.editing import set_status
from finder.services.origins import resolve_offline
from finder.services.shortlists import add_programs, create_shortlist
from finder.texts.compare import worded


def _pages(path):
    return [" ".join(p.extract_text().split()) for p in PdfReader(path).pages]


@pytest.fixture
def six(sample_db):
    with sample_db.Session() as s:
        ids = s.scalars(select(Program.id).where(Program.state == "IL").order_by(Program.id).limit(6)).all()
    create_shortlist(sample_db, "Case 6", origin=resolve_offline("60601"))
    add_programs(sample_db, "Case 6", ids)
    set_status(sample_db, ids[1], "do-not-refer", "license lapsed")
    record_answers(
        sample_db,
        ids[0],
        "Case 6",
        [AnswerChange("fit-ages", note="12-17 only"), AnswerChange("cost-insurance", "yes", "Medicaid too")],
    )
    return build_comparison(sample_db, "Case 6")


def test_six_programs(qapp, six, tmp_path):  # qapp: a full QApplication, as later window tests need
    from finder.reports.compare_report import write_comparison_pdf

    out = tmp_path / "six.pdf"
    pages = write_comparison_pdf(six, out)
    reader = PdfReader(out)
    assert pages == len(reader.pages) > 1
    box = reader.pages[0].mediabox
    assert box.width > box.height
    texts = _pages(out)
    whole = " ".join(texts)
    for p in six.programs:
        assert " ".join(p.name.split()[:2]) in whole
        # the heading row (program names) is repeated on every page
        assert all(" ".join(p.name.split()[:2]) in t for t in texts)
    assert "DO NOT REFER" in whole and "Do not refer: license lapsed" in whole
    assert "12-17 only" in whole and "Yes — 12-17" not in whole  # an open question shows its note
    assert "Yes — Medicaid too" in whole
    for row in worded(six).rows:
        words = row.label.split()
        first, last = " ".join(words[:2]), " ".join(words[-2:])
        on = [i for i, t in enumerate(texts) if first in t]
        assert on, row.label
        # a row is never cut between pages: its label starts and ends on the same page
        assert any(last in texts[i] for i in on), row.label
    assert "≠" in texts[0] and "Distances from" in texts[0]


def test_two_programs_and_marks(qapp, six, tmp_path):
    from finder.reports.compare_report import comparison_html, write_comparison_pdf

    two = six.select([0, 2])
    html = comparison_html(two)
    differing = [r for r in worded(two).rows if r.differs]
    assert differing and html.count("<b>≠</b>") == len(differing)  # a mark on each differing row
    out = tmp_path / "two.pdf"
    write_comparison_pdf(two, out)
    whole = " ".join(_pages(out))
    assert two.programs[0].name.split()[0] in whole and two.programs[1].name.split()[0] in whole
    assert six.programs[1].name not in whole
