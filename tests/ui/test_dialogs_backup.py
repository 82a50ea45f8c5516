"""The restore dialog says why each backup was made and asks with the action's own word."""

import pytest
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QMessageBox

from finder.services.backups import create_backup
from finder.services.directory import get_program
from finder.services.editing import edit_program
from finder.services.importing import import_file
from finder.ui.backup_dialog import BackupDialog
from tests.services.test_import_formats import PR

pytestmark = pytest.mark.qt_log_ignore("does not support propagateSizeHints")


def _answer_box(qtbot, button_text: str, seen: list) -> None:
    """When the question opens, note its text and buttons and press `button_text`, as a user does."""

    def press():
        box = QApplication.activeModalWidget()
        if not isinstance(box, QMessageBox):
            QTimer.singleShot(20, press)
            return
        seen.append(
            (
                box.windowTitle(),
                box.text(),
                [b.text() for b in box.buttons()],
                [b.icon().isNull() for b in box.buttons()],
            )
        )
        wanted = [b for b in box.buttons() if b.text() == button_text]
        if wanted:
            wanted[0].click()
        else:
            box.reject()  # not the question we expected: close it so the test fails instead of hanging

    QTimer.singleShot(0, press)


def test_list_shows_why_each_backup_was_made(qtbot, sample_db):
    b = create_backup(sample_db, reason="before migration")
    b.path.with_name(b.path.name + ".json").unlink()  # an old copy: no reason recorded
    create_backup(sample_db, reason="by hand")
    import_file(sample_db, PR)
    dlg = BackupDialog(sample_db)
    qtbot.addWidget(dlg)
    qtbot.waitUntil(lambda: dlg.listed, timeout=10_000)  # the list is read off the GUI thread
    header = [dlg.table.horizontalHeaderItem(c).text() for c in range(dlg.table.columnCount())]
    assert "Why it was made" in header
    why = [dlg.table.item(r, header.index("Why it was made")).text() for r in range(dlg.table.rowCount())]
    assert why == [f"before import of {PR.name}", "made by hand", "not recorded"]


def test_restore_asks_with_restore_and_cancel_and_warns_about_shortlists(qtbot, sample_db, monkeypatch):
    create_backup(sample_db, reason="by hand")
    edit_program(sample_db, 1, {"name": "Changed"})
    dlg = BackupDialog(sample_db)
    qtbot.addWidget(dlg)
    dlg.show()
    qtbot.waitUntil(lambda: dlg.listed, timeout=10_000)
    seen: list = []
    _answer_box(qtbot, "Cancel", seen)
    dlg.restore_button.click()
    title, text, buttons, no_icons = seen[0]
    assert set(buttons) == {"Restore", "Cancel"} and all(no_icons)  # no Yes/No, no icons
    assert "Yes" not in buttons and len(title) < 30
    assert "shortlists, notes and checklist answers" in text and "made by hand" in text
    assert get_program(sample_db, 1).name == "Changed" and dlg.restored is None

    monkeypatch.setattr(QMessageBox, "information", lambda *a, **k: None)
    _answer_box(qtbot, "Restore", seen)
    dlg.restore_button.click()
    qtbot.waitUntil(lambda: dlg.restored is not None, timeout=10_000)  # restored off the GUI thread
    assert get_program(sample_db, 1).name == "Akua Behavioral Health"
