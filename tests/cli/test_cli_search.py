"""The command line contract: JSON shape, exit codes, one-line errors."""

import json
import subprocess
import sys
from pathlib import Path

import pytest

from tests.helpers import finder as run_finder

FIXTURE = Path(__file__).parent.parent / "fixtures" / "directory_sample.csv"


def finder(db, *args, env=None):
    return run_finder(*args, db=db, env=env)


@pytest.fixture(scope="module")
def db(tmp_path_factory):
    path = tmp_path_factory.mktemp("cli") / "d.db"
    p = finder(path, "import", FIXTURE)
    assert p.returncode == 0, p.stderr
    assert "added 64" in p.stdout and "skipped junk 5" in p.stdout
    return path


def test_search_json_nearest_first(db):
    p = finder(db, "search", "--near", "92660", "--radius", "25", "--type", "addiction", "--format", "json")
    assert p.returncode == 0, p.stderr
    data = json.loads(p.stdout)
    assert data["origin"]["resolved_as"] == "zip" and data["radius_miles"] == 25
    d = [r["distance_miles"] for r in data["results"]]
    assert d and d == sorted(d) and max(d) <= 25
    assert all("addiction" in r["types"] for r in data["results"])
    assert all(r["location_precision"] == "zip" for r in data["results"])


def test_search_table_and_csv(db):
    t = finder(db, "search", "--near", "Newport Beach, CA", "--radius", "10")
    assert t.returncode == 0 and "programs within 10 mi of Newport Beach, CA" in t.stdout
    c = finder(db, "search", "--near", "92660", "--format", "csv")
    lines = c.stdout.splitlines()
    assert lines[0].startswith("id,name,name2,city")
    assert len(lines) > 2


def test_empty_result_is_success(db):
    p = finder(db, "search", "--near", "99501", "--format", "json")  # Anchorage: nothing in the fixture
    assert p.returncode == 0 and json.loads(p.stdout)["results"] == []


def test_show_prints_tags_and_source(db):
    data = json.loads(finder(db, "search", "--near", "92660", "--format", "json").stdout)
    pid = data["results"][0]["id"]
    shown = json.loads(finder(db, "show", pid, "--format", "json").stdout)
    assert shown["name"] == data["results"][0]["name"]
    assert shown["sources"][0]["file_name"] == "directory_sample.csv"
    table = finder(db, "show", pid).stdout
    assert "Source: directory_sample.csv" in table and " — " in table


@pytest.mark.parametrize(
    "args, words",
    [
        (["search", "--near", "00000"], "00000"),
        (["search", "--near", "60601", "--radius", "0"], "between 1 and 500"),
        (["search", "--near", "60601", "--radius", "501"], "between 1 and 500"),
        (["search", "--near", "60601", "--radius", "far"], "not a number"),
        (["search", "--near", "60601", "--type", "nonsense"], "valid:"),
        (["search", "--near", "Nowhere, QQ"], "QQ"),
        (["search", "--near", "95,200"], "latitude"),
        (["show", "987654321"], "no program with id 987654321"),
        (["show", "abc"], "not a program id"),
        (["import", "/nonexistent/file.csv"], "not found"),
    ],
)
def test_user_errors_exit_2_with_one_line(db, args, words):
    p = finder(db, *args)
    assert p.returncode == 2
    assert words in p.stderr and len(p.stderr.strip().splitlines()) == 1
    assert "Traceback" not in p.stderr + p.stdout


def test_bad_import_files_change_nothing(db, tmp_path):
    before = finder(db, "search", "--near", "92660", "--format", "json").stdout
    empty = tmp_path / "empty.csv"
    empty.write_text("")
    junk = tmp_path / "junk.bin"
    junk.write_bytes(bytes(range(256)) * 10)
    unknown = tmp_path / "unknown.csv"
    unknown.write_text("a,b,c\n1,2,3\n")
    for f, words in [(empty, "empty"), (junk, "not a text"), (unknown, "unknown layout")]:
        p = finder(db, "import", f)
        assert p.returncode == 2 and words in p.stderr, p.stderr
    assert finder(db, "search", "--near", "92660", "--format", "json").stdout == before


def test_new_database_named_by_db_is_created(tmp_path):
    path = tmp_path / "sub" / "new.db"
    p = finder(path, "search", "--near", "92660", "--format", "json")
    assert p.returncode == 0 and path.exists()


def test_not_a_database_file_is_refused_clearly(tmp_path):
    bad = tmp_path / "bad.db"
    bad.write_text("hello, I am not a database")
    p = finder(bad, "search", "--near", "92660")
    assert p.returncode == 2 and "not a Program Finder database" in p.stderr
    assert bad.read_text() == "hello, I am not a database"


def test_version():
    p = subprocess.run(
        [sys.executable, "-m", "finder", "--version"], capture_output=True, text=True, check=False
    )
    assert p.returncode == 0 and p.stdout.startswith("finder ")
