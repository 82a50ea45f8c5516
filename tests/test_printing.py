"""The checklist printout: the program, every question and the answers, readable back from the PDF."""

import re
import unicodedata
from datetime import datetime

import pytest
from pypdf import PdfReader
from sqlalchemy import select

from finder.db.models import Program
from finder.domain.checklist import CAUTION, QUESTIONS, SOURCE_TITLES
from finder.services.checklists import (
    AnswerChange,
    blank_checklist,
    contact_change,
    get_checklist,
    record_answers,
)
from finder.services.origins import resolve_offline
from finder.services.shortlists import add_programs, create_shortlist, set_note


def squash(text: str) -> str:
    return re.sub(r"\s+", " ", unicodedata.normalize("NFKC", text)).strip()


def pages_text(path) -> list[str]:
    return [squash(p.extract_text()) for p in PdfReader(path).pages]


@pytest.fixture
def filled(sample_db):
    with sample_db.Session() as s:
        pid = s.scalars(
            select(Program.id).where(Program.zip == "92660", Program.name2 != "").order_by(Program.id)
        ).first()
    create_shortlist(sample_db, "Case 2291", origin=resolve_offline("Newport Beach, CA"))
    add_programs(sample_db, "Case 2291", [pid])
    set_note(sample_db, "Case 2291", pid, "Second choice; closer to the bus line")
    record_answers(
        sample_db,
        pid,
        "Case 2291",
        [
            AnswerChange("fit-ages", note="Mostly 20s and 30s"),
            AnswerChange("cost-insurance", "unsure", "Takes Aetna; confirm with the insurer"),
            AnswerChange("sched-iop-track", "no"),
            AnswerChange("fit-similar-issues", "yes"),
            contact_change("Dana Reyes, intake coordinator", datetime(2026, 3, 4, 10, 30)),
            AnswerChange("appr-therapies", note="CBT & DBT <groups> on Tuesdays"),  # escaped, not markup
        ],
        answered_by="",
    )
    return get_checklist(sample_db, pid, "Case 2291")


@pytest.mark.parametrize("paper", ["letter", "a4"])
def test_filled_pdf_has_program_questions_and_answers(qapp, filled, tmp_path, paper):
    from finder.reports.printing import write_checklist_pdf

    out = tmp_path / f"filled-{paper}.pdf"
    pages = write_checklist_pdf(filled, out, paper=paper)
    texts = pages_text(out)
    assert len(texts) == pages >= 2
    whole = " ".join(texts)
    p = filled.program
    for must in (
        p.name,
        p.name2,
        p.phone,
        "Case 2291",
        squash(CAUTION),
        "SAMHSA",
        "Newport Beach",
        "Mostly 20s and 30s",
        "Takes Aetna; confirm with the insurer",
        "Dana Reyes",
        "CBT & DBT <groups> on Tuesdays",
        "Second choice; closer to the bus line",
        f"{filled.asked} of {filled.total} asked",
    ):
        assert squash(must) in whole, must
    yes_no = [q for q in QUESTIONS if q.kind == "yes-no"]
    assert whole.count("☒") == 3  # unsure, no, yes; open questions have no boxes at all
    assert whole.count("☐") == 3 * len(yes_no) - 3
    assert (
        "Spoke with Dana Reyes, intake coordinator · March 4, 2026 10:30 AM" in whole
    )  # dates as English writes them
    assert f"{filled.asked} of {filled.total} asked" in whole and filled.asked == 5
    assert not re.search(
        r"\d\d:\d\d( [AP]M)? by ", whole
    )  # no name was set: none printed (never the login name)
    assert ".txt" not in whole  # article titles, not hashed file names
    assert "the articles the checklist was drawn from" in whole
    for title in SOURCE_TITLES.values():
        assert squash(title) in whole, title
    for i, page in enumerate(texts, start=1):
        assert f"Page {i} of {pages}" in page
    # every question is printed whole on one page: its number, text and source together
    for n, q in enumerate(QUESTIONS, start=1):
        holding = [t for t in texts if f"{n}. {squash(q.text)}" in t]
        assert len(holding) == 1, q.id
        assert f"(source: {squash(q.source_title)})" in holding[0], q.id


def test_open_questions_print_their_answer_or_lines_not_boxes(qapp, filled):
    from finder.reports.printing import checklist_html

    html = checklist_html(filled)
    ages = html[html.index("What ages") :]
    ages = ages[: ages.index("</table>")]
    assert "Answer: Mostly 20s and 30s" in ages and "☐" not in ages and "☒" not in ages
    intake = html[html.index("How does intake work") :]
    intake = intake[: intake.index("</table>")]
    assert "☐" not in intake and intake.count('class="line"') == 3  # room to write the answer


def test_a_login_name_stored_earlier_is_not_printed(qapp, sample_db, filled):
    import getpass

    from finder.reports.printing import checklist_html

    record_answers(
        sample_db,
        filled.program.id,
        "Case 2291",
        [AnswerChange("med-detox", "yes")],
        answered_by=getpass.getuser(),
    )  # as earlier versions recorded it
    cl = get_checklist(sample_db, filled.program.id, "Case 2291")
    assert cl.answer("med-detox").answered_by == getpass.getuser()
    assert f"by {getpass.getuser()}" not in checklist_html(cl)
    record_answers(
        sample_db,
        filled.program.id,
        "Case 2291",
        [AnswerChange("med-detox", "no")],
        answered_by="Casey Ortiz",
    )
    assert "by Casey Ortiz" in checklist_html(get_checklist(sample_db, filled.program.id, "Case 2291"))


def test_blank_pdf_has_questions_and_no_answers(qapp, sample_db, filled, tmp_path):
    from finder.reports.printing import write_checklist_pdf

    blank = blank_checklist(sample_db, filled.program.id)
    out = tmp_path / "blank.pdf"
    write_checklist_pdf(blank, out)
    whole = " ".join(pages_text(out))
    assert filled.program.name in whole and "blank checklist" in whole
    for q in QUESTIONS:
        assert squash(q.text) in whole
    for secret in ("Case 2291", "Mostly 20s", "Dana Reyes", "☒", "Second choice"):
        assert secret not in whole
    assert whole.count("☐") == 3 * len([q for q in QUESTIONS if q.kind == "yes-no"])
    assert "Spoke with" in whole  # a line to write the name on


def test_filled_false_prints_a_blank_copy_of_a_shortlisted_program(qapp, filled):
    from finder.reports.printing import checklist_html

    assert "Mostly 20s" in checklist_html(filled)
    html = checklist_html(filled, filled=False)
    assert "Mostly 20s" not in html and "Case 2291" not in html and "☒" not in html


def test_unwritable_target_is_a_user_error(qapp, filled, tmp_path):
    from finder.errors import UserError
    from finder.reports.printing import write_checklist_pdf

    with pytest.raises(UserError, match="does not exist"):
        write_checklist_pdf(filled, tmp_path / "missing" / "x.pdf")
    with pytest.raises(UserError, match="folder"):
        write_checklist_pdf(filled, tmp_path)
    with pytest.raises(UserError, match="paper"):
        write_checklist_pdf(filled, tmp_path / "x.pdf", paper="legal")
    assert not list(tmp_path.glob("*.part"))
