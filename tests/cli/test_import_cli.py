"""`finder import FILE`: every format, the summary line, refusals with exit 2 and one line."""

import pytest

from finder.cli import main
from tests.services.test_import_formats import (
    PR,
    SAMPLE,
    locator_rows,
    sample_rows,
    write_csv,
    write_hsds,
    zip_folder,
)


def run(capsys, *argv):
    code = main([str(a) for a in argv])
    out = capsys.readouterr()
    return code, out.out, out.err


def test_summary_names_every_outcome(tmp_path, capsys):
    db = tmp_path / "d.db"
    code, out, _ = run(capsys, "--db", db, "import", SAMPLE)
    assert code == 0
    for part in ("added 64", "updated 0", "merged 12", "kept-user-edits 0", "skipped junk 5", "rejected 0"):
        assert part in out
    run(capsys, "--db", db, "edit", "1", "--phone", "(949) 555-0100")
    code, out, _ = run(capsys, "--db", db, "import", SAMPLE)
    assert "added 0" in out and "kept-user-edits 1" in out


def test_each_format_through_the_cli(tmp_path, capsys):
    db = tmp_path / "d.db"
    header, rows = locator_rows(sample_rows()[:5])
    hsds = zip_folder(write_hsds(tmp_path / "pkg", sample_rows()[5:9]), tmp_path / "hsds.zip")
    for path, fmt in (
        (write_csv(tmp_path / "loc.csv", header, rows), "samhsa-locator"),
        (hsds, "hsds"),
        (PR, "samhsa-directory"),
    ):
        code, out, err = run(capsys, "--db", db, "import", path)
        assert code == 0, err
        assert f"({fmt})" in out
    run(capsys, "--db", db, "export", tmp_path / "out.csv")
    code, out, _ = run(capsys, "--db", db, "import", tmp_path / "out.csv", "--format", "finder-csv")
    assert code == 0 and "added 0" in out


@pytest.mark.parametrize(
    ("content", "why"),
    [(b"", "empty"), (b"x,y\n1,2\n", "unknown layout"), (b"\x00\x01\x02binary", "not a text, XLSX or zip")],
)
def test_refused_files_exit_2_and_create_nothing(tmp_path, capsys, content, why):
    f = tmp_path / "f.csv"
    f.write_bytes(content)
    code, _, err = run(capsys, "--db", tmp_path / "d.db", "import", f)
    assert code == 2 and why in err and err.count("\n") == 1
    assert not (tmp_path / "d.db").exists()


def test_bad_row_exit_2_names_the_row(tmp_path, capsys):
    rows = sample_rows()
    rows[10] = {**rows[10], "state": "Calif."}
    f = write_csv(tmp_path / "bad.csv", list(rows[0]), rows)
    code, _, err = run(capsys, "--db", tmp_path / "d.db", "import", f)
    assert code == 2 and "row 12" in err and "not a US state" in err


def test_wrong_format_option(tmp_path, capsys):
    code, _, err = run(capsys, "--db", tmp_path / "d.db", "import", SAMPLE, "--format", "samhsa-locator")
    assert code == 2 and "columns" in err
