"""Apply checked records to the database in one transaction (all or nothing).

Matching: a record's own source key first, then the merge key (DATA_FORMATS.md:
name1, name2, street1 and ZIP agree). Fields a user edited by hand are kept.

A full import (report.Delisting) marks the records of its source it no longer has as missing;
a program all of whose records are missing is delisted (kept, marked), and listed again once
any file lists it. Tags come from the records still listed.
"""

from __future__ import annotations

from datetime import datetime

from sqlalchemy import insert, select, update

from finder.db.models import Meta, Program, ProgramSource
from finder.domain.taxonomy import VOCABULARIES, from_mask, ordered, tags_from_codes, to_mask
from finder.services.gazetteer import gazetteer
from finder.services.importing.delisting import delist_and_relist, mark_missing_elsewhere, note_shortlisted
from finder.services.importing.kept import why_kept
from finder.services.importing.records import (
    Cancelled,
    ImportRecord,
    decode_tags,
    encode_tags,
    merge_key,
    search_text,
)
from finder.services.importing.report import Delisting
from finder.texts import N_

# the publication a whole national edition is part of, as finder/services/seeding.py names the bundled one:
# stored with the edition as the directory's source (N_: its name in the catalogue, for places that word it)
SAMHSA_TITLE = N_(
    "SAMHSA National Directories of Drug and Alcohol Use and Mental Health Treatment Facilities"
)

ADDRESS_FIELDS = (
    "name",
    "name2",
    "street1",
    "street2",
    "city",
    "state",
    "zip",
    "county",
    "phone",
    "intake_phone",
    "website",
)
LOCATION_FIELDS = ("latitude", "longitude", "location_precision")
TAG_FIELDS = tuple(f"{v}_mask" for v in VOCABULARIES) + ("accreditation",)
EXTRA_FIELDS = ("insurers", "status", "status_reason", "verified_on", "verified_by", "notes")
ALL_FIELDS = ADDRESS_FIELDS + LOCATION_FIELDS + TAG_FIELDS + EXTRA_FIELDS
# how a field is named in `user_edited`
EDIT_NAME = {
    **{f: f for f in ALL_FIELDS},
    "latitude": "location",
    "longitude": "location",
    "location_precision": "location",
    **{f"{v}_mask": v for v in VOCABULARIES},
}
BATCH = 500


def _record_fields(rec: ImportRecord) -> dict:
    fields = {f: getattr(rec, f) for f in ADDRESS_FIELDS}
    if rec.latitude is not None:
        fields.update(
            latitude=rec.latitude,
            longitude=rec.longitude,
            location_precision=rec.location_precision or "exact",
        )
    else:
        place = gazetteer().zip(rec.zip) if rec.zip else None
        if place is not None:
            fields.update(latitude=place.latitude, longitude=place.longitude, location_precision="zip")
            if not fields["county"]:
                fields["county"] = place.county
        else:
            fields.update(latitude=None, longitude=None, location_precision=None)
    fields.update(rec.extra)
    if rec.exact is not None:
        fields.update(rec.exact)
        for vocab in VOCABULARIES:
            fields[f"{vocab}_mask"] = to_mask(vocab, rec.tags.get(vocab, []))
    return fields


def _tag_fields(sources: list[dict]) -> dict:
    # a record a newer edition no longer has says nothing of today's program, unless none is left
    live = [src for src in sources if src.get("missing_since") is None] or sources
    codes: list[str] = []
    dtypes: list[str] = []
    stated: dict[str, set[str]] = {}
    for src in live:
        codes.extend(src["codes"].split())
        if src["directory_type"]:
            dtypes.append(src["directory_type"])
        for vocab, slugs in decode_tags(src["tags"]).items():
            stated.setdefault(vocab, set()).update(slugs)
    tags = tags_from_codes(codes, dtypes)
    out = {}
    for vocab in VOCABULARIES:
        slugs = set(getattr(tags, vocab)) | stated.get(vocab, set())
        out[f"{vocab}_mask"] = to_mask(vocab, ordered(vocab, slugs))
    out["accreditation"] = ";".join(tags.accreditation)
    return out


class _Plan:
    """What one program will look like after the import."""

    __slots__ = (
        "derived",
        "fields",
        "id",
        "kept",
        "original",
        "seen",
        "sources",
        "touched_by",
        "user_edited",
    )

    def __init__(self, pid, fields, original, sources, user_edited):
        self.id = pid
        self.fields = fields
        self.original = original
        self.sources = sources
        self.user_edited = user_edited
        self.touched_by: set = set()
        # user-edited fields whose imported value differed and was not applied: field -> the file's value
        self.kept: dict[str, object] = {}
        self.seen: set[int] = set()  # id() of the source dicts this file has
        self.derived = False  # tags derived from the sources' codes (not our export's stated tags)


