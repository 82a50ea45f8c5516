"""Hostile import files (issue 15): bombs and tricks are refused with one line and exit 2, never a crash.

The bomb cases run `finder import` in a subprocess under a 4 GB address-space limit, so a
reader that unpacked the whole file would die with MemoryError instead of passing.
"""

from __future__ import annotations

import gzip
import io
import json
import os
import re
import resource
import struct
import subprocess
import sys
import zipfile
from pathlib import Path, PurePosixPath, PureWindowsPath

import openpyxl
import pytest

from finder.errors import UserError
from finder.services.importing import readers
from finder.services.importing.hsds import package_relative
from tests.conftest import FIXTURES
from tests.robustness.conftest import DIRECTORY, count
from tests.services.test_import_formats import sample_rows, write_hsds, zip_folder

AS_LIMIT = 4 * 1024**3
SAMPLE = FIXTURES / "directory_sample.csv"
ROW = "t{i},substance,Program {i},,{i} Test Ave,,Irvine,CA,92660,949-555-0100,,SA * OIT OP\n"


def _limit_memory() -> None:
    resource.setrlimit(resource.RLIMIT_AS, (AS_LIMIT, AS_LIMIT))


def finder(*args, env_extra: dict | None = None) -> subprocess.CompletedProcess:
    env = {**os.environ, "FINDER_NO_SEED": "1", **(env_extra or {})}
    return subprocess.run(
        [sys.executable, "-m", "finder", *map(str, args)],
        capture_output=True,
        text=True,
        check=False,
        env=env,
        preexec_fn=_limit_memory,
        timeout=120,
    )


@pytest.fixture
def directory(tmp_path):
    """A directory file with the sample rows, and what `finder export` says of it."""
    db = tmp_path / "d.db"
    assert finder("--db", db, "import", SAMPLE).returncode == 0
    return db


def exported(db: Path, tmp_path: Path) -> str:
    out = tmp_path / f"export-{len(list(tmp_path.glob('export-*')))}.csv"
    assert finder("--db", db, "export", out).returncode == 0
    return out.read_text()


def backups(db: Path) -> str:
    return finder("--db", db, "backup", "list").stdout


def assert_refused(db: Path, tmp_path: Path, hostile: Path, *limit_words: str) -> str:
    """exit 2, one stderr line naming the file and the limit, no traceback, the directory unchanged."""
    before, before_backups = exported(db, tmp_path), backups(db)
    result = finder("--db", db, "import", hostile)
    assert result.returncode == 2, result.stderr
    lines = result.stderr.strip().splitlines()
    assert len(lines) == 1, result.stderr
    assert "Traceback" not in result.stderr and hostile.name in lines[0]
    for word in limit_words:
        assert word in lines[0], lines[0]
    assert exported(db, tmp_path) == before
    assert backups(db) == before_backups, "a refused file left a backup behind"
    return lines[0]


def multi_member_gzip(path: Path, block: bytes, copies: int, head: bytes = b"") -> Path:
    """A gzip of many members: a few MB on disk that unpack to copies x len(block)."""
    member = gzip.compress(block, compresslevel=9)
    with path.open("wb") as fh:
        if head:
            fh.write(gzip.compress(head))
        for _ in range(copies):
            fh.write(member)
    return path


def test_gzip_of_zeros_unpacking_to_2_gb(directory, tmp_path):
    bomb = multi_member_gzip(tmp_path / "zeros.csv.gz", bytes(1024 * 1024), 2048)
    assert bomb.stat().st_size < 3 * 1024 * 1024
    assert_refused(directory, tmp_path, bomb, "200 MB")


def test_gzip_of_directory_rows_unpacking_to_2_gb(directory, tmp_path):
    block = "".join(ROW.format(i=i) for i in range(12_000)).encode()  # ~1 MB of valid rows
    bomb = multi_member_gzip(
        tmp_path / "rows.csv.gz", block, 2 * 1024**3 // len(block), head=(",".join(DIRECTORY) + "\n").encode()
    )
    assert_refused(directory, tmp_path, bomb, "200 MB")


def test_plain_csv_over_the_limit(tmp_path, monkeypatch):
    big = tmp_path / "big.csv"
    big.write_bytes(b"x" * 2048)
    monkeypatch.setattr(readers, "MAX_BYTES", 1024)
    with pytest.raises(UserError, match=r"big\.csv .*1,024 bytes"):
        readers.read_bytes(big)


