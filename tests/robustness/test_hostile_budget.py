"""Issue 34, item 12: small hostile files are refused within 5 s and 300 MB, measured.

Each file is small on disk and lies or explodes: a gzip of a thousand times its size, a zip whose
end record understates its entries, a workbook of millions of shared strings, a datapackage.json
of a million and a half resources. `finder import` runs in a child process that reports its peak
resident memory (VmHWM) and its time; the limits are the issue's targets.
"""

from __future__ import annotations

import gzip
import io
import json
import os
import struct
import subprocess
import sys
import zipfile
from pathlib import Path

import pytest

from tests.robustness.conftest import DIRECTORY

pytestmark = [
    pytest.mark.skipif(not sys.platform.startswith("linux"), reason="peak memory from /proc/self/status"),
    pytest.mark.timeout(600),
]
MEASURE = Path(__file__).with_name("measure_import.py")
MAX_SECONDS = 5.0
MAX_MB = 300


def measure(db: Path, hostile: Path, tmp_path: Path) -> dict:
    out = tmp_path / "measured.json"
    env = {**os.environ, "FINDER_NO_SEED": "1"}
    subprocess.run(
        [sys.executable, str(MEASURE), str(out), str(db), str(hostile)], env=env, timeout=300, check=True
    )
    result = json.loads(out.read_text())
    print(
        f"{hostile.name}: {result['peak_mb']:.0f} MB, {result['seconds']:.1f} s, {result['stderr'].strip()}"
    )
    return result


@pytest.fixture(scope="module")
def db(tmp_path_factory):
    from finder.services.opening import open_database

    path = tmp_path_factory.mktemp("budget") / "d.db"
    open_database(str(path), seed=False).dispose()
    return path


