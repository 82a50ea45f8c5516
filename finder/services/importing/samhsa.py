"""SAMHSA national directory (CSV/XLSX) and FindTreatment.gov locator export rows -> records."""

from __future__ import annotations

from finder.domain.taxonomy import parse_codes
from finder.services.importing.records import ImportRecord, clean, is_junk_directory_row, parse_coordinate

DIRECTORY_COLUMNS = {"name1", "name2", "street1", "city", "state", "zip", "service_code_info"}
LOCATOR_COLUMNS = {"name1", "street1", "city", "state", "zip", "latitude", "longitude"}
LOCATOR_FIXED = {
    "name1",
    "name2",
    "street1",
    "street2",
    "city",
    "state",
    "zip",
    "zip4",
    "county",
    "phone",
    "intake1",
    "website",
    "latitude",
    "longitude",
    "type_facility",
}


def _get(row: list[str], idx: dict[str, int], col: str) -> str:
    i = idx.get(col)
    return clean(row[i]) if i is not None and i < len(row) else ""


def directory_record(row_no: int, row: list[str], idx: dict[str, int], file_name: str) -> ImportRecord:
    g = lambda c: _get(row, idx, c)
    name1, street1, raw_zip = g("name1"), g("street1"), g("zip")
    if is_junk_directory_row(name1, street1, raw_zip):
        return ImportRecord(row=row_no, source_kind="samhsa-directory", junk=True)
    dtype = g("directory_type").lower()
    key = g("facility_id") or None
    codes = parse_codes(g("service_code_info"))
    return ImportRecord(
        row=row_no,
        source_kind="samhsa-directory",
        name=name1,
        name2=g("name2"),
        street1=street1,
        street2=g("street2"),
        city=g("city"),
        state=g("state"),
        zip=raw_zip,
        phone=g("phone"),
        intake_phone=g("intake1") or g("intake1a"),
        source_key=key,
        directory_type=dtype,
        codes=codes,
    )


def locator_record(row_no: int, row: list[str], idx: dict[str, int], header: list[str]) -> ImportRecord:
    g = lambda c: _get(row, idx, c)
    name1, street1, raw_zip = g("name1"), g("street1"), g("zip")
    if is_junk_directory_row(name1, street1, raw_zip) and not g("latitude"):
        return ImportRecord(row=row_no, source_kind="samhsa-locator", junk=True)
    lat = parse_coordinate(row_no, "latitude", g("latitude"), -90, 90)
    lon = parse_coordinate(row_no, "longitude", g("longitude"), -180, 180)
    codes = []
    tf = g("type_facility").upper()
    for col in header:
        if col in LOCATOR_FIXED or not col:
            continue
        if g(col) in ("1", "1.0", "yes", "Y", "y", "true", "TRUE"):
            codes.append(col.upper())
    dtype = {"SA": "substance", "MH": "mental"}.get(tf, "")
    if tf and tf not in codes:
        codes.insert(0, tf)
    return ImportRecord(
        row=row_no,
        source_kind="samhsa-locator",
        name=name1,
        name2=g("name2"),
        street1=street1,
        street2=g("street2"),
        city=g("city"),
        state=g("state"),
        zip=raw_zip,
        county=g("county"),
        phone=g("phone"),
        intake_phone=g("intake1"),
        website=g("website"),
        latitude=lat,
        longitude=lon,
        location_precision="exact" if lat is not None else None,
        directory_type=dtype,
        codes=codes,
    )
