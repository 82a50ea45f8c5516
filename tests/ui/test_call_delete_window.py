"""Deleting a call in the window: Shortlist › Calls to this program… (Ctrl+Alt+L) lists a program's
calls; Delete is there for the calls you made only, asks first, and the history records it."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt

from finder.services import calls
from finder.services.history import program_history
from finder.texts import history as history_words
from tests.ui.helpers import activate, search, select

pytestmark = pytest.mark.qt_log_ignore("does not support propagateSizeHints")

AKUA = 47


def test_you_delete_your_own_call_and_only_yours(qtbot, window, monkeypatch):
    monkeypatch.setenv("FINDER_USER", "dana")
    calls.log_call(window.db, AKUA, outcome="voicemail", note="left a message")
    monkeypatch.setenv("FINDER_USER", "casey")
    mine = calls.log_call(window.db, AKUA, outcome="reached", note="spoke with intake")
    search(qtbot, window, "92660")
    select(qtbot, window, AKUA)
    activate(qtbot, window)
    window.table.setFocus()
    qtbot.keyClick(
        window.table, Qt.Key.Key_L, Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.AltModifier
    )
    qtbot.waitUntil(lambda: window.calls.calls_dialog is not None, timeout=5000)
    listing = window.calls.calls_dialog
    qtbot.waitExposed(listing)
    assert listing.list.count() == 2 and "casey · Reached" in listing.list.item(0).text()
    assert listing.delete_button.isEnabled()  # the newest is casey's own
    listing.list.setCurrentRow(1)
    assert not listing.delete_button.isEnabled()  # dana's is not hers to delete
    listing.list.setCurrentRow(0)
    listing.delete_button.click()
    box = listing.confirm_box
    qtbot.waitExposed(box)
    assert "the history keeps that you deleted it" in box.text()
    box.action_button.click()
    qtbot.waitUntil(lambda: listing.list.count() == 1, timeout=5000)
    assert "dana" in listing.list.item(0).text()
    assert [c.by for c in calls.list_calls(window.db, AKUA)] == ["dana"]
    [gone] = [h for h in program_history(window.db, AKUA) if h.entity == "call"]
    assert (gone.who, gone.new_value) == ("casey", "deleted") and gone.old_value.startswith("reached ")
    assert mine.note not in history_words.line(gone)
    listing.close()