def gzip_of(path: Path, head: bytes, line: bytes, total: int) -> Path:
    """`head` then `line` repeated to `total` bytes, gzipped in a stream (never whole in memory)."""
    block = line * (1024 * 1024 // len(line))
    with gzip.open(path, "wb", compresslevel=9) as fh:
        fh.write(head)
        for _ in range(total // len(block)):
            fh.write(block)
    return path


def gzip_of_counted_rows(path: Path, head: bytes, pattern: bytes, rows: int) -> Path:
    """`head` then `rows` rows of `pattern` % i: numbers keep it from packing much beyond 10:1."""
    with gzip.open(path, "wb", compresslevel=1) as fh:
        fh.write(head)
        step = 50_000
        for start in range(0, rows, step):
            fh.write(b"".join(pattern % i for i in range(start, min(rows, start + step))))
    return path


def lying_zip(path: Path, entries: int) -> Path:
    """A data package whose central directory holds `entries` extra records, its end record one."""
    real = io.BytesIO()
    with zipfile.ZipFile(real, "w") as zf:
        zf.writestr("datapackage.json", b'{"resources": []}')
    data = real.getvalue()
    end_at = data.rindex(b"PK\x05\x06")
    cd_offset = struct.unpack_from("<L", data, end_at + 16)[0]
    name = b"f.csv"
    record = (
        struct.pack(
            "<4s4B4HL2L5H2L",
            b"PK\x01\x02",
            20,
            3,
            20,
            0,
            0,
            0,
            0,
            0,
            0,
            0,
            0,
            len(name),
            0,
            0,
            0,
            0,
            0o100644 << 16,
            0,
        )
        + name
    )
    directory = record * entries + data[cd_offset:end_at]
    end = struct.pack("<4s4H2LH", b"PK\x05\x06", 0, 0, 1, 1, len(directory), cd_offset, 0)
    path.write_bytes(data[:cd_offset] + directory + end)
    return path


def workbook_of_strings(path: Path, strings: int) -> Path:
    """An XLSX whose one sheet has a 3-cell row and whose shared-string table holds `strings` entries."""
    sheet = (
        b'<?xml version="1.0" encoding="UTF-8"?><worksheet xmlns="http://schemas.openxmlformats.org/'
        b'spreadsheetml/2006/main"><sheetData><row r="1"><c r="A1" t="s"><v>0</v></c><c r="B1" t="s">'
        b'<v>1</v></c><c r="C1" t="s"><v>2</v></c></row></sheetData></worksheet>'
    )
    workbook = (
        b'<?xml version="1.0"?><workbook xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" '
        b'xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"><sheets>'
        b'<sheet name="S" sheetId="1" r:id="rId1"/></sheets></workbook>'
    )
    rels = (
        b'<?xml version="1.0"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/'
        b'relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/'
        b'2006/relationships/worksheet" Target="worksheets/sheet1.xml"/><Relationship Id="rId2" '
        b'Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/sharedStrings" '
        b'Target="sharedStrings.xml"/></Relationships>'
    )
    root_rels = (
        b'<?xml version="1.0"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/'
        b'relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/'
        b'officeDocument/2006/relationships/officeDocument" Target="xl/workbook.xml"/></Relationships>'
    )
    types = (
        b'<?xml version="1.0"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">'
        b'<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>'
        b'<Default Extension="xml" ContentType="application/xml"/><Override PartName="/xl/workbook.xml" '
        b'ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/>'
        b'<Override PartName="/xl/worksheets/sheet1.xml" ContentType="application/vnd.openxmlformats-'
        b'officedocument.spreadsheetml.worksheet+xml"/><Override PartName="/xl/sharedStrings.xml" '
        b'ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sharedStrings+xml"/>'
        b"</Types>"
    )
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED, compresslevel=1) as zf:
        zf.writestr("[Content_Types].xml", types)
        zf.writestr("_rels/.rels", root_rels)
        zf.writestr("xl/workbook.xml", workbook)
        zf.writestr("xl/_rels/workbook.xml.rels", rels)
        zf.writestr("xl/worksheets/sheet1.xml", sheet)
        with zf.open("xl/sharedStrings.xml", "w", force_zip64=True) as fh:
            fh.write(
                b'<?xml version="1.0"?><sst xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main">'
            )
            step = 100_000
            for start in range(0, strings, step):
                fh.write(
                    b"".join(b"<si><t>%d</t></si>" % i for i in range(start, min(strings, start + step)))
                )
            fh.write(b"</sst>")
    return path


def package_of_resources(path: Path, resources: int) -> Path:
    listed = b", ".join(b'{"name": "r%d", "path": "t%d.csv"}' % (i, i * 7919) for i in range(resources))
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as zf:
        zf.writestr("datapackage.json", b'{"resources": [' + listed + b"]}")
        zf.writestr("r.csv", b"id\n1\n")
    return path


HOSTILE = {
    "unknown.csv.gz": lambda p: gzip_of(p, b"a,b,c,d,e,f,g,h\n", b"x,y,z,1,2,3,4,5\n", 200 * 1024**2),
    "blank-rows.csv.gz": lambda p: gzip_of(
        p, (",".join(DIRECTORY) + "\n").encode(), b",,,,,,,,,,,\n", 200 * 1024**2
    ),
    "unknown-rows.csv.gz": lambda p: gzip_of_counted_rows(p, b"a,b,c\n", b"%d,x,y\n", 3_000_000),
    "junk-rows.csv.gz": lambda p: gzip_of_counted_rows(
        p, (",".join(DIRECTORY) + "\n").encode(), b"t%d,,,,,,,,,,,\n", 1_100_000
    ),
    "lying.zip": lambda p: lying_zip(p, 1_000_000),
    "strings.xlsx": lambda p: workbook_of_strings(p, 7_900_000),
    "resources.zip": lambda p: package_of_resources(p, 1_500_000),
}


@pytest.mark.parametrize("name", sorted(HOSTILE))
def test_a_hostile_file_is_refused_in_5_s_and_300_mb(db, tmp_path, name):
    hostile = HOSTILE[name](tmp_path / name)
    assert hostile.stat().st_size < 60 * 1024**2
    result = measure(db, hostile, tmp_path)
    assert result["code"] == 2, result
    line = result["stderr"].strip()
    assert len(line.splitlines()) == 1 and name in line, line
    assert result["seconds"] <= MAX_SECONDS, f"{name} took {result['seconds']:.1f} s"
    assert result["peak_mb"] <= MAX_MB, f"{name} took {result['peak_mb']:.0f} MB"


def test_a_package_listing_more_tables_than_hsds_has_is_refused(tmp_path):
    from finder.errors import UserError
    from finder.services.importing.hsds import hsds_records

    folder = tmp_path / "pkg"
    folder.mkdir()
    listed = [{"name": f"t{i}", "path": f"t{i}.csv"} for i in range(1_001)]
    (folder / "datapackage.json").write_text(json.dumps({"resources": listed}))
    with pytest.raises(UserError, match="more than 1,000 tables"):
        hsds_records(folder)


def test_a_workbook_of_no_known_layout_is_refused_before_openpyxl_reads_it(tmp_path, monkeypatch):
    """The header comes from the sheet's XML; openpyxl would first load every row and string."""
    import openpyxl

    from finder.errors import UserError
    from finder.services.importing.run import read_records

    wb = openpyxl.Workbook()
    wb.active.title = "Notes"
    wb.active.append(["ignored", "sheet"])
    first = wb.create_sheet("Programs", 0)  # the first sheet in the workbook, stored as sheet2.xml
    first.append(["client", "visit", "outcome"])
    for i in range(2_000):
        first.append([f"c{i}", "2026-01-01", "seen"])
    book = tmp_path / "visits.xlsx"
    wb.save(book)

    def never(*_a, **_k):
        raise AssertionError("openpyxl loaded a workbook whose header already said it is of no known layout")

    monkeypatch.setattr(openpyxl, "load_workbook", never)
    with pytest.raises(UserError, match="unknown layout"):
        read_records(book)


def test_the_header_read_from_xml_is_openpyxls_first_row(tmp_path):
    import openpyxl

    from finder.services.importing.xlsx_header import header_row

    wb = openpyxl.Workbook()
    ws = wb.active
    ws.append([])
    ws.append(["facility_id", None, "name1", 92660, "Ciudad"])
    book = tmp_path / "b.xlsx"
    wb.save(book)
    assert header_row(book.read_bytes()) == ["facility_id", "", "name1", "92660", "Ciudad"]