def _xlsx(path: Path, rows: list[list], *, sheet_xml=None) -> Path:
    wb = openpyxl.Workbook()
    ws = wb.active
    for r in rows:
        ws.append(r)
    buf = io.BytesIO()
    wb.save(buf)
    with zipfile.ZipFile(buf) as src, zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as dst:
        for info in src.infolist():
            data = src.read(info)
            if sheet_xml and info.filename == "xl/worksheets/sheet1.xml":
                data = sheet_xml(data)
            dst.writestr(info.filename, data)
    return path


def _directory_rows(n: int) -> list[list]:
    return [DIRECTORY] + [
        [
            f"t{i}",
            "substance",
            f"Sheet Program {i}",
            "",
            f"{i} Oak St",
            "",
            "Irvine",
            "CA",
            "92660",
            "949-555-0100",
            "",
            "SA * OP",
        ]
        for i in range(n)
    ]


def test_xlsx_claiming_the_whole_sheet_imports_its_real_rows(directory, tmp_path):
    """<dimension ref="A1:XFD1048576"/> made openpyxl pad every row to 16,384 cells (MemoryError)."""
    claim = _xlsx(
        tmp_path / "claims.xlsx",
        _directory_rows(3),
        sheet_xml=lambda x: re.sub(rb'<dimension ref="[^"]*"/>', b'<dimension ref="A1:XFD1048576"/>', x),
    )
    assert claim.stat().st_size < 10_000
    rows_before = count(directory, "SELECT count(*) FROM programs")
    result = finder("--db", directory, "import", claim)
    assert result.returncode == 0, result.stderr
    assert "added 3" in result.stdout
    assert count(directory, "SELECT count(*) FROM programs") == rows_before + 3


def test_xlsx_row_wider_than_the_limit(directory, tmp_path):
    wide = _xlsx(
        tmp_path / "wide.xlsx",
        _directory_rows(2),
        sheet_xml=lambda x: x.replace(b"</row>", b'<c r="XFD2" t="inlineStr"><is><t>x</t></is></c></row>', 2),
    )
    assert_refused(directory, tmp_path, wide, "1,000 columns")


def test_xlsx_row_of_ten_million_cells(directory, tmp_path):
    cells = b"<c/>" * 10_000_000  # openpyxl would build every one before we saw the row
    huge = _xlsx(
        tmp_path / "cells.xlsx",
        _directory_rows(1),
        sheet_xml=lambda x: x.replace(b"</row>", cells + b"</row>", 1),
    )
    assert_refused(directory, tmp_path, huge, "200:1")  # packs 1,000:1, so refused before unpacking


def test_xlsx_wide_row_is_refused_before_openpyxl_builds_it(tmp_path, monkeypatch):
    cells = b"".join(
        b'<c r="%s1"/>' % openpyxl.utils.get_column_letter(1 + i % 16_000).encode() for i in range(300_000)
    )
    wide = _xlsx(
        tmp_path / "cells.xlsx",
        _directory_rows(1),
        sheet_xml=lambda x: x.replace(b"</row>", cells + b"</row>", 1),
    )
    info = zipfile.ZipFile(wide).getinfo("xl/worksheets/sheet1.xml")
    assert info.file_size < readers.MAX_RATIO * info.compress_size  # not caught as a zip bomb

    def never(*a, **k):
        raise AssertionError("openpyxl was handed a sheet with a row of 300,000 cells")

    monkeypatch.setattr(openpyxl, "load_workbook", never)
    with pytest.raises(UserError, match=r"cells\.xlsx .*more than 1,000 columns"):
        readers.xlsx_rows(wide.read_bytes(), wide.name)


BILLION_LAUGHS = (
    b'<?xml version="1.0"?>\n<!DOCTYPE lolz [<!ENTITY lol "lol">'
    + b"".join(
        b'<!ENTITY lol%d "%s">' % (i, (b"&lol%d;" % (i - 1) if i > 1 else b"&lol;") * 10)
        for i in range(1, 10)
    )
    + b']>\n<sst xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" count="1" '
    b'uniqueCount="1"><si><t>&lol9;</t></si></sst>'
)


def _with_part(src: Path, target: Path, name: str, data: bytes) -> Path:
    with zipfile.ZipFile(src) as zin, zipfile.ZipFile(target, "w", zipfile.ZIP_DEFLATED) as zout:
        for info in zin.infolist():
            if info.filename != name:
                zout.writestr(info.filename, zin.read(info))
        zout.writestr(name, data)
    return target


