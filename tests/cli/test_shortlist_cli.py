"""`finder shortlist ...` through a real process: persistence, JSON, one-line errors with exit 2."""

import json
from pathlib import Path

import pytest

from finder.domain.checklist import QUESTIONS
from tests.helpers import finder as run_finder
from tests.helpers import finder_here as run
from tests.helpers import one_line_error

FIXTURE = Path(__file__).parent.parent / "fixtures" / "directory_sample.csv"


def finder(db, *args):
    return run_finder(*args, db=db)


@pytest.fixture(scope="module")
def loaded(tmp_path_factory):
    path = tmp_path_factory.mktemp("cli") / "d.db"
    assert finder(path, "import", FIXTURE).returncode == 0
    out = finder(path, "search", "--near", "92660", "--limit", "3", "--format", "json")
    return path, [r["id"] for r in json.loads(out.stdout)["results"]]


@pytest.fixture
def db(loaded, tmp_path):
    """A fresh copy per test, so tests do not see each other's shortlists."""
    copy = tmp_path / "copy.db"
    copy.write_bytes(loaded[0].read_bytes())
    return copy, loaded[1]


def test_create_add_list_remove_delete(db, capsys):
    path, ids = db
    p = finder(path, "shortlist", "create", "Case 2291", "--near", "92660")
    assert p.returncode == 0 and "Case 2291" in p.stdout
    assert run(capsys, path, "shortlist", "add", "Case 2291", *ids).returncode == 0
    data = json.loads(run(capsys, path, "shortlist", "list", "--format", "json").stdout)
    assert [s["name"] for s in data] == ["Case 2291"]
    assert [p["id"] for p in data[0]["programs"]] == ids
    assert all(p["distance_miles"] is not None for p in data[0]["programs"])
    table = run(capsys, path, "shortlist", "list").stdout
    assert "Case 2291" in table and f"0/{len(QUESTIONS)}" in table
    assert run(capsys, path, "shortlist", "remove", "Case 2291", ids[0]).returncode == 0
    data = json.loads(run(capsys, path, "shortlist", "list", "--format", "json").stdout)
    assert [p["id"] for p in data[0]["programs"]] == ids[1:]
    assert run(capsys, path, "shortlist", "delete", "Case 2291").returncode == 0
    assert json.loads(run(capsys, path, "shortlist", "list", "--format", "json").stdout) == []


def test_errors_are_one_line_exit_2(db, capsys):
    path, ids = db
    assert finder(path, "shortlist", "create", "Case 1").returncode == 0
    one_line_error(finder(path, "shortlist", "create", "case 1"), "already exists")
    one_line_error(run(capsys, path, "shortlist", "add", "Case 9", ids[0]), "no shortlist named 'Case 9'")
    one_line_error(run(capsys, path, "shortlist", "add", "Case 1", "999999"), "no program with id 999999")
    one_line_error(run(capsys, path, "shortlist", "add", "Case 1", "x1"), "not a program id")
    one_line_error(run(capsys, path, "shortlist", "remove", "Case 1", ids[0]), "not on the shortlist")
    one_line_error(run(capsys, path, "shortlist", "delete", "Nope"), "no shortlist")
    one_line_error(run(capsys, path, "shortlist", "create", "Case 2", "--near", "00000"), "00000")
    one_line_error(run(capsys, path, "shortlist", "create", " "), "case reference")


def test_no_origin_shows_dash(db, capsys):
    path, ids = db
    run(capsys, path, "shortlist", "create", "Case 3")
    run(capsys, path, "shortlist", "add", "Case 3", ids[0])
    data = json.loads(run(capsys, path, "shortlist", "list", "--format", "json").stdout)
    assert data[0]["origin"] is None and data[0]["programs"][0]["distance_miles"] is None
    assert "—" in run(capsys, path, "shortlist", "list").stdout
