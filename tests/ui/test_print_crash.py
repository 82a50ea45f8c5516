"""Compare › Print with a real modal loop: the preview paints and closes, the application lives on."""

import pytest
from PySide6.QtCore import Qt, QTimer
from PySide6.QtPrintSupport import QPrintPreviewDialog, QPrintPreviewWidget
from PySide6.QtWidgets import QApplication

from finder.services.compare import build_comparison
from finder.services.origins import resolve_offline
from finder.services.shortlists import add_programs, create_shortlist
from finder.ui.compare_dialog import CompareDialog

pytestmark = pytest.mark.qt_log_ignore("does not support propagateSizeHints")


def test_compare_print_button_paints_its_preview_in_a_real_loop(qtbot, sample_db):
    create_shortlist(sample_db, "Case 2291", origin=resolve_offline("92660"))
    add_programs(sample_db, "Case 2291", [9, 12])
    dlg = CompareDialog(build_comparison(sample_db, "Case 2291"))
    qtbot.addWidget(dlg)
    dlg.show()
    qtbot.waitExposed(dlg)
    pages = []

    def look_then_close():
        preview = QApplication.activeModalWidget()
        if not isinstance(preview, QPrintPreviewDialog):
            QTimer.singleShot(50, look_then_close)
            return
        widget = preview.findChild(QPrintPreviewWidget)
        if widget.pageCount() == 0:
            QTimer.singleShot(50, look_then_close)
            return
        widget.updatePreview()  # paints again, with the printer the dialog was given
        QApplication.processEvents()
        pages.append(widget.pageCount())
        preview.reject()

    QTimer.singleShot(0, look_then_close)
    qtbot.mouseClick(dlg.print_button, Qt.MouseButton.LeftButton)  # returns when the preview closes
    assert pages and pages[0] >= 1
    assert dlg.isVisible()
