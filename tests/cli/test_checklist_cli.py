"""`finder checklist ...`: questions JSON, answers that survive the process, PDFs, exit codes."""

import json
import re

import pytest
from pypdf import PdfReader

from finder.domain.checklist import QUESTIONS

from .test_shortlist_cli import db, finder, loaded, one_line_error, run  # noqa: F401 (fixtures)


def pdf_text(path) -> str:
    return re.sub(r"\s+", " ", " ".join(pg.extract_text() for pg in PdfReader(path).pages))


@pytest.fixture
def listed(db, capsys):  # noqa: F811
    path, ids = db
    assert run(capsys, path, "shortlist", "create", "Case 2291", "--near", "92660").returncode == 0
    assert run(capsys, path, "shortlist", "add", "Case 2291", *ids).returncode == 0
    return path, ids


def test_questions_json(tmp_path, capsys):
    p = run(capsys, tmp_path / "q.db", "checklist", "--questions", "--format", "json")
    assert p.returncode == 0, p.stderr
    data = json.loads(p.stdout)
    assert [q["id"] for q in data] == [q.id for q in QUESTIONS]
    assert all(set(q) == {"id", "section", "kind", "text", "why", "source"} for q in data)
    assert all(q["source"].endswith(".txt") and "/" not in q["source"] for q in data)
    kinds = {q["id"]: q["kind"] for q in data}
    assert (
        kinds["fit-intake"] == "open" and kinds["fit-ages"] == "open" and kinds["cost-insurance"] == "yes-no"
    )
    assert "after-contact" not in kinds  # the call's contact, not a question
    table = run(capsys, tmp_path / "q.db", "checklist", "--questions")
    assert table.returncode == 0 and "fit-ages" in table.stdout
    assert ".txt" not in table.stdout and "questions to ask" in table.stdout  # article titles, not files


def test_answers_persist_across_processes(listed, capsys, monkeypatch):
    path, ids = listed
    monkeypatch.setenv("FINDER_USER", "Casey Ortiz")
    p = finder(
        path,
        "checklist",
        ids[0],
        "--shortlist",
        "Case 2291",
        "--set",
        "fit-ages=answered",
        "--note",
        "fit-ages=18 and over",
        "--set",
        "cost-insurance=unsure",
        "--note",
        "cost-insurance=Aetna; confirm with insurer",
        "--spoke-to",
        "Dana Reyes, intake",
        "--spoke-at",
        "2026-03-04",
        "--format",
        "json",
    )
    assert p.returncode == 0, p.stderr
    # a second, separate process reads what the first one wrote
    p = finder(path, "checklist", ids[0], "--shortlist", "Case 2291", "--format", "json")
    assert p.returncode == 0, p.stderr
    data = json.loads(p.stdout)
    assert set(data) == {"program", "shortlist", "contact", "asked", "total", "answers"}
    assert data["contact"] == {"name": "Dana Reyes, intake", "at": "2026-03-04T00:00:00"}
    assert data["program"]["id"] == ids[0] and data["program"]["name"]
    assert (data["shortlist"], data["asked"], data["total"]) == ("Case 2291", 2, len(QUESTIONS))
    answers = {a["id"]: a for a in data["answers"]}
    assert list(answers) == [q.id for q in QUESTIONS]
    assert answers["fit-ages"]["answer"] == "answered" and answers["fit-ages"]["note"] == "18 and over"
    assert answers["fit-ages"]["answered_by"] == "Casey Ortiz"
    assert answers["fit-ages"]["answered_at"]
    assert answers["cost-insurance"]["note"] == "Aetna; confirm with insurer"
    assert answers["sched-hours"] == {
        **answers["sched-hours"],
        "answer": "not-asked",
        "note": "",
        "answered_by": "",
        "answered_at": None,
    }
    # another program on the same shortlist has its own, empty checklist
    other = json.loads(
        run(capsys, path, "checklist", ids[1], "--shortlist", "Case 2291", "--format", "json").stdout
    )
    assert other["asked"] == 0
    table = run(capsys, path, "checklist", ids[0], "--shortlist", "Case 2291")
    assert table.returncode == 0 and f"2 of {len(QUESTIONS)} asked" in table.stdout
    assert "Spoke with: Dana Reyes, intake" in table.stdout


