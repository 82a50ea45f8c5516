"""HSDS 3.0 packages keep what they carry: languages, schedules, service capacity and the assured
date (issue 36). The tables' columns are the Open Referral 3.x schema's field names."""

from __future__ import annotations

import csv
import json
from datetime import datetime
from pathlib import Path

from finder.services import calls
from finder.services.availability import FROM_FILE, availability
from finder.services.directory import get_program
from finder.services.importing import import_file
from finder.services.importing.hsds_extra import language_slug, schedule_slugs
from finder.texts import availability as room_words

ORG, SVC, LOC, SAL = (
    "00000000-0000-4000-8000-",
    "10000000-0000-4000-8000-",
    "20000000-0000-4000-8000-",
    "30000000-0000-4000-8000-",
)
UNIT = "80000000-0000-4000-8000-000000000001"


def _write(folder: Path, name: str, file: str, header: list[str], rows: list[dict], resources: list) -> None:
    with (folder / file).open("w", newline="", encoding="utf-8") as f:
        w = csv.DictWriter(f, fieldnames=header)
        w.writeheader()
        w.writerows(rows)
    resources.append({"name": name, "path": file, "format": "csv"})


def package(folder: Path, *, extras: bool = True) -> Path:
    """Two services in Santa Ana, CA: the first with every extra table, the second with none."""
    folder.mkdir(parents=True, exist_ok=True)
    res: list = []
    ids = ("000000000001", "000000000002")
    _write(folder, "organization", "organizations.csv", ["id", "name", "website"],
           [{"id": ORG + i, "name": f"Clinic {n}", "website": ""} for n, i in enumerate(ids, 1)], res)  # fmt: skip
    _write(folder, "service", "services.csv", ["id", "organization_id", "name", "status", "assured_date"],
           [{"id": SVC + i, "organization_id": ORG + i, "name": "Outpatient", "status": "active",
             "assured_date": "2025-03-14" if n == 1 else ""} for n, i in enumerate(ids, 1)], res)  # fmt: skip
    _write(folder, "location", "locations.csv", ["id", "organization_id", "name", "latitude", "longitude"],
           [{"id": LOC + i, "organization_id": ORG + i, "name": "Main", "latitude": 33.745 + n / 100,
             "longitude": -117.868} for n, i in enumerate(ids, 1)], res)  # fmt: skip
    _write(folder, "service_at_location", "service_at_location.csv", ["id", "service_id", "location_id"],
           [{"id": SAL + i, "service_id": SVC + i, "location_id": LOC + i} for i in ids], res)  # fmt: skip
    _write(folder, "address", "addresses.csv",
           ["id", "location_id", "address_1", "city", "state_province", "postal_code", "country", "address_type"],
           [{"id": f"4000000{n}-0000-4000-8000-000000000000", "location_id": LOC + i, "address_1": f"{n} Main St",
             "city": "Santa Ana", "state_province": "CA", "postal_code": "92701", "country": "US",
             "address_type": "physical"} for n, i in enumerate(ids, 1)], res)  # fmt: skip
    if extras:
        first = ids[0]
        _write(folder, "language", "languages.csv", ["id", "service_id", "location_id", "phone_id", "name", "code", "note"],
               [{"id": "90000000-0000-4000-8000-000000000001", "service_id": SVC + first, "name": "Spanish", "code": "es"},
                {"id": "90000000-0000-4000-8000-000000000002", "service_id": SVC + first, "name": "Vietnamese", "code": "vi"},
                {"id": "90000000-0000-4000-8000-000000000003", "service_id": SVC + first, "name": "English", "code": "en"},
                {"id": "90000000-0000-4000-8000-000000000004", "service_id": SVC + first, "name": "Urdu", "code": "ur"}], res)  # fmt: skip
        _write(folder, "schedule", "schedules.csv",
               ["id", "service_id", "location_id", "service_at_location_id", "valid_from", "valid_to", "dtstart",
                "freq", "interval", "byday", "opens_at", "closes_at", "description"],
               [{"id": "a0000000-0000-4000-8000-000000000001", "service_id": SVC + first, "freq": "WEEKLY",
                 "byday": "MO,TU,WE,TH", "opens_at": "17:30", "closes_at": "20:30"},
                {"id": "a0000000-0000-4000-8000-000000000002", "service_at_location_id": SAL + first, "freq": "WEEKLY",
                 "byday": "SA", "opens_at": "09:00", "closes_at": "12:00"}], res)  # fmt: skip
        _write(folder, "unit", "units.csv", ["id", "name", "scheme", "identifier", "uri"],
               [{"id": UNIT, "name": "group places", "scheme": "", "identifier": "", "uri": ""}], res)  # fmt: skip
        _write(folder, "service_capacity", "service_capacity.csv",
               ["id", "service_id", "unit_id", "available", "maximum", "description", "updated"],
               [{"id": "b0000000-0000-4000-8000-000000000001", "service_id": SVC + first, "unit_id": UNIT,
                 "available": "3", "maximum": "12", "description": "", "updated": "2025-03-10T09:30:00.5-08:00"},
                {"id": "b0000000-0000-4000-8000-000000000002", "service_id": SVC + first, "unit_id": UNIT,
                 "available": "0", "maximum": "12", "description": "", "updated": "2025-01-02T10:00:00Z"}], res)  # fmt: skip
    (folder / "datapackage.json").write_text(json.dumps({"name": "hsds-3-extras", "resources": res}))
    return folder


