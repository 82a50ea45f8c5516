"""Shared fixtures: every test gets its own data folder; nothing touches the user's home."""

from __future__ import annotations

import gzip
import os
import sys
from pathlib import Path

import pytest

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
if sys.platform == "win32":  # offscreen Qt finds fonts where `finder` itself points it (C:\Windows\Fonts)
    from finder.cli import _offscreen_qt_finds_windows_fonts

    _offscreen_qt_finds_windows_fonts()

pytest_plugins = ["tests.pg_fixture"]

FIXTURES = Path(__file__).parent / "fixtures"


@pytest.hookimpl(wrapper=True)
def pytest_runtest_call(item):
    """Right after a test's body, before any fixture closes a database a window's read may still use."""
    try:
        return (yield)
    finally:
        workers = sys.modules.get("finder.ui.workers")
        if workers is not None and workers._runner is not None:
            import shiboken6

            if shiboken6.isValid(workers._runner):
                workers._runner.wait()


@pytest.fixture(autouse=True)
def _isolated_home(tmp_path, monkeypatch):
    """Point the data folder and config at tmp_path; no test reads or writes the real home."""
    home = tmp_path / "home"
    home.mkdir()
    monkeypatch.setenv("HOME", str(home))
    monkeypatch.setenv("XDG_DATA_HOME", str(home / ".local" / "share"))
    monkeypatch.setenv("XDG_CONFIG_HOME", str(home / ".config"))
    # Windows: platformdirs reads neither HOME nor XDG_*, but these (its own test overrides)
    monkeypatch.setenv("WIN_PD_OVERRIDE_LOCAL_APPDATA", str(home / "AppData" / "Local"))
    monkeypatch.setenv("WIN_PD_OVERRIDE_APPDATA", str(home / "AppData" / "Roaming"))
    monkeypatch.delenv("FINDER_DB", raising=False)
    monkeypatch.setenv("FINDER_NO_SEED", "1")
    # the command line speaks the locale's language: tests read English unless they ask for Spanish
    monkeypatch.setenv("LANG", "C.UTF-8")
    for name in ("LC_ALL", "LC_MESSAGES", "LANGUAGE"):
        monkeypatch.delenv(name, raising=False)


@pytest.fixture
def empty_db(tmp_path):
    """A real, migrated, empty SQLite directory."""
    from finder.services.opening import open_database

    db = open_database(str(tmp_path / "empty.db"), seed=False)
    yield db
    db.dispose()


@pytest.fixture
def sample_db(tmp_path):
    """A directory loaded from tests/fixtures/directory_sample.csv (real SAMHSA rows)."""
    from finder.services.importing import import_file
    from finder.services.opening import open_database

    db = open_database(str(tmp_path / "directory.db"), seed=False)
    import_file(db, FIXTURES / "directory_sample.csv", backup=False)
    yield db
    db.dispose()


@pytest.fixture(scope="session")
def seeded_db_path(tmp_path_factory):
    """The full bundled directory, loaded once per test session (read-only use, please)."""
    from finder.services.opening import open_database

    path = tmp_path_factory.mktemp("seeded") / "directory.db"
    db = open_database(str(path), seed=True)
    db.dispose()
    return path


def write_gz_csv(path: Path, text: str) -> Path:
    path.write_bytes(gzip.compress(text.encode()))
    return path


@pytest.fixture
def spanish():
    """Spanish installed for the test (window and Qt's own texts); English again afterwards."""
    from finder.reports.i18n import install_app_language, remove_app_language

    install_app_language("es")
    try:
        yield
    finally:
        remove_app_language()
