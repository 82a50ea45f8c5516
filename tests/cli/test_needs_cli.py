"""`finder shortlist create --needs`, `shortlist needs`, `shortlist show`: JSON shapes, tables, and
bad input (one line, exit 2, nothing recorded)."""

from __future__ import annotations

import json

import pytest

from tests.helpers import SAMPLE_CSV, one_line_error
from tests.helpers import finder as run_finder
from tests.helpers import finder_here as run

AKUA, DISCOVERY = 47, 9


@pytest.fixture(scope="module")
def loaded(tmp_path_factory):
    path = tmp_path_factory.mktemp("needs") / "d.db"
    assert run_finder("import", SAMPLE_CSV, db=path).returncode == 0
    return path


@pytest.fixture
def db(loaded, tmp_path):
    copy = tmp_path / "copy.db"
    copy.write_bytes(loaded.read_bytes())
    return copy


def lists(capsys, db):
    return json.loads(run(capsys, db, "shortlist", "list", "--format", "json").stdout)


def test_create_with_needs_then_show_how_many_each_program_meets(db, capsys):
    p = run_finder(
        "shortlist",
        "create",
        "Case 5",
        "--near",
        "92660",
        "--needs",
        "medicaid,adolescents,iop,evening",
        db=db,
    )
    assert p.returncode == 0, p.stderr
    assert "Needs: Medicaid, Adolescents, IOP, Evening hours" in p.stdout
    assert run(capsys, db, "shortlist", "add", "Case 5", AKUA, DISCOVERY).returncode == 0
    [case] = lists(capsys, db)
    assert case["needs"] == ["medicaid", "adolescents", "iop", "evening"]
    assert "needs_met" not in case["programs"][0]  # the list stays light; `show` has the counts

    shown = json.loads(run(capsys, db, "shortlist", "show", "Case 5", "--format", "json").stdout)
    assert set(shown) == {"name", "origin", "owner", "shared", "created_at", "needs", "programs"}
    assert shown["needs"] == case["needs"]
    by_id = {p["id"]: p for p in shown["programs"]}
    assert set(by_id[AKUA]) == {
        "id",
        "name",
        "name2",
        "city",
        "state",
        "distance_miles",
        "note",
        "asked",
        "total",
        "needs_met",
    }
    assert by_id[AKUA]["needs_met"] == {
        "met": 1,
        "total": 4,
        "not_met": ["medicaid", "adolescents"],
        "unknown": ["evening"],
    }
    assert by_id[DISCOVERY]["needs_met"] == {
        "met": 1,
        "total": 4,
        "not_met": ["medicaid"],
        "unknown": ["iop", "evening"],
    }

    table = run(capsys, db, "shortlist", "show", "Case 5").stdout
    assert "Needs: Medicaid, Adolescents, IOP, Evening hours" in table
    assert "1 of 4 needs" in table and "No: Medicaid · Unknown: IOP, Evening hours" in table


def test_a_call_changes_what_show_says(db, capsys):
    run(capsys, db, "shortlist", "create", "Case 6", "--needs", "evening,iop")
    run(capsys, db, "shortlist", "add", "Case 6", DISCOVERY)
    p = run(
        capsys,
        db,
        "call",
        DISCOVERY,
        "--shortlist",
        "Case 6",
        "--outcome",
        "reached",
        "--confirm",
        "evening=yes",
        "--confirm",
        "iop=yes",
    )
    assert p.returncode == 0, p.stderr
    shown = json.loads(run(capsys, db, "shortlist", "show", "Case 6", "--format", "json").stdout)
    assert shown["programs"][0]["needs_met"] == {"met": 2, "total": 2, "not_met": [], "unknown": []}
    assert "All met" in run(capsys, db, "shortlist", "show", "Case 6").stdout
    # the call's record keeps the schedule fact under its slug
    [call] = json.loads(run(capsys, db, "calls", DISCOVERY, "--format", "json").stdout)
    assert call["confirmed"] == {"evening": True, "iop": True}


def test_needs_replaces_and_an_empty_list_clears(db, capsys):
    run(capsys, db, "shortlist", "create", "Case 7", "--needs", "iop")
    p = run(capsys, db, "shortlist", "needs", "Case 7", "therapies:trauma,weekend")
    assert p.returncode == 0 and "Trauma, Weekend hours" in p.stdout
    assert lists(capsys, db)[0]["needs"] == ["therapies:trauma", "weekend"]
    p = run(capsys, db, "shortlist", "needs", "Case 7", "")
    assert p.returncode == 0 and "no needs now" in p.stdout
    assert lists(capsys, db)[0]["needs"] == []
    run(capsys, db, "shortlist", "add", "Case 7", AKUA)
    shown = run(capsys, db, "shortlist", "show", "Case 7")
    assert "Needs: none given" in shown.stdout and "Not met" not in shown.stdout
    data = json.loads(run(capsys, db, "shortlist", "show", "Case 7", "--format", "json").stdout)
    assert data["programs"][0]["needs_met"] == {"met": 0, "total": 0, "not_met": [], "unknown": []}


@pytest.mark.parametrize(
    ("needs", "says"),
    [
        ("medicaid,medicade", "'medicade' is not a need"),
        ("trauma", "say which, e.g. populations:trauma"),
        ("address", "'address' is not a need"),
        ("when:evening", "no vocabulary 'when'"),
    ],
)
def test_bad_needs_are_one_line_exit_2_and_record_nothing(db, capsys, needs, says):
    one_line_error(run(capsys, db, "shortlist", "create", "Case 8", "--needs", needs), says)
    assert lists(capsys, db) == []  # no shortlist was made
    run(capsys, db, "shortlist", "create", "Case 8", "--needs", "iop")
    one_line_error(run(capsys, db, "shortlist", "needs", "Case 8", needs), says)
    assert lists(capsys, db)[0]["needs"] == ["iop"]  # unchanged


def test_unknown_shortlist_is_one_line(db, capsys):
    one_line_error(run(capsys, db, "shortlist", "needs", "Nope", "iop"), "no shortlist named 'Nope'")
    one_line_error(run(capsys, db, "shortlist", "show", "Nope"), "no shortlist named 'Nope'")


def test_a_real_process_refuses_a_bad_need_before_making_the_directory(tmp_path):
    target = tmp_path / "new.db"
    p = run_finder("shortlist", "create", "Case 9", "--needs", "evenings", db=target)
    assert p.returncode == 2 and p.stderr.count("\n") == 1 and "'evenings'" in p.stderr
    assert not target.exists()


def test_the_comparison_csv_and_pdf_have_the_needs_row(db, capsys, tmp_path):
    import csv

    run(capsys, db, "shortlist", "create", "Case 10", "--needs", "medicaid,iop")
    run(capsys, db, "shortlist", "add", "Case 10", AKUA, DISCOVERY)
    out = tmp_path / "c.csv"
    p = run(capsys, db, "compare", "Case 10", "--csv", out)
    assert p.returncode == 0, p.stderr
    with out.open(encoding="utf-8-sig") as fh:
        rows = {r[0]: r[1:] for r in csv.reader(fh)}
    assert rows["Meets the needs"] == ["No: Medicaid", "No: Medicaid · Unknown: IOP"]
    assert rows["Schedule"] == ["— (not recorded; ask)"] * 2
    from finder.reports.compare_report import comparison_html
    from finder.services.compare import build_comparison
    from finder.services.opening import open_database

    opened = open_database(str(db), seed=False)
    try:
        html = comparison_html(build_comparison(opened, "Case 10"))
    finally:
        opened.dispose()
    assert "Meets the needs" in html and "No: Medicaid · Unknown: IOP" in html
