"""A long shortlist's handout: every program whole on one page, no empty page, and laid out in few passes."""

import re
import unicodedata
from dataclasses import replace
from datetime import date

from pypdf import PdfReader

from finder.services.handout import build_handout
from finder.services.origins import resolve_offline
from finder.services.shortlists import add_programs, create_shortlist

AKUA, DISCOVERY, NSIGHT = 47, 9, 12
COPIES = 40  # 120 programs: far past the two pages, as a shortlist of a few hundred is


def _long_handout(sample_db):
    create_shortlist(sample_db, "Case 8", origin=resolve_offline("Newport Beach, CA"))
    add_programs(sample_db, "Case 8", [AKUA, DISCOVERY, NSIGHT])
    h = build_handout(sample_db, "Case 8", today=date(2026, 3, 10))
    # numbered names, so each program's heading is found on exactly one page
    h.programs = [replace(p, name=f"{p.name} ({i:02d})") for i in range(COPIES) for p in h.programs]
    return h


def _page_texts(path) -> list[str]:
    return [
        re.sub(r"\s+", " ", unicodedata.normalize("NFKC", p.extract_text() or "")).strip()
        for p in PdfReader(path).pages
    ]


def test_a_long_handout_keeps_each_program_on_one_page_and_wastes_none(sample_db, tmp_path, monkeypatch):
    from finder.reports import pagination
    from finder.reports.handout import write_handout_pdf

    edits = []
    break_before = pagination.break_before
    monkeypatch.setattr(
        pagination,
        "break_before",
        lambda cursor, target, *policy: (edits.append(cursor), break_before(cursor, target, *policy))[1],
    )
    h = _long_handout(sample_db)
    out = tmp_path / "long.pdf"
    pages = write_handout_pdf(h, out)
    texts = _page_texts(out)
    assert pages == len(texts) > 2
    footer = re.compile(r"Treatment programs to consider · prepared on .*?Page \d+ of \d+")
    assert all(footer.sub("", t).strip() for t in texts), "a page with nothing on it"
    for number, p in enumerate(h.programs, 1):
        heading = f"{number}. {p.name}"
        on = [i for i, t in enumerate(texts) if heading in t]
        assert len(on) == 1, (
            heading,
            [texts[i][max(0, texts[i].index(heading) - 60) : texts[i].index(heading) + 80] for i in on],
        )
        # the program's phone is on the page of its name: the section was not cut in two
        start = texts[on[0]].index(heading)
        assert "Phone:" in texts[on[0]][start:], heading
    # the word list and the sources end the handout whole, not a line of them alone on a page
    assert "Words used on this sheet" in texts[-1] and "Where this information comes from" in texts[-1]
    # a page after the first begins with a program (its number and name) or with the closing parts
    for t in texts[1:]:
        assert re.match(r"(\d+\. |What to bring|Words used)", t), t[:80]
    # the breaks are set a page's worth at a time: a few edits of the document, not one per page
    assert len(set(map(id, edits))) <= 3 < pages
