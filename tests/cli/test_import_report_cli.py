"""`finder import FILE --report OUT.json [--full]`, and `--hide-delisted` / "delisted" in search and show."""

from __future__ import annotations

import json
import stat

from finder.cli import main
from finder.services.opening import open_database
from tests.services.test_directory_refresh import NEW_PHONE, Edition
from tests.services.test_import_formats import SAMPLE


def run(capsys, *argv):
    code = main([str(a) for a in argv])
    out = capsys.readouterr()
    return code, out.out, out.err


def _edition(tmp_path, capsys) -> tuple[str, Edition]:
    db = tmp_path / "d.db"
    assert run(capsys, "--db", db, "import", SAMPLE)[0] == 0
    opened = open_database(str(db), seed=False)
    try:
        return str(db), Edition(opened)
    finally:
        opened.dispose()


def test_report_json_lists_added_changed_missing_shortlisted_and_kept(tmp_path, capsys):
    db, ed = _edition(tmp_path, capsys)
    run(capsys, "--db", db, "shortlist", "create", "Case 2291")
    run(capsys, "--db", db, "shortlist", "add", "Case 2291", ed.gone[0], ed.phone_changed)
    run(capsys, "--db", db, "edit", ed.pair, "--website", "https://example.org")
    out_json = tmp_path / "report.json"

    code, out, err = run(capsys, "--db", db, "import", ed.write(tmp_path), "--full", "--report", out_json)

    assert code == 0, err
    assert "1 program on your shortlists changed; 1 is no longer listed" in out
    assert f"report written to {out_json}" in out
    data = json.loads(out_json.read_text())
    assert set(data) >= {"file", "format", "added", "changed", "missing", "shortlisted", "kept_user_edits"}
    assert data["file"] == "directory_2025.csv" and data["format"] == "samhsa-directory"
    assert len(data["added"]) == 2 and all(isinstance(i, int) for i in data["added"])
    assert data["missing"] == ed.gone
    assert data["shortlisted"] == sorted([ed.gone[0], ed.phone_changed])
    phone = next(c for c in data["changed"] if c["id"] == ed.phone_changed)
    assert phone["fields"]["phone"] == [ed.old_phone, NEW_PHONE] and phone["name"]
    assert ed.pair in data["kept_user_edits"]  # the file has no website: the hand-typed one is kept
    assert data["full"] is True
    assert stat.S_IMODE(out_json.stat().st_mode) == 0o600


def test_show_and_search_carry_the_mark_and_hide_delisted_leaves_them_out(tmp_path, capsys):
    db, ed = _edition(tmp_path, capsys)
    run(capsys, "--db", db, "import", ed.write(tmp_path), "--full", "--edition", "2025")

    code, out, _ = run(capsys, "--db", db, "show", ed.gone[0], "--format", "json")
    mark = json.loads(out)["delisted"]
    assert code == 0 and mark["file"] == "directory_2025.csv" and len(mark["since"]) == 10
    assert json.loads(run(capsys, "--db", db, "show", ed.pair, "--format", "json")[1])["delisted"] is None
    _, text, _ = run(capsys, "--db", db, "show", ed.gone[0])
    assert "Not in the 2025 directory — may have closed; call to check" in text

    args = ("--db", db, "search", "--near", "92660", "--radius", "500", "--format", "json")
    every = json.loads(run(capsys, *args)[1])["results"]
    assert {r["id"] for r in every if r["delisted"]} == set(ed.gone)
    shown = json.loads(run(capsys, *args, "--hide-delisted")[1])
    assert {r["id"] for r in shown["results"]} == {r["id"] for r in every} - set(ed.gone)
    _, table, _ = run(capsys, "--db", db, "search", "--near", "92660", "--radius", "500")
    assert "[not in 2025 directory]" in table


def test_without_full_a_small_national_file_delists_nothing_and_says_so(tmp_path, capsys):
    db, ed = _edition(tmp_path, capsys)
    out_json = tmp_path / "r.json"
    code, out, _ = run(capsys, "--db", db, "import", ed.write(tmp_path), "--report", out_json)
    data = json.loads(out_json.read_text())
    assert code == 0 and data["missing"] == [] and data["full"] is False
    assert "nothing was delisted" in out and "--full" in out


def test_the_same_file_again_reports_nothing(tmp_path, capsys):
    db, ed = _edition(tmp_path, capsys)
    path = ed.write(tmp_path)
    run(capsys, "--db", db, "import", path, "--full")
    out_json = tmp_path / "again.json"
    assert run(capsys, "--db", db, "import", path, "--full", "--report", out_json)[0] == 0
    data = json.loads(out_json.read_text())
    assert (data["added"], data["changed"], data["missing"], data["shortlisted"]) == ([], [], [], [])


def test_a_report_into_a_missing_folder_is_refused_before_importing(tmp_path, capsys):
    db, ed = _edition(tmp_path, capsys)
    code, _out, err = run(
        capsys, "--db", db, "import", ed.write(tmp_path), "--full", "--report", tmp_path / "nope" / "r.json"
    )
    assert code == 2 and "does not exist" in err and len(err.strip().splitlines()) == 1
    shown = json.loads(run(capsys, "--db", db, "show", ed.gone[0], "--format", "json")[1])
    assert shown["delisted"] is None  # nothing was imported
