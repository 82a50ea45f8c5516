"""Issue 34, item 9: a directory in a read-only folder can be read; a change says the folder is read-only.

It used to be called damaged, with the advice to restore backup 1. The folder here is a real
tmpfs remounted read-only (chmod does not stop root, which CI runs as).
"""

from __future__ import annotations

import json

import pytest

from tests.helpers import SAMPLE_CSV, finder, one_line_error
from tests.robustness.mounts import remount_read_only, tmpfs  # noqa: F401 (a fixture)

pytestmark = pytest.mark.timeout(300)


@pytest.fixture
def read_only(tmpfs, tmp_path):  # noqa: F811
    disk = tmpfs(16)
    db = disk / "directory.db"
    assert finder("import", SAMPLE_CSV, db=db).returncode == 0
    assert finder("shortlist", "create", "Case 9", db=db).returncode == 0
    assert finder("shortlist", "add", "Case 9", 47, db=db).returncode == 0
    remount_read_only(disk)
    return db


@pytest.mark.parametrize(
    "command",
    [
        ["search", "--near", "92660", "--format", "json"],
        ["show", "47"],
        ["shortlist", "list"],
        ["backup", "list"],
        ["checklist", "47", "--shortlist", "Case 9"],
    ],
)
def test_reading_works(read_only, command):
    r = finder(*command, db=read_only)
    assert r.returncode == 0, r.stderr
    if command[0] == "search":
        assert json.loads(r.stdout)["total"] > 0


@pytest.mark.parametrize(
    "command",
    [
        ["shortlist", "create", "Case 10"],
        ["shortlist", "add", "Case 9", "48"],
        ["edit", "47", "--phone", "949 555 0100"],
        ["import", str(SAMPLE_CSV)],
        ["backup", "create"],
        ["backup", "restore", "1"],
        ["call", "47", "--outcome", "reached"],
    ],
)
def test_a_change_says_the_folder_is_read_only(read_only, command):
    r = finder(*command, db=read_only)
    one_line_error(r, "read-only")
    for misleading in ("damaged", "restore", "bug", "server"):
        assert misleading not in r.stderr, r.stderr