def test_xlsx_with_an_xml_entity_bomb(directory, tmp_path):
    plain = _xlsx(tmp_path / "plain.xlsx", _directory_rows(2))
    bomb = _with_part(plain, tmp_path / "laughs.xlsx", "xl/sharedStrings.xml", BILLION_LAUGHS)
    assert_refused(directory, tmp_path, bomb, "entit")
    workbook_bomb = _with_part(
        plain, tmp_path / "laughs2.xlsx", "xl/workbook.xml", BILLION_LAUGHS.replace(b"sst", b"workbook")
    )
    assert_refused(directory, tmp_path, workbook_bomb, "entit")


def test_openpyxl_parses_with_defusedxml(tmp_path):
    """Behind our own check, openpyxl itself refuses entities once defusedxml is installed."""
    from defusedxml import EntitiesForbidden

    assert openpyxl.DEFUSEDXML is True
    plain = _xlsx(tmp_path / "plain.xlsx", _directory_rows(1))
    bomb = _with_part(
        plain, tmp_path / "laughs.xlsx", "xl/workbook.xml", BILLION_LAUGHS.replace(b"sst", b"workbook")
    )
    with pytest.raises(ValueError) as caught:
        openpyxl.load_workbook(bomb, read_only=True)
    assert isinstance(caught.value.__cause__ or caught.value.__context__, EntitiesForbidden)


def _declare_size(path: Path, member: str, size: int) -> Path:
    """Patch the central directory so `member` claims to unpack to `size` bytes."""
    data = bytearray(path.read_bytes())
    name = member.encode()
    at = 0
    while (at := data.find(b"PK\x01\x02", at)) != -1:
        name_len = struct.unpack_from("<H", data, at + 28)[0]
        if bytes(data[at + 46 : at + 46 + name_len]) == name:
            struct.pack_into("<I", data, at + 24, size)
            break
        at += 4
    else:
        raise AssertionError(f"{member} not in {path}")
    path.write_bytes(bytes(data))
    return path


def test_hsds_zip_member_declaring_3_gb(directory, tmp_path):
    pkg = zip_folder(write_hsds(tmp_path / "pkg", sample_rows()[:3]), tmp_path / "declares.zip")
    _declare_size(pkg, "export/services.csv", 3_000_000_000)
    assert zipfile.ZipFile(pkg).getinfo("export/services.csv").file_size == 3_000_000_000
    assert_refused(directory, tmp_path, pkg, "200 MB")


def test_hsds_zip_bomb_member(directory, tmp_path):
    folder = write_hsds(tmp_path / "pkg", sample_rows()[:3])
    bomb = tmp_path / "bomb.zip"
    with zipfile.ZipFile(bomb, "w", zipfile.ZIP_DEFLATED) as zf:
        for f in folder.iterdir():
            if f.name != "phones.csv":
                zf.write(f, f"export/{f.name}")
        with zf.open("export/phones.csv", "w", force_zip64=True) as fh:
            fh.write(b"id,location_id,number,extension,type\n")
            zeros = b"0" * (1024 * 1024)
            for _ in range(150):  # 150 MB: under the size limit, but 1,000:1
                fh.write(zeros)
    assert bomb.stat().st_size < 1024 * 1024
    assert_refused(directory, tmp_path, bomb, "200:1")


def test_xlsx_part_declaring_3_gb(directory, tmp_path):
    xlsx = _xlsx(tmp_path / "declares.xlsx", _directory_rows(2))
    _declare_size(xlsx, "xl/worksheets/sheet1.xml", 3_000_000_000)
    assert_refused(directory, tmp_path, xlsx, "200 MB")


def test_too_many_rows_or_columns(directory, tmp_path):
    rows = tmp_path / "rows.csv"
    rows.write_text(",".join(DIRECTORY) + "\n" + ",\n" * 1_000_001)
    assert_refused(directory, tmp_path, rows, "1,000,000 rows")
    wide = tmp_path / "wide.csv"
    wide.write_text(",".join(DIRECTORY) + "\n" + ROW.format(i=1).rstrip("\n") + ",x" * 1_000 + "\n")
    assert_refused(directory, tmp_path, wide, "1,000 columns")


