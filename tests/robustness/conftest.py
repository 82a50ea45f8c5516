"""Shared pieces for the robustness tests: a directory file with a shortlist, big import files, workers."""

from __future__ import annotations

import csv
import os
import sqlite3
import subprocess
import sys
from pathlib import Path

import pytest

from tests.conftest import FIXTURES

WORKER = Path(__file__).with_name("worker.py")
DIRECTORY = [
    "facility_id",
    "directory_type",
    "name1",
    "name2",
    "street1",
    "street2",
    "city",
    "state",
    "zip",
    "phone",
    "intake1",
    "service_code_info",
]


def write_directory_csv(path: Path, n: int, prefix: str = "Program") -> Path:
    """A SAMHSA national-directory file of n made-up rows around Orange County (test data only)."""
    zips = ["92660", "92618", "92701", "92802", "90802", "92626", "92648", "92683"]
    with path.open("w", newline="") as fh:
        w = csv.writer(fh)
        w.writerow(DIRECTORY)
        for i in range(n):
            w.writerow(
                [
                    f"t{i}",
                    "substance",
                    f"{prefix} {i}",
                    "",
                    f"{i} Test Ave",
                    "",
                    "Irvine",
                    "CA",
                    zips[i % len(zips)],
                    "949-555-0100",
                    "",
                    "SA * OIT OP * MD PI * CBT",
                ]
            )
    return path


def start_worker(*args: str) -> subprocess.Popen:
    env = {**os.environ, "FINDER_NO_SEED": "1"}
    return subprocess.Popen(
        [sys.executable, str(WORKER), *args],
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
        env=env,
    )


def integrity(path: Path) -> str:
    con = sqlite3.connect(str(path))
    try:
        return con.execute("PRAGMA integrity_check").fetchone()[0]
    finally:
        con.close()


def count(path: Path, sql: str) -> int:
    con = sqlite3.connect(str(path))
    try:
        return con.execute(sql).fetchone()[0]
    finally:
        con.close()


@pytest.fixture
def shortlisted(tmp_path):
    """(db path, shortlist name, program id): the sample directory with one program on a shortlist."""
    from finder.services.importing import import_file
    from finder.services.opening import open_database
    from finder.services.origins import resolve_offline
    from finder.services.shortlists import add_programs, create_shortlist

    path = tmp_path / "directory.db"
    db = open_database(str(path), seed=False)
    import_file(db, FIXTURES / "directory_sample.csv", backup=False)
    pid = count(path, "SELECT min(id) FROM programs")
    create_shortlist(db, "case-1", origin=resolve_offline("92660"))
    add_programs(db, "case-1", [pid])
    db.dispose()
    return path, "case-1", pid
