"""The main window's Help → About box and Edit → Preferences dialog.

Kept out of main_window.py so the window stays about layout, searching and selection.
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QMessageBox

from finder.ui import result_texts
from finder.ui.settings import PreferencesDialog
from finder.ui.texts import translate


def open_preferences(win) -> PreferencesDialog:
    """The preferences, window-modal; turning online lookup on or off shows in the origin bar."""
    dlg = PreferencesDialog(win.settings, win)
    dlg.accepted.connect(lambda: win.panel.origin_bar.set_online(win.settings.online_lookup()))
    dlg.open()
    return dlg


def about_text(facts) -> str:
    """The About box's HTML; what comes from the directory file is escaped in it."""
    from finder import __version__
    from finder.reports.printing import citation

    return result_texts.about_html(__version__, facts, citation())  # in the window's language


def show_about(win) -> QMessageBox:
    box = QMessageBox(
        QMessageBox.Icon.Information,
        translate("MainWindow", "About Program Finder"),
        about_text(win.facts),
        QMessageBox.StandardButton.Ok,
        win,
    )
    box.setTextFormat(Qt.TextFormat.RichText)
    box.open()
    return box
