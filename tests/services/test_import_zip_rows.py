"""A ZIP that is no ZIP is a row error: re-importing our own export with a damaged ZIP adds no copy."""

from __future__ import annotations

import csv

import pytest
from sqlalchemy import func, select

from finder.db.models import Program
from finder.errors import UserError
from finder.services.directory import export_csv
from finder.services.importing import import_file


def program_count(db) -> int:
    with db.Session() as s:
        return s.scalar(select(func.count()).select_from(Program))


@pytest.mark.parametrize("bad", ["9X26", "926601", "ZIP", "92660-12", "1"])
def test_reimported_export_with_a_bad_zip_is_refused_and_adds_nothing(sample_db, tmp_path, bad):
    out = tmp_path / "export.csv"
    export_csv(sample_db, out)
    with out.open(newline="", encoding="utf-8-sig") as fh:
        rows = list(csv.DictReader(fh))
    header = list(rows[0])
    rows[6]["zip"] = bad
    with out.open("w", newline="", encoding="utf-8") as fh:
        w = csv.DictWriter(fh, header)
        w.writeheader()
        w.writerows(rows)
    before = program_count(sample_db)
    with pytest.raises(UserError, match=r"row 8\b.*ZIP") as err:
        import_file(sample_db, out, backup=False)
    assert bad in str(err.value)
    assert program_count(sample_db) == before


@pytest.mark.parametrize(("raw", "stored"), [("7030", "07030"), ("92660-1234", "92660"), ("602", "00602")])
def test_zips_that_lost_leading_zeros_or_carry_plus_four_still_import(sample_db, tmp_path, raw, stored):
    out = tmp_path / "export.csv"
    export_csv(sample_db, out)
    with out.open(newline="", encoding="utf-8-sig") as fh:
        rows = list(csv.DictReader(fh))
    header = list(rows[0])
    rows[0]["zip"] = raw
    rows[0]["id"] = ""  # a new program typed in a spreadsheet
    rows[0]["name"] = "Zip Test Program"
    with out.open("w", newline="", encoding="utf-8") as fh:
        w = csv.DictWriter(fh, header)
        w.writeheader()
        w.writerows(rows[:1])
    import_file(sample_db, out, backup=False)
    with sample_db.Session() as s:
        assert s.scalar(select(Program.zip).where(Program.name == "Zip Test Program")) == stored
