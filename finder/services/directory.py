"""Reading one program, and exporting the directory (Qt-free)."""

from __future__ import annotations

import csv
import os
import tempfile
from dataclasses import asdict, dataclass, field
from pathlib import Path

from sqlalchemy import select

from finder.db.models import Program, ProgramSource
from finder.domain.taxonomy import REGISTRY, from_mask, iop_not_recorded, vocabulary_fields
from finder.errors import UserError
from finder.services.codes import code_meaning
from finder.services.files import checked_target
from finder.services.importing.finder_csv import EXPORT_COLUMNS, NUMERIC_COLUMNS, safe_cell
from finder.services.importing.report import DelistedMark


@dataclass
class SourceInfo:
    kind: str
    key: str
    directory_type: str
    file_name: str
    row_number: int | None
    imported_at: str
    codes: list[dict] = field(default_factory=list)  # [{"code", "meaning"}]
    # a full edition of this source no longer had this record: since when (YYYY-MM-DD), or ""
    missing_since: str = ""


@dataclass
@vocabulary_fields(REGISTRY, after="location_precision")
class ProgramDetail:
    """Everything about one program; one list of slugs per vocabulary (`types` ... `therapies`)."""

    id: int
    name: str
    name2: str
    street1: str
    street2: str
    city: str
    state: str
    zip: str
    county: str
    phone: str
    intake_phone: str
    website: str
    latitude: float | None
    longitude: float | None
    location_precision: str | None
    accreditation: list[str]
    insurers: str
    status: str
    status_reason: str
    verified_on: str
    verified_by: str
    notes: str
    iop_not_recorded: bool
    user_edited: list[str]
    updated_at: str
    version: int
    sources: list[SourceInfo]
    # every record is missing from the latest full edition of its source: kept, marked
    delisted: DelistedMark | None = None

    @property
    def address(self) -> str:
        street = ", ".join(x for x in (self.street1, self.street2) if x)
        return ", ".join(x for x in (street, f"{self.city}, {self.state} {self.zip}".strip(", ")) if x)

    def as_json(self) -> dict:
        d = asdict(self)
        d["codes"] = sorted({c["code"] for s in self.sources for c in s.codes})
        d["delisted"] = self.delisted.as_json() if self.delisted is not None else None
        return d


def _split(text: str) -> list[str]:
    return [x for x in text.split(";") if x]


def detail_from_orm(p: Program) -> ProgramDetail:
    sources = [
        SourceInfo(
            kind=s.source_kind,
            key=s.source_key or "",
            directory_type=s.directory_type,
            file_name=s.file_name,
            row_number=s.row_number,
            imported_at=f"{s.imported_at:%Y-%m-%d}",
            codes=[{"code": c, "meaning": code_meaning(c, s.directory_type)} for c in s.codes.split()],
            missing_since=f"{s.missing_since:%Y-%m-%d}" if s.missing_since else "",
        )
        for s in p.sources
    ]
    tags = {v.name: list(from_mask(v.name, getattr(p, v.mask_column))) for v in REGISTRY}
    return ProgramDetail(
        id=p.id,
        name=p.name,
        name2=p.name2,
        street1=p.street1,
        street2=p.street2,
        city=p.city,
        state=p.state,
        zip=p.zip,
        county=p.county,
        phone=p.phone,
        intake_phone=p.intake_phone,
        website=p.website,
        latitude=p.latitude,
        longitude=p.longitude,
        location_precision=p.location_precision,
        **tags,
        accreditation=_split(p.accreditation),
        insurers=p.insurers,
        status=p.status,
        status_reason=p.status_reason,
        verified_on=p.verified_on,
        verified_by=p.verified_by,
        notes=p.notes,
        iop_not_recorded=iop_not_recorded(tags["levels"], (s.directory_type for s in p.sources)),
        user_edited=_split(p.user_edited),
        updated_at=f"{p.updated_at:%Y-%m-%d %H:%M}",
        version=p.version,
        sources=sources,
        delisted=DelistedMark.from_columns(p.delisted_since, p.delisted_file, p.delisted_edition),
    )


