"""Each importable layout, built from real SAMHSA rows (tests/fixtures), lands the same programs."""

from __future__ import annotations

import csv
import io
import json
import zipfile
from pathlib import Path

import pytest
from sqlalchemy import func, select

from finder.db.models import Program
from finder.errors import UserError
from finder.services.directory import export_csv, get_program
from finder.services.gazetteer import gazetteer
from finder.services.importing import import_file
from finder.services.importing.run import read_records

FIXTURES = Path(__file__).parent.parent / "fixtures"
SAMPLE = FIXTURES / "directory_sample.csv"
PR = FIXTURES / "directory_pr.csv"
NATIONAL_HEADER = [
    "name1",
    "name2",
    "street1",
    "street2",
    "city",
    "state",
    "zip",
    "phone",
    "intake1",
    "intake2",
    "intake1a",
    "intake2a",
    "service_code_info",
]


def sample_rows(path: Path = SAMPLE, real_only: bool = True) -> list[dict]:
    with path.open(newline="", encoding="utf-8") as fh:
        rows = list(csv.DictReader(fh))
    return [r for r in rows if r["name1"]] if real_only else rows


def write_csv(path: Path, header: list[str], rows: list[dict], *, encoding="utf-8", newline="\n") -> Path:
    buf = io.StringIO()
    w = csv.DictWriter(buf, fieldnames=header, extrasaction="ignore", lineterminator=newline)
    w.writeheader()
    w.writerows(rows)
    path.write_bytes(buf.getvalue().encode(encoding))
    return path


def locator_rows(rows: list[dict]) -> tuple[list[str], list[dict]]:
    """A FindTreatment.gov export of these facilities: exact points (here the ZIP centroid), code columns."""
    codes = sorted({c for r in rows for c in r["service_code_info"].split() if c != "*"})
    out = []
    for r in rows:
        place = gazetteer().zip(r["zip"].zfill(5))
        have = set(r["service_code_info"].split())
        out.append(
            {
                **{
                    k: r[k]
                    for k in (
                        "name1",
                        "name2",
                        "street1",
                        "street2",
                        "city",
                        "state",
                        "zip",
                        "phone",
                        "intake1",
                    )
                },
                "zip4": "",
                "county": place.county,
                "website": "",
                "latitude": place.latitude,
                "longitude": place.longitude,
                "type_facility": "SA" if r["directory_type"] == "substance" else "MH",
                **{c.lower(): "1" if c in have else "" for c in codes},
            }
        )
    header = [
        "latitude",
        "longitude",
        "name1",
        "name2",
        "street1",
        "street2",
        "city",
        "state",
        "zip",
        "zip4",
        "county",
        "phone",
        "intake1",
        "website",
        "type_facility",
        *[c.lower() for c in codes],
    ]
    return header, out


