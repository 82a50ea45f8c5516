"""The first row of an XLSX workbook's first sheet, read straight from its XML.

openpyxl loads every shared string and parses the sheet before a caller sees row 1; the import
wants the header first, to refuse a workbook of no known layout before reading on. Only the
parts needed are streamed (workbook, its relationships, the sheet up to its first row with a
value, the shared strings up to the last one that row uses). The parts were already checked
for size, packing ratio and entities (readers._check_xlsx_parts). Anything unexpected gives
None, and the import goes on as before with openpyxl.
"""

from __future__ import annotations

import io
import re
import zipfile
from posixpath import join, normpath

from defusedxml.ElementTree import iterparse  # type: ignore[import-untyped]

_REL_ID = "{http://schemas.openxmlformats.org/officeDocument/2006/relationships}id"
_CELL_REF = re.compile(r"([A-Z]{1,3})\d*$")


def _local(tag: str) -> str:
    return tag.rsplit("}", 1)[-1]


def _column(ref: str | None, default: int) -> int:
    m = _CELL_REF.match(ref or "")
    if not m:
        return default
    n = 0
    for ch in m.group(1):
        n = n * 26 + ord(ch) - 64
    return n - 1


def _targets(zf: zipfile.ZipFile) -> tuple[str | None, str | None]:
    """The first sheet's part and the shared strings' part, as the workbook's relationships say."""
    first_id = None
    for _event, el in iterparse(zf.open("xl/workbook.xml")):
        if _local(el.tag) == "sheet":
            first_id = el.get(_REL_ID)
            break
    sheet = strings = None
    for _event, el in iterparse(zf.open("xl/_rels/workbook.xml.rels")):
        if _local(el.tag) != "Relationship":
            continue
        target = el.get("Target") or ""
        part = target.lstrip("/") if target.startswith("/") else normpath(join("xl", target))
        if el.get("Id") == first_id:
            sheet = part
        elif (el.get("Type") or "").endswith("/sharedStrings"):
            strings = part
    return sheet, strings


def _first_row(zf: zipfile.ZipFile, part: str) -> list[tuple[int, str, str]] | None:
    """(column, type, raw value) of the first row holding a value."""
    for _event, el in iterparse(zf.open(part)):
        if _local(el.tag) != "row":
            continue
        cells = []
        for i, c in enumerate(el):
            if _local(c.tag) != "c":
                continue
            kind = c.get("t") or "n"
            if kind == "inlineStr":
                value = "".join(t.text or "" for t in c.iter() if _local(t.tag) == "t")
            else:
                value = next((v.text or "" for v in c if _local(v.tag) == "v"), "")
            cells.append((_column(c.get("r"), i), kind, value))
        el.clear()
        if any(v.strip() for _col, _kind, v in cells):
            return cells
    return None


def _shared(zf: zipfile.ZipFile, part: str, wanted: set[int]) -> dict[int, str]:
    found: dict[int, str] = {}
    last = max(wanted)
    n = 0
    for _event, el in iterparse(zf.open(part)):
        if _local(el.tag) != "si":
            continue
        if n in wanted:  # rich text has several runs; phonetic hints (rPh) are not the text
            found[n] = "".join(
                t.text or ""
                for r in el
                if _local(r.tag) != "rPh"
                for t in ([r] if _local(r.tag) == "t" else r.iter())
                if _local(t.tag) == "t"
            )
        el.clear()
        n += 1
        if n > last:
            break
    return found


def header_row(data: bytes) -> list[str] | None:
    """The first sheet's first row with a value, as text; None when it cannot be told this way."""
    try:
        with zipfile.ZipFile(io.BytesIO(data)) as zf:
            sheet, strings = _targets(zf)
            if sheet is None:
                return None
            cells = _first_row(zf, sheet)
            if cells is None:
                return None
            wanted = {int(v) for _col, kind, v in cells if kind == "s" and v.strip().isdigit()}
            shared = _shared(zf, strings, wanted) if wanted and strings else {}
            width = max(col for col, _kind, _v in cells) + 1
            if width > 16_384:
                return None
            row = [""] * width
            for col, kind, value in cells:
                row[col] = shared.get(int(value), "") if kind == "s" and value.strip().isdigit() else value
            return row
    except Exception:  # noqa: BLE001 - any surprise: let openpyxl read it as before
        return None
