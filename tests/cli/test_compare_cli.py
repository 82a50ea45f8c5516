"""`finder compare` through a real process: CSV and PDF files, --ids, and one-line errors with exit 2."""

import csv
import json

import pytest
from pypdf import PdfReader

from finder.domain.checklist import QUESTIONS
from finder.services.compare import ATTRIBUTE_KEYS
from finder.texts.compare import row_label

ATTRIBUTE_LABELS = [row_label(k) for k in ATTRIBUTE_KEYS]  # in English, as the command line's default

from .test_shortlist_cli import db, finder, loaded, one_line_error  # noqa: F401 (fixtures)


@pytest.fixture
def listed(db):  # noqa: F811
    path, ids = db
    assert finder(path, "shortlist", "create", "Case 2291", "--near", "92660").returncode == 0
    assert finder(path, "shortlist", "add", "Case 2291", *ids).returncode == 0
    assert (
        finder(
            path,
            "checklist",
            ids[0],
            "--shortlist",
            "Case 2291",
            "--set",
            "fit-similar-issues=yes",
            "--note",
            "fit-similar-issues=teens only",
        ).returncode
        == 0
    )
    return path, ids


def _names(path, shortlist="Case 2291"):
    data = json.loads(finder(path, "shortlist", "list", "--format", "json").stdout)
    return {p["id"]: p["name"] for s in data if s["name"] == shortlist for p in s["programs"]}


def test_csv_in_shortlist_order(listed, tmp_path):
    path, ids = listed
    out = tmp_path / "c.csv"
    p = finder(path, "compare", "Case 2291", "--csv", out)
    assert p.returncode == 0, p.stderr
    assert "3 programs" in p.stdout
    with open(out, newline="", encoding="utf-8-sig") as fh:
        rows = list(csv.reader(fh))
    names = _names(path)
    assert [r[0] for r in rows] == [
        "Program",
        *ATTRIBUTE_LABELS,
        *[f"Checklist · {q.section}: {q.text}" for q in QUESTIONS],
    ]
    assert [c.split(" — ")[0] for c in rows[0][1:]] == [names[i] for i in ids]
    ages = next(
        r for r in rows if r[0].endswith("Have you treated people with problems like this person's before?")
    )
    assert ages[1:] == ["Yes — teens only", "Not asked", "Not asked"]


def test_ids_pick_and_order(listed, tmp_path):
    path, ids = listed
    out = tmp_path / "c.csv"
    p = finder(path, "compare", "Case 2291", "--ids", f"{ids[2]},{ids[0]}", "--csv", out)
    assert p.returncode == 0, p.stderr
    with open(out, newline="", encoding="utf-8-sig") as fh:
        head = next(csv.reader(fh))
    names = _names(path)
    assert [c.split(" — ")[0] for c in head[1:]] == [names[ids[2]], names[ids[0]]]


def test_pdf_holds_every_name_and_label(listed, tmp_path):
    path, _ids = listed
    out = tmp_path / "c.pdf"
    p = finder(path, "compare", "Case 2291", "--pdf", out)
    assert p.returncode == 0, p.stderr
    reader = PdfReader(out)
    page = reader.pages[0]
    assert page.mediabox.width > page.mediabox.height  # landscape
    text = " ".join(" ".join(pg.extract_text().split()) for pg in reader.pages)
    for name in _names(path).values():
        assert " ".join(name.split()) in text
    for label in ATTRIBUTE_LABELS:
        assert label in text
    for q in QUESTIONS:  # long questions wrap; their opening words are on one line
        assert " ".join(q.text.split()[:3]) in text
    assert "≠" in text and "Case 2291" in text


def test_errors(listed, tmp_path):
    path, _ids = listed
    one_line_error(finder(path, "compare", "Case 2291"), "--pdf", "--csv")
    one_line_error(finder(path, "compare", "Nobody", "--csv", tmp_path / "x.csv"), "no shortlist")
    one_line_error(
        finder(path, "compare", "Case 2291", "--ids", "999999", "--csv", tmp_path / "x.csv"),
        "not on the shortlist",
    )
    one_line_error(finder(path, "compare", "Case 2291", "--ids", "1,x", "--csv", tmp_path / "x.csv"), "'x'")
    one_line_error(finder(path, "compare", "Case 2291", "--csv", tmp_path / "no" / "x.csv"), "does not exist")
    assert finder(path, "shortlist", "create", "Empty").returncode == 0
    one_line_error(finder(path, "compare", "Empty", "--pdf", tmp_path / "x.pdf"), "no programs")
    assert not (tmp_path / "x.pdf").exists() and not (tmp_path / "x.csv").exists()


def test_more_than_six_needs_ids(db, tmp_path):  # noqa: F811
    path, _ = db
    found = json.loads(finder(path, "search", "--near", "60601", "--limit", "7", "--format", "json").stdout)
    ids = [r["id"] for r in found["results"]]
    assert len(ids) == 7
    assert finder(path, "shortlist", "create", "Case 7").returncode == 0
    assert finder(path, "shortlist", "add", "Case 7", *ids).returncode == 0
    one_line_error(finder(path, "compare", "Case 7", "--csv", tmp_path / "x.csv"), "7 programs", "--ids")
    one_line_error(
        finder(path, "compare", "Case 7", "--ids", ",".join(map(str, ids)), "--csv", tmp_path / "x.csv"),
        "at most 6",
    )
    out = tmp_path / "six.pdf"
    p = finder(path, "compare", "Case 7", "--ids", ",".join(map(str, ids[1:])), "--pdf", out)
    assert p.returncode == 0, p.stderr
    text = " ".join(" ".join(pg.extract_text().split()) for pg in PdfReader(out).pages)
    names = _names(path, "Case 7")
    for pid in ids[1:]:
        assert " ".join(names[pid].split()[:2]) in text
