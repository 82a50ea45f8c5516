"""Editing by hand: changes stick, imports keep them, verified / do-not-refer / added programs."""

from datetime import date
from pathlib import Path

import pytest
from sqlalchemy import select

from finder.db.models import Program, ProgramSource
from finder.domain.validation import ValidationError
from finder.errors import UserError
from finder.services.directory import get_program
from finder.services.editing import (
    add_program,
    edit_program,
    mark_verified,
    out_of_date_ids,
    set_status,
    verification_counts,
)
from finder.services.importing import import_file

SAMPLE = Path(__file__).parent.parent / "fixtures" / "directory_sample.csv"


def _pid(db, key: str) -> int:
    with db.Session() as s:
        return s.scalar(select(ProgramSource.program_id).where(ProgramSource.source_key == key))


def test_edit_records_the_field_and_bumps_the_version(sample_db):
    pid = _pid(sample_db, "mental_690")
    before = get_program(sample_db, pid)
    after = edit_program(sample_db, pid, {"phone": "949 777 2283 ext 4", "name": "Akua Costa Mesa"})
    assert after.phone == "949-777-2283 ext. 4"
    assert after.version == before.version + 1
    assert {"phone", "name"} <= set(after.user_edited)
    with sample_db.Session() as s:
        p = s.get(Program, pid)
        assert "akua costa mesa" in p.search_text
        assert p.merge_key.startswith("akua costa mesa|")


def test_a_changed_zip_re_geocodes_offline(sample_db):
    pid = _pid(sample_db, "mental_690")
    after = edit_program(sample_db, pid, {"zip": "10001", "city": "New York", "state": "NY"})
    assert after.location_precision == "zip"
    assert after.latitude == pytest.approx(40.75, abs=0.1)
    assert "location" in after.user_edited


def test_a_given_location_wins_and_is_manual(sample_db):
    pid = _pid(sample_db, "mental_690")
    after = edit_program(sample_db, pid, {"zip": "10001", "location": "40.7128,-74.0060"})
    assert (after.latitude, after.longitude, after.location_precision) == (40.7128, -74.006, "manual")


def test_an_unknown_zip_asks_for_a_location(sample_db):
    pid = _pid(sample_db, "mental_690")
    with pytest.raises(ValidationError, match="gazetteer"):
        edit_program(sample_db, pid, {"zip": "00001"})
    assert get_program(sample_db, pid).zip == "92627"  # nothing saved


def test_invalid_edit_saves_nothing(sample_db):
    pid = _pid(sample_db, "mental_690")
    with pytest.raises(ValidationError) as e:
        edit_program(sample_db, pid, {"phone": "949-777-2283", "state": "XX"})
    assert set(e.value.errors) == {"state"}
    assert get_program(sample_db, pid).phone == "949-777-2283"


def test_a_hand_edit_survives_re_import(sample_db):
    pid = _pid(sample_db, "mental_690")
    edit_program(sample_db, pid, {"phone": "(949) 555-0100", "name": "Akua Costa Mesa", "types": ["teen"]})
    report = import_file(sample_db, SAMPLE, backup=False)
    p = get_program(sample_db, pid)
    assert p.phone == "949-555-0100" and p.name == "Akua Costa Mesa" and p.types == ["teen"]
    assert report.kept_user_edits == 3
    assert report.added == 0  # renamed, yet not added again
    again = import_file(sample_db, SAMPLE, backup=False)
    assert (again.added, again.updated) == (0, 0)


def test_verified_today_by_the_login_name(sample_db, monkeypatch):
    monkeypatch.setattr("getpass.getuser", lambda: "casey")
    pid = _pid(sample_db, "mental_690")
    p = mark_verified(sample_db, pid)
    assert (p.verified_on, p.verified_by) == (date.today().isoformat(), "casey")


def test_programs_not_verified_for_a_year_are_flagged(sample_db):
    a, b = _pid(sample_db, "mental_690"), _pid(sample_db, "substance_818")
    mark_verified(sample_db, a, by="x", on=date(2023, 1, 2))
    mark_verified(sample_db, b, by="x", on=date(2025, 1, 2))
    assert out_of_date_ids(sample_db, today=date(2025, 6, 1)) == [a]
    counts = verification_counts(sample_db, today=date(2025, 6, 1))
    assert (counts.out_of_date, counts.current) == (1, 1)
    assert counts.never == 64 - 2


def test_do_not_refer_needs_a_reason(sample_db):
    pid = _pid(sample_db, "mental_690")
    with pytest.raises(ValidationError, match="reason"):
        set_status(sample_db, pid, "do-not-refer")
    p = set_status(sample_db, pid, "do-not-refer", "Closed when called on 3 March")
    assert (p.status, p.status_reason) == ("do-not-refer", "Closed when called on 3 March")
    p = set_status(sample_db, pid, "active")
    assert (p.status, p.status_reason) == ("active", "")


def test_add_a_program_by_hand(empty_db):
    p = add_program(
        empty_db,
        {
            "name": "Harbor Day Program",
            "street1": "1 Main St",
            "city": "Newport Beach",
            "state": "ca",
            "zip": "92660",
            "phone": "9495550100",
            "types": ["mental-health"],
            "levels": ["iop"],
        },
    )
    assert p.id > 0 and p.state == "CA" and p.phone == "949-555-0100"
    assert p.location_precision == "zip" and p.latitude is not None
    assert p.types == ["mental-health"] and p.levels == ["iop"]
    with pytest.raises(ValidationError):
        add_program(empty_db, {"name": "No type", "zip": "92660"})


def test_unknown_id_and_stale_version(sample_db):
    with pytest.raises(UserError, match="no program"):
        edit_program(sample_db, 99999, {"city": "X"})
    pid = _pid(sample_db, "mental_690")
    v = get_program(sample_db, pid).version
    edit_program(sample_db, pid, {"city": "Irvine"}, expected_version=v)
    with pytest.raises(UserError, match="someone else"):
        edit_program(sample_db, pid, {"city": "Tustin"}, expected_version=v)
