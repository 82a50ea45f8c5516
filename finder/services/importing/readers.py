"""Reading raw tables from CSV (any common encoding, optionally gzipped), XLSX, or a zip/folder.

Every read is bounded: a hostile file (a gzip or zip bomb, a sheet that claims a
million columns, an XML entity bomb) is refused with one line naming the file and
the limit, before it can exhaust memory. The limits sit far above the real data:
the national directory (20,524 rows, 15 columns) is about 9 MB of text.
"""

from __future__ import annotations

import codecs
import csv
import gzip
import io
import re
import warnings
import zipfile
import zlib
from collections.abc import Callable, Iterator
from pathlib import Path
from struct import error as struct_error

from finder.errors import Message, UserError

csv.field_size_limit(10_000_000)

MB = 1024 * 1024
# text read for one import: a file, what it unpacks to, or all the tables of a package (20x the directory)
MAX_BYTES = 200 * MB
MAX_ROWS = 1_000_000
# a locator export has one column per service code (314 codes), so 200 would refuse real files
MAX_COLUMNS = 1_000
# bounds the memory of the parsed table (~8 bytes a cell before any text); the directory has 0.3 M
MAX_CELLS = 20_000_000
# a zip member over 1 MB that unpacks more than this many times its packed size is a bomb;
# real sheets and CSV tables pack about 8:1, deflate tops out near 1,000:1
MAX_RATIO = 200
RATIO_FLOOR = 1 * MB
# XLSX parts openpyxl parses whole into a tree (workbook, styles, relationships, theme)
MAX_XLSX_PART = 10 * MB
CHUNK = 1 * MB
# an XLSX has some 10-30 parts and an HSDS package some 20 tables; a million empty entries
# would cost gigabytes of ZipInfo before a single one could be checked
MAX_ZIP_ENTRIES = 10_000
_SAFE_COMPRESSION = (zipfile.ZIP_STORED, zipfile.ZIP_DEFLATED)


# what a file is called when the caller gives no name
THE_FILE = Message("import-the-file")


def _size(n: int) -> Message:
    return Message("import-size-mb", f"{n / MB:,.0f}") if n >= MB else Message("import-size-bytes", f"{n:,}")


def _too_big(name: object, unpacked: bool, limit: int) -> UserError:
    if unpacked:
        return UserError("import-unpacks-too-big", name, _size(limit))
    return UserError("import-file-too-big", name, _size(limit))


def read_bytes(path: Path, limit: int | None = None) -> bytes:
    """The file's bytes, gunzipped in a bounded stream if it is gzip; UserError past `limit`."""
    limit = MAX_BYTES if limit is None else limit
    try:
        if path.is_dir():
            raise UserError("import-is-folder", path)
        if not path.exists():
            raise UserError("import-file-not-found", path)
        if not path.is_file():  # a FIFO or a device would block or never end
            raise UserError("import-not-regular-file", path.name)
        size = path.stat().st_size
        if size > limit:
            raise _too_big(path.name, False, limit)
        with path.open("rb") as fh:
            head = fh.read(2)
            fh.seek(0)
            if head == b"\x1f\x8b":
                return _gunzip(fh, path.name, limit, size)
            data = fh.read(size + 1)
    except PermissionError as exc:
        raise UserError("import-cannot-read", path, exc.strerror) from None
    except IsADirectoryError:
        raise UserError("import-is-folder", path) from None
    except OSError as exc:
        raise UserError("import-cannot-read", path, exc.strerror or exc) from None
    if len(data) > limit:  # it grew while we read it
        raise _too_big(path.name, False, limit)
    return data


def _gunzip(fh, name: str, limit: int, packed: int) -> bytes:
    """Unpack in 1 MB steps; refuse past `limit`, or past MAX_RATIO times the packed size (a 175 kB
    file of repeated rows unpacked to 200 MB and took 1.9 GB to read before it was refused)."""
    parts: list[bytes] = []
    total = 0
    ratio_limit = max(RATIO_FLOOR, MAX_RATIO * packed)
    try:
        with gzip.GzipFile(fileobj=fh, mode="rb") as gz:
            while chunk := gz.read(CHUNK):
                total += len(chunk)
                if total > limit:
                    raise _too_big(name, True, limit)
                if total > ratio_limit:
                    raise UserError(
                        "import-zip-bomb",
                        name,
                        MAX_RATIO,
                    )
                parts.append(chunk)
    except (OSError, EOFError, zlib.error):
        raise UserError("import-bad-gzip", name) from None
    return b"".join(parts)


