"""Reading raw tables from CSV (any common encoding, optionally gzipped), XLSX, or a zip/folder."""

from __future__ import annotations

import csv
import gzip
import io
import zipfile
from pathlib import Path

from finder.errors import UserError

csv.field_size_limit(10_000_000)


def read_bytes(path: Path) -> bytes:
    try:
        data = path.read_bytes()
    except FileNotFoundError:
        raise UserError(f"file not found: {path}") from None
    except IsADirectoryError:
        raise UserError(f"{path} is a folder; import a file (or an HSDS folder with datapackage.json)") from None
    except OSError as exc:
        raise UserError(f"cannot read {path}: {exc.strerror}") from None
    if data[:2] == b"\x1f\x8b":
        try:
            data = gzip.decompress(data)
        except (OSError, EOFError):
            raise UserError(f"{path.name} is a damaged gzip file") from None
    return data


def decode_text(data: bytes, name: str) -> str:
    """UTF-8 (with or without BOM), else Windows-1252; refuse binary files."""
    if b"\x00" in data[:65536]:
        raise UserError(f"{name} is not a text, XLSX or zip file")
    try:
        return data.decode("utf-8-sig")
    except UnicodeDecodeError:
        pass
    try:
        return data.decode("cp1252")
    except UnicodeDecodeError:
        return data.decode("latin-1")


def csv_rows(text: str) -> list[list[str]]:
    try:
        return list(csv.reader(io.StringIO(text, newline="")))
    except csv.Error as exc:
        raise UserError(f"the file is not readable CSV: {exc}") from None


def xlsx_rows(data: bytes, name: str) -> list[list[str]]:
    import openpyxl

    try:
        wb = openpyxl.load_workbook(io.BytesIO(data), read_only=True, data_only=True)
    except Exception as exc:  # noqa: BLE001 - openpyxl raises many types for broken files
        raise UserError(f"{name} is not a readable XLSX workbook ({type(exc).__name__})") from None
    try:
        ws = wb.worksheets[0]
        rows = []
        for values in ws.iter_rows(values_only=True):
            rows.append(["" if v is None else (str(int(v)) if isinstance(v, float) and v.is_integer()
                                                else str(v)) for v in values])
        return rows
    finally:
        wb.close()


def is_xlsx(data: bytes) -> bool:
    if data[:4] != b"PK\x03\x04":
        return False
    try:
        with zipfile.ZipFile(io.BytesIO(data)) as zf:
            return "xl/workbook.xml" in zf.namelist()
    except zipfile.BadZipFile:
        return False


def normalise_header(header: list[str]) -> list[str]:
    return [h.strip().lstrip("\ufeff").lower() for h in header]
