"""The command line in agency mode: --private shortlists with owners, edit --if-version, show history."""

from __future__ import annotations

import json

import pytest

import finder.services.opening
from finder.cli import main
from tests.agency.conftest import FIXTURES

OPENED: list = []


@pytest.fixture(autouse=True)
def _close_after_each_command(monkeypatch):
    """A real `finder` process ends after one command; here the connections it opened are closed."""
    real = finder.services.opening.open_database

    def tracked(*a, **kw):
        db = real(*a, **kw)
        OPENED.append(db)
        return db

    monkeypatch.setattr(finder.services.opening, "open_database", tracked)


def _run(capsys, *argv) -> tuple[int, str, str]:
    try:
        code = main(list(argv))
    finally:
        while OPENED:
            OPENED.pop().dispose()
    out = capsys.readouterr()
    return code, out.out, out.err


def test_private_shortlists_edit_conflicts_and_history(any_db_url, backend, as_user, capsys):
    db = ("--db", any_db_url)
    assert _run(capsys, *db, "import", str(FIXTURES / "directory_sample.csv"))[0] == 0
    code, out, _ = _run(capsys, *db, "search", "--near", "92660", "--format", "json")
    pid = str(json.loads(out)["results"][0]["id"])

    code, out, _ = _run(capsys, *db, "shortlist", "create", "Case 12", "--private")
    assert code == 0 and "private to you" in out
    code, out, _ = _run(capsys, *db, "shortlist", "list")
    assert "Case 12" in out and "owner alice, private" in out
    as_user("bob")
    code, out, _ = _run(capsys, *db, "shortlist", "list", "--format", "json")
    assert json.loads(out) == []
    code, _, err = _run(capsys, *db, "shortlist", "add", "Case 12", pid)
    # a shared directory does not even say that someone else's private shortlist exists
    hidden = "no shortlist named 'Case 12'" if backend == "postgresql" else "private to alice"
    assert code == 2 and hidden in err and err.count("\n") == 1

    as_user("alice")
    assert _run(capsys, *db, "edit", pid, "--phone", "949-555-0101", "--if-version", "1")[0] == 0
    as_user("bob")
    code, _, err = _run(capsys, *db, "edit", pid, "--phone", "949-555-0199", "--if-version", "1")
    assert code == 2 and "alice" in err and "949-555-0101" in err and "--if-version 2" in err
    code, _, _ = _run(capsys, *db, "edit", pid, "--phone", "949-555-0199", "--if-version", "2")
    assert code == 0
    code, out, _ = _run(capsys, *db, "show", pid)
    assert "Version: 3" in out and "bob  phone: 949-555-0101 → 949-555-0199" in out
    code, out, _ = _run(capsys, *db, "show", pid, "--format", "json")
    history = json.loads(out)["history"]
    assert [(h["who"], h["field"], h["new"]) for h in history] == [
        ("bob", "phone", "949-555-0199"),
        ("alice", "phone", "949-555-0101"),
    ]