def apply_records(
    db,
    records: list[ImportRecord],
    report,
    *,
    file_name: str,
    progress=None,
    cancelled=None,
    delisting: Delisting | None = None,
) -> None:
    now = datetime.now().replace(microsecond=0)
    report.imported_at = now
    total = len(records)
    with db.Session.begin() as s:
        by_merge: dict[str, int] = {}
        mk_of: dict[int, str] = {}
        user_edited: dict[int, set[str]] = {}
        for pid, mk, ue in s.execute(select(Program.id, Program.merge_key, Program.user_edited)):
            by_merge.setdefault(mk, pid)
            mk_of[pid] = mk
            if ue:
                user_edited[pid] = set(ue.split(";"))
        by_source: dict[tuple, int] = {}
        for kind, key, pid in s.execute(
            select(ProgramSource.source_kind, ProgramSource.source_key, ProgramSource.program_id)
        ):
            if key:
                by_source[(kind, key)] = pid

        def by_key(rec: ImportRecord, mk: str) -> int | None:
            pid = by_source.get((rec.source_kind, rec.source_key)) if rec.source_key else None
            if (
                pid is not None
                and rec.source_kind == "samhsa-directory"
                and pid in mk_of
                and "name" not in user_edited.get(pid, ())
                and mk_of[pid].split("|", 1)[0] != mk.split("|", 1)[0]
            ):
                # facility_id numbers rows (mental_1, mental_2, …) and is not kept between
                # editions: the same key on another name is another facility
                return None
            return pid

        plans: dict[int, _Plan] = {}
        wanted: set[int] = set()
        for rec in records:  # which existing programs this file touches, to read them in bulk
            if rec.junk:
                continue
            mk = merge_key(rec.name, rec.name2, rec.street1, rec.zip)
            if not rec.source_key and rec.exact is None:
                # a source without its own ids: its listing is known by name and address as first
                # seen, so a user renaming the program does not make a re-import add it again
                rec.source_key = f"{rec.directory_type}|{mk}"
            pid = by_key(rec, mk)
            pid = pid if pid is not None else by_merge.get(mk)
            if pid is not None:
                wanted.add(pid)
        loader = _Loader(s, sorted(wanted))
        next_tmp = -1

        for i, rec in enumerate(records):
            if progress and i % BATCH == 0:
                progress(i, 2 * total)  # matching is the first half of the work, writing the second
            if cancelled and i % 200 == 0 and cancelled():
                raise Cancelled()
            report.rows += 1
            if rec.junk:
                report.skipped_junk += 1
                continue
            mk = merge_key(rec.name, rec.name2, rec.street1, rec.zip)
            pid = by_key(rec, mk)
            if pid is None:
                pid = by_merge.get(mk)
            fields = _record_fields(rec)
            if pid is None:
                pid, next_tmp = next_tmp, next_tmp - 1
                plan = _Plan(pid, {**fields, "merge_key": mk}, None, [], set())
                plans[pid] = plan
                by_merge[mk] = pid
                report.added += 1
            else:
                plan = plans.get(pid) or loader.plan(pid, user_edited.get(pid, set()))
                plans[pid] = plan
                own = (rec.source_kind, rec.source_key)
                is_merge = (
                    not any(
                        (src["source_kind"], src["source_key"]) == own
                        for src in plan.sources
                        if rec.source_key
                    )
                    and bool(plan.sources)
                    and not rec.exact
                )
                if plan.touched_by and rec.exact is None:
                    # a second listing of the same place in this file: the first listing's fields win,
                    # whether it was matched by merge key (first import) or by its own key (re-import);
                    # otherwise a re-import would let the last listing win and change the program
                    for f, v in fields.items():
                        if EDIT_NAME.get(f) in plan.user_edited:
                            continue
                        if plan.fields.get(f) in ("", None) and v not in ("", None):
                            plan.fields[f] = v
                else:
                    for f, v in fields.items():
                        if EDIT_NAME.get(f) in plan.user_edited:
                            if plan.fields.get(f) != v:
                                plan.kept[f] = v
                            continue
                        plan.fields[f] = v
                if is_merge:
                    report.merged += 1
            if rec.source_key:
                by_source[(rec.source_kind, rec.source_key)] = pid
            plan.touched_by.add(rec.row)
            _apply_sources(plan, rec, file_name, now)
            if rec.exact is None:
                plan.derived = True
                _apply_tags(plan)
        if delisting is not None and delisting.full:
            _mark_missing_in_plans(plans, delisting, file_name, now)

        def written(fraction: float) -> None:
            if progress:
                progress(total + int(total * fraction), 2 * total)
            if cancelled and fraction < 1 and cancelled():
                raise Cancelled()

        written(0.0)
        _write(s, plans, report, now, written)
        if delisting is not None and delisting.full:
            # new programs have their real ids by now
            mark_missing_elsewhere(s, {p.id for p in plans.values()}, delisting, file_name, now)
        delist_and_relist(s, report, delisting, file_name, now)
        note_shortlisted(s, report)
        if delisting is not None and delisting.full and delisting.source_kind == "samhsa-directory":
            # data, shown as stored: the edition (else the file and the day), and the publication
            as_of = delisting.edition or f"{file_name}, {now:%Y-%m-%d}"
            s.merge(Meta(key="directory_as_of", value=as_of))
            source = (
                f"{SAMHSA_TITLE}, {delisting.edition}"
                if delisting.edition
                else f"{SAMHSA_TITLE} ({file_name})"
            )
            s.merge(Meta(key="directory_source", value=source))


