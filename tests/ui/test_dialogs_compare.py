"""The Compare window as a user meets it: on the screen, keys for print and close, saving says so."""

from pathlib import Path

import pytest
from PySide6.QtCore import QPoint, QRect, Qt
from PySide6.QtWidgets import QFileDialog, QMainWindow, QMessageBox

from finder.services.compare import build_comparison
from finder.services.origins import resolve_offline
from finder.services.shortlists import add_programs, create_shortlist
from finder.ui import compare_dialog
from finder.ui.compare_dialog import CompareDialog

pytestmark = pytest.mark.qt_log_ignore("does not support propagateSizeHints")


@pytest.fixture
def comparison(sample_db):
    create_shortlist(sample_db, "Case 2291", origin=resolve_offline("92660"))
    add_programs(sample_db, "Case 2291", [9, 12, 20])
    return build_comparison(sample_db, "Case 2291")


def shown(qtbot, dlg):
    qtbot.addWidget(dlg)
    dlg.show()
    qtbot.waitExposed(dlg)
    dlg.activateWindow()
    qtbot.waitUntil(dlg.isActiveWindow, timeout=5000)
    return dlg


def inside_screen(widget, window) -> bool:
    rect = QRect(widget.mapToGlobal(QPoint(0, 0)), widget.size())
    return window.screen().availableGeometry().contains(rect)


def test_compare_window_fits_on_the_screen_with_its_buttons(qtbot, comparison):
    dlg = shown(qtbot, CompareDialog(comparison))
    avail = dlg.screen().availableGeometry()
    assert avail.contains(dlg.frameGeometry()), (dlg.frameGeometry(), avail)
    for button in (dlg.close_button, dlg.print_button, dlg.pdf_button, dlg.csv_button):
        assert inside_screen(button, dlg), button.text()


def test_saving_says_so_and_the_next_dialog_opens_in_that_folder(qtbot, comparison, tmp_path, monkeypatch):
    main = QMainWindow()
    qtbot.addWidget(main)
    dlg = shown(qtbot, CompareDialog(comparison, main))
    folder = tmp_path / "case files"
    folder.mkdir()
    asked = []

    def save_dialog(parent, title, start, pattern):
        asked.append(start)
        return (str(folder / "case 2291") if len(asked) == 1 else "", pattern)

    monkeypatch.setattr(QFileDialog, "getSaveFileName", save_dialog)
    dlg.pdf_button.click()
    pdf = folder / "case 2291.pdf"
    assert pdf.stat().st_size > 0
    assert dlg.status.currentMessage() == f"Saved comparison PDF: {pdf}"  # in the window itself
    assert main.statusBar().currentMessage() == f"Saved comparison PDF: {pdf}"
    dlg.csv_button.click()  # the user cancels this one
    assert Path(asked[1]).parent == folder and asked[1].endswith(".csv")
    assert Path(asked[0]).name == "comparison-Case-2291.pdf"


def test_a_refused_save_has_a_short_title(qtbot, comparison, tmp_path, monkeypatch):
    dlg = CompareDialog(comparison)
    qtbot.addWidget(dlg)
    shown_titles = []
    monkeypatch.setattr(QMessageBox, "warning", lambda parent, title, text: shown_titles.append(title))
    assert not dlg.save_pdf(str(tmp_path / "missing" / "c.pdf"))
    assert shown_titles == ["Not saved"]


def test_ctrl_p_opens_a_large_preview_and_esc_closes(qtbot, comparison, monkeypatch):
    dlg = shown(qtbot, CompareDialog(comparison))
    sizes = []

    def fake_exec(preview):
        sizes.append(preview.size())
        return 0

    monkeypatch.setattr(compare_dialog.PrintPreview, "exec", fake_exec)
    qtbot.keyClick(dlg.table, Qt.Key.Key_P, Qt.KeyboardModifier.ControlModifier)
    avail = dlg.screen().availableGeometry()
    assert sizes and sizes[0].width() >= 0.8 * avail.width() and sizes[0].height() >= 0.8 * avail.height()
    qtbot.keyClick(dlg.table, Qt.Key.Key_Escape)
    assert not dlg.isVisible()
