"""After a full import has written its records: what it no longer lists, and whom that concerns.

Called by writer.apply_records inside its transaction (all or nothing, like the rest).
"""

from __future__ import annotations

from datetime import datetime

from sqlalchemy import exists, select, update

from finder.db.models import Program, ProgramSource, ShortlistItem
from finder.services.importing.report import Delisting


def mark_missing_elsewhere(s, touched: set[int], delisting: Delisting, file_name: str, now: datetime) -> None:
    """Records of the programs this full file does not list at all (`touched`: the ones it does)."""
    src = ProgramSource.__table__.c
    q = select(src.id, src.program_id, src.directory_type).where(
        src.source_kind == delisting.source_kind, src.missing_since.is_(None)
    )
    ids = [
        sid
        for sid, pid, dtype in s.execute(q)
        if pid not in touched and delisting.covers(delisting.source_kind, dtype)
    ]
    for start in range(0, len(ids), 2000):
        s.execute(
            update(ProgramSource),
            [{"id": i, "missing_since": now, "missing_file": file_name} for i in ids[start : start + 2000]],
        )


def delist_and_relist(s, report, delisting: Delisting | None, file_name: str, now: datetime) -> None:
    """Delist programs whose every record is missing; list again those with a record listed."""
    p, src = Program.__table__.c, ProgramSource.__table__.c
    has_record = exists().where(src.program_id == p.id)
    has_listed = exists().where(src.program_id == p.id, src.missing_since.is_(None))
    gone = s.execute(
        select(p.id, p.name).where(p.delisted_since.is_(None), has_record, ~has_listed).order_by(p.id)
    ).all()
    back = s.execute(
        select(p.id, p.name).where(p.delisted_since.is_not(None), has_listed).order_by(p.id)
    ).all()
    edition = delisting.edition if delisting is not None else ""
    if gone:
        s.execute(
            update(Program),
            [
                {"id": i, "delisted_since": now, "delisted_file": file_name, "delisted_edition": edition}
                for i, _ in gone
            ],
        )
    if back:
        s.execute(
            update(Program),
            [{"id": i, "delisted_since": None, "delisted_file": "", "delisted_edition": ""} for i, _ in back],
        )
    report.missing_ids = [i for i, _ in gone]
    report.relisted_ids = [i for i, _ in back]
    report.names.update({i: n for i, n in (*gone, *back)})


def note_shortlisted(s, report) -> None:
    touched = sorted({c["id"] for c in report.changed} | set(report.missing_ids) | set(report.relisted_ids))
    on: set[int] = set()
    for start in range(0, len(touched), 500):
        chunk = touched[start : start + 500]
        on.update(s.scalars(select(ShortlistItem.program_id).where(ShortlistItem.program_id.in_(chunk))))
    report.shortlisted_ids = [i for i in touched if i in on]
