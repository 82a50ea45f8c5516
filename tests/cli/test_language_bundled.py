"""`search --near 10001 --language spanish` against the raw codes of the bundled directory file."""

import csv
import gzip
import io
import json
import sqlite3

from finder.domain.taxonomy import parse_codes
from finder.paths import seeds_dir
from tests.helpers import finder as run_finder


def _raw_codes() -> dict[str, set[str]]:
    """facility_id -> its codes, read straight from the shipped file."""
    text = gzip.decompress((seeds_dir() / "national_directory.csv.gz").read_bytes()).decode("utf-8")
    return {
        r["facility_id"]: set(parse_codes(r["service_code_info"])) for r in csv.DictReader(io.StringIO(text))
    }


def _ids(db, *args) -> list[int]:
    p = run_finder("search", "--near", "10001", "--limit", "5000", "--format", "json", *args, db=db)
    assert p.returncode == 0, p.stderr
    return [r["id"] for r in json.loads(p.stdout)["results"]]


def test_spanish_near_10001_is_exactly_the_programs_whose_codes_hold_sp(seeded_db_path):
    raw = _raw_codes()
    with sqlite3.connect(seeded_db_path) as c:
        keys: dict[int, list[str]] = {}
        for pid, key in c.execute("SELECT program_id, source_key FROM program_sources"):
            keys.setdefault(pid, []).append(key)
    near = _ids(seeded_db_path)
    expected = {pid for pid in near if any("SP" in raw[k] for k in keys[pid])}
    spanish = _ids(seeded_db_path, "--language", "spanish")
    assert len(spanish) == len(expected) and set(spanish) == expected
    assert 0 < len(expected) < len(near)


def test_every_language_given_must_hold(seeded_db_path):
    spanish = set(_ids(seeded_db_path, "--language", "spanish"))
    chinese = set(_ids(seeded_db_path, "--language", "chinese"))
    both = set(_ids(seeded_db_path, "--language", "spanish", "--language", "chinese"))
    assert both == spanish & chinese and 0 < len(both) < min(len(spanish), len(chinese))
