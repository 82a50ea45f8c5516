"""On Windows the data folder is the user's own %LOCALAPPDATA%\\finder: that folder's per-user ACL
is what keeps a case manager's directory, lists and answers from other users of the PC (file modes
such as 0600 only toggle the read-only flag there). Runs under Windows Python (make test-windows)."""

from __future__ import annotations

import os
import sys
from pathlib import Path

import pytest

from finder.paths import data_dir

pytestmark = pytest.mark.skipif(sys.platform != "win32", reason="Windows only")


def test_the_data_folder_is_the_users_local_appdata(monkeypatch):
    monkeypatch.delenv("WIN_PD_OVERRIDE_LOCAL_APPDATA")
    folder = data_dir()
    local = Path(os.environ["LOCALAPPDATA"])
    assert folder == local / "finder"
    assert Path(os.environ["USERPROFILE"]).resolve() in folder.resolve().parents
    for shared in ("ProgramData", "PROGRAMFILES", "PUBLIC"):
        root = os.environ.get(shared) or ""
        assert not root or Path(root).resolve() not in folder.resolve().parents, shared


def test_tests_never_touch_the_real_data_folder():
    assert data_dir() == Path(os.environ["HOME"]) / "AppData" / "Local" / "finder"
    assert data_dir() != Path(os.environ["LOCALAPPDATA"]) / "finder"
