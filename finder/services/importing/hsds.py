"""Open Referral HSDS 3.0 CSV datapackage (a folder or zip with datapackage.json) -> records.

One program per `service_at_location` row (DATA_FORMATS.md section 3). Tables are
found through the package's resource name -> path, never by guessing file names.
"""

from __future__ import annotations

import json
import re
import zipfile
from dataclasses import dataclass, field
from pathlib import Path, PurePosixPath, PureWindowsPath

from finder.domain.taxonomy import VOCABULARIES
from finder.errors import Joined, Message, UserError
from finder.services.importing import readers
from finder.services.importing.hsds_extra import OPTIONAL_EXTRA, Extras, assured_on, read_extras
from finder.services.importing.records import ImportRecord, RowError, check_record, clean, parse_coordinate

MAX_DESCRIPTION = 5 * readers.MB
MAX_RESOURCES = 1_000  # HSDS 3.0 defines some 25 tables
NEEDED = ("organization", "service", "location", "service_at_location")
OPTIONAL = ("address", "phone", "attribute", "taxonomy_term", *OPTIONAL_EXTRA)
STATE_NAMES = {
    "alabama": "AL",
    "alaska": "AK",
    "arizona": "AZ",
    "arkansas": "AR",
    "california": "CA",
    "colorado": "CO",
    "connecticut": "CT",
    "delaware": "DE",
    "district of columbia": "DC",
    "florida": "FL",
    "georgia": "GA",
    "hawaii": "HI",
    "idaho": "ID",
    "illinois": "IL",
    "indiana": "IN",
    "iowa": "IA",
    "kansas": "KS",
    "kentucky": "KY",
    "louisiana": "LA",
    "maine": "ME",
    "maryland": "MD",
    "massachusetts": "MA",
    "michigan": "MI",
    "minnesota": "MN",
    "mississippi": "MS",
    "missouri": "MO",
    "montana": "MT",
    "nebraska": "NE",
    "nevada": "NV",
    "new hampshire": "NH",
    "new jersey": "NJ",
    "new mexico": "NM",
    "new york": "NY",
    "north carolina": "NC",
    "north dakota": "ND",
    "ohio": "OH",
    "oklahoma": "OK",
    "oregon": "OR",
    "pennsylvania": "PA",
    "rhode island": "RI",
    "south carolina": "SC",
    "south dakota": "SD",
    "tennessee": "TN",
    "texas": "TX",
    "utah": "UT",
    "vermont": "VT",
    "virginia": "VA",
    "washington": "WA",
    "west virginia": "WV",
    "wisconsin": "WI",
    "wyoming": "WY",
    "puerto rico": "PR",
    "guam": "GU",
    "virgin islands": "VI",
    "american samoa": "AS",
    "northern mariana islands": "MP",
}


@dataclass
class Table:
    file: str
    rows: list[tuple[int, dict[str, str]]]  # (spreadsheet row number, values by column)
    by_id: dict[str, dict[str, str]]
    row_of_id: dict[str, int] = field(default_factory=dict)  # the row by_id's values came from


_URL = re.compile(r"^[A-Za-z][A-Za-z0-9+.-]+://")


def package_relative(rel: str, package: str) -> str:
    """A resource path as a POSIX path inside the package; UserError if it could point outside.

    Written on Windows or not, `..\\..\\x`, `C:/x`, `\\\\server\\x` and `/x` all leave the package;
    a URL would mean reading the network, which an import never does.
    """
    outside = UserError("hsds-path-outside", package, rel[:80])
    if not rel or "\x00" in rel:
        raise outside
    if _URL.match(rel):
        raise UserError(
            "hsds-path-is-url",
            package,
            rel[:80],
        )
    win = PureWindowsPath(rel)
    if win.drive or win.root or rel.startswith(("/", "\\")):
        raise outside
    parts = PurePosixPath(rel.replace("\\", "/")).parts
    if ".." in parts or not parts:
        raise outside
    return "/".join(p for p in parts if p != ".")


class _Package:
    """Reads files of a datapackage from a folder or a zip, relative to datapackage.json.

    Everything read from one package counts against readers.MAX_BYTES together.
    """

    def __init__(self, path: Path) -> None:
        self.path = path
        self.zip: zipfile.ZipFile | None = None
        self.budget = readers.MAX_BYTES
        if path.is_dir():
            if not (path / "datapackage.json").is_file():
                raise UserError(
                    "hsds-folder-without-package",
                    path.name,
                )
            self.base = ""
            self.root = path.resolve()
        else:
            self.zip = readers.open_zip(path, path.name)
            found = sorted(
                (n for n in self.zip.namelist() if PurePosixPath(n).name == "datapackage.json"),
                key=lambda n: n.count("/"),
            )
            if not found:
                self.zip.close()
                raise UserError(
                    "hsds-zip-without-package",
                    path.name,
                )
            self.base = str(PurePosixPath(found[0]).parent)
            self.base = "" if self.base == "." else self.base + "/"

    def read(self, rel: str, limit: int | None = None) -> bytes | None:
        rel = package_relative(rel, self.path.name)
        budget = self.budget if limit is None else min(limit, self.budget)
        if self.zip is not None:
            try:
                info = self.zip.getinfo(self.base + rel)
            except KeyError:
                return None
            data = readers.read_zip_member(self.zip, info, self.path.name, budget)
        else:
            target = self.path / rel
            try:
                # a symlink may point anywhere: only what resolves inside the folder is read
                real = target.resolve(strict=True)
            except (OSError, RuntimeError):
                return None
            if not real.is_relative_to(self.root):
                raise UserError("hsds-link-outside", self.path.name, rel[:80])
            if not real.is_file():
                return None
            data = readers.read_bytes(real, budget)
        self.budget -= len(data)
        return data

    def close(self) -> None:
        if self.zip is not None:
            self.zip.close()