def test_escape_sequences_in_names_never_reach_the_terminal(directory, tmp_path):
    evil = tmp_path / "evil.csv"
    evil.write_text(
        ",".join(DIRECTORY)
        + "\n"
        + "e1,substance,\x1b[2J\x1b[31mEVIL,\x9b31mSecond\x07,1 Bell\x08 St,,Irv\x7fine,CA,92660,"
        "949-555-0100\x1b,,SA * OP\n"
    )
    result = finder("--db", directory, "import", evil)
    assert result.returncode == 0, result.stderr
    for fmt in ("table", "json", "csv"):
        out = finder("--db", directory, "search", "--near", "92660", "--text", "EVIL", "--format", fmt).stdout
        assert "EVIL" in out
        assert not re.search(r"[\x00-\x08\x0b-\x1f\x7f-\x9f]", out), repr(out)
    found = json.loads(
        finder("--db", directory, "search", "--near", "92660", "--text", "EVIL", "--format", "json").stdout
    )["results"][0]
    assert (found["name"], found["name2"], found["city"]) == ("[2J[31mEVIL", "31mSecond", "Irvine")


@pytest.mark.parametrize(
    "path",
    [
        "../outside.csv",
        "a/../../outside.csv",
        "/etc/passwd",
        "..\\..\\outside.csv",
        "a\\..\\..\\x.csv",
        "C:/Windows/win.ini",
        "C:\\Windows\\win.ini",
        "c:outside.csv",
        "\\\\server\\share\\x.csv",
        "//server/share/x.csv",
        "\\outside.csv",
        "",
        "a\x00.csv",
    ],
)
def test_resource_paths_that_leave_the_package(path):
    with pytest.raises(UserError, match="outside the package"):
        package_relative(path, "pkg.zip")


@pytest.mark.parametrize("path", ["http://example.org/services.csv", "https://x/y.csv", "file:///etc/passwd"])
def test_resource_paths_on_the_web(path):
    with pytest.raises(UserError, match="web address"):
        package_relative(path, "pkg.zip")


@pytest.mark.parametrize(
    "path,inside",
    [
        ("services.csv", "services.csv"),
        ("./data/services.csv", "data/services.csv"),
        ("data\\services.csv", "data/services.csv"),
    ],
)
def test_resource_paths_inside_the_package(path, inside):
    assert package_relative(path, "pkg") == inside
    # what the check returns is relative on both kinds of system
    assert not PureWindowsPath(inside).anchor and not PurePosixPath(inside).is_absolute()


def _point_service_at(folder: Path, target: str) -> None:
    desc = json.loads((folder / "datapackage.json").read_text())
    for res in desc["resources"]:
        if res["path"] == "services.csv":
            res["path"] = target
    (folder / "datapackage.json").write_text(json.dumps(desc))


def test_hsds_zip_with_windows_traversal(directory, tmp_path):
    folder = write_hsds(tmp_path / "pkg", sample_rows()[:3])
    _point_service_at(folder, "..\\..\\services.csv")
    assert_refused(directory, tmp_path, zip_folder(folder, tmp_path / "trav.zip"), "outside the package")


def test_hsds_folder_symlink_leaving_the_folder(directory, tmp_path):
    folder = write_hsds(tmp_path / "pkg", sample_rows()[:3])
    outside = tmp_path / "secret.csv"
    (folder / "services.csv").rename(outside)
    (folder / "services.csv").symlink_to(outside)
    line = assert_refused(directory, tmp_path, folder, "outside the package")
    assert "services.csv" in line
    # a link that stays inside the folder is fine
    inside = folder / "data"
    inside.mkdir()
    outside.rename(inside / "services.csv")
    (folder / "services.csv").unlink()
    (folder / "services.csv").symlink_to(inside / "services.csv")
    assert finder("--db", directory, "import", folder).returncode == 0


def test_hsds_datapackage_nested_too_deep(directory, tmp_path):
    folder = write_hsds(tmp_path / "pkg", sample_rows()[:3])
    (folder / "datapackage.json").write_text("[" * 100_000 + "]" * 100_000)
    assert_refused(directory, tmp_path, folder, "datapackage.json")


def test_zip_of_too_many_entries(directory, tmp_path):
    many = tmp_path / "many.zip"
    with zipfile.ZipFile(many, "w") as zf:
        zf.writestr("datapackage.json", "{}")
        for i in range(10_001):
            zf.writestr(f"f{i}", b"")
    assert_refused(directory, tmp_path, many, "10,000 files")
