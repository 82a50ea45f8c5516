"""What a new user met in the first hour: mouse selection enabling actions, the start hint, restores."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt

from tests.ui.helpers import search, settle

pytestmark = pytest.mark.qt_log_ignore("does not support propagateSizeHints")


def click_result(qtbot, win, row: int) -> None:
    ix = win.model.index(row, 0)
    rect = win.table.visualRect(ix)
    with qtbot.waitSignal(win.detailsShown, timeout=5000):
        qtbot.mouseClick(win.table.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())


def test_clicking_a_result_with_the_mouse_enables_the_program_actions(qtbot, window):
    search(qtbot, window, "92660")
    window.table.clearSelection()
    acts = window.directory_actions
    click_result(qtbot, window, 2)
    assert window.selected_program_id() == window.model.row(2).id
    assert acts.edit_action.isEnabled() and acts.verify_action.isEnabled()
    assert acts.dnr_action.isEnabled()
    assert window.shortlists.add_action.isEnabled()
    menu = window.results_menu()
    enabled = {a.text(): a.isEnabled() for a in menu.actions() if a.text()}
    assert enabled["&Edit selected program…"] and enabled["Mark &verified"]
    # Ctrl+E right after the click opens the editor for that program
    opened = []
    window.directory_actions.edit_selected = lambda: opened.append(window.selected_program_id())
    acts.edit_action.triggered.disconnect()
    acts.edit_action.triggered.connect(lambda _c=False: window.directory_actions.edit_selected())
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow, timeout=5000)
    window.table.setFocus()
    qtbot.keyClick(window.table, Qt.Key.Key_E, Qt.KeyboardModifier.ControlModifier)
    assert opened == [window.model.row(2).id]


def test_the_first_screen_says_its_hint_once(window):
    texts = [w.text() for w in (window.count_label, window.empty_label) if w.isVisible()]
    assert len(texts) == len(set(texts)), texts


def _note_of(db, name: str, pid: int) -> str:
    from finder.services.shortlists import get_shortlist

    return {e.program_id: e.note for e in get_shortlist(db, name).programs}[pid]


def _answers_of(db, name: str, pid: int) -> dict[str, str]:
    from finder.services.checklists import get_checklist

    return {a.id: a.note for a in get_checklist(db, pid, name).answers if a.note}


def test_restoring_a_backup_sticks_in_every_view(qtbot, window, monkeypatch):
    """A note and an answer typed after the backup are gone after the restore, in the window and file."""
    from PySide6.QtWidgets import QLineEdit

    from finder.services import backups
    from finder.services.shortlists import add_programs, create_shortlist
    from finder.ui import backup_dialog
    from tests.ui.helpers import loaded

    search(qtbot, window, "92660")
    pid = window.model.row(0).id
    create_shortlist(window.db, "Case 5")
    add_programs(window.db, "Case 5", [pid])
    window.shortlists.panel.reload(select="Case 5")
    settle(qtbot)
    backup = backups.create_backup(window.db, reason="by hand")
    panel = window.shortlists.panel

    # after the backup: a saved note, then one still inside its save delay
    panel.note.setFocus()
    qtbot.keyClicks(panel.note, "written after the backup")
    panel.save_note()
    settle(qtbot)
    assert _note_of(window.db, "Case 5", pid) == "written after the backup"
    qtbot.keyClicks(panel.note, " and more")
    dialog = window.shortlists.open_checklist(pid)
    qtbot.waitExposed(dialog)
    loaded(qtbot, dialog)
    box = next(w for w in dialog.findChildren(QLineEdit) if w.isVisible() and w.isEnabled())
    box.setFocus()
    qtbot.keyClicks(box, "answer typed after the backup")

    restored = []

    def fake_dialog(parent, db, before_restore=None):  # the user picks the backup and confirms
        assert "and more" in _note_of(db, "Case 5", pid)  # what was typed was saved first
        before_restore()
        qtbot.wait(800)  # the "Restored" message is open: nothing may write meanwhile
        restored.append(backups.restore_backup(db, backup.number))
        return True

    monkeypatch.setattr(backup_dialog, "run_backup_dialog", fake_dialog)
    with qtbot.waitSignal(window.databaseReopened, timeout=10_000):
        window.directory_actions.restore_backup()
    assert restored
    qtbot.waitUntil(lambda: not window.runner.busy(), timeout=10_000)
    qtbot.wait(1500)  # longer than every save delay and retry in the window
    assert panel.current_name() == "Case 5" and panel.note.text() == ""
    assert "written after" not in panel.list.item(0).text()
    assert _note_of(window.db, "Case 5", pid) == ""
    assert _answers_of(window.db, "Case 5", pid) == {}
    import shiboken6

    assert not shiboken6.isValid(dialog) or not dialog.isVisible()  # closed without saving


def test_every_tab_stop_in_the_window_is_a_control_the_user_can_see(qtbot, window):
    """Tab from the origin field round the window: no container takes focus without showing it."""
    from PySide6.QtWidgets import (
        QAbstractButton,
        QAbstractItemView,
        QAbstractSpinBox,
        QComboBox,
        QLineEdit,
        QTextBrowser,
    )

    from finder.ui.map_view import MapView
    from tests.ui.helpers import activate

    search(qtbot, window, "92660")
    activate(qtbot, window)
    window.focus_origin()
    # the map takes the keyboard too (arrows pan, +/- zoom) and draws its focus frame
    controls = (
        QAbstractButton,
        QAbstractItemView,
        QAbstractSpinBox,
        QComboBox,
        QLineEdit,
        QTextBrowser,
        MapView,
    )
    seen = []
    for _ in range(40):
        w = window.focusWidget()
        assert isinstance(w, controls) and w.isVisible(), (
            f"invisible Tab stop: {type(w).__name__} {w.objectName()!r} after {seen[-1:]}"
        )
        seen.append(w.accessibleName() or w.objectName() or type(w).__name__)
        qtbot.keyClick(w, Qt.Key.Key_Tab)
    assert "Search results" in seen and "Program details" in seen


def test_ctrl_shift_c_compares_the_shortlist(qtbot, window, monkeypatch):
    from finder.services.shortlists import add_programs, create_shortlist
    from finder.ui import compare_dialog
    from tests.ui.helpers import activate

    search(qtbot, window, "92660")
    create_shortlist(window.db, "Case 9")
    add_programs(window.db, "Case 9", [window.model.row(0).id, window.model.row(1).id])
    window.shortlists.panel.reload(select="Case 9")
    settle(qtbot)
    opened = []
    monkeypatch.setattr(compare_dialog, "open_comparison", lambda parent, db, name, **k: opened.append(name))
    activate(qtbot, window)
    window.table.setFocus()
    qtbot.keyClick(
        window.table, Qt.Key.Key_C, Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier
    )
    assert opened == ["Case 9"]
    assert "Ctrl+Shift+C" in window.shortlists.compare_action.shortcut().toString()


def test_export_opens_in_the_folder_used_last_and_says_saved_in_the_status_bar(
    qtbot, window, tmp_path, monkeypatch
):
    from PySide6.QtWidgets import QFileDialog

    from finder.ui import dialog_kit

    folder = tmp_path / "exports"
    folder.mkdir()
    dialog_kit.remember_folder(str(folder / "earlier.pdf"))  # e.g. a checklist PDF saved there
    asked = []

    def fake_save(parent, title, start, pattern):
        asked.append(start)
        return str(folder / "results"), pattern

    monkeypatch.setattr(QFileDialog, "getSaveFileName", fake_save)
    search(qtbot, window, "92660", radius=5)
    window.directory_actions.export_results_action.trigger()
    qtbot.waitUntil(lambda: window.directory_actions.last_export is not None, timeout=10_000)
    assert asked == [str(folder / "results.csv")]
    assert (folder / "results.csv").exists()
    assert window.statusBar().currentMessage().startswith("Saved ")
    assert str(folder / "results.csv") in window.statusBar().currentMessage()


def test_an_import_in_the_window_opens_what_changed(qtbot, window, monkeypatch):
    from PySide6.QtWidgets import QMessageBox

    from finder.ui import import_dialog
    from tests.conftest import FIXTURES

    monkeypatch.setattr(import_dialog, "choose_import_file", lambda parent: FIXTURES / "directory_pr.csv")
    monkeypatch.setattr(import_dialog, "ask_edition", lambda parent, path: "")
    monkeypatch.setattr(QMessageBox, "exec", lambda self: QMessageBox.StandardButton.Ok)
    window.directory_actions.import_action.trigger()
    qtbot.waitUntil(lambda: getattr(window, "import_report_window", None) is not None, timeout=20_000)
    report = window.import_report_window
    assert report.isVisible() and not report.isModal()
    assert "directory_pr.csv" in report.windowTitle() + " ".join(
        w.text() for w in report.findChildren(type(window.count_label))
    )


def test_hide_delisted_is_remembered_with_the_last_search(make_window, qtbot):
    win = make_window()
    search(qtbot, win, "92660")
    win.panel.filters.hide_delisted.setChecked(True)
    win.close()
    again = make_window()
    assert again.panel.filters.hide_delisted.isChecked()