def _canonical(name: str) -> str:
    """'service_at_locations' / 'addresses' / 'taxonomy_terms' -> the HSDS object name."""
    name = PurePosixPath(name).stem.lower().strip()
    for known in NEEDED + OPTIONAL:
        if name in (known, known + "s", known + "es"):
            return known
    return name


def _resource_paths(pkg: _Package) -> dict[str, str]:
    # the description is a few kB (HSDS 3.0 with every schema: some 200 kB); read as a whole and
    # parsed into objects, 1.5 million resources in it took 830 MB
    raw = pkg.read("datapackage.json", MAX_DESCRIPTION)
    try:
        desc = json.loads(readers.decode_text(raw or b"", "datapackage.json"))
        resources = desc["resources"]
        assert isinstance(resources, list)
    except (ValueError, KeyError, TypeError, AssertionError, RecursionError):
        raise UserError("hsds-no-resources", pkg.path.name) from None
    if len(resources) > MAX_RESOURCES:
        raise UserError(
            "hsds-too-many-tables",
            pkg.path.name,
            f"{MAX_RESOURCES:,}",
        )
    paths: dict[str, str] = {}
    for res in resources:
        if not isinstance(res, dict):
            continue
        path = res.get("path")
        if isinstance(path, list):
            path = path[0] if path else None
        if not isinstance(path, str):
            continue
        key = _canonical(str(res.get("name") or path))
        paths.setdefault(key, path)
    return paths


def _read_table(pkg: _Package, name: str, path: str) -> Table:
    data = pkg.read(path)
    if data is None:
        raise UserError("hsds-table-missing", pkg.path.name, name, path)
    table = readers.csv_rows(readers.decode_text(data, path), f"{pkg.path.name} ({path[:80]})")
    if not table:
        return Table(path, [], {})
    header = readers.normalise_header(table[0])
    rows = []
    by_id = {}
    row_of_id = {}
    for n, cells in enumerate(table[1:], start=2):
        if not any(c.strip() for c in cells):
            continue
        values = {h: (cells[i].strip() if i < len(cells) else "") for i, h in enumerate(header)}
        rows.append((n, values))
        if values.get("id"):
            by_id[values["id"]] = values
            row_of_id[values["id"]] = n
    return Table(path, rows, by_id, row_of_id)


def _slug_vocabularies(slug: str) -> list[str]:
    return [v for v, words in VOCABULARIES.items() if slug in words]


def hsds_records(path: Path) -> list[ImportRecord]:
    """Read an HSDS 3.0 CSV datapackage into checked records; UserError names table and row."""
    path = Path(path)
    if not path.exists():
        raise UserError("import-file-not-found", path)
    pkg = _Package(path)
    try:
        paths = _resource_paths(pkg)
        missing = [n for n in NEEDED if n not in paths]
        if missing:
            raise UserError("hsds-table-not-listed", path.name, ", ".join(missing))
        t = {n: _read_table(pkg, n, paths[n]) for n in NEEDED + OPTIONAL if n in paths}
    finally:
        pkg.close()
    if "attribute" in t and "taxonomy_term" not in t:
        raise UserError("hsds-no-taxonomy-term", path.name)
    errors: list[Message] = []

    def ref(table: str, row_no: int, column: str, target: str, value: str, required: bool = True):
        if not value:
            if required:
                errors.append(Message("hsds-empty-reference", t[table].file, row_no, column))
            return None
        found = t[target].by_id.get(value) if target in t else None
        if found is None:
            errors.append(
                Message(
                    "hsds-bad-reference",
                    t[table].file,
                    row_no,
                    column,
                    value[:40],
                    t[target].file if target in t else target,
                )
            )
        return found

    # reverse indexes, checking references as we go
    addresses: dict[str, list[dict]] = {}
    for n, a in t.get("address", Table("", [], {})).rows:
        if ref("address", n, "location_id", "location", a.get("location_id", "")):
            addresses.setdefault(a["location_id"], []).append(a)
    phones: dict[tuple[str, str], list[dict]] = {}
    links = (
        ("service_at_location_id", "service_at_location"),
        ("location_id", "location"),
        ("service_id", "service"),
        ("organization_id", "organization"),
    )
    for n, ph in t.get("phone", Table("", [], {})).rows:
        for col, target in links:
            if ph.get(col) and ref("phone", n, col, target, ph[col]):
                phones.setdefault((target, ph[col]), []).append(ph)
    attrs: dict[str, list[str]] = {}
    for n, at in t.get("attribute", Table("", [], {})).rows:
        term = ref("attribute", n, "taxonomy_term_id", "taxonomy_term", at.get("taxonomy_term_id", ""))
        if term is not None and at.get("link_entity", "").lower() == "service" and at.get("link_id"):
            code = (term.get("code") or term.get("name") or "").strip()
            if code:
                attrs.setdefault(at["link_id"], []).append(code)
    for n, s in t["service"].rows:
        ref("service", n, "organization_id", "organization", s.get("organization_id", ""), required=False)

    extras = read_extras(t)
    records: list[ImportRecord] = []
    for n, sal in t["service_at_location"].rows:
        svc = ref("service_at_location", n, "service_id", "service", sal.get("service_id", ""))
        loc = ref("service_at_location", n, "location_id", "location", sal.get("location_id", ""))
        if svc is None or loc is None:
            continue
        org = (
            t["organization"].by_id.get(svc.get("organization_id", ""))
            or t["organization"].by_id.get(loc.get("organization_id", ""))
            or {}
        )
        try:
            records.append(
                _with_extras(_record(n, sal, svc, loc, org, addresses, phones, attrs, t), sal, svc, extras)
            )
        except RowError as exc:
            errors.append(Message("hsds-row-problem", t["service_at_location"].file, exc.row, exc.problem))
        if len(errors) > 50:
            break
    if errors:
        more = Message("import-and-more", len(errors) - 5) if len(errors) > 5 else ""
        raise UserError("import-rows-refused", path.name, Joined("; ", errors[:5]), more)
    if not records:
        raise UserError("hsds-no-rows", path.name)
    return records


