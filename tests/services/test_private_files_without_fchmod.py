"""Saving private files where `os.fchmod` does not exist (Windows before Python 3.13)."""

from __future__ import annotations

import os

from finder import settings
from finder.services.private_files import write_private


def test_write_private_works_without_fchmod(tmp_path, monkeypatch):
    monkeypatch.delattr(os, "fchmod", raising=False)
    path = write_private(tmp_path / "a" / "pending.json", b'{"answers": []}')
    assert path.read_bytes() == b'{"answers": []}'
    assert list(path.parent.iterdir()) == [path]  # no temp file left behind


def test_settings_save_and_load_without_fchmod(tmp_path, monkeypatch):
    monkeypatch.delattr(os, "fchmod", raising=False)
    path = tmp_path / "config" / "settings.ini"
    settings.save(settings.Settings(user_name="Dana R."), path)
    assert settings.load(path).user_name == "Dana R."
    assert [p.name for p in path.parent.iterdir()] == ["settings.ini"]
