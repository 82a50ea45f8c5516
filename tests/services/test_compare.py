"""The comparison grid: values per cell from the service, the words a family reads (finder.texts.compare),
differences, choosing programs, the CSV."""

import csv
from datetime import date

import pytest
from sqlalchemy import select

from finder.db.models import Program
from finder.domain.checklist import QUESTIONS
from finder.domain.taxonomy import REGISTRY
from finder.errors import UserError
from finder.services.checklists import AnswerChange, record_answers
from finder.services.compare import (
    ATTRIBUTE_KEYS,
    Distance,
    StatusCell,
    TagsCell,
    TooManyPrograms,
    build_comparison,
    parse_ids,
    spreadsheet_safe,
    write_comparison_csv,
)
from finder.services.editing import mark_verified, set_status
from finder.services.origins import resolve_offline
from finder.services.shortlists import add_programs, create_shortlist, set_note
from finder.texts.compare import ROW_LABELS, worded

# three real programs from tests/fixtures/directory_sample.csv
DISCOVERY, NSIGHT, DEPAUL = 9, 12, 20


@pytest.fixture
def case(sample_db):
    create_shortlist(sample_db, "Case 2291", origin=resolve_offline("92660"))
    add_programs(sample_db, "Case 2291", [DISCOVERY, NSIGHT, DEPAUL])
    return sample_db


def _row(comparison, key):
    return next(r for r in comparison.rows if r.key == key)


def test_rows_cover_attributes_and_every_question(case):
    c = build_comparison(case, "Case 2291")
    assert [p.id for p in c.programs] == [DISCOVERY, NSIGHT, DEPAUL]
    assert "92660" in c.origin_label
    keys = [r.key for r in c.rows]
    assert keys[: len(ATTRIBUTE_KEYS)] == ATTRIBUTE_KEYS
    assert keys[len(ATTRIBUTE_KEYS) :] == [f"q:{q.id}" for q in QUESTIONS]
    assert all(len(r.values) == 3 for r in c.rows)
    # values, not sentences: a mental-health-only program cannot say whether it runs an IOP
    levels = _row(c, "levels").values
    assert isinstance(levels[0], TagsCell) and levels[0].iop_not_recorded and "iop" not in levels[0].slugs
    assert not levels[1].iop_not_recorded and "iop" in levels[1].slugs
    far = _row(c, "distance").values[2]
    assert isinstance(far, Distance) and far.miles > 1000
    # ... and the same in words
    w = worded(c)
    assert [r.label for r in w.rows][: len(ATTRIBUTE_KEYS)] == [
        ROW_LABELS.get(k) or next(v.compare_label for v in REGISTRY if v.name == k) for k in ATTRIBUTE_KEYS
    ]
    assert [r.label for r in w.rows][len(ATTRIBUTE_KEYS) :] == [q.text for q in QUESTIONS]
    assert _row(w, "levels").cells[0].endswith("IOP: not recorded")
    assert "IOP: not recorded" not in _row(w, "levels").cells[1]
    assert (
        _row(w, "distance").cells[2].endswith("mi")
        and float(_row(w, "distance").cells[2].strip("≈ mi")) > 1000
    )


def test_differences(case):
    record_answers(case, DISCOVERY, "Case 2291", [AnswerChange("cost-insurance", "yes")])
    record_answers(case, NSIGHT, "Case 2291", [AnswerChange("cost-insurance", "yes")])
    record_answers(case, DEPAUL, "Case 2291", [AnswerChange("cost-insurance", "YES")])
    c = build_comparison(case, "Case 2291")
    w = worded(c)
    assert _row(w, "q:cost-insurance").cells == ["Yes"] * 3 and not _row(w, "q:cost-insurance").differs
    assert _row(w, "address").differs and _row(w, "languages").differs
    assert not _row(w, "status").differs and not _row(w, "q:fit-intake").differs
    # without Center for Discovery ("—"), the other two agree on languages
    two = c.select([1, 2])
    assert [p.id for p in two.programs] == [NSIGHT, DEPAUL]
    assert not _row(worded(two), "languages").differs  # both Spanish
    assert not _row(worded(c.select([0])), "address").differs  # one program differs from nothing


def test_no_origin_and_do_not_refer_and_verified(sample_db):
    create_shortlist(sample_db, "Case 7")
    add_programs(sample_db, "Case 7", [NSIGHT, DEPAUL])
    set_status(sample_db, DEPAUL, "do-not-refer", "closed its teen program")
    mark_verified(sample_db, NSIGHT, by="jk", on=date(2025, 3, 4))
    c = build_comparison(sample_db, "Case 7")
    assert c.origin_label == ""
    assert [d.miles for d in _row(c, "distance").values] == [None, None]
    assert _row(c, "status").values == [
        StatusCell("active"),
        StatusCell("do-not-refer", "closed its teen program"),
    ]
    assert [p.do_not_refer for p in c.programs] == [False, True]
    assert _row(c, "verified").values == [date(2025, 3, 4), None]
    w = worded(c)
    assert _row(w, "distance").cells == ["—", "—"]
    assert _row(w, "status").cells == ["Active", "Do not refer: closed its teen program"]
    assert _row(w, "verified").cells == ["March 4, 2025", "Never"]