def _with_extras(rec: ImportRecord, sal: dict, svc: dict, extras: Extras) -> ImportRecord:
    """Languages, hours, capacity and the assured date the package's other tables give the service."""
    stated = {
        "languages": extras.languages.get(svc["id"], set()),
        "schedule": extras.schedule.get(sal["id"], set()) | extras.schedule.get(svc["id"], set()),
    }
    for vocab, slugs in stated.items():
        have = rec.tags.setdefault(vocab, [])
        have += sorted(slugs - set(have))
        if not have:
            del rec.tags[vocab]
    if assured_on(svc):
        rec.extra["verified_on"] = assured_on(svc)
    rec.capacity = extras.capacity.get(svc["id"])
    return rec


def _record(n, sal, svc, loc, org, addresses, phones, attrs, t) -> ImportRecord:
    loc_row = t["location"].row_of_id[loc["id"]]  # a dict, not a scan: 100k locations stay linear
    try:
        lat = parse_coordinate(loc_row, "latitude", loc.get("latitude"), -90, 90)
        lon = parse_coordinate(loc_row, "longitude", loc.get("longitude"), -180, 180)
    except RowError as exc:
        raise RowError(n, "hsds-location-problem", t["location"].file, loc_row, exc.problem) from None
    addr_list = addresses.get(loc["id"], [])
    addr = next(
        (a for a in addr_list if a.get("address_type", "physical").lower() in ("physical", "")),
        addr_list[0] if addr_list else {},
    )
    state = clean(addr.get("state_province"))
    state = STATE_NAMES.get(state.lower(), state)
    numbers = []
    for key in (
        ("service_at_location", sal["id"]),
        ("location", loc["id"]),
        ("service", svc["id"]),
        ("organization", org.get("id", "")),
    ):
        for ph in phones.get(key, []):
            num = clean(ph.get("number"))
            if ph.get("extension"):
                num = f"{num} ext. {clean(ph['extension'])}"
            if num and num not in numbers:
                numbers.append(num)
    name = clean(org.get("name")) or clean(svc.get("name"))
    name2 = clean(svc.get("name"))
    if name2.lower() == name.lower():
        name2 = ""
    codes, tags = [], {}
    for code in attrs.get(svc["id"], []):
        vocabs = _slug_vocabularies(code.lower())
        if vocabs:
            for v in vocabs:
                tags.setdefault(v, []).append(code.lower())
        elif code.upper() not in codes:
            codes.append(code.upper())
    rec = ImportRecord(
        row=n,
        source_kind="hsds",
        name=name,
        name2=name2,
        street1=clean(addr.get("address_1")),
        street2=clean(addr.get("address_2")),
        city=clean(addr.get("city")),
        state=state,
        zip=clean(addr.get("postal_code")),
        phone=numbers[0] if numbers else "",
        intake_phone=numbers[1] if len(numbers) > 1 else "",
        website=clean(svc.get("url")) or clean(org.get("website")) or clean(org.get("url")),
        latitude=lat,
        longitude=lon,
        location_precision="exact" if lat is not None else None,
        source_key=sal["id"],
        codes=codes,
        tags=tags,
    )
    if not rec.name and not (rec.street1 or rec.zip):
        raise RowError(n, "row-no-name-or-address")
    return check_record(rec)
