"""Importers fed random files: a clear UserError or a clean import, never a traceback or half a file."""

from __future__ import annotations

import gzip
import hashlib
import io
import os
import sqlite3
import string
import zipfile

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from finder.errors import UserError
from finder.services.importing import import_file
from finder.services.importing.finder_csv import EXPORT_COLUMNS

DIRECTORY = [
    "facility_id",
    "directory_type",
    "name1",
    "name2",
    "street1",
    "street2",
    "city",
    "state",
    "zip",
    "phone",
    "intake1",
    "service_code_info",
]
LOCATOR = [
    "name1",
    "name2",
    "street1",
    "street2",
    "city",
    "state",
    "zip",
    "county",
    "phone",
    "website",
    "latitude",
    "longitude",
    "type_facility",
    "oit",
    "md",
]
LAYOUTS = [DIRECTORY, LOCATOR, EXPORT_COLUMNS]
# FINDER_FUZZ_EXAMPLES=2000 for a long random hunt; the default is quick and repeatable
_DEEP = int(os.environ.get("FINDER_FUZZ_EXAMPLES", "0"))
FUZZ = settings(
    max_examples=_DEEP or 120,
    deadline=None,
    derandomize=not _DEEP,
    suppress_health_check=[
        HealthCheck.function_scoped_fixture,
        HealthCheck.too_slow,
        HealthCheck.data_too_large,
    ],
)

cells = st.one_of(
    st.text(max_size=12),
    st.sampled_from(
        [
            "",
            "CA",
            "XX",
            "92660",
            "ab",
            "1e999",
            "nan",
            "-91",
            "181",
            "33.6",
            "-117.8",
            "=1+1",
            "SA MH * OIT * MD",
            "'",
            '"',
            "mental",
            "substance",
            "exact",
            "zip",
            "addiction",
            "do-not-refer",
            "iop;php",
            "bogus-tag",
            "\r\n",
            "\x00",
            "\ufeff",
        ]
    ),
    st.builds(lambda c, n: c * n, st.sampled_from('aZ9 ,"é'), st.integers(400, 5000)),  # huge fields
)


def snapshot(db) -> str:
    con = sqlite3.connect(str(db.path))
    try:
        h = hashlib.sha256()
        for table in ("programs", "program_sources", "meta"):
            for row in con.execute(f"SELECT * FROM {table} ORDER BY 1"):
                h.update(repr(row).encode())
        return h.hexdigest()
    finally:
        con.close()


def try_import(db, path) -> None:
    """Import; on refusal the database must be exactly as before."""
    before = snapshot(db)
    try:
        import_file(db, path, backup=False)
    except UserError as exc:
        assert str(exc).strip() and "\n" not in str(exc).strip(), "a refusal is one clear line"
        assert snapshot(db) == before, "a refused file changed the directory"


def to_csv(rows: list[list[str]]) -> str:
    out = io.StringIO()
    import csv

    csv.writer(out).writerows(rows)
    return out.getvalue()


@FUZZ
@given(data=st.binary(max_size=3000), suffix=st.sampled_from([".csv", ".xlsx", ".zip", ".gz", ""]))
def test_binary_junk(sample_db, tmp_path, data, suffix):
    path = tmp_path / f"junk{suffix}"
    path.write_bytes(data)
    try_import(sample_db, path)


@FUZZ
@given(
    layout=st.sampled_from(LAYOUTS),
    extra=st.lists(st.text(string.ascii_lowercase, max_size=8), max_size=3),
    drop=st.integers(0, 3),
    rows=st.lists(st.lists(cells, max_size=20), max_size=6),
    encoding=st.sampled_from(["utf-8", "utf-8-sig", "utf-16", "cp1252", "latin-1"]),
    compress=st.booleans(),
)
def test_random_rows_under_real_headers(sample_db, tmp_path, layout, extra, drop, rows, encoding, compress):
    header = list(layout)[drop:] + extra
    text = to_csv([header, *rows])
    data = text.encode(encoding, errors="replace")
    if compress:
        data = gzip.compress(data)
    path = tmp_path / "fuzz.csv"
    path.write_bytes(data)
    try_import(sample_db, path)


@FUZZ
@given(header=st.lists(cells, max_size=8), rows=st.lists(st.lists(cells, max_size=8), max_size=4))
def test_random_headers(sample_db, tmp_path, header, rows):
    path = tmp_path / "fuzz.csv"
    path.write_text(to_csv([header, *rows]), encoding="utf-8", errors="surrogatepass")
    try_import(sample_db, path)


@FUZZ
@given(
    files=st.dictionaries(
        st.sampled_from(
            [
                "datapackage.json",
                "organization.csv",
                "service.csv",
                "location.csv",
                "address.csv",
                "xl/workbook.xml",
                "x",
            ]
        ),
        st.one_of(st.binary(max_size=300), st.text(max_size=300).map(str.encode)),
        max_size=5,
    )
)
def test_random_zip_packages(sample_db, tmp_path, files):
    path = tmp_path / "package.zip"
    with zipfile.ZipFile(path, "w") as zf:
        for name, data in files.items():
            zf.writestr(name, data)
    try_import(sample_db, path)


def test_empty_and_blank_files(sample_db, tmp_path):
    for i, data in enumerate([b"", b"\n\n", b"   ", b"\xef\xbb\xbf", gzip.compress(b"")]):
        path = tmp_path / f"empty{i}.csv"
        path.write_bytes(data)
        try_import(sample_db, path)


def test_a_bad_row_after_good_ones_leaves_nothing_behind(sample_db, tmp_path):
    good = ["1", "substance", "Good Place", "", "1 Main St", "", "Irvine", "CA", "92618", "", "", "SA"]
    bad = ["2", "substance", "Bad Place", "", "2 Main St", "", "Irvine", "ZZ", "92618", "", "", "SA"]
    path = tmp_path / "mixed.csv"
    path.write_text(to_csv([DIRECTORY, *([good] * 300), bad]))
    before = snapshot(sample_db)
    with pytest.raises(UserError, match=r"row 302\b"):
        import_file(sample_db, path, backup=False)
    assert snapshot(sample_db) == before