def write_hsds(folder: Path, rows: list[dict], *, drop: str | None = None) -> Path:
    """An HSDS 3.0 package: plural file names, found only through datapackage.json."""
    folder.mkdir(parents=True, exist_ok=True)
    tables: dict[str, tuple[str, list[str], list[dict]]] = {
        "organization": ("organizations.csv", ["id", "name", "website"], []),
        "service": ("services.csv", ["id", "organization_id", "name", "url", "status"], []),
        "location": ("locations.csv", ["id", "organization_id", "name", "latitude", "longitude"], []),
        "service_at_location": ("service_at_location.csv", ["id", "service_id", "location_id"], []),
        "address": (
            "addresses.csv",
            [
                "id",
                "location_id",
                "address_1",
                "address_2",
                "city",
                "state_province",
                "postal_code",
                "country",
                "address_type",
            ],
            [],
        ),
        "phone": ("phones.csv", ["id", "location_id", "number", "extension", "type"], []),
        "taxonomy_term": ("taxonomy_terms.csv", ["id", "code", "name", "taxonomy"], []),
        "attribute": (
            "attributes.csv",
            ["id", "link_id", "taxonomy_term_id", "link_type", "link_entity"],
            [],
        ),
    }
    terms: dict[str, str] = {}
    for i, r in enumerate(rows, start=1):
        oid, sid, lid = (
            f"00000000-0000-4000-8000-{i:012d}",
            f"10000000-0000-4000-8000-{i:012d}",
            f"20000000-0000-4000-8000-{i:012d}",
        )
        place = gazetteer().zip(r["zip"].zfill(5))
        tables["organization"][2].append({"id": oid, "name": r["name1"], "website": ""})
        tables["service"][2].append(
            {
                "id": sid,
                "organization_id": oid,
                "name": r["name2"] or r["name1"],
                "url": "",
                "status": "active",
            }
        )
        tables["location"][2].append(
            {
                "id": lid,
                "organization_id": oid,
                "name": r["name1"],
                "latitude": place.latitude,
                "longitude": place.longitude,
            }
        )
        tables["service_at_location"][2].append(
            {"id": f"30000000-0000-4000-8000-{i:012d}", "service_id": sid, "location_id": lid}
        )
        tables["address"][2].append(
            {
                "id": f"40000000-0000-4000-8000-{i:012d}",
                "location_id": lid,
                "address_1": r["street1"],
                "address_2": r["street2"],
                "city": r["city"],
                "state_province": r["state"],
                "postal_code": r["zip"].zfill(5),
                "country": "US",
                "address_type": "physical",
            }
        )
        tables["phone"][2].append(
            {
                "id": f"50000000-0000-4000-8000-{i:012d}",
                "location_id": lid,
                "number": r["phone"],
                "extension": "",
                "type": "voice",
            }
        )
        for code in dict.fromkeys(c for c in r["service_code_info"].split() if c != "*"):
            if code not in terms:
                terms[code] = f"60000000-0000-4000-8000-{len(terms) + 1:012d}"
                tables["taxonomy_term"][2].append(
                    {"id": terms[code], "code": code, "name": code, "taxonomy": "SAMHSA"}
                )
            tables["attribute"][2].append(
                {
                    "id": f"7{len(tables['attribute'][2]):07d}-0000-4000-8000-{i:012d}",
                    "link_id": sid,
                    "taxonomy_term_id": terms[code],
                    "link_type": "",
                    "link_entity": "service",
                }
            )
    resources = []
    for name, (file, header, data) in tables.items():
        write_csv(folder / file, header, data)
        if name != drop:
            resources.append({"name": name, "path": file, "format": "csv"})
    (folder / "datapackage.json").write_text(json.dumps({"name": "hsds-test", "resources": resources}))
    return folder


def zip_folder(folder: Path, target: Path) -> Path:
    with zipfile.ZipFile(target, "w") as zf:
        for f in folder.iterdir():
            zf.write(f, f"export/{f.name}")
    return target


def program_count(db) -> int:
    with db.Session() as s:
        return s.scalar(select(func.count()).select_from(Program))


def names(db) -> set[tuple[str, str]]:
    with db.Session() as s:
        return set(s.execute(select(Program.name, Program.zip)).all())


def test_national_directory_csv(empty_db):
    report = import_file(empty_db, SAMPLE, backup=False)
    assert report.format == "samhsa-directory"
    assert (report.added, report.merged, report.skipped_junk) == (64, 12, 5)
    assert ("Hoboken University Medical Center", "07030") in names(empty_db)


def test_national_directory_without_id_columns_and_reordered(empty_db, tmp_path):
    rows = sample_rows()
    header = list(reversed(NATIONAL_HEADER)) + ["notes_from_someone"]
    report = import_file(empty_db, write_csv(tmp_path / "d.csv", header, rows), backup=False)
    assert report.format == "samhsa-directory" and report.added == 64


def test_national_directory_xlsx_first_sheet(empty_db, tmp_path):
    import openpyxl

    wb = openpyxl.Workbook()
    ws = wb.active
    ws.append(NATIONAL_HEADER)
    for r in sample_rows():
        # a spreadsheet turns ZIPs into numbers: 7030 stays 7030, the importer pads it
        ws.append([int(r[c]) if c == "zip" else r[c] for c in NATIONAL_HEADER])
    wb.create_sheet("Legend").append(["code", "meaning"])
    wb.save(tmp_path / "d.xlsx")
    report = import_file(empty_db, tmp_path / "d.xlsx", backup=False)
    assert report.format == "samhsa-directory" and report.added == 64
    assert ("Guardian Intensive Outpatient Program", "07030") in names(empty_db) or any(
        z == "07030" for _, z in names(empty_db)
    )


