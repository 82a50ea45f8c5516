"""Logging calls in the window, keyboard only: Ctrl+L, the fields, Ctrl+Return; then what shows."""

from __future__ import annotations

from datetime import date, datetime

import pytest
from PySide6.QtCore import QDate, Qt

from finder.services import calls
from tests.ui.helpers import activate, search, select

pytestmark = pytest.mark.qt_log_ignore("does not support propagateSizeHints")

AKUA = 47


def open_by_keyboard(qtbot, window):
    activate(qtbot, window)
    window.table.setFocus()
    qtbot.keyClick(window.table, Qt.Key.Key_L, Qt.KeyboardModifier.ControlModifier)
    dialog = window.calls.dialog
    assert dialog is not None
    qtbot.waitExposed(dialog)
    qtbot.waitUntil(dialog.outcome.hasFocus, timeout=5000)
    return dialog


def choose(qtbot, combo, text: str) -> None:
    combo.setFocus()
    while combo.currentText() != text:
        qtbot.keyClick(combo, Qt.Key.Key_Down)


def test_a_call_logged_by_keyboard_shows_in_the_details(qtbot, window):
    search(qtbot, window, "92660")
    select(qtbot, window, AKUA)
    dialog = open_by_keyboard(qtbot, window)
    assert dialog.outcome.hasFocus() and dialog.outcome.currentData() == "reached"
    qtbot.keyClick(dialog.outcome, Qt.Key.Key_Tab)
    qtbot.keyClicks(dialog.spoke_to, "Dana, intake")
    choose(qtbot, dialog.accepting, "Yes, taking new clients")
    dialog.wait_known.setFocus()
    qtbot.keyClick(dialog.wait_known, Qt.Key.Key_Space)
    dialog.wait_days.setFocus()
    dialog.wait_days.selectAll()
    qtbot.keyClicks(dialog.wait_days, "14")
    choose(qtbot, dialog.facts["payments:medicaid"], "Yes")
    dialog.note.setFocus()
    qtbot.keyClicks(dialog.note, "evening group Tue and Thu")
    with qtbot.waitSignal(window.detailsShown, timeout=10_000):
        qtbot.keyClick(dialog.note, Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)
    [call] = calls.list_calls(window.db, AKUA)
    assert (call.outcome, call.spoke_to, call.accepting, call.wait_days) == (
        "reached",
        "Dana, intake",
        True,
        14,
    )
    assert call.note == "evening group Tue and Thu" and call.confirmed == {"payments:medicaid": True}
    text = window.details.text()
    assert "Room: accepting · wait ≈ 14 days · said today" in text
    assert "Medicaid: yes — by phone" in text and "directory says no" in text
    assert "Call to" in window.statusBar().currentMessage()


def test_a_refused_call_keeps_the_dialog_and_what_was_typed(qtbot, window, monkeypatch):
    search(qtbot, window, "92660")
    select(qtbot, window, AKUA)
    dialog = open_by_keyboard(qtbot, window)
    dialog.shortlist = "No such case"  # e.g. deleted meanwhile by a colleague
    qtbot.keyClicks(dialog.spoke_to, "Dana")
    dialog.save()
    qtbot.waitUntil(lambda: dialog.error.isVisible(), timeout=5000)
    assert "no shortlist named" in dialog.error.text() and dialog.isVisible()
    assert dialog.spoke_to.text() == "Dana" and calls.list_calls(window.db, AKUA) == []


def test_follow_ups_due_show_in_the_status_bar_and_open_the_call(qtbot, window):
    calls.log_call(
        window.db, AKUA, outcome="voicemail", follow_up=date(2020, 1, 2), at=datetime(2019, 12, 30, 10, 0)
    )
    window.calls.refresh_follow_ups()
    qtbot.waitUntil(lambda: window.calls.follow_button.text() == "Follow-ups (1 due)", timeout=5000)
    window.calls.follow_button.click()
    qtbot.waitUntil(lambda: window.calls.follow_ups_dialog is not None, timeout=5000)
    listing = window.calls.follow_ups_dialog
    assert (
        "Akua Behavioral Health" in listing.list.item(0).text() and "overdue" in listing.list.item(0).text()
    )
    listing.list.setFocus()
    qtbot.keyClick(listing.list, Qt.Key.Key_L, Qt.KeyboardModifier.ControlModifier)  # Enter opens the program
    qtbot.waitUntil(lambda: window.calls.dialog is not None, timeout=5000)
    assert window.calls.dialog.program_id == AKUA


def test_the_checklist_header_says_what_the_last_call_said_about_room(qtbot, sample_db):
    from finder.services import shortlists as sl
    from finder.ui.checklist_dialog import ChecklistDialog

    sl.create_shortlist(sample_db, "Case 6")
    sl.add_programs(sample_db, "Case 6", [AKUA])
    calls.log_call(sample_db, AKUA, outcome="reached", accepting="no", next_intake=date(2026, 12, 15))
    d = ChecklistDialog(sample_db, "Case 6", AKUA)
    qtbot.addWidget(d)
    qtbot.waitUntil(d.is_loaded, timeout=10_000)  # read off the GUI thread
    assert "Room: not accepting · next intake Dec 15 · said today" in d.header.text()


def test_a_date_is_one_tab_stop_and_a_follow_up_cannot_precede_the_call(qtbot, window):
    """Two Tabs after the follow-up date used to land in its month and day, not the note."""
    search(qtbot, window, "92660")
    select(qtbot, window, AKUA)
    dialog = open_by_keyboard(qtbot, window)
    dialog.follow_known.setFocus()
    qtbot.keyClick(dialog.follow_known, Qt.Key.Key_Space)
    qtbot.keyClick(dialog.follow_known, Qt.Key.Key_Tab)
    assert dialog.follow_up.hasFocus()
    assert dialog.follow_up.calendarPopup()
    qtbot.keyClick(dialog.follow_up, Qt.Key.Key_Tab)
    assert dialog.note.hasFocus()  # one stop, then the note
    dialog.follow_up.setFocus()
    qtbot.keyClick(dialog.follow_up, Qt.Key.Key_Backtab)
    assert dialog.follow_known.hasFocus()
    dialog.follow_up.setDate(dialog.follow_up.date().addYears(-1))  # what a stray key would do
    assert dialog.follow_up.date() >= dialog.follow_up.minimumDate() == QDate.currentDate()


def test_a_voicemail_asks_neither_who_answered_nor_room(qtbot, window):
    search(qtbot, window, "92660")
    select(qtbot, window, AKUA)
    dialog = open_by_keyboard(qtbot, window)
    assert dialog.spoke_to.isEnabled() and dialog.accepting.isEnabled()
    choose(qtbot, dialog.outcome, "Voicemail")
    assert not dialog.spoke_to.isEnabled() and not dialog.accepting.isEnabled()
    assert not dialog.wait_known.isEnabled() and dialog.note.isEnabled() and dialog.follow_known.isEnabled()
    assert dialog.values()["accepting"] is None
