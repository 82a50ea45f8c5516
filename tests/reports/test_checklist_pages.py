"""Checklist PDFs waste no paper: no empty page, no question cut from its answer lines, and the
last page never holds a single question (or only the tail of the sources)."""

import re
import unicodedata

import pytest
from pypdf import PdfReader
from sqlalchemy import select

from finder.db.models import Program
from finder.domain.checklist import QUESTIONS
from finder.services.checklists import AnswerChange, blank_checklist, get_checklist, record_answers
from finder.services.shortlists import add_programs, create_shortlist

FOOTER = re.compile(
    r"(Vetting checklist|Preguntas para evaluar un programa) · .*?(Page|Página) \d+ (of|de) \d+"
)


def _pages(path) -> list[str]:
    return [
        re.sub(r"\s+", " ", unicodedata.normalize("NFKC", p.extract_text() or "")).strip()
        for p in PdfReader(path).pages
    ]


def _checklists(db):
    with db.Session() as s:
        ids = s.scalars(select(Program.id).where(Program.zip == "92660").order_by(Program.id)).all()[:2]
    create_shortlist(db, "Case 6")
    add_programs(db, "Case 6", ids)
    # answers with notes long enough to wrap, on every other question
    record_answers(
        db,
        ids[0],
        "Case 6",
        [
            AnswerChange(
                q.id, "answered" if q.is_open else "yes", "They said so on the phone; ask again " * 3
            )
            for q in QUESTIONS[::2]
        ],
    )
    return [blank_checklist(db, pid) for pid in ids] + [get_checklist(db, pid, "Case 6") for pid in ids]


@pytest.mark.parametrize("paper", ["letter", "a4"])
@pytest.mark.parametrize("lang", ["en", "es"])
def test_no_page_is_wasted(sample_db, tmp_path, paper, lang):
    from finder.reports.printing import write_checklist_pdf

    for i, cl in enumerate(_checklists(sample_db)):
        out = tmp_path / f"{i}.pdf"
        write_checklist_pdf(cl, out, paper=paper, lang=lang)
        pages = _pages(out)
        kind = f"{'filled' if cl.shortlist else 'blank'} {cl.program.id} {paper} {lang}"
        assert len(pages) > 1
        for n, text in enumerate(pages, 1):
            assert FOOTER.sub("", text).strip(), f"page {n} of the {kind} checklist is empty"
        # a question's number and text begin on the page that has its answer line(s) after them
        numbers = [[int(m) for m in re.findall(r"(?:^|[\s.)])(\d{1,2})\. [¿A-Z]", t)] for t in pages]
        found = [q for page in numbers for q in page if 1 <= q <= len(QUESTIONS)]
        assert sorted(set(found)) == list(range(1, len(QUESTIONS) + 1)), kind
        last = [q for q in numbers[-1] if 1 <= q <= len(QUESTIONS)]
        assert len(last) >= 2, f"the last page of the {kind} checklist holds {len(last)} question(s)"


def test_checklist_comparison_and_handout_come_on_the_same_paper(sample_db, tmp_path):
    """Saved without a paper choice (as the window saves them) all three follow the user's paper;
    the comparison came out on Letter while the checklist was on A4."""
    from finder.reports.compare_report import write_comparison_pdf
    from finder.reports.handout import write_handout_pdf
    from finder.reports.printing import default_paper, write_checklist_pdf
    from finder.services.compare import build_comparison
    from finder.services.handout import build_handout

    checklists = _checklists(sample_db)
    write_checklist_pdf(checklists[2], tmp_path / "c.pdf")
    write_comparison_pdf(build_comparison(sample_db, "Case 6"), tmp_path / "m.pdf")
    write_handout_pdf(build_handout(sample_db, "Case 6"), tmp_path / "h.pdf")
    sizes = {}
    for name in ("c", "m", "h"):
        box = PdfReader(tmp_path / f"{name}.pdf").pages[0].mediabox
        sizes[name] = tuple(sorted((round(float(box.width)), round(float(box.height)))))
    expected = {"letter": (612, 792), "a4": (595, 842)}[default_paper()]
    assert sizes == {"c": expected, "m": expected, "h": expected}
