"""File and Edit menus from the window: edit, verify, do-not-refer, import, export, restore."""

from __future__ import annotations

import csv
from datetime import date

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QMessageBox
from sqlalchemy import func
from sqlalchemy import select as sql_select

from finder.db.models import Program
from finder.errors import UserError
from finder.services.backups import create_backup, restore_backup
from finder.services.editing import mark_verified
from finder.ui import backup_dialog, directory_actions, import_dialog
from finder.ui.directory_actions import DirectoryActions, DoNotReferDialog
from finder.ui.edit_dialog import EditDialog
from finder.ui.results_model import DNR_MARK
from tests.conftest import FIXTURES
from tests.ui.helpers import cell, search, select, shown_ids

pytestmark = pytest.mark.qt_log_ignore("does not support propagateSizeHints")


def row_of(win, pid: int) -> int:
    return win.model.row_of(pid)


def test_menus_hold_the_directory_actions(window):
    file_titles = [a.text() for a in window.menus["file"].actions() if a.text()]
    assert file_titles == [
        "&Import directory file…",
        "&Export directory CSV…",
        "Export current &results CSV…",
        "Restore &backup…",
        "Re&port…",
        "&Quit",
    ]
    edit_titles = [a.text() for a in window.menus["edit"].actions() if a.text()]
    for title in (
        "&Add program…",
        "&Edit selected program…",
        "Mark &verified",
        "Mark &do-not-refer…",
        "Mark &active again",
    ):
        assert title in edit_titles


def test_edit_refreshes_results_and_details(qtbot, window, monkeypatch):
    def fill_and_save(dialog):  # the user waits for the program to show, types, saves, sees it close
        qtbot.waitUntil(dialog.is_loaded, timeout=10_000)
        dialog.edits["name"].setText("Akua Renamed Program")
        dialog.save()
        qtbot.waitUntil(lambda: dialog.result_program is not None, timeout=10_000)
        return dialog.result()

    monkeypatch.setattr(EditDialog, "exec", fill_and_save)
    search(qtbot, window, "92660")
    select(qtbot, window, 47)
    with qtbot.waitSignal(window.detailsShown, timeout=10_000):
        window.directory_actions.edit_action.trigger()
    assert cell(window, row_of(window, 47), 0).startswith("Akua Renamed Program")
    assert window.selected_program_id() == 47
    assert "Akua Renamed Program" in window.details.text()


def test_do_not_refer_is_marked_in_text_and_can_be_hidden(qtbot, window, monkeypatch):
    asked = []
    monkeypatch.setattr(
        directory_actions,
        "ask_do_not_refer_reason",
        lambda parent, name: asked.append(name) or "licence lapsed",
    )
    search(qtbot, window, "92660")
    select(qtbot, window, 47)
    assert not window.directory_actions.active_action.isEnabled()
    with qtbot.waitSignal(window.detailsShown, timeout=10_000):
        window.directory_actions.dnr_action.trigger()
    assert asked == ["Akua Behavioral Health Inc"]
    row = row_of(window, 47)
    assert cell(window, row, 0).startswith(DNR_MARK)  # a text mark, not only colour
    assert window.model.data(window.model.index(row, 0), Qt.ItemDataRole.ForegroundRole) is not None
    assert "⚠ Do not refer: licence lapsed" in window.details.text()
    assert window.directory_actions.active_action.isEnabled()
    assert not window.directory_actions.dnr_action.isEnabled()

    with qtbot.waitSignal(window.searchFinished, timeout=10_000):
        window.panel.filters.hide_dnr.setChecked(True)
    assert 47 not in shown_ids(window) and shown_ids(window)


def test_do_not_refer_needs_a_reason(qtbot):
    dialog = DoNotReferDialog("Some Program")
    qtbot.addWidget(dialog)
    assert not dialog.ok.isEnabled()
    dialog.reason.setText("   ")
    assert not dialog.ok.isEnabled()
    dialog.reason.setText("closed")
    assert dialog.ok.isEnabled() and dialog.ok.text() == "Mark do-not-refer"


def test_mark_active_again(qtbot, window, monkeypatch):
    monkeypatch.setattr(directory_actions, "ask_do_not_refer_reason", lambda *a: "closed")
    search(qtbot, window, "92660")
    select(qtbot, window, 47)
    with qtbot.waitSignal(window.detailsShown, timeout=10_000):
        window.directory_actions.dnr_action.trigger()
    with qtbot.waitSignal(window.detailsShown, timeout=10_000):
        window.directory_actions.active_action.trigger()
    assert not cell(window, row_of(window, 47), 0).startswith(DNR_MARK)
    assert "Do not refer" not in window.details.text()


def test_verify_and_possibly_out_of_date(qtbot, window, sample_db):
    mark_verified(sample_db, 47, by="someone", on=date(2020, 5, 1))
    search(qtbot, window, "92660")
    select(qtbot, window, 47)
    assert "Possibly out of date" in window.details.text()
    assert "(possibly out of date)" in window.details.text()
    with qtbot.waitSignal(window.detailsShown, timeout=10_000):
        qtbot.mouseClick(window.details.verify_button, Qt.MouseButton.LeftButton)
    text = window.details.text()
    assert f"Last verified: {date.today().isoformat()}" in text and "out of date" not in text


