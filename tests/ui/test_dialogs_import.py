"""Import, history and conflict dialogs: the last folder remembered, words on buttons, on the screen."""

from datetime import datetime
from pathlib import Path

import pytest
from PySide6.QtCore import QPoint, QRect
from PySide6.QtWidgets import QFileDialog

from finder.services.conflicts import TheirChange
from finder.services.editing import edit_program
from finder.ui.conflict_dialog import ConflictDialog
from finder.ui.history_dialog import HistoryDialog
from finder.ui.import_dialog import ImportRunner, choose_import_file
from tests.ui.test_dialogs_edit import icon_theme  # noqa: F401 - a fixture

pytestmark = pytest.mark.qt_log_ignore("does not support propagateSizeHints")


def fits(qtbot, dlg) -> bool:
    qtbot.addWidget(dlg)
    dlg.show()
    qtbot.waitExposed(dlg)
    return dlg.screen().availableGeometry().contains(dlg.frameGeometry())


def test_import_opens_in_the_folder_used_last(tmp_path, monkeypatch):
    folder = tmp_path / "downloads"
    folder.mkdir()
    asked = []

    def open_dialog(parent, title, start, pattern):
        asked.append(start)
        return (str(folder / "locator.csv"), pattern)

    monkeypatch.setattr(QFileDialog, "getOpenFileName", open_dialog)
    assert choose_import_file(None) == folder / "locator.csv"
    choose_import_file(None)
    assert Path(asked[1]) == folder


def test_refused_import_has_a_short_title_and_a_close_button(qtbot, empty_db, tmp_path, icon_theme):  # noqa: F811
    bad = tmp_path / "bad.csv"
    bad.write_text("a,b\n1,2\n")
    runner = ImportRunner(None, empty_db, bad, show_messages=False)
    with qtbot.waitSignal(runner.done, timeout=60000):
        runner.start()
    box = runner.box
    assert box.windowTitle() == "Import refused" and "unknown layout" in box.text()
    assert [b.text() for b in box.buttons()] == ["Close"]
    assert all(b.icon().isNull() for b in box.buttons())


def test_history_and_conflict_dialogs_fit_on_the_screen(qtbot, sample_db, icon_theme):  # noqa: F811
    for i in range(3):
        edit_program(sample_db, 1, {"city": f"Town {i}"})
    history = HistoryDialog(sample_db, 1, "Akua")
    assert fits(qtbot, history)
    assert all(b.icon().isNull() for b in history.buttons.buttons())
    theirs = [
        TheirChange(field=f"f{i}", label=f"Field {i}", value="x", who="sam", at=datetime(2026, 1, 1))
        for i in range(30)
    ]
    conflict = ConflictDialog(theirs, {}, "“Akua”")
    assert fits(qtbot, conflict)
    button_box_buttons = conflict.theirs_button.parentWidget().findChildren(type(conflict.theirs_button))
    assert all(b.icon().isNull() for b in button_box_buttons)
    avail = conflict.screen().availableGeometry()
    for b in button_box_buttons:
        assert avail.contains(QRect(b.mapToGlobal(QPoint(0, 0)), b.size())), b.text()
