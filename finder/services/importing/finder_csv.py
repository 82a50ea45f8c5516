"""Our own CSV export, and reading it back unchanged (DATA_FORMATS.md section 4)."""

from __future__ import annotations

from finder.domain.taxonomy import VOCABULARIES, language_slug
from finder.services.importing.records import ImportRecord, RowError, clean, parse_coordinate

EXPORT_COLUMNS = [
    "id",
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
    "latitude",
    "longitude",
    "location_precision",
    "types",
    "levels",
    "payments",
    "populations",
    "therapies",
    "languages",
    "supports",
    "status",
    "status_reason",
    "verified_on",
    "source",
    "codes",
    # beyond the documented columns, so nothing a user typed is lost on the way through
    "accreditation",
    "insurers",
    "verified_by",
    "notes",
]
# vocabularies added to the registry later ("schedule") follow, so a new one round-trips too
EXPORT_COLUMNS += [v for v in VOCABULARIES if v not in EXPORT_COLUMNS]
NUMERIC_COLUMNS = {"id", "latitude", "longitude"}
REQUIRED = {"id", "name", "location_precision", "types", "levels"}
_DANGEROUS = ("=", "+", "-", "@", "\t", "\r", "'")


def safe_cell(value: str) -> str:
    """Keep spreadsheets from running a cell as a formula: prefix an apostrophe.

    A cell that already starts with an apostrophe gets one too, so reading back
    always strips exactly one and the round trip is exact.
    """
    if value and value.startswith(_DANGEROUS):
        return "'" + value
    return value


def unsafe_cell(value: str) -> str:
    if value.startswith("'") and len(value) > 1 and value[1] in _DANGEROUS:
        return value[1:]
    return value


def split_list(value: str) -> list[str]:
    return [v.strip() for v in value.split(";") if v.strip()]


def parse_code_groups(value: str) -> list[tuple[str, list[str]]]:
    groups = []
    for part in value.split(";"):
        part = part.strip()
        if not part:
            continue
        label, _, codes = part.rpartition(":")
        groups.append((label.strip(), codes.split()))
    return groups


def format_code_groups(groups: list[tuple[str, str]]) -> str:
    return ";".join(f"{label}:{codes}" for label, codes in groups if codes or label)


def finder_record(row_no: int, row: list[str], idx: dict[str, int]) -> ImportRecord:
    def g(col: str) -> str:
        i = idx.get(col)
        if i is None or i >= len(row):
            return ""
        return unsafe_cell(row[i].strip())

    lat = parse_coordinate(row_no, "latitude", g("latitude"), -90, 90)
    lon = parse_coordinate(row_no, "longitude", g("longitude"), -180, 180)
    precision = g("location_precision") or None
    if precision not in (None, "exact", "zip", "manual"):
        raise RowError(row_no, "row-bad-location-precision", precision[:20])
    status = g("status") or "active"
    if status not in ("active", "do-not-refer"):
        raise RowError(row_no, "row-bad-status", status[:30])
    tags = {}
    for vocab, words in VOCABULARIES.items():
        slugs = split_list(g(vocab))
        if vocab == "languages":  # an export of an earlier version: its own slugs, or what a user typed
            slugs = list(dict.fromkeys(language_slug(s) or "other-languages" for s in slugs))
        bad = [s for s in slugs if s not in words]
        if bad:
            raise RowError(row_no, "unknown-slug", vocab, bad[0][:30], ", ".join(words))
        tags[vocab] = slugs
    exact = {
        "accreditation": ";".join(split_list(g("accreditation"))),
        "insurers": g("insurers"),
        "status": status,
        "status_reason": g("status_reason"),
        "verified_on": g("verified_on"),
        "verified_by": g("verified_by"),
        "notes": g("notes"),
    }
    return ImportRecord(
        row=row_no,
        source_kind="finder-csv",
        name=clean(g("name")),
        name2=clean(g("name2")),
        street1=clean(g("street1")),
        street2=clean(g("street2")),
        city=clean(g("city")),
        state=g("state"),
        zip=g("zip"),
        county=clean(g("county")),
        phone=g("phone"),
        intake_phone=g("intake_phone"),
        website=g("website"),
        latitude=lat,
        longitude=lon,
        location_precision=precision if lat is not None else None,
        tags=tags,
        exact=exact,
        code_groups=parse_code_groups(g("codes")),
    )
