"""`finder edit`: the same rules as the dialog; exit 2 naming the rule broken."""

import json

import pytest

from finder.cli import main
from tests.services.test_import_formats import SAMPLE


@pytest.fixture
def db(tmp_path, capsys):
    path = tmp_path / "d.db"
    assert main(["--db", str(path), "import", str(SAMPLE)]) == 0
    capsys.readouterr()
    return str(path)


def show(db, capsys, pid=1):
    capsys.readouterr()
    assert main(["--db", db, "show", str(pid), "--format", "json"]) == 0
    return json.loads(capsys.readouterr().out)


def test_edit_changes_and_verifies(db, capsys, monkeypatch):
    monkeypatch.setattr("getpass.getuser", lambda: "casey")
    code = main(
        [
            "--db",
            db,
            "edit",
            "1",
            "--phone",
            "949.777.2283 x7",
            "--street",
            "2 Harbor Rd",
            "--zip",
            "92660",
            "--website",
            "akua.example.org",
            "--verified",
        ]
    )
    assert code == 0
    out = capsys.readouterr().out
    assert "949-777-2283 ext. 7" in out and "by casey" in out
    p = show(db, capsys)
    assert (p["street1"], p["zip"], p["location_precision"]) == ("2 Harbor Rd", "92660", "zip")
    assert p["website"] == "https://akua.example.org" and p["verified_by"] == "casey"


def test_location_and_do_not_refer(db, capsys):
    assert (
        main(
            [
                "--db",
                db,
                "edit",
                "1",
                "--location",
                "33.6,-117.9",
                "--status",
                "do-not-refer",
                "--reason",
                "Closed when called",
            ]
        )
        == 0
    )
    p = show(db, capsys)
    assert (p["latitude"], p["location_precision"], p["status"]) == (33.6, "manual", "do-not-refer")


@pytest.mark.parametrize(
    ("argv", "rule"),
    [
        (["--zip", "7030"], "ZIP: '7030' is not a ZIP code"),
        (["--state", "QQ"], "not a US state"),
        (["--phone", "555-0100"], "not a US phone number"),
        (["--website", "javascript:alert(1)"], "http:// or https://"),
        (["--location", "95,10"], "latitude 95 is out of range"),
        (["--name", ""], "Name: is required"),
        (["--name", "x" * 501], "at most 500"),
        (["--status", "do-not-refer"], "give a reason"),
        ([], "nothing to change"),
    ],
)
def test_broken_rules_exit_2_with_the_rule(db, capsys, argv, rule):
    before = show(db, capsys)
    assert main(["--db", db, "edit", "1", *argv]) == 2
    err = capsys.readouterr().err
    assert rule in err and err.count("\n") == 1 and "Traceback" not in err
    assert show(db, capsys) == before


def test_unknown_id_and_bad_status_choice(db, capsys):
    assert main(["--db", db, "edit", "99999", "--city", "X"]) == 2
    assert "no program with id 99999" in capsys.readouterr().err
    with pytest.raises(SystemExit) as e:
        main(["--db", db, "edit", "1", "--status", "closed"])
    assert e.value.code == 2