def _is_utf16(head: bytes) -> bool:
    """A byte-order mark, or text whose every other byte is zero (ASCII saved as UTF-16)."""
    if head[:2] in (b"\xff\xfe", b"\xfe\xff"):
        return True
    sample = head[:4096]
    if len(sample) < 8:
        return False
    for start in (0, 1):
        zeros = sample[1 - start :: 2].count(0)
        if zeros > 0.9 * (len(sample) // 2) and sample[start::2].count(0) == 0:
            return True
    return False


def decode_text(data: bytes, name: str) -> str:
    """UTF-8 (with or without BOM), else Windows-1252; refuse binary files."""
    if _is_utf16(data[:4096]):
        # Excel's "Unicode Text" and some exports write UTF-16: it is text, only not ours
        raise UserError(
            "import-utf16",
            name,
        )
    if b"\x00" in data[:65536]:
        raise UserError("import-not-text", name)
    try:
        return data.decode("utf-8-sig")
    except UnicodeDecodeError:
        pass
    try:
        return data.decode("cp1252")
    except UnicodeDecodeError:
        return data.decode("latin-1")


class _TableLimits:
    """Counts rows and cells as a table is read; refuses past MAX_ROWS / MAX_COLUMNS / MAX_CELLS."""

    def __init__(self, name: str) -> None:
        self.name = name
        self.rows = 0
        self.cells = 0

    def add(self, row: list) -> list:
        self.rows += 1
        if len(row) > MAX_COLUMNS:
            while row and row[-1] in ("", None):  # trailing empty cells cost nothing to drop
                row.pop()
            if len(row) > MAX_COLUMNS:
                raise UserError(
                    "import-too-many-columns",
                    self.name,
                    self.rows,
                    f"{MAX_COLUMNS:,}",
                )
        self.cells += len(row)
        if self.rows > MAX_ROWS:
            raise UserError(
                "import-too-many-rows",
                self.name,
                f"{MAX_ROWS:,}",
            )
        if self.cells > MAX_CELLS:
            raise UserError(
                "import-too-many-cells",
                self.name,
                f"{MAX_CELLS:,}",
            )
        return row


def _text_encoding(data: bytes) -> str:
    """What decode_text would decode `data` as, found without holding a decoded copy."""
    for encoding in ("utf-8", "cp1252"):
        decoder = codecs.getincrementaldecoder(encoding)()
        try:
            for at in range(0, len(data), CHUNK):
                decoder.decode(data[at : at + CHUNK])
            decoder.decode(b"", final=True)
        except UnicodeDecodeError:
            continue
        return "utf-8-sig" if encoding == "utf-8" else encoding
    return "latin-1"


def csv_stream(data: bytes, name: str | Message = THE_FILE) -> Iterator[list[str]]:
    """The rows of a CSV file's bytes one by one, within the table limits (encodings as decode_text).

    Only the current row is built: the caller turns rows into records as they come, and a file
    whose header is of no known layout is refused before the rest is read.
    """
    if _is_utf16(data[:4096]):
        decode_text(data[:4096], name)  # raises, with how to save it as UTF-8
    if b"\x00" in data[:65536]:
        raise UserError("import-not-text", name)
    text = io.TextIOWrapper(io.BytesIO(data), encoding=_text_encoding(data), newline="")
    limits = _TableLimits(name)
    try:
        for row in csv.reader(text):
            yield limits.add(row)
    except csv.Error as exc:
        raise UserError("import-bad-csv", name, exc) from None


def csv_rows(text: str, name: str | Message = THE_FILE) -> list[list[str]]:
    limits = _TableLimits(name)
    try:
        return [limits.add(row) for row in csv.reader(io.StringIO(text, newline=""))]
    except csv.Error as exc:
        raise UserError("import-bad-csv", name, exc) from None


# --- zip members (XLSX parts and HSDS tables) -------------------------------------------------


def open_zip(source, name: str) -> zipfile.ZipFile:
    """A ZipFile (of a path or a binary file object), once its end record says it holds at most
    MAX_ZIP_ENTRIES entries and the file is within MAX_BYTES."""
    try:
        if isinstance(source, (str, Path)):
            if Path(source).stat().st_size > MAX_BYTES:
                raise _too_big(name, False, MAX_BYTES)
            with open(source, "rb") as fh:
                _check_zip_entries(fh, name)
        else:
            _check_zip_entries(source, name)
            source.seek(0)
        return zipfile.ZipFile(source)
    except (zipfile.BadZipFile, OSError, ValueError, EOFError, struct_error):
        raise UserError("import-not-text", name) from None


def _check_zip_entries(fh, name: str) -> None:
    end = zipfile._EndRecData(fh)  # the record ZipFile itself trusts, read before the directory
    if not end:
        raise UserError("import-not-text", name)
    if end[zipfile._ECD_ENTRIES_TOTAL] > MAX_ZIP_ENTRIES or _directory_records(fh, end) > MAX_ZIP_ENTRIES:
        raise UserError(
            "import-zip-too-many-files",
            name,
            f"{MAX_ZIP_ENTRIES:,}",
        )


def _directory_records(fh, end: list) -> int:
    """The entries ZipFile would build, counted here: the end record's count can be a lie.

    ZipFile reads the whole central directory the end record points at and makes a ZipInfo of
    every record in it, whatever count the record states (a zip claiming one entry and holding a
    million took 2 GB). The records are counted by their signature in that same span, streamed.
    """
    size = end[zipfile._ECD_SIZE]
    start = end[zipfile._ECD_LOCATION] - size  # where ZipFile looks (it allows for bytes prepended)
    if end[zipfile._ECD_SIGNATURE] == zipfile.stringEndArchive64:
        start -= zipfile.sizeEndCentDir64 + zipfile.sizeEndCentDir64Locator
    fh.seek(max(0, start))
    count, left, tail = 0, size, b""
    while left > 0 and count <= MAX_ZIP_ENTRIES:
        chunk = fh.read(min(CHUNK, left))
        if not chunk:
            break
        left -= len(chunk)
        window = tail + chunk
        count += window.count(b"PK\x01\x02") - tail.count(b"PK\x01\x02")
        tail = window[-3:]
    return count


def check_zip_member(info: zipfile.ZipInfo, archive: str, limit: int | None = None) -> None:
    """Refuse a member by what the zip declares, before a byte of it is unpacked."""
    limit = MAX_BYTES if limit is None else limit
    where = Message("import-zip-member", archive, info.filename[:80])
    if info.flag_bits & 0x1:
        raise UserError("import-zip-encrypted", where)
    if info.compress_type not in _SAFE_COMPRESSION:
        raise UserError("import-zip-compression", where)
    if info.file_size > limit:
        raise _too_big(where, True, limit)
    if info.file_size > RATIO_FLOOR and info.file_size > MAX_RATIO * max(info.compress_size, 1):
        raise UserError(
            "import-zip-bomb",
            where,
            MAX_RATIO,
        )


def read_zip_member(
    zf: zipfile.ZipFile, info: zipfile.ZipInfo, archive: str, limit: int | None = None
) -> bytes:
    """A member's bytes, read in a bounded stream (a member may unpack to more than it declares)."""
    limit = MAX_BYTES if limit is None else limit
    check_zip_member(info, archive, limit)
    parts: list[bytes] = []
    total = 0
    try:
        with zf.open(info) as fh:
            while chunk := fh.read(CHUNK):
                total += len(chunk)
                if total > limit:
                    raise _too_big(Message("import-zip-member", archive, info.filename[:80]), True, limit)
                parts.append(chunk)
    except (zipfile.BadZipFile, OSError, EOFError, zlib.error, NotImplementedError, RuntimeError) as exc:
        raise UserError("import-bad-zip", archive, info.filename[:80], type(exc).__name__) from None
    return b"".join(parts)


# --- XLSX ---------------------------------------------------------------------------------------

_SHEET_PART = re.compile(r"xl/worksheets/[^/]+\.xml", re.IGNORECASE)
_STRINGS_PART = re.compile(r"xl/sharedstrings\.xml", re.IGNORECASE)
_ROW_TAG = re.compile(rb"<(?:[A-Za-z_][\w.-]*:)?row[\s/>]")
_CELL_TAG = re.compile(rb"<(?:[A-Za-z_][\w.-]*:)?c[\s/>]")
_STRING_TAG = re.compile(rb"<(?:[A-Za-z_][\w.-]*:)?si[\s/>]")
_DTD = (b"<!DOCTYPE", b"<!ENTITY")


def _prescan_part(
    zf: zipfile.ZipFile, info: zipfile.ZipInfo, name: str, kind: str, max_strings: int | None = None
) -> int:
    """Stream one XLSX part: refuse a DTD (entity bombs) and, in a sheet, rows too many or too wide.

    openpyxl builds a whole row (or a whole part) in memory before we see it; counting the tags
    first keeps one row of ten million cells from ever being built. Counting per 1 MB chunk is
    enough: a chunk with more cells than MAX_COLUMNS times its rows holds a row that is too wide.
    A shared-string table may hold at most `max_strings` entries. Returns the cells (or strings) counted.
    """
    rows = cells = 0
    tail = b""
    try:
        with zf.open(info) as fh:
            while chunk := fh.read(CHUNK):
                if any(d in chunk or d in tail + chunk[:16] for d in _DTD):
                    raise UserError(
                        "import-xlsx-entities",
                        name,
                        info.filename[:80],
                    )
                tail = chunk[-16:]
                if kind == "sheet":
                    r = len(_ROW_TAG.findall(chunk))
                    c = len(_CELL_TAG.findall(chunk))
                    if c > MAX_COLUMNS * (r + 1):
                        raise UserError(
                            "import-xlsx-too-many-columns",
                            name,
                            f"{MAX_COLUMNS:,}",
                        )
                    rows += r
                elif kind == "strings":
                    c = len(_STRING_TAG.findall(chunk))
                    if max_strings is not None and cells + c > max_strings:
                        # openpyxl loads every shared string before the first row: 7.9 million of
                        # them for a three-cell sheet took 1.3 GB and 80 s before "unknown layout"
                        raise UserError(
                            "import-xlsx-too-many-strings",
                            name,
                            f"{max_strings:,}",
                        )
                else:
                    continue
                cells += c
                if rows > MAX_ROWS:
                    raise UserError(
                        "import-too-many-rows",
                        name,
                        f"{MAX_ROWS:,}",
                    )
                if cells > MAX_CELLS:
                    raise UserError(
                        "import-too-many-cells",
                        name,
                        f"{MAX_CELLS:,}",
                    )
    except (zipfile.BadZipFile, OSError, EOFError, zlib.error, NotImplementedError, RuntimeError) as exc:
        raise UserError("import-bad-xlsx", name, type(exc).__name__) from None
    return cells


# shared strings a workbook may hold beyond one per cell of its sheets (Excel keeps a few unused)
STRINGS_SLACK = 10_000


def _check_xlsx_parts(data: bytes, name: str) -> None:
    """Every part by its declared size first, then each one streamed once (see _prescan_part)."""
    with open_zip(io.BytesIO(data), name) as zf:
        parts = []
        total = 0
        for info in zf.infolist():
            kind = (
                "sheet"
                if _SHEET_PART.fullmatch(info.filename)
                else "strings"
                if _STRINGS_PART.fullmatch(info.filename)
                else ""
            )
            check_zip_member(info, name, MAX_BYTES if kind else MAX_XLSX_PART)
            total += info.file_size
            if total > MAX_BYTES:
                raise _too_big(name, True, MAX_BYTES)
            parts.append((info, kind))
        # the sheets first: their cells bound the shared strings, which are counted last
        sheet_cells = sum(_prescan_part(zf, info, name, kind) for info, kind in parts if kind != "strings")
        for info, kind in parts:
            if kind == "strings":
                _prescan_part(zf, info, name, kind, max_strings=sheet_cells + STRINGS_SLACK)


def _cell_text(v) -> str:
    if v is None:
        return ""
    if isinstance(v, float) and v.is_integer():
        return str(int(v))
    return str(v)


def xlsx_rows(
    data: bytes, name: str, check_header: Callable[[list[str]], None] | None = None
) -> list[list[str]]:
    """The first sheet's rows as text, read-only and bounded (see the limits above).

    `check_header(row)` sees the first row with a value, read from the sheet's XML before
    openpyxl loads the workbook, and may refuse the file (an unknown layout) at once.
    """
    _check_xlsx_parts(data, name)
    if check_header is not None:
        from finder.services.importing.xlsx_header import header_row

        header = header_row(data)
        if header is not None:
            check_header(header)
    import openpyxl

    limits = _TableLimits(name)
    try:
        with warnings.catch_warnings():
            # openpyxl warns (several lines on stderr) about features it drops; we read values only
            warnings.simplefilter("ignore")
            wb = openpyxl.load_workbook(io.BytesIO(data), read_only=True, data_only=True)
            try:
                if not wb.worksheets:
                    raise UserError("import-xlsx-no-sheet", name)
                ws = wb.worksheets[0]
                # the <dimension> a file states is not trusted: A1:XFD1048576 would pad every row
                # to 16,384 cells; each row is then as wide as its own last cell
                ws.reset_dimensions()
                return [
                    limits.add([_cell_text(v) for v in values]) for values in ws.iter_rows(values_only=True)
                ]
            finally:
                wb.close()
    except UserError:
        raise
    except MemoryError:
        raise UserError("import-out-of-memory", name) from None
    except Exception as exc:  # noqa: BLE001 - openpyxl raises many types for broken files
        raise UserError("import-bad-xlsx", name, type(exc).__name__) from None


def is_xlsx(data: bytes, name: str | Message = THE_FILE) -> bool:
    """A zip holding xl/workbook.xml; a zip of too many entries is refused here (UserError)."""
    if data[:4] != b"PK\x03\x04":
        return False
    try:
        with open_zip(io.BytesIO(data), name) as zf:
            return "xl/workbook.xml" in zf.namelist()
    except UserError as exc:
        if exc.template == "import-zip-too-many-files":
            raise
        return False


def normalise_header(header: list[str]) -> list[str]:
    return [h.strip().lstrip("\ufeff").lower() for h in header]
