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


def test_the_edition_year_is_asked_not_taken_from_the_files_name(qtbot, sample_db, tmp_path, monkeypatch):
    """An edition's year comes from the user (or the file's content), never from its name."""
    from PySide6.QtCore import QTimer
    from PySide6.QtWidgets import QApplication, QInputDialog, QMessageBox

    from finder.ui import import_dialog
    from tests.conftest import FIXTURES

    copy = tmp_path / "national_directory_2023.csv"
    copy.write_bytes((FIXTURES / "directory_pr.csv").read_bytes())
    monkeypatch.setattr(import_dialog, "choose_import_file", lambda parent: copy)
    monkeypatch.setattr(QMessageBox, "exec", lambda self: QMessageBox.StandardButton.Ok)  # the closing note
    refused = []
    monkeypatch.setattr(QMessageBox, "warning", lambda parent, title, text: refused.append(text))
    typed = iter(["last year", "2025"])
    asked = []

    def answer(left: int = 200) -> None:
        box = QApplication.activeModalWidget()
        if isinstance(box, QInputDialog):
            asked.append(box.labelText())
            box.setTextValue(next(typed))
            box.accept()
            if len(asked) < 2:
                QTimer.singleShot(50, answer)
        elif left:
            QTimer.singleShot(50, lambda: answer(left - 1))

    QTimer.singleShot(0, answer)
    report = import_dialog.run_import_dialog(None, sample_db)
    assert len(asked) == 2 and "national_directory_2023.csv" in asked[0]
    assert refused == ["“last year” is not a year such as 2025."]
    assert report is not None and report.edition == "2025"
