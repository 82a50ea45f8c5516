"""`finder refer | referral | referrals | consent | unmet | report`: a morning's referrals to the report."""

from __future__ import annotations

import json
import shutil

import pytest

from tests.helpers import SAMPLE_CSV, finder, finder_here, one_line_error

CASE = "Case 2291"


@pytest.fixture(scope="module")
def loaded(tmp_path_factory):
    path = tmp_path_factory.mktemp("referrals") / "d.db"
    assert finder("import", SAMPLE_CSV, db=path).returncode == 0
    for args in (("shortlist", "create", CASE, "--near", "92660"), ("shortlist", "add", CASE, 47, 48, 49)):
        assert finder(*args, db=path).returncode == 0
    return path


@pytest.fixture
def db(loaded, tmp_path):
    copy = tmp_path / "d.db"
    shutil.copy(loaded, copy)
    return copy


def morning(capsys, db) -> None:
    """Three referrals on one morning: an intake attended, a no-show, a refusal; one unmet need."""
    steps = [
        ("consent", CASE, "--program", 47, "--signed", "2026-12-01", "--expires", "2027-12-01"),
        ("refer", 47, "--shortlist", CASE, "--on", "2026-12-01", "--how", "fax"),
        ("refer", 48, "--shortlist", CASE, "--on", "2026-12-01"),
        ("refer", 49, "--shortlist", CASE, "--on", "2026-12-01", "--how", "warm-handoff"),
        ("referral", 47, "--shortlist", CASE, "--status", "intake-scheduled", "--on", "2026-12-02",
         "--intake", "2026-12-08"),
        ("referral", 47, "--shortlist", CASE, "--status", "attended", "--on", "2026-12-08"),
        ("referral", 48, "--shortlist", CASE, "--status", "intake-scheduled", "--on", "2026-12-03",
         "--intake", "2026-12-18"),
        ("referral", 48, "--shortlist", CASE, "--status", "no-show", "--on", "2026-12-18"),
        ("referral", 49, "--shortlist", CASE, "--status", "declined-by-client", "--on", "2026-12-02"),
        ("unmet", "--near", "92660", "--needs", "medicaid,adolescents,iop", "--radius", "25",
         "--note", "none within reach", "--on", "2026-12-01"),
    ]  # fmt: skip
    for step in steps:
        done = finder_here(capsys, db, *step)
        assert done.returncode == 0, (step, done.stderr)


def test_the_morning_gives_the_report(capsys, db):
    morning(capsys, db)
    got = json.loads(finder_here(capsys, db, "report", "--from", "2026-12-01", "--to", "2026-12-01",
                                 "--format", "json").stdout)  # fmt: skip
    assert got["from"] == got["to"] == "2026-12-01"
    assert got["referrals"] == 3
    assert {k: v for k, v in got["by_status"].items() if v} == {
        "attended": 1,
        "no-show": 1,
        "declined-by-client": 1,
    }
    assert got["days_to_intake"] == {"count": 2, "median": 12.0, "p75": 14.5, "within_10_business_days": 0.5}
    assert got["attended_share"] == pytest.approx(1 / 3, abs=0.001)
    assert got["no_show_share"] == pytest.approx(1 / 3, abs=0.001)
    assert sorted((n["need"], n["count"]) for n in got["unmet_needs"]) == [
        ("adolescents", 1),
        ("iop", 1),
        ("medicaid", 1),
    ]
    programs = {p["id"]: p for p in got["by_program"]}
    assert programs[47] == {"id": 47, "name": programs[47]["name"], "referrals": 1, "attended": 1,
                            "median_days_to_intake": 7.0}  # fmt: skip
    assert programs[49]["median_days_to_intake"] is None
    # a day later nothing was referred
    later = json.loads(finder_here(capsys, db, "report", "--from", "2026-12-02", "--to", "2026-12-31",
                                   "--format", "json").stdout)  # fmt: skip
    assert (
        later["referrals"] == 0 and later["days_to_intake"]["median"] is None and later["unmet_needs"] == []
    )
    table = finder_here(capsys, db, "report", "--from", "2026-12-01", "--to", "2026-12-01").stdout
    assert "No-show" in table and "Within 10 business days" in table and "50%" in table
    rows = finder_here(
        capsys, db, "report", "--from", "2026-12-01", "--to", "2026-12-01", "--format", "csv"
    ).stdout
    assert "by_status,no-show,1" in rows and "unmet_needs,iop,1" in rows