def _ids(db) -> list[int]:
    from sqlalchemy import select

    from finder.db.models import Program

    with db.Session() as s:
        return list(s.scalars(select(Program.id).order_by(Program.name)))


def test_languages_schedule_capacity_and_assured_date_are_kept(empty_db, tmp_path):
    import_file(empty_db, package(tmp_path / "pkg"), backup=False)
    first, second = (get_program(empty_db, pid) for pid in _ids(empty_db))
    assert first.languages == ["spanish", "vietnamese", "other-languages"]  # English is none; Urdu is "other"
    assert first.schedule == ["daytime", "evening", "weekend"]
    assert first.verified_on == "2025-03-14"
    room = availability(empty_db, [first.id])[first.id]
    assert room.accepting is True and room.from_file and room.by == FROM_FILE
    assert room.said_on == datetime(2025, 3, 10, 9, 30, 0, 500000)  # the latest capacity row, its own time
    assert "by the directory file" in room_words.room(room)
    assert "The directory file said this on" in room_words.family_room(room)
    assert calls.OUTCOME_LABELS[FROM_FILE] == "From the directory file"
    assert (second.languages, second.schedule, second.verified_on) == ([], [], "")
    assert second.id not in availability(empty_db, [second.id])
    # importing the same file again records no second "call"
    import_file(empty_db, package(tmp_path / "pkg"), backup=False)
    assert len(calls.list_calls(empty_db, first.id)) == 1


def test_a_package_without_those_tables_imports_as_before(empty_db, tmp_path):
    report = import_file(empty_db, package(tmp_path / "plain", extras=False), backup=False)
    assert report.rows == 2
    assert all(get_program(empty_db, pid).languages == [] for pid in _ids(empty_db))
    assert availability(empty_db, _ids(empty_db)) == {}


def test_the_mappings():
    assert language_slug("Español", "spa") == "spanish" and language_slug("ASL", "") == "sign-language"
    assert language_slug("English", "") is None and language_slug("", "") is None
    assert language_slug("Klingon", "tlh") == "other-languages"
    assert schedule_slugs({"byday": "MO,FR", "opens_at": "09:00", "closes_at": "17:00"}) == {"daytime"}
    assert schedule_slugs({"byday": "-1SU", "opens_at": "18:00", "closes_at": "21:00"}) == {
        "weekend",
        "evening",
    }
