"""The comparison PDF ends with the shortlisted programs on the map, numbered as in its list."""

from __future__ import annotations

from pypdf import PdfReader
from sqlalchemy import select

from finder.db.models import Program
from finder.services import shortlists as sl
from finder.services.compare import build_comparison
from finder.services.origins import resolve_offline


def _ids(db):
    with db.Session() as s:
        return s.scalars(select(Program.id).where(Program.zip == "92660").order_by(Program.id)).all()[:2]


def test_the_comparison_pdf_has_a_numbered_map_page(qapp, sample_db, tmp_path):
    from finder.reports.compare_report import write_comparison_pdf

    sl.create_shortlist(sample_db, "Case 8", origin=resolve_offline("92660"))
    sl.add_programs(sample_db, "Case 8", _ids(sample_db))
    c = build_comparison(sample_db, "Case 8")
    out = tmp_path / "c.pdf"
    pages = write_comparison_pdf(c, out)
    reader = PdfReader(str(out))
    assert len(reader.pages) == pages
    last = " ".join(reader.pages[-1].extract_text().split())
    assert "Where they are · Case 8" in last
    assert f"1 {c.programs[0].title}" in last and f"2 {c.programs[1].title}" in last
    xobjects = reader.pages[-1]["/Resources"]["/XObject"]
    widths = [x.get_object()["/Width"] for x in xobjects.values() if x.get_object()["/Subtype"] == "/Image"]
    assert widths and max(widths) >= 1000  # the map itself, not a thumbnail


def test_no_map_page_without_a_starting_place(qapp, sample_db, tmp_path):
    from finder.reports.compare_report import write_comparison_pdf

    sl.create_shortlist(sample_db, "Case 9")
    sl.add_programs(sample_db, "Case 9", _ids(sample_db))
    out = tmp_path / "c.pdf"
    write_comparison_pdf(build_comparison(sample_db, "Case 9"), out)
    assert all("Where they are" not in p.extract_text() for p in PdfReader(str(out)).pages)