def test_locator_export_exact_points_and_code_columns(empty_db, tmp_path):
    header, rows = locator_rows(sample_rows()[:10])
    report = import_file(empty_db, write_csv(tmp_path / "loc.csv", header, rows), backup=False)
    assert report.format == "samhsa-locator"
    with empty_db.Session() as s:
        precisions = set(s.scalars(select(Program.location_precision)))
        pid = s.scalar(select(Program.id).where(Program.name == "Akua Behavioral Health"))
    assert precisions == {"exact"}
    p = get_program(empty_db, pid)
    assert "mental-health" in p.types and "php" in p.levels
    again = import_file(empty_db, tmp_path / "loc.csv", backup=False)
    assert (again.added, again.updated) == (0, 0)


@pytest.mark.parametrize("as_zip", [False, True])
def test_hsds_datapackage_folder_or_zip(empty_db, tmp_path, as_zip):
    folder = write_hsds(tmp_path / "pkg", sample_rows()[:12])
    target = zip_folder(folder, tmp_path / "pkg.zip") if as_zip else folder
    report = import_file(empty_db, target, backup=False)
    assert report.format == "hsds" and report.rows == 12
    with empty_db.Session() as s:
        p = get_program(
            empty_db, s.scalar(select(Program.id).where(Program.name == "Akua Behavioral Health"))
        )
    assert p.location_precision == "exact" and p.state == "CA" and p.zip == "92627"
    assert "dual-diagnosis" in p.types and "medicare" in p.payments
    assert import_file(empty_db, target, backup=False).added == 0


def test_hsds_missing_table_or_broken_reference_names_table_and_row(empty_db, tmp_path):
    folder = write_hsds(tmp_path / "a", sample_rows()[:3], drop="location")
    with pytest.raises(UserError, match="location"):
        read_records(folder)
    folder = write_hsds(tmp_path / "b", sample_rows()[:3])
    sal = (
        (folder / "service_at_location.csv")
        .read_text()
        .replace("20000000-0000-4000-8000-000000000002", "20000000-0000-4000-8000-00000000dead")
    )
    (folder / "service_at_location.csv").write_text(sal)
    with pytest.raises(UserError, match=r"service_at_location\.csv row 3: location_id .* not an id"):
        read_records(folder)
    assert program_count(empty_db) == 0


def test_hsds_zip_without_datapackage_is_refused(tmp_path):
    with zipfile.ZipFile(tmp_path / "x.zip", "w") as zf:
        zf.writestr("organizations.csv", "id,name\n1,A\n")
    with pytest.raises(UserError, match="without datapackage.json"):
        read_records(tmp_path / "x.zip")


@pytest.mark.parametrize(
    ("encoding", "newline"), [("utf-8", "\n"), ("utf-8-sig", "\r\n"), ("cp1252", "\r\n")]
)
def test_encodings_and_line_endings(empty_db, tmp_path, encoding, newline):
    rows = sample_rows(PR)
    path = write_csv(tmp_path / "pr.csv", list(rows[0]), rows, encoding=encoding, newline=newline)
    import_file(empty_db, path, backup=False)
    got = names(empty_db)
    assert ("Clínica Ninos y Adol Salud Mental", "00918") in got  # accent intact, 3-digit PR ZIP padded
    assert ("APS Clinics of Puerto Rico", "00603") in got


def test_nine_digit_zip(empty_db, tmp_path):
    rows = sample_rows()[:3]
    rows[0] = {**rows[0], "zip": rows[0]["zip"] + "-1234"}
    rows[1] = {**rows[1], "zip": rows[1]["zip"] + "4321"}
    import_file(empty_db, write_csv(tmp_path / "z.csv", list(rows[0]), rows), backup=False)
    assert all(len(z) == 5 for _, z in names(empty_db))


def test_our_export_imports_back_unchanged(sample_db, empty_db, tmp_path):
    export_csv(sample_db, tmp_path / "a.csv")
    report = import_file(empty_db, tmp_path / "a.csv", backup=False)
    assert report.format == "finder-csv" and report.added == 64
    export_csv(empty_db, tmp_path / "b.csv")

    def rows(p):
        with p.open(newline="", encoding="utf-8-sig") as fh:
            return sorted(
                tuple(v for k, v in r.items() if k not in ("id", "source")) for r in csv.DictReader(fh)
            )

    assert rows(tmp_path / "a.csv") == rows(tmp_path / "b.csv")
