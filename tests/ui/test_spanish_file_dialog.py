"""File › Import's file dialog in a Spanish window is Spanish: Qt draws it, with Qt's own catalogue."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QFileDialog, QLabel


@pytest.mark.qt_log_ignore("does not support propagateSizeHints")  # the offscreen platform, on a dialog
def test_the_open_dialog_reads_spanish(qtbot, spanish_window):
    from finder.ui import dialog_kit

    seen: list[str] = []

    def look():
        dlg = next(
            (w for w in QApplication.topLevelWidgets() if isinstance(w, QFileDialog) and w.isVisible()), None
        )
        if dlg is None:
            QTimer.singleShot(50, look)
            return
        seen.extend(lbl.text() for lbl in dlg.findChildren(QLabel))
        dlg.reject()

    QTimer.singleShot(50, look)
    assert dialog_kit.ask_open_path(spanish_window, "Importar", "CSV (*.csv)") == ""
    words = " ".join(seen)
    assert "Look in" not in words and "Files of type" not in words, words
    assert "&Buscar en:" in words and "Archivos de &tipo:" in words, words
