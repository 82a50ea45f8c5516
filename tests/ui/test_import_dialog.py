"""Import and backup dialogs: work on a thread, cancel changes nothing, errors never a traceback."""

from finder.services.backups import create_backup, list_backups
from finder.services.directory import get_program
from finder.services.editing import edit_program
from finder.ui.backup_dialog import BackupDialog
from finder.ui.import_dialog import ImportRunner, report_text
from tests.services.test_import_formats import PR, SAMPLE


def run(qtbot, db, path, cancel_first=False):
    runner = ImportRunner(None, db, path, show_messages=False)
    if cancel_first:
        runner.cancel()
    with qtbot.waitSignal(runner.done, timeout=60000):
        runner.start()
    return runner


def test_import_reports_at_the_end(qtbot, empty_db):
    runner = run(qtbot, empty_db, SAMPLE)
    assert runner.report.added == 64
    assert "Added: 64" in runner.message and "Skipped (empty or junk rows): 5" in runner.message
    from finder.ui.workers import task_runner

    qtbot.waitUntil(lambda: not task_runner().busy(), timeout=5000)  # the import's thread is done


def test_cancel_changes_nothing(qtbot, sample_db):
    runner = run(qtbot, sample_db, PR, cancel_first=True)
    assert runner.report is None and "not changed" in runner.message
    assert len(list_backups(sample_db)) <= 1


def test_refused_file_is_a_message_not_a_traceback(qtbot, empty_db, tmp_path):
    bad = tmp_path / "bad.csv"
    bad.write_text("a,b\n1,2\n")
    runner = run(qtbot, empty_db, bad)
    assert runner.report is None and "unknown layout" in runner.message


def test_report_text_names_each_outcome(sample_db):
    from finder.services.importing import import_file

    text = report_text(import_file(sample_db, SAMPLE, backup=False))
    for part in ("Added", "Updated", "Merged", "edits kept", "Skipped", "Rejected"):
        assert part in text


def test_backup_dialog_lists_and_restores_after_confirmation(qtbot, sample_db, monkeypatch):
    create_backup(sample_db)
    edit_program(sample_db, 1, {"name": "Changed"})
    dlg = BackupDialog(sample_db)
    qtbot.addWidget(dlg)
    qtbot.waitUntil(lambda: dlg.listed, timeout=10_000)  # the list is read off the GUI thread
    assert dlg.table.rowCount() == 1 and dlg.table.item(0, 2).text().endswith("B")
    monkeypatch.setattr(dlg, "confirm", lambda b: False)
    dlg.restore_selected()
    assert get_program(sample_db, 1).name == "Changed"
    monkeypatch.setattr(dlg, "confirm", lambda b: True)
    monkeypatch.setattr("PySide6.QtWidgets.QMessageBox.information", lambda *a, **k: None)
    dlg.restore_selected()
    qtbot.waitUntil(lambda: dlg.restored is not None, timeout=10_000)  # restored off the GUI thread
    assert get_program(sample_db, 1).name == "Akua Behavioral Health"
