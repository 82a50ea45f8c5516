"""The comparison PDF ends with the shortlisted programs on the map, numbered as in its list."""

from __future__ import annotations

import re

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


def test_ring_labels_on_paper_are_round_miles_and_apart(qapp):
    """The outer ring read '20.288 mi', drawn over the '20 mi' ring: the paper map's edge is now a whole step."""
    from PySide6.QtGui import QFont, QFontMetricsF

    from finder.domain.projection import ring_distances
    from finder.reports.map_labels import ring_labels
    from finder.reports.map_render import MapRenderer
    from finder.reports.map_scene import MapMark, MapScene
    from finder.reports.paper_map import map_radius

    lat, lon = 33.6295, -117.8684  # 92660
    font = QFont("DejaVu Sans")
    font.setPixelSize(12)
    fm = QFontMetricsF(font)
    for far_lat in (
        lat + 0.255,
        lat + 0.1,
        lat + 0.9,
        lat + 2.3,
    ):  # the farthest program 17.6, 6.9, 62, 159 mi away
        radius = map_radius(lat, lon, [MapMark(1, "p", far_lat, lon, True, 1)])
        rings = ring_distances(radius)
        assert radius == round(radius) and all(m * 2 == round(m * 2) for m in rings), rings
        proj = MapRenderer.fit(MapScene(lat, lon, radius), 500, 410)
        labels = ring_labels(radius, proj, fm, 500, 410, [], [])
        assert [t for t, _b in labels] == [f"{m:g} mi" for m in rings if f"{m:g} mi" in dict(labels)]
        assert all(re.fullmatch(r"\d+(\.5)? mi", t) for t, _b in labels), labels
        boxes = [b for _t, b in labels]
        assert len(boxes) >= 2 and not any(
            a.intersects(b) for i, a in enumerate(boxes) for b in boxes[i + 1 :]
        )


def test_a_round_ring_never_crowds_the_radius_ring():
    from finder.domain.projection import ring_distances

    assert ring_distances(20.288) == [5, 10, 15, 20.288]  # no "20 mi" ring a hair inside it
    assert ring_distances(25) == [5, 10, 15, 20, 25]
