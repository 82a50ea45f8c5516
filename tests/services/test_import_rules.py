"""All or nothing, idempotent, refusals in one line, cancel, and spreadsheet-safe export."""

from __future__ import annotations

import csv
import gzip
from pathlib import Path

import pytest

from finder.errors import UserError
from finder.services.directory import export_csv
from finder.services.editing import edit_program
from finder.services.importing import import_file
from finder.services.importing.run import Cancelled
from tests.services.test_import_formats import SAMPLE, locator_rows, sample_rows, write_csv


def snapshot(db, tmp_path: Path, name: str = "snap.csv") -> list[list[str]]:
    export_csv(db, tmp_path / name)
    with (tmp_path / name).open(newline="", encoding="utf-8-sig") as fh:
        return list(csv.reader(fh))


def sixty_rows() -> tuple[list[str], list[dict]]:
    rows = sample_rows(real_only=False)
    header = list(rows[0])
    real = [r for r in rows if r["name1"]]
    return header, real + real[: 70 - len(real)]


@pytest.mark.parametrize(
    ("field", "value", "why"),
    [
        ("state", "ZZ", "not a US state"),
        ("name1", "", "address but no name"),
        ("street1", "x" * 501, "longer than 500"),
        ("name2", "y" * 600, "longer than 500"),
    ],
)
def test_a_bad_row_50_changes_nothing_and_is_named(sample_db, tmp_path, field, value, why):
    before = snapshot(sample_db, tmp_path)
    header, rows = sixty_rows()
    rows[48] = {**rows[48], field: value}  # data row 49 = spreadsheet row 50 (header is row 1)
    path = write_csv(tmp_path / "bad.csv", header, rows)
    with pytest.raises(UserError) as e:
        import_file(sample_db, path)
    assert "row 50" in str(e.value) and why in str(e.value) and "nothing changed" in str(e.value)
    assert snapshot(sample_db, tmp_path, "after.csv") == before


@pytest.mark.parametrize(("lat", "why"), [("95.5", "out of range"), ("north", "not a number")])
def test_bad_coordinates_refuse_the_file(empty_db, tmp_path, lat, why):
    header, rows = locator_rows(sample_rows()[:5])
    rows[2]["latitude"] = lat
    with pytest.raises(UserError, match=f"row 4: latitude .*{why}"):
        import_file(empty_db, write_csv(tmp_path / "loc.csv", header, rows), backup=False)


def test_junk_rows_are_skipped_not_fatal(empty_db):
    report = import_file(empty_db, SAMPLE, backup=False)
    assert report.skipped_junk == 5 and not report.rejected


def test_cancel_changes_nothing(sample_db, tmp_path):
    before = snapshot(sample_db, tmp_path)
    header, rows = sixty_rows()
    rows = [{**r, "phone": "(949) 555-0100"} for r in rows]
    path = write_csv(tmp_path / "changed.csv", header, rows)
    calls = []

    def cancelled():
        calls.append(1)
        return len(calls) > 1  # let it start, then stop

    with pytest.raises(Cancelled):
        import_file(sample_db, path, cancelled=cancelled)
    assert snapshot(sample_db, tmp_path, "after.csv") == before


def test_re_import_is_idempotent(sample_db, tmp_path):
    before = snapshot(sample_db, tmp_path)
    report = import_file(sample_db, SAMPLE, backup=False)
    assert (report.added, report.updated, report.merged, report.unchanged) == (0, 0, 0, 64)
    assert snapshot(sample_db, tmp_path, "after.csv") == before


def test_hand_edit_counted_as_kept(sample_db):
    edit_program(sample_db, 1, {"website": "https://example.org"})
    report = import_file(sample_db, SAMPLE, backup=False)
    assert report.kept_user_edits == 1  # the file has no website: it would have blanked it
    edit_program(sample_db, 1, {"phone": "(949) 555-0100", "location": "33.6,-117.9"})
    report = import_file(sample_db, SAMPLE, backup=False)
    assert report.kept_user_edits == 3  # website, phone, location (latitude+longitude count once)


@pytest.mark.parametrize(
    ("content", "why"),
    [
        (b"", "empty"),
        (b"\r\n \r\n", "empty"),
        (b"a,b,c\n1,2,3\n", "unknown layout"),
        (b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR", "not a text, XLSX or zip"),
        (b"name1,name2,street1,city,state,zip,service_code_info\n", "no rows"),
    ],
)
def test_unusable_files_are_refused_in_one_line(empty_db, tmp_path, content, why):
    path = tmp_path / "f.csv"
    path.write_bytes(content)
    with pytest.raises(UserError, match=why) as e:
        import_file(empty_db, path, backup=False)
    assert "\n" not in str(e.value)


def test_missing_file_and_damaged_gzip(empty_db, tmp_path):
    with pytest.raises(UserError, match="not found"):
        import_file(empty_db, tmp_path / "nope.csv")
    (tmp_path / "d.csv.gz").write_bytes(gzip.compress(SAMPLE.read_bytes())[:200])
    with pytest.raises(UserError, match="damaged gzip"):
        import_file(empty_db, tmp_path / "d.csv.gz")


def test_export_neutralises_formulas_and_imports_back(empty_db, tmp_path):
    from finder.services.editing import add_program

    add_program(
        empty_db,
        {
            "name": '=HYPERLINK("http://x","click")',
            "name2": "+1 Recovery",
            "street1": "-5 Main St",
            "city": "@Home",
            "zip": "92660",
            "types": ["addiction"],
            "notes": "'quoted already",
        },
    )
    rows = snapshot(empty_db, tmp_path)
    header, row = rows[0], dict(zip(rows[0], rows[1]))
    assert row["name"].startswith("'=") and row["name2"].startswith("'+")
    assert row["street1"].startswith("'-") and row["city"].startswith("'@")
    assert row["latitude"][0].isdigit() and row["longitude"].startswith("-")  # numbers stay numbers
    assert header[0] == "id"
    from finder.services.opening import open_database

    other = open_database(str(tmp_path / "other.db"), seed=False)
    import_file(other, tmp_path / "snap.csv", backup=False)
    again = snapshot(other, tmp_path, "again.csv")
    src = header.index("source")  # where it came from differs, by design
    assert [r[1:src] + r[src + 1 :] for r in again[1:]] == [r[1:src] + r[src + 1 :] for r in rows[1:]]
    other.dispose()
