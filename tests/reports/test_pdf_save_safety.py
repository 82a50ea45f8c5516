"""Issue 34, item 11: a PDF saved into a shared folder is the user's own file, whatever was there before.

The PDF used to be written to `<name>.pdf.part` and renamed: another user who had created that
name first (mode 0666) kept owning the file the case manager's checklist was written into, and
could read it. Now the bytes go to a temporary file created exclusively (O_EXCL, 0600).
"""

from __future__ import annotations

import os
import stat
import sys

import pytest

from tests.helpers import SAMPLE_CSV, finder

pytestmark = pytest.mark.skipif(sys.platform == "win32", reason="POSIX owners and modes")
OTHER_USER = 4321


@pytest.fixture(scope="module")
def db(tmp_path_factory):
    path = tmp_path_factory.mktemp("pdf") / "d.db"
    assert finder("import", SAMPLE_CSV, db=path).returncode == 0
    assert finder("shortlist", "create", "Case 11", db=path).returncode == 0
    assert finder("shortlist", "add", "Case 11", 47, db=path).returncode == 0
    assert (
        finder(
            "checklist", 47, "--shortlist", "Case 11", "--note", "fit-intake=walk-ins on Monday", db=path
        ).returncode
        == 0
    )
    return path


def test_a_planted_part_file_does_not_take_the_pdf(db, tmp_path):
    shared = tmp_path / "shared"
    shared.mkdir()
    shared.chmod(0o1777)  # a folder everyone may write to, like a team share or /tmp
    planted = shared / "case-11.pdf.part"
    planted.touch()
    planted.chmod(0o666)
    if os.geteuid() == 0:
        os.chown(planted, OTHER_USER, OTHER_USER)
    out = shared / "case-11.pdf"
    r = finder("checklist", 47, "--shortlist", "Case 11", "--pdf", out, db=db)
    assert r.returncode == 0, r.stderr
    st = out.stat()
    assert st.st_uid == os.geteuid(), "the saved checklist belongs to whoever planted the .part file"
    assert stat.S_IMODE(st.st_mode) == 0o600
    assert out.read_bytes().startswith(b"%PDF")
    assert planted.exists() and planted.stat().st_size == 0, "the checklist was written into the planted file"
    assert sorted(p.name for p in shared.iterdir()) == ["case-11.pdf", "case-11.pdf.part"]


def test_a_planted_link_is_not_followed(db, tmp_path):
    shared = tmp_path / "shared"
    shared.mkdir()
    elsewhere = tmp_path / "theirs.pdf"
    elsewhere.write_bytes(b"")
    (shared / "case-11.pdf.part").symlink_to(elsewhere)
    out = shared / "case-11.pdf"
    assert finder("checklist", 47, "--shortlist", "Case 11", "--pdf", out, db=db).returncode == 0
    assert elsewhere.read_bytes() == b"", "the checklist went through a planted symlink"
    assert out.read_bytes().startswith(b"%PDF") and not out.is_symlink()


def test_a_map_picture_does_not_write_through_a_planted_link(db, tmp_path):
    """`finder map --png` wrote straight to the name: a symlink planted there took the picture."""
    elsewhere = tmp_path / "theirs.png"
    elsewhere.write_bytes(b"")
    out = tmp_path / "map.png"
    out.symlink_to(elsewhere)
    r = finder("map", "--near", "92660", "--png", out, "--size", "200x150", db=db)
    assert r.returncode == 0, r.stderr
    assert elsewhere.read_bytes() == b"" and not out.is_symlink()
    assert out.read_bytes().startswith(b"\x89PNG") and stat.S_IMODE(out.stat().st_mode) == 0o600
