"""`search --language` (every one given must hold) and `--support` (all must hold) on real SAMHSA rows."""

import json
from pathlib import Path

import pytest

from tests.helpers import finder as run_finder

FIXTURE = Path(__file__).parent.parent / "fixtures" / "directory_sample.csv"


@pytest.fixture(scope="module")
def db(tmp_path_factory):
    path = tmp_path_factory.mktemp("lang") / "d.db"
    p = run_finder("import", FIXTURE, db=path)
    assert p.returncode == 0, p.stderr
    return path


def _search(db, *args) -> dict:
    p = run_finder("search", "--near", "92660", "--radius", "15", "--format", "json", *args, db=db)
    assert p.returncode == 0, p.stderr
    return json.loads(p.stdout)


def test_every_result_carries_its_languages_and_supports(db):
    rows = _search(db)["results"]
    assert all(isinstance(r["languages"], list) and isinstance(r["supports"], list) for r in rows)
    college = next(r for r in rows if r["name"] == "College Hospital of Costa Mesa")
    # SP AH F17 F92 F47 F25 FX in its codes; HS, PEER, CM, EMP and WI among its services
    assert college["languages"] == [
        "spanish",
        "sign-language",
        "chinese",
        "vietnamese",
        "korean",
        "farsi",
        "other-languages",
    ]
    assert college["supports"] == ["housing", "peer-support", "case-management", "employment", "walk-in"]


def test_every_language_asked_must_hold(db):
    farsi = _search(db, "--language", "farsi")["results"]
    assert {r["name"] for r in farsi} == {
        "College Hospital of Costa Mesa",
        "Hoag Hospital Mental Health Center",
        "Norooz Clinic Foundation",
        "Santa Ana Comprehensive Treatment Ctr",
    }
    tagalog = _search(db, "--language", "tagalog")["results"]
    assert "Sensible Care" in {r["name"] for r in tagalog}  # Tagalog, no Farsi
    both = _search(db, "--language", "farsi", "--language", "tagalog")["results"]
    assert {r["name"] for r in both} == {r["name"] for r in farsi} & {r["name"] for r in tagalog}
    assert "Sensible Care" not in {r["name"] for r in both}
    assert all({"farsi", "tagalog"} <= set(r["languages"]) for r in both)


def test_every_support_asked_must_hold(db):
    ride = _search(db, "--support", "transportation")
    both = _search(db, "--support", "transportation", "--support", "walk-in")
    assert ride["total"] > both["total"] >= 1
    assert all({"transportation", "walk-in"} <= set(r["supports"]) for r in both["results"])
    spanish_ride = _search(db, "--language", "spanish", "--support", "transportation")["results"]
    assert spanish_ride and all(
        "spanish" in r["languages"] and "transportation" in r["supports"] for r in spanish_ride
    )


def test_show_has_the_same_keys(db):
    pid = _search(db, "--language", "tagalog")["results"][0]["id"]
    p = run_finder("show", str(pid), "--format", "json", db=db)
    assert p.returncode == 0, p.stderr
    shown = json.loads(p.stdout)
    assert "tagalog" in shown["languages"] and isinstance(shown["supports"], list)


@pytest.mark.parametrize("flag, slug", [("--language", "klingon"), ("--support", "valet")])
def test_an_unknown_slug_is_one_line_and_exit_2(db, flag, slug):
    p = run_finder("search", "--near", "92660", flag, slug, db=db)
    assert p.returncode == 2
    assert slug in p.stderr and len(p.stderr.strip().splitlines()) == 1


def test_export_and_import_keep_languages_and_supports(db, tmp_path):
    out = tmp_path / "all.csv"
    assert run_finder("export", out, db=db).returncode == 0
    header = out.read_text(encoding="utf-8-sig").splitlines()[0].split(",")
    assert "languages" in header and "supports" in header
    again = tmp_path / "again.db"
    p = run_finder("import", out, db=again, env={"FINDER_NO_SEED": "1"})
    assert p.returncode == 0, p.stderr
    before = {(r["name"], tuple(r["languages"]), tuple(r["supports"])) for r in _search(db)["results"]}
    after = {(r["name"], tuple(r["languages"]), tuple(r["supports"])) for r in _search(again)["results"]}
    assert after == before
