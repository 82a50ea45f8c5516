"""First start: the bundled directory loads behind a progress dialog that can be cancelled."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import QApplication, QProgressDialog, QPushButton

from finder.errors import UserError
from finder.ui.app import open_with_progress


def test_existing_directory_opens_without_a_dialog(qtbot, sample_db):
    seen = []
    timer = QTimer(interval=20)
    timer.timeout.connect(
        lambda: seen.extend(
            w for w in QApplication.topLevelWidgets() if isinstance(w, QProgressDialog) and w.isVisible()
        )
    )
    timer.start()
    db = open_with_progress(str(sample_db.path))
    timer.stop()
    db.dispose()
    assert seen == []


def test_first_load_shows_progress_and_cancel_keeps_nothing(qtbot, tmp_path, monkeypatch):
    monkeypatch.delenv("FINDER_NO_SEED")
    target = tmp_path / "new.db"
    seen: list[str] = []

    def cancel_when_shown():
        for w in QApplication.topLevelWidgets():
            if isinstance(w, QProgressDialog) and w.isVisible() and not seen:
                seen.append(w.labelText())
                qtbot.mouseClick(w.findChild(QPushButton), Qt.MouseButton.LeftButton)

    timer = QTimer(interval=20)
    timer.timeout.connect(cancel_when_shown)
    timer.start()
    with pytest.raises(UserError, match="cancelled"):
        open_with_progress(str(target))
    timer.stop()
    assert seen and "first start only" in seen[0]
    assert not target.exists()
