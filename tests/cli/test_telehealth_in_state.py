"""`search --telehealth-in-state`: the state's telehealth programs beyond the radius, in their own section."""

import json

import pytest

from finder.services.origins import resolve_offline
from finder.services.statewide import origin_state
from tests.helpers import SAMPLE_CSV
from tests.helpers import finder as run_finder


@pytest.fixture(scope="module")
def db(tmp_path_factory):
    path = tmp_path_factory.mktemp("tele") / "d.db"
    assert run_finder("import", SAMPLE_CSV, db=path).returncode == 0
    return path


def _json(db, *args) -> dict:
    p = run_finder("search", "--near", "92660", "--format", "json", "--limit", "1000", *args, db=db)
    assert p.returncode == 0, p.stderr
    return json.loads(p.stdout)


def test_the_states_telehealth_programs_beyond_the_radius_match_the_filters(db):
    data = _json(db, "--radius", "5", "--language", "spanish", "--telehealth-in-state")
    rows = data["telehealth_in_state"]
    assert data["telehealth_state"] == "CA" and data["telehealth_in_state_total"] == len(rows) > 0
    assert set(rows[0]) == set(data["results"][0])  # the same row objects as the results
    assert all(
        r["state"] == "CA" and "telehealth" in r["levels"] and "spanish" in r["languages"] for r in rows
    )
    assert all(r["distance_miles"] > 5 for r in rows)  # shown, not used to cut
    assert [r["distance_miles"] for r in rows] == sorted(r["distance_miles"] for r in rows)
    assert not {r["id"] for r in rows} & {r["id"] for r in data["results"]}
    # the same programs a search over the whole region finds beyond 5 miles
    wide = _json(db, "--radius", "500", "--language", "spanish", "--level", "telehealth")["results"]
    assert {r["id"] for r in rows} == {
        r["id"] for r in wide if r["state"] == "CA" and r["distance_miles"] > 5
    }


def test_without_the_flag_there_is_no_such_section(db):
    assert "telehealth_in_state" not in _json(db, "--radius", "5")


def test_the_table_names_the_state_and_says_the_rules_vary(db):
    p = run_finder("search", "--near", "92660", "--radius", "5", "--telehealth-in-state", db=db)
    assert p.returncode == 0, p.stderr
    assert "Telehealth programs in California: " in p.stdout
    assert "vary by state and by insurer" in p.stdout


def test_the_origins_state():
    assert origin_state(resolve_offline("10001")) == "NY"
    assert origin_state(resolve_offline("Newport Beach, CA")) == "CA"
    assert origin_state(resolve_offline("33.62,-117.88")) == "CA"  # the nearest ZIP's
