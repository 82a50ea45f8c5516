"""Detect a file's layout, turn its rows into records, and apply them in one transaction."""

from __future__ import annotations

import logging
import time
from collections.abc import Callable, Iterable
from pathlib import Path

from finder.errors import Joined, Message, UserError
from finder.services.importing import readers
from finder.services.importing.finder_csv import REQUIRED as FINDER_REQUIRED
from finder.services.importing.finder_csv import finder_record
from finder.services.importing.records import Cancelled, ImportRecord, RowError, check_record
from finder.services.importing.report import ImportReport, decide_delisting
from finder.services.importing.samhsa import (
    DIRECTORY_COLUMNS,
    LOCATOR_COLUMNS,
    directory_record,
    locator_record,
)

FORMATS = ("auto", "samhsa-locator", "samhsa-directory", "hsds", "finder-csv")
Progress = Callable[[int, int], None]
log = logging.getLogger(__name__)


def detect_format(header: list[str]) -> str | None:
    cols = set(header)
    if FINDER_REQUIRED <= cols:
        return "finder-csv"
    if DIRECTORY_COLUMNS <= cols:
        return "samhsa-directory"
    if LOCATOR_COLUMNS <= cols:
        return "samhsa-locator"
    return None


def _unknown_layout(name: str) -> UserError:
    return UserError(
        "import-unknown-layout",
        name,
    )


def read_records(path: Path, fmt: str = "auto") -> tuple[str, list[ImportRecord]]:
    """Parse a file into checked records; raise UserError naming every bad row (up to 20).

    Reading is bounded (readers.MAX_BYTES of text, MAX_ROWS, MAX_COLUMNS, MAX_CELLS): a file past a
    limit is refused with one line naming it and the limit, before the database is touched.
    """
    if fmt not in FORMATS:
        raise UserError("import-unknown-format", fmt, ", ".join(FORMATS))
    if path.is_dir() or fmt == "hsds":
        from finder.services.importing.hsds import hsds_records

        return "hsds", hsds_records(path)
    data = readers.read_bytes(path)
    if not data.strip():
        raise UserError("import-empty", path.name)
    xlsx = readers.is_xlsx(data, path.name)
    if xlsx:

        def known_layout(first_row: list[str]) -> None:
            if fmt == "auto" and detect_format(readers.normalise_header(first_row)) is None:
                raise _unknown_layout(path.name)

        rows = iter(readers.xlsx_rows(data, path.name, check_header=known_layout))
    elif data[:4] == b"PK\x03\x04":
        from finder.services.importing.hsds import hsds_records

        return "hsds", hsds_records(path)
    else:
        # rows are read one at a time: the layout is known from the header before the rest is read,
        # and no table of every row is ever built (a 175 kB .csv.gz took 1.9 GB that way)
        rows = readers.csv_stream(data, path.name)
    first = next((row for row in rows if any(c.strip() for c in row)), None)
    if first is None:
        raise UserError("import-empty", path.name)
    header = readers.normalise_header(first)
    detected = detect_format(header)
    if fmt == "auto":
        if detected is None:
            raise _unknown_layout(path.name)
        fmt = detected
    elif detected != fmt and not (fmt == "samhsa-locator" and LOCATOR_COLUMNS <= set(header)):
        raise UserError("import-wrong-columns", path.name, fmt)
    if not xlsx:
        for _row in readers.csv_stream(data, path.name):
            pass  # every limit (rows, columns, cells) checked before a record is made: 0.6 s a million rows
    idx: dict[str, int] = {}
    for i, h in enumerate(header):
        idx.setdefault(h, i)
    records: list[ImportRecord] = []
    errors: list[Message] = []
    bad_rows = 0
    blank: ImportRecord | None = None
    for n, row in enumerate(rows, start=2):
        if not any(c.strip() for c in row):
            # every blank row is the same skipped row: one record stands for all of them
            blank = blank or ImportRecord(row=n, source_kind=fmt, junk=True)
            records.append(blank)
            continue
        try:
            if fmt == "samhsa-directory":
                rec = directory_record(n, row, idx, path.name)
            elif fmt == "samhsa-locator":
                rec = locator_record(n, row, idx, header)
            else:
                rec = finder_record(n, row, idx)
            if rec.junk:  # counted, never written: one record stands for every junk row too
                blank = blank or rec
                rec = blank
            else:
                check_record(rec)
            records.append(rec)
        except RowError as exc:
            bad_rows += 1
            if len(errors) < 5:
                errors.append(exc.line)
    if not records and not bad_rows:
        raise UserError("import-no-rows", path.name)
    if errors:
        more = Message("import-and-more", bad_rows - 5) if bad_rows > 5 else ""
        raise UserError("import-rows-refused", path.name, Joined("; ", errors), more)
    return fmt, records


def import_file(
    db,
    path: str | Path,
    fmt: str = "auto",
    *,
    progress: Progress | None = None,
    cancelled: Callable[[], bool] | None = None,
    backup: bool = True,
    prepared: tuple[str, list[ImportRecord]] | None = None,
    full: bool | None = None,
    edition: str | None = None,
) -> ImportReport:
    """Import a directory file all-or-nothing; back up the database first.

    `prepared` is what `read_records(path, fmt)` already returned (the CLI checks a file
    before it opens the database); the file is not parsed a second time then. A bad row or
    `cancelled()` returning True raises before anything is written.

    `full`: None decides by the file (a whole national directory edition delists what it no
    longer lists; anything else does not), True delists within the file's source kind, False
    never delists. `edition` is the year a national file is of, when its name does not say
    (report.edition_of); a full national import makes it the directory's "as of".
    """
    path = Path(path)
    t0 = time.perf_counter()
    fmt, records = prepared if prepared is not None else read_records(path, fmt)
    if cancelled and cancelled():
        raise Cancelled()
    if backup:
        from finder.services.backups import BEFORE_IMPORT, create_backup

        # the reason is recorded as data (finder.texts.backups words it)
        create_backup(db, reason=BEFORE_IMPORT + path.name)
    report = import_records(
        db,
        records,
        file_name=path.name,
        fmt=fmt,
        progress=progress,
        cancelled=cancelled,
        full=full,
        edition=edition,
    )
    report.seconds = time.perf_counter() - t0
    # the file's name and the counts only: nothing from its rows
    log.info(
        "imported %s as %s: %d rows, %d added, %d updated, %d unchanged, %d kept user edits, "
        "%d delisted, %d listed again (%s), %.1f s",
        path.name,
        fmt,
        report.rows,
        report.added,
        report.updated,
        report.unchanged,
        report.kept_user_edits,
        len(report.missing_ids),
        len(report.relisted_ids),
        "full" if report.full else "partial",
        report.seconds,
    )
    return report


def import_records(
    db,
    records: Iterable[ImportRecord],
    *,
    file_name: str,
    fmt: str,
    progress: Progress | None = None,
    cancelled: Callable[[], bool] | None = None,
    full: bool | None = None,
    edition: str | None = None,
) -> ImportReport:
    """Apply checked records in one transaction; see `import_file` for `full` and `edition`."""
    from finder.services.importing.writer import apply_records

    records = list(records)
    delisting = decide_delisting(fmt, records, file_name, full=full, edition=edition)
    report = ImportReport(
        file=file_name, format=fmt, full=delisting.full, delisting=delisting, edition=delisting.edition
    )
    apply_records(
        db, records, report, file_name=file_name, progress=progress, cancelled=cancelled, delisting=delisting
    )
    if fmt == "hsds":
        from finder.services.importing.hsds_extra import record_capacity

        record_capacity(db, records)
    return report
