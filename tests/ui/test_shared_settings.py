"""Preferences and `finder config` edit one settings file; the window and the CLI open the same database."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QSettings

from finder import settings as shared
from finder.ui.settings import PreferencesDialog, Settings, database_location, settings_path
from tests.helpers import finder

pytestmark = pytest.mark.qt_log_ignore("does not support propagateSizeHints")


def test_what_preferences_save_the_command_line_reads(qtbot, tmp_path):
    d = PreferencesDialog(Settings())
    qtbot.addWidget(d)
    d.database.setText(str(tmp_path / "agency.db"))
    d.user_name.setText("Casey Ortiz")
    d.online.setChecked(True)
    d.accept()
    assert finder("config", "get", "database").stdout.strip() == str(tmp_path / "agency.db")
    assert finder("config", "get", "user-name").stdout.strip() == "Casey Ortiz"
    assert finder("config", "get", "online-lookup").stdout.strip() == "true"
    # and `finder search` without --db opens that file
    assert finder("search", "--near", "92660").returncode == 0
    assert (tmp_path / "agency.db").exists()


def test_what_finder_config_sets_preferences_show(qtbot, tmp_path):
    assert finder("config", "set", "user-name", "J. Rivera").returncode == 0
    assert finder("config", "set", "database", str(tmp_path / "x.db")).returncode == 0
    d = PreferencesDialog(Settings())
    qtbot.addWidget(d)
    assert d.user_name.text() == "J. Rivera" and d.database.text() == str(tmp_path / "x.db")
    assert database_location(None) == str(tmp_path / "x.db")


def test_a_password_in_the_database_url_is_refused_by_preferences_too(qtbot):
    d = PreferencesDialog(Settings())
    qtbot.addWidget(d)
    d.database.setText("postgresql://casey:hunter2@db/finder")
    d.accept()
    assert not d.database_error.isHidden() and ".pgpass" in d.database_error.text()
    assert shared.load().database == ""
    assert not shared.settings_file().exists() or "hunter2" not in shared.settings_file().read_text()


def test_settings_older_versions_kept_in_the_window_file_move_to_the_shared_file():
    settings_path().parent.mkdir(parents=True, exist_ok=True)
    old = QSettings(str(settings_path()), QSettings.Format.IniFormat)
    old.setValue("agency/database", "postgresql://casey@db/finder")
    old.setValue("agency/user_name", "Casey")
    old.setValue("privacy/online_lookup", "true")
    old.sync()
    s = Settings()
    assert (s.database(), s.user_name(), s.online_lookup()) == ("postgresql://casey@db/finder", "Casey", True)
    assert shared.load().user_name == "Casey"
    again = QSettings(str(settings_path()), QSettings.Format.IniFormat)
    assert not again.contains("agency/user_name")  # kept in one place only