def test_errors(listed, tmp_path, capsys):
    path, ids = listed
    one_line_error(
        run(capsys, path, "checklist", ids[0], "--shortlist", "Case 2291", "--set", "nope=yes"), "nope"
    )
    one_line_error(
        run(capsys, path, "checklist", ids[0], "--shortlist", "Case 2291", "--set", "cost-insurance=maybe"),
        "maybe",
    )
    # a yes/no answer on an open question, or the reverse
    one_line_error(
        run(capsys, path, "checklist", ids[0], "--shortlist", "Case 2291", "--set", "fit-intake=no"),
        "open question",
    )
    one_line_error(
        run(
            capsys, path, "checklist", ids[0], "--shortlist", "Case 2291", "--set", "cost-insurance=answered"
        ),
        "yes/no question",
    )
    one_line_error(
        run(capsys, path, "checklist", ids[0], "--shortlist", "Case 2291", "--set", "fit-intake=answered"),
        "--note fit-intake=",
    )
    one_line_error(
        run(
            capsys,
            path,
            "checklist",
            ids[0],
            "--shortlist",
            "Case 2291",
            "--spoke-to",
            "Dana",
            "--spoke-at",
            "March 4",
        ),
        "YYYY-MM-DD",
    )
    one_line_error(run(capsys, path, "checklist", ids[0], "--spoke-to", "Dana"), "--shortlist")
    one_line_error(run(capsys, path, "checklist", ids[0], "--shortlist", "Case 9"), "no shortlist")
    one_line_error(run(capsys, path, "checklist", "999999", "--shortlist", "Case 2291"), "999999")
    one_line_error(run(capsys, path, "checklist", ids[0], "--set", "cost-insurance=yes"), "--shortlist")
    one_line_error(run(capsys, path, "checklist", ids[0]), "--shortlist")
    run(capsys, path, "shortlist", "create", "Case 5")
    one_line_error(run(capsys, path, "checklist", ids[0], "--shortlist", "Case 5"), "not on the shortlist")
    one_line_error(run(capsys, path, "checklist", "999999", "--pdf", tmp_path / "x.pdf"), "999999")
    # this one reaches Qt, so it runs in its own process
    one_line_error(finder(path, "checklist", ids[0], "--pdf", tmp_path / "no" / "x.pdf"), "does not exist")


def test_pdf_blank_without_shortlist_even_with_answers(listed, tmp_path, capsys):
    path, ids = listed
    run(
        capsys,
        path,
        "checklist",
        ids[0],
        "--shortlist",
        "Case 2291",
        "--set",
        "cost-insurance=yes",
        "--note",
        "fit-ages=UNIQUE-NOTE-TEXT",
        "--spoke-to",
        "Dana Reyes",
    )
    filled, blank = tmp_path / "filled.pdf", tmp_path / "blank.pdf"
    p = finder(path, "checklist", ids[0], "--shortlist", "Case 2291", "--pdf", filled)
    assert p.returncode == 0, p.stderr
    p = finder(path, "checklist", ids[0], "--pdf", blank, "--paper", "a4")
    assert p.returncode == 0, p.stderr
    filled_text = pdf_text(filled)
    blank_text = pdf_text(blank)
    assert "UNIQUE-NOTE-TEXT" in filled_text and "Case 2291" in filled_text and "☒" in filled_text
    assert "UNIQUE-NOTE-TEXT" not in blank_text and "Case 2291" not in blank_text and "☒" not in blank_text
    assert "Spoke with Dana Reyes" in filled_text and "Dana Reyes" not in blank_text