def _apply_tags(plan: _Plan) -> None:
    for f, v in _tag_fields(plan.sources).items():
        if EDIT_NAME[f] in plan.user_edited:
            if plan.fields.get(f) != v:
                plan.kept[f] = v
            continue
        plan.fields[f] = v


def _mark_missing_in_plans(
    plans: dict[int, _Plan], delisting: Delisting, file_name: str, now: datetime
) -> None:
    """Records of touched programs that this full file lacks (one of a pair); tags follow the rest."""
    for plan in plans.values():
        newly = False
        for src in plan.sources:
            if id(src) in plan.seen or src["missing_since"] is not None:
                continue
            if delisting.covers(src["source_kind"], src["directory_type"]):
                src.update(missing_since=now, missing_file=file_name, dirty=True)
                newly = True
        if newly and plan.derived:
            _apply_tags(plan)


def _location_text(values: tuple) -> str | None:
    lat, lon, precision = values
    return None if lat is None else f"{lat:.5f},{lon:.5f} ({precision})"


def field_changes(original: dict, fields: dict) -> dict[str, list]:
    """{FIELD: [old, new]} by the names a user knows: tag lists as slugs, one "location"."""
    out: dict[str, list] = {}
    for f in ALL_FIELDS:
        if f in LOCATION_FIELDS or original.get(f) == fields.get(f):
            continue
        name, old, new = EDIT_NAME[f], original.get(f), fields.get(f)
        if f.endswith("_mask"):
            old, new = list(from_mask(name, old or 0)), list(from_mask(name, new or 0))
        elif f == "accreditation":
            old, new = [x for x in (old or "").split(";") if x], [x for x in (new or "").split(";") if x]
        out[name] = [old, new]
    old_loc = tuple(original.get(f) for f in LOCATION_FIELDS)
    new_loc = tuple(fields.get(f) for f in LOCATION_FIELDS)
    if old_loc != new_loc:
        out["location"] = [_location_text(old_loc), _location_text(new_loc)]
    return out


class _Loader:
    """Existing programs for plans, read in bulk: one query per 500 ids instead of two per program."""

    COLUMNS = (*ALL_FIELDS, "merge_key")
    SOURCE_COLUMNS = (
        "id",
        "source_kind",
        "source_key",
        "directory_type",
        "codes",
        "tags",
        "file_name",
        "row_number",
        "imported_at",
        "missing_since",
        "missing_file",
    )

    def __init__(self, s, wanted: list[int]) -> None:
        self.rows: dict[int, dict] = {}
        self.sources: dict[int, list[dict]] = {}
        cols = [getattr(Program, c) for c in self.COLUMNS]
        src_cols = [getattr(ProgramSource, c) for c in self.SOURCE_COLUMNS]
        for start in range(0, len(wanted), 500):
            chunk = wanted[start : start + 500]
            for row in s.execute(select(Program.id, *cols).where(Program.id.in_(chunk))):
                self.rows[row[0]] = dict(zip(self.COLUMNS, row[1:]))
            q = select(ProgramSource.program_id, *src_cols).where(ProgramSource.program_id.in_(chunk))
            for row in s.execute(q.order_by(ProgramSource.id)):
                self.sources.setdefault(row[0], []).append(
                    {**dict(zip(self.SOURCE_COLUMNS, row[1:])), "dirty": False}
                )

    def plan(self, pid: int, edited: set[str]) -> _Plan:
        fields = self.rows[pid]
        return _Plan(pid, dict(fields), dict(fields), self.sources.get(pid, []), edited)