def test_a_verification_clicked_by_mistake_can_be_undone(qtbot, window, sample_db):
    """One click on Mark verified recorded a verification for good."""
    from PySide6.QtWidgets import QPushButton

    from finder.services.directory import get_program

    mark_verified(sample_db, 47, by="someone", on=date(2020, 5, 1))
    search(qtbot, window, "92660")
    select(qtbot, window, 47)
    with qtbot.waitSignal(window.detailsShown, timeout=10_000):
        qtbot.mouseClick(window.details.verify_button, Qt.MouseButton.LeftButton)
    assert get_program(sample_db, 47).verified_on == date.today().isoformat()
    undo = window.statusBar().findChild(QPushButton, "undoButton")
    assert undo is not None and undo.isVisible() and "verified today" in window.statusBar().currentMessage()
    with qtbot.waitSignal(window.detailsShown, timeout=10_000):
        qtbot.mouseClick(undo, Qt.MouseButton.LeftButton)
    p = get_program(sample_db, 47)
    assert (p.verified_on, p.verified_by) == ("2020-05-01", "someone")
    assert "Possibly out of date" in window.details.text()
    assert window.statusBar().currentMessage().startswith("Undone:")
    qtbot.waitUntil(lambda: window.statusBar().findChild(QPushButton, "undoButton") is None, timeout=5000)


def test_a_refused_save_is_a_message_not_a_traceback(qtbot, window, monkeypatch):
    from finder.services import editing

    def refuse(*_a, **_k):
        raise UserError("program 47 was changed by someone else meanwhile")

    shown = []
    monkeypatch.setattr(editing, "mark_verified", refuse)
    monkeypatch.setattr(QMessageBox, "warning", lambda *a: shown.append(a[1:3]))
    search(qtbot, window, "92660")
    select(qtbot, window, 47)
    window.directory_actions.verify_action.trigger()
    qtbot.waitUntil(lambda: bool(shown), timeout=10_000)  # refused off the GUI thread
    assert shown == [("Not marked verified", "program 47 was changed by someone else meanwhile")]


def test_export_current_results(qtbot, window, tmp_path, monkeypatch):
    target = tmp_path / "results.csv"
    monkeypatch.setattr(DirectoryActions, "choose_csv", lambda self, *a: str(target))
    search(qtbot, window, "92660", radius=5)
    ids = shown_ids(window)
    window.directory_actions.export_results_action.trigger()
    qtbot.waitUntil(lambda: window.directory_actions.last_export is not None, timeout=10_000)
    with target.open(encoding="utf-8-sig") as fh:
        exported = [int(r["id"]) for r in csv.DictReader(fh)]
    assert sorted(exported) == sorted(ids) and len(ids) < window.facts.total
    assert window.statusBar().currentMessage() == f"Saved {len(ids)} programs as CSV: {target}"


def test_export_whole_directory(qtbot, window, sample_db, tmp_path, monkeypatch):
    target = tmp_path / "all.csv"
    monkeypatch.setattr(DirectoryActions, "choose_csv", lambda self, *a: str(target))
    monkeypatch.setattr(QMessageBox, "information", lambda *a: None)
    window.directory_actions.export_all_action.trigger()
    qtbot.waitUntil(lambda: window.directory_actions.last_export is not None, timeout=10_000)
    with sample_db.Session() as s:
        total = s.scalar(sql_select(func.count()).select_from(Program))
    assert window.directory_actions.last_export == (str(target), total)
    with target.open(encoding="utf-8-sig") as fh:
        assert len(list(csv.DictReader(fh))) == total


def test_import_reloads_the_directory_line_and_the_search(qtbot, window, monkeypatch):
    monkeypatch.setattr(import_dialog, "choose_import_file", lambda parent: FIXTURES / "directory_pr.csv")
    monkeypatch.setattr(import_dialog, "ask_edition", lambda parent, path: "")
    monkeypatch.setattr(QMessageBox, "exec", lambda self: QMessageBox.StandardButton.Ok)
    search(qtbot, window, "00603", radius=50)
    assert not shown_ids(window)
    before = window.facts.total
    with qtbot.waitSignal(window.searchFinished, timeout=20_000):
        window.directory_actions.import_action.trigger()
    qtbot.waitUntil(lambda: window.facts.total > before, timeout=10_000)
    assert shown_ids(window)
    assert f"{window.facts.total:,} programs" in window.panel.origin_bar.info.text()


def test_restore_backup_reopens_the_database(qtbot, window, sample_db, monkeypatch):
    create_backup(sample_db, reason="test")
    search(qtbot, window, "92660")
    select(qtbot, window, 47)
    mark_verified(sample_db, 47, by="later", on=date(2024, 1, 2))

    def restore(parent, db, before_restore=None):
        before_restore()
        restore_backup(db, 1)  # disposes the engine, as the real dialog does
        return True

    monkeypatch.setattr(backup_dialog, "run_backup_dialog", restore)
    old = window.db
    try:
        with qtbot.waitSignal(window.databaseReopened, timeout=20_000):
            window.directory_actions.restore_action.trigger()
        assert window.db is not old and window.shortlists.panel.db is window.db
        qtbot.waitUntil(lambda: not window.runner.busy(), timeout=10_000)
        search(qtbot, window, "92660")
        assert 47 in shown_ids(window)
        select(qtbot, window, 47)
        assert "Last verified: never" in window.details.text()  # the backup's state, not the later edit
    finally:
        window.runner.wait()
        if window.db is not old:
            window.db.dispose()


def test_the_undo_offer_ends_quietly_when_the_window_closes_first(qtbot, sample_db):
    """Its timer fired into a window that was gone (a RuntimeError in the event loop)."""
    from finder.ui.main_window import MainWindow
    from finder.ui.settings import Settings
    from finder.ui.workers import task_runner

    win = MainWindow(sample_db, Settings(), remember=False, allow_online=False)  # not kept by qtbot
    win.show()
    qtbot.waitUntil(lambda: not task_runner().busy(), timeout=10_000)
    win.directory_actions._offer_undo("Verified", lambda: None, seconds=1)
    win.close()
    win.deleteLater()
    qtbot.wait(1500)  # the offer's time runs out after the window is gone: nothing raised
