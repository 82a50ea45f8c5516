"""The bundled directory loads on first use; exports import back unchanged."""

import csv
from pathlib import Path

from sqlalchemy import func, select

from finder.db.models import Program, ProgramSource
from finder.services.directory import export_csv, get_program
from finder.services.importing import import_file
from finder.services.opening import open_database
from finder.services.seeding import get_meta, load_seeds


def test_first_use_loads_the_national_directory(seeded_db_path):
    db = open_database(str(seeded_db_path))
    with db.Session() as s:
        sources = s.scalar(select(func.count()).select_from(ProgramSource))
        programs = s.scalar(select(func.count()).select_from(Program))
        zip_only = s.scalar(select(func.count()).where(Program.location_precision == "zip"))
    # 20,524 rows less the 5 junk rows; listings in both directories merge into one program
    assert sources == 20519
    assert 17000 < programs < 18000
    assert zip_only == programs  # every real row has a ZIP the offline gazetteer knows
    assert get_meta(db, "directory_as_of")
    db.dispose()


def test_a_merged_facility_keeps_both_sources(seeded_db_path):
    db = open_database(str(seeded_db_path))
    with db.Session() as s:
        pid = s.scalar(select(ProgramSource.program_id).where(ProgramSource.source_key == "substance_818"))
    p = get_program(db, pid)
    assert {src.key for src in p.sources} == {"mental_696", "substance_818"}
    assert "addiction" in p.types and "mental-health" in p.types
    db.dispose()


def test_loading_twice_changes_nothing(sample_db, tmp_path):
    before = tmp_path / "a.csv"
    export_csv(sample_db, before)
    report = import_file(sample_db, "tests/fixtures/directory_sample.csv", backup=False)
    assert (report.added, report.updated, report.skipped_junk) == (0, 0, 5)
    after = tmp_path / "b.csv"
    export_csv(sample_db, after)
    strip = lambda p: [r[:24] for r in csv.reader(p.read_text(encoding="utf-8-sig").splitlines())]
    assert strip(before) == strip(after)


def test_export_imports_back_unchanged(sample_db, tmp_path, empty_db):
    out = tmp_path / "export.csv"
    n = export_csv(sample_db, out)
    assert n == 64
    report = import_file(empty_db, out, backup=False)
    assert report.format == "finder-csv" and report.added == 64
    out2 = tmp_path / "export2.csv"
    export_csv(empty_db, out2)

    def rows(p):
        data = list(csv.DictReader(p.read_text(encoding="utf-8-sig").splitlines()))
        return sorted(tuple(v for k, v in r.items() if k not in ("id", "source")) for r in data)

    assert rows(out) == rows(out2)


def test_short_zips_are_padded_and_located(sample_db, tmp_path):
    pr_row = (
        "facility_id,directory_type,name1,name2,street1,street2,city,state,zip,phone,intake1,intake2,"
        "intake1a,intake2a,service_code_info\n"
        "mental_9,mental,Centro de Salud,,Calle 1,,Aguada,PR,602,787-555-0100,,,,,MH * OP\n"
    )
    (tmp_path / "pr.csv").write_text(pr_row)
    import_file(sample_db, tmp_path / "pr.csv", backup=False)
    with sample_db.Session() as s:
        nj = s.scalars(select(Program).where(Program.state == "NJ")).all()
        pr = s.scalars(select(Program).where(Program.state == "PR")).all()
    assert nj and all(p.zip == "07030" and p.latitude is not None for p in nj)
    assert pr and pr[0].zip == "00602" and pr[0].location_precision == "zip"


def test_load_seeds_is_idempotent(empty_db, monkeypatch, tmp_path):
    from finder.services import seeding

    small = tmp_path / "seeds"
    small.mkdir()
    (small / seeding.SEED_FILE).write_bytes(
        __import__("gzip").compress(Path("tests/fixtures/directory_sample.csv").read_bytes())
    )
    monkeypatch.setattr(seeding, "seeds_dir", lambda: small)
    first = load_seeds(empty_db)
    second = load_seeds(empty_db)
    assert first.added == 64 and second.added == 0 and second.updated == 0