def test_referrals_json_has_every_field_and_history(capsys, db):
    morning(capsys, db)
    listed = json.loads(finder_here(capsys, db, "referrals", "--format", "json").stdout)
    assert len(listed) == 3
    r47 = next(r for r in listed if r["program"]["id"] == 47)
    assert set(r47) == {"program", "shortlist", "referred_on", "how", "status", "status_on", "intake_on",
                        "days_to_intake", "reason", "consent", "history"}  # fmt: skip
    assert r47["shortlist"] == CASE and r47["how"] == "fax" and r47["status"] == "attended"
    assert r47["intake_on"] == "2026-12-08" and r47["days_to_intake"] == 7
    assert r47["consent"] == {"signed_on": "2026-12-01", "expires_on": "2027-12-01", "revoked_on": None}
    assert [h["status"] for h in r47["history"]] == ["referred", "intake-scheduled", "attended"]
    assert all(h["by"] for h in r47["history"])
    r48 = next(r for r in listed if r["program"]["id"] == 48)
    assert r48["consent"] is None
    opened = json.loads(finder_here(capsys, db, "referrals", "--open", "--format", "json").stdout)
    assert [r["program"]["id"] for r in opened] == [48]  # the no-show still needs something done
    due = json.loads(finder_here(capsys, db, "follow-ups", "--all", "--format", "json").stdout)
    assert any(f["program"]["id"] == 48 and f["last_outcome"] == "no-show" for f in due)


def test_a_referral_without_consent_warns_once(capsys, db):
    done = finder_here(capsys, db, "refer", 48, "--shortlist", CASE, "--on", "2026-12-01")
    assert done.returncode == 0 and len(done.stderr.strip().splitlines()) == 1 and "consent" in done.stderr
    finder_here(capsys, db, "consent", CASE, "--program", 49, "--signed", "2026-11-30")
    assert (
        "consent"
        not in finder_here(capsys, db, "refer", 49, "--shortlist", CASE, "--on", "2026-12-01").stderr
    )
    finder_here(
        capsys, db, "consent", CASE, "--program", 47, "--signed", "2026-11-01", "--revoked", "2026-11-20"
    )
    assert "consent" in finder_here(capsys, db, "refer", 47, "--shortlist", CASE, "--on", "2026-12-01").stderr


@pytest.mark.parametrize(
    ("args", "word"),
    [
        (("referral", 47, "--shortlist", CASE, "--status", "lost"), "lost"),
        (("referral", 47, "--shortlist", CASE, "--status", "attended", "--on", "2026-11-30"), "2026-11-30"),
        (("referral", 47, "--shortlist", CASE, "--status", "intake-scheduled", "--intake", "2026-11-02"),
         "2026-11-02"),
        (("refer", 50, "--shortlist", CASE), "50"),
        (("report", "--from", "2026-12-02", "--to", "2026-12-01"), "2026-12-01"),
        (("refer", 48, "--shortlist", CASE, "--how", "pigeon"), "pigeon"),
        (("unmet", "--near", "92660", "--needs", "unicorns"), "unicorns"),
    ],
)  # fmt: skip
def test_bad_input_is_one_line_and_changes_nothing(capsys, db, args, word):
    assert finder_here(capsys, db, "refer", 47, "--shortlist", CASE, "--on", "2026-12-01").returncode == 0
    before = finder_here(capsys, db, "referrals", "--format", "json").stdout
    one_line_error(finder_here(capsys, db, *args), word)
    assert finder_here(capsys, db, "referrals", "--format", "json").stdout == before


def test_unknown_status_in_a_child_process(db):
    one_line_error(finder("referral", 47, "--shortlist", CASE, "--status", "gone", db=db), "gone")