def parse_id(raw) -> int:
    try:
        pid = int(str(raw).strip())
    except ValueError:
        raise UserError("bad-program-id", raw) from None
    return pid


def get_program(db, program_id) -> ProgramDetail:
    pid = parse_id(program_id)
    with db.Session() as s:
        p = s.get(Program, pid)
        if p is None:
            raise UserError("no-such-program", pid)
        return detail_from_orm(p)


def get_programs(db, ids: list[int]) -> list[ProgramDetail]:
    with db.Session() as s:
        progs = {p.id: p for p in s.scalars(select(Program).where(Program.id.in_(ids)))}
        return [detail_from_orm(progs[i]) for i in ids if i in progs]


def _source_text(sources: list[ProgramSource]) -> str:
    parts = []
    for s in sources:
        key = f" [{s.source_key}]" if s.source_key else ""
        row = f" row {s.row_number}" if s.row_number else ""
        parts.append(f"{s.file_name}{row}{key} {s.imported_at:%Y-%m-%d}")
    return "; ".join(parts)


def _codes_text(sources: list[ProgramSource]) -> str:
    from finder.services.importing.finder_csv import format_code_groups

    return format_code_groups([(s.directory_type, s.codes) for s in sources])


def _fmt_number(v) -> str:
    return "" if v is None else repr(float(v))


def export_rows(p: Program) -> list[str]:
    values = {
        "id": str(p.id),
        "name": p.name,
        "name2": p.name2,
        "street1": p.street1,
        "street2": p.street2,
        "city": p.city,
        "state": p.state,
        "zip": p.zip,
        "county": p.county,
        "phone": p.phone,
        "intake_phone": p.intake_phone,
        "website": p.website,
        "latitude": _fmt_number(p.latitude),
        "longitude": _fmt_number(p.longitude),
        "location_precision": p.location_precision or "",
        **{v.name: ";".join(from_mask(v.name, getattr(p, v.mask_column))) for v in REGISTRY},
        "status": p.status,
        "status_reason": p.status_reason,
        "verified_on": p.verified_on,
        "source": _source_text(p.sources),
        "codes": _codes_text(p.sources),
        "accreditation": p.accreditation,
        "insurers": p.insurers,
        "verified_by": p.verified_by,
        "notes": p.notes,
    }
    return [values[c] if c in NUMERIC_COLUMNS else safe_cell(values[c]) for c in EXPORT_COLUMNS]


def export_csv(db, target: str | Path, ids: list[int] | None = None, progress=None) -> int:
    """Write the directory (or the given programs) as our CSV; returns the row count.

    Written to a temporary file and renamed, so a failed export leaves no half file.
    """
    target = checked_target(target, "directory.csv")
    folder = target.parent
    from sqlalchemy.orm import selectinload

    fd, tmp = tempfile.mkstemp(prefix=".export-", suffix=".csv", dir=folder)
    n = 0
    try:
        with os.fdopen(fd, "w", newline="", encoding="utf-8-sig") as fh:
            w = csv.writer(fh)
            w.writerow(EXPORT_COLUMNS)
            with db.Session() as s:
                q = select(Program).options(selectinload(Program.sources)).order_by(Program.id)
                if ids is not None:
                    q = q.where(Program.id.in_(ids))
                total = len(ids) if ids is not None else None
                for p in s.scalars(q.execution_options(yield_per=1000)):
                    w.writerow(export_rows(p))
                    n += 1
                    if progress and n % 1000 == 0:
                        progress(n, total or 0)
        os.replace(tmp, target)
    except OSError as exc:
        Path(tmp).unlink(missing_ok=True)
        raise UserError("cannot-write", target, exc.strerror) from None
    except BaseException:
        Path(tmp).unlink(missing_ok=True)
        raise
    return n