def _apply_sources(plan: _Plan, rec: ImportRecord, file_name: str, now: datetime) -> None:
    groups = rec.code_groups if rec.code_groups is not None else [(rec.directory_type, rec.codes)]
    stated = encode_tags({k: v for k, v in rec.tags.items()}) if rec.exact is None else ""
    if rec.code_groups is not None and not groups:
        groups = [("", [])]
    used: set[int] = set()
    for label, codes in groups:
        match = None
        for src in plan.sources:
            if id(src) in used:
                continue
            if rec.source_key:
                same = (src["source_kind"], src["source_key"]) == (rec.source_kind, rec.source_key)
            else:  # our own export: one group per source, told apart by directory type and order
                same = src["directory_type"] == label and (
                    rec.code_groups is not None or src["source_kind"] == rec.source_kind
                )
            if same:
                match = src
                break
        code_text = " ".join(codes)
        if match is not None:
            used.add(id(match))
            plan.seen.add(id(match))
            if match["missing_since"] is not None and match["source_kind"] == rec.source_kind:
                # listed again (our export re-read into a national record is no such news)
                match.update(missing_since=None, missing_file="", dirty=True)
        if match is None:
            plan.sources.append(
                {
                    "id": None,
                    "source_kind": rec.source_kind,
                    "source_key": rec.source_key,
                    "directory_type": label,
                    "codes": code_text,
                    "tags": stated,
                    "file_name": file_name,
                    "row_number": rec.row,
                    "imported_at": now,
                    "missing_since": None,
                    "missing_file": "",
                    "dirty": True,
                }
            )
            used.add(id(plan.sources[-1]))
            plan.seen.add(id(plan.sources[-1]))
        elif (match["codes"], match["tags"]) != (code_text, stated) or match["row_number"] != rec.row:
            match.update(
                codes=code_text,
                tags=stated,
                file_name=file_name,
                row_number=rec.row,
                imported_at=now,
                dirty=True,
            )


def _write(s, plans: dict[int, _Plan], report, now: datetime, written=lambda fraction: None) -> None:
    for p in plans.values():
        f = p.fields
        f["merge_key"] = merge_key(f["name"], f["name2"], f["street1"], f["zip"])
    new = [p for p in plans.values() if p.id < 0]
    rows = []
    for p in new:
        rows.append(
            {
                **p.fields,
                "search_text": search_text(p.fields),
                "user_edited": "",
                "created_at": now,
                "updated_at": now,
                "version": 1,
            }
        )
    step = 2000
    for start in range(0, len(rows), step):
        chunk = rows[start : start + step]
        ids = s.execute(insert(Program).returning(Program.id, sort_by_parameter_order=True), chunk).scalars()
        for p, pid in zip(new[start : start + step], ids):
            p.id = pid
            report.added_ids.append(pid)
            report.names[pid] = p.fields["name"]
        written(0.6 * (start + len(chunk)) / len(rows))
    updates = []
    for p in plans.values():
        if p.original is None:
            continue
        if p.fields != p.original:
            report.updated += 1
            changes = field_changes(p.original, p.fields)
            if changes:
                report.changed.append({"id": p.id, "name": p.fields["name"], "fields": changes})
                report.names[p.id] = p.fields["name"]
            updates.append({"id": p.id, **p.fields, "search_text": search_text(p.fields), "updated_at": now})
        else:
            report.unchanged += 1
    if updates:
        s.execute(update(Program), updates)
    src_new, src_upd = [], []
    for p in plans.values():
        for src in p.sources:
            if not src["dirty"]:
                continue
            data = {k: v for k, v in src.items() if k not in ("dirty", "id")}
            if src["id"] is None:
                src_new.append({**data, "program_id": p.id})
            else:
                src_upd.append({"id": src["id"], **data})
    for start in range(0, len(src_new), step):
        s.execute(insert(ProgramSource), src_new[start : start + step])
        written(0.6 + 0.35 * (start + step) / len(src_new))
    if src_upd:
        s.execute(update(ProgramSource), src_upd)
    written(1.0)
    kept = []
    for p in plans.values():
        if p.kept:
            # the file's values beside the kept ones, by the names a user knows (one "location")
            fields = field_changes({**p.fields, **p.kept}, p.fields)
            report.kept_user_edits += len(fields)
            report.kept_ids.append(p.id)
            report.names[p.id] = p.fields["name"]
            kept.append((p.id, p.fields["name"], fields))
        if p.fields.get("latitude") is None:
            report.unlocated += 1
        elif p.fields.get("location_precision") == "zip":
            report.zip_only += 1
    report.kept = why_kept(s, kept)
