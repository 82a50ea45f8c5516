"""`finder config`: one settings file for the command line and the window, private, checked."""

from __future__ import annotations

import os
import stat

import pytest

from finder import settings
from tests.helpers import finder as run_finder


def finder(*args, db=None):
    return run_finder(*args, db=db)


def test_set_get_unset_list_round_trip():
    assert finder("config", "set", "user-name", "J. Rivera").returncode == 0
    assert finder("config", "get", "user-name").stdout.strip() == "J. Rivera"
    assert finder("config", "set", "online-lookup", "on").returncode == 0
    assert finder("config", "get", "online-lookup").stdout.strip() == "true"
    listed = finder("config", "list").stdout
    for key in ("database", "user-name", "online-lookup", "language"):
        assert key in listed
    assert finder("config", "unset", "user-name").returncode == 0
    assert finder("config", "get", "user-name").stdout.strip() == ""


@pytest.mark.parametrize(
    ("args", "says"),
    [
        (("get", "colour"), "database, user-name, online-lookup, language"),
        (("set", "language", "fr"), "en, es"),
        (("set", "online-lookup", "maybe"), "true or false"),
        (("set", "database", "postgresql://casey:secret@db/finder"), ".pgpass"),
        (("set", "database", "mysql://db/finder"), "postgresql://"),
    ],
)
def test_unknown_keys_and_bad_values_are_one_line_and_exit_2(args, says):
    r = finder("config", *args)
    assert r.returncode == 2 and says in r.stderr and len(r.stderr.strip().splitlines()) == 1
    assert "secret" not in settings.settings_file().read_text() if settings.settings_file().exists() else True


def test_the_file_is_the_users_alone():
    os.umask(0o022)
    finder("config", "set", "user-name", "Casey")
    path = settings.settings_file()
    assert stat.S_IMODE(path.stat().st_mode) == 0o600
    assert stat.S_IMODE(path.parent.stat().st_mode) == 0o700


def test_the_database_setting_is_used_by_every_command(tmp_path):
    db = tmp_path / "agency.db"
    assert finder("config", "set", "database", str(db)).returncode == 0
    r = finder("search", "--near", "92660", "--format", "json")
    assert r.returncode == 0, r.stderr
    assert db.exists()
    # --db still wins over the setting, and $FINDER_DB too
    other = tmp_path / "other.db"
    assert finder("search", "--near", "92660", db=other).returncode == 0 and other.exists()


def test_user_name_setting_is_recorded_with_cli_edits(tmp_path, monkeypatch):
    monkeypatch.delenv("FINDER_USER", raising=False)
    db = tmp_path / "d.db"
    finder("config", "set", "user-name", "Casey Rivera")
    assert finder("shortlist", "create", "Case 1", db=db).returncode == 0
    listed = finder("shortlist", "list", "--format", "json", db=db).stdout
    assert "Casey Rivera" in listed


def test_a_damaged_settings_file_falls_back_to_defaults():
    path = settings.settings_file()
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_bytes(b"\xff\xfe[finder\nlanguage = klingon\n")
    assert finder("config", "get", "language").returncode == 0
    path.write_text("[finder]\nlanguage = klingon\nuser-name = Ana\n")
    assert settings.load().language == "" and settings.load().user_name == "Ana"


def test_forget_addresses_empties_the_lookup_cache(tmp_path):
    from datetime import datetime

    from finder.db.models import GeocodeCache
    from finder.services.opening import open_database

    path = tmp_path / "d.db"
    db = open_database(str(path), seed=False)
    with db.Session.begin() as s:
        s.add(
            GeocodeCache(
                query="12 elm street, irvine",
                latitude=33.7,
                longitude=-117.8,
                label="",
                fetched_at=datetime.now(),
            )
        )
    db.dispose()
    r = run_finder("config", "forget-addresses", db=path)
    assert r.returncode == 0 and "forgot 1 looked-up address" in r.stdout
    assert b"12 elm street" not in path.read_bytes()