def test_choosing_programs(case):
    c = build_comparison(case, "Case 2291", ids=[DEPAUL, DISCOVERY])
    assert [p.id for p in c.programs] == [DEPAUL, DISCOVERY]
    with pytest.raises(UserError, match="not on the shortlist"):
        build_comparison(case, "Case 2291", ids=[NSIGHT, 47])
    with pytest.raises(UserError, match="no shortlist named"):
        build_comparison(case, "Case 9999")
    assert parse_ids(" 12, 9,20 ") == [12, 9, 20]
    for bad, words in (("12,12", "twice"), ("", "commas"), ("12,x", "'x'")):
        with pytest.raises(UserError, match=words):
            parse_ids(bad)


def test_more_than_six_and_empty(sample_db):
    with sample_db.Session() as s:
        ids = s.scalars(select(Program.id).order_by(Program.id).limit(8)).all()
    create_shortlist(sample_db, "Big")
    with pytest.raises(UserError, match="no programs to compare"):
        build_comparison(sample_db, "Big")
    add_programs(sample_db, "Big", ids)
    with pytest.raises(TooManyPrograms, match="--ids") as err:
        build_comparison(sample_db, "Big")
    assert err.value.count == 8
    with pytest.raises(UserError, match="at most 6"):
        build_comparison(sample_db, "Big", ids=ids[:7])
    assert len(build_comparison(sample_db, "Big", ids=ids[2:8]).programs) == 6


def test_csv_exact_cells(case, tmp_path):
    record_answers(
        case,
        DISCOVERY,
        "Case 2291",
        [AnswerChange("fit-ages", note="13 to 17"), AnswerChange("cost-insurance", "no")],
    )
    record_answers(
        case,
        NSIGHT,
        "Case 2291",
        [AnswerChange("fit-ages", note="=ask again"), AnswerChange("cost-insurance", "yes")],
    )
    set_note(case, "Case 2291", NSIGHT, "-call after 3pm")
    c = build_comparison(case, "Case 2291", ids=[NSIGHT, DISCOVERY])
    out = tmp_path / "c.csv"
    assert write_comparison_csv(worded(c).table(), out) == 1 + len(c.rows)
    with open(out, newline="", encoding="utf-8-sig") as fh:
        rows = list(csv.reader(fh))
    assert rows[0] == [
        "Program",
        "Nsight Mental Health and Wellness — Nsight PHP/IOP Program",
        "Center for Discovery — Newport Beach",
    ]
    by_label = {r[0]: r[1:] for r in rows[1:]}
    assert by_label["Address"] == [
        "4000 Birch Street, Suite 112, Newport Beach, CA 92660",
        "1000 Quail Street, Suite 290, Newport Beach, CA 92660",
    ]
    assert by_label["Phones"] == ["main 949-629-3730", "main 855-818-2029"]
    assert by_label["Levels of care"] == [
        "Intensive outpatient (IOP), Partial hospitalization / day, Outpatient, Telehealth",
        "Partial hospitalization / day, Outpatient, IOP: not recorded",
    ]
    assert by_label["Languages besides English"] == ["Spanish", "—"]
    assert by_label["Accreditation"] == ["CARF, Joint Commission", "—"]
    assert by_label["Status"] == ["Active", "Active"]
    assert by_label["Shortlist note"] == ["'-call after 3pm", "—"]  # cannot run as a formula
    assert by_label["Checklist progress"] == [f"2 of {len(QUESTIONS)} asked"] * 2
    # an open question's cell is what they said, not a Yes/No
    ages = "Checklist · Fit: What ages are the people in the program's groups?"
    assert by_label[ages] == ["'=ask again", "13 to 17"]
    intake = next(q for q in QUESTIONS if q.id == "fit-intake")
    assert by_label[f"Checklist · Fit: {intake.text}"] == ["Not asked", "Not asked"]
    insurance = next(q for q in QUESTIONS if q.id == "cost-insurance")
    assert by_label[f"Checklist · {insurance.section}: {insurance.text}"] == ["Yes", "No"]
    assert by_label[f"Checklist · Fit: {QUESTIONS[0].text}"] == ["Not asked", "Not asked"]
    assert by_label["Distance"][0].startswith("≈") and by_label["Distance"][0].endswith(" mi")


def test_spreadsheet_safe():
    for risky in ("=1+1", "+1 800", "-x", "@SUM(A1)", "\tx", "\rx"):
        assert spreadsheet_safe(risky) == "'" + risky
    for fine in ("Yes", "'quoted", "—", "", "1000 Quail Street"):
        assert spreadsheet_safe(fine) == fine


def test_csv_refuses_bad_targets(case, tmp_path):
    rows = worded(build_comparison(case, "Case 2291")).table()
    with pytest.raises(UserError, match="folder"):
        write_comparison_csv(rows, tmp_path)
    with pytest.raises(UserError, match="does not exist"):
        write_comparison_csv(rows, tmp_path / "nope" / "c.csv")
