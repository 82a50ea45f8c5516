"""The window's language: the `language` setting, else the system locale; Preferences › Language saves it."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QLocale
from PySide6.QtWidgets import QMessageBox

from finder.reports.i18n import remove_app_language
from finder.ui import app as app_module
from finder.ui.settings import PreferencesDialog, Settings


@pytest.fixture
def english_after():
    yield
    remove_app_language()  # the other tests read the English of the code


def test_the_spanish_setting_puts_qt_buttons_and_the_menus_in_spanish(qtbot, sample_db, english_after):
    from finder.ui.main_window import MainWindow

    settings = Settings()
    settings.set_language("es")
    assert app_module.apply_language(settings) == "es"
    box = QMessageBox(
        QMessageBox.Icon.Question, "t", "x", QMessageBox.StandardButton.Ok | QMessageBox.StandardButton.Cancel
    )
    assert box.button(QMessageBox.StandardButton.Cancel).text() == "Cancelar"
    win = MainWindow(sample_db, settings, remember=False, allow_online=False)
    qtbot.addWidget(win)
    assert win.menus["file"].title() == "&Archivo"


def test_without_a_setting_the_system_locale_chooses(monkeypatch, english_after):
    monkeypatch.setattr(QLocale, "system", staticmethod(lambda: QLocale("es_US")))
    assert app_module.window_language(Settings()) == "es"
    monkeypatch.setattr(QLocale, "system", staticmethod(lambda: QLocale("en_GB")))
    assert app_module.window_language(Settings()) == "en"
    settings = Settings()
    settings.set_language("en")
    monkeypatch.setattr(QLocale, "system", staticmethod(lambda: QLocale("es_MX")))
    assert app_module.window_language(settings) == "en"  # the setting wins over the system


def test_english_reads_as_the_code(english_after):
    settings = Settings()
    settings.set_language("en")
    assert app_module.apply_language(settings) == "en"
    box = QMessageBox(QMessageBox.Icon.Question, "t", "x", QMessageBox.StandardButton.Cancel)
    assert box.button(QMessageBox.StandardButton.Cancel).text() == "Cancel"


def test_preferences_language_is_saved_for_the_next_start(qtbot):
    settings = Settings()
    dlg = PreferencesDialog(settings)
    qtbot.addWidget(dlg)
    assert dlg.language.currentData() == ""  # follow the system
    assert [dlg.language.itemText(i) for i in range(dlg.language.count())] == [
        "Follow the system",
        "English",
        "Español",
    ]
    assert "next start" in " ".join(w.text() for w in dlg.findChildren(type(dlg.database_error)))
    dlg.language.setCurrentIndex(dlg.language.findData("es"))
    dlg.accept()
    assert Settings().language() == "es"
    dlg2 = PreferencesDialog(Settings())
    qtbot.addWidget(dlg2)
    assert dlg2.language.currentText() == "Español"
