"""The follow-ups list opens the program, keyboard only: Ctrl+Shift+L lists them, Enter shows the
program in the window (selected in the results, or its details alone), Ctrl+L then logs the call."""

from __future__ import annotations

from datetime import date, datetime

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from finder.services import calls
from finder.services import shortlists as sl
from tests.ui.helpers import activate, search, select

pytestmark = pytest.mark.qt_log_ignore("does not support propagateSizeHints")

AKUA, NSIGHT = 47, 12


def open_list(qtbot, window):
    window.calls.refresh_follow_ups()
    activate(qtbot, window)
    window.table.setFocus()
    window.calls.follow_ups_dialog = None
    qtbot.keyClick(
        window.table, Qt.Key.Key_L, Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier
    )
    qtbot.waitUntil(lambda: window.calls.follow_ups_dialog is not None, timeout=5000)
    listing = window.calls.follow_ups_dialog
    qtbot.waitExposed(listing)
    qtbot.waitUntil(listing.list.hasFocus, timeout=5000)
    return listing


def test_enter_selects_the_program_in_the_results_and_ctrl_l_logs_its_call(qtbot, window):
    sl.create_shortlist(window.db, "Case 4")
    sl.add_programs(window.db, "Case 4", [AKUA])
    calls.log_call(
        window.db, NSIGHT, outcome="voicemail", follow_up=date(2020, 1, 5), at=datetime(2019, 12, 30, 10, 0)
    )
    calls.log_call(
        window.db,
        AKUA,
        shortlist="Case 4",
        outcome="no-answer",
        follow_up=date(2020, 1, 2),
        at=datetime(2019, 12, 30, 10, 0),
    )
    search(qtbot, window, "92660")
    select(qtbot, window, NSIGHT)  # looking at another program
    listing = open_list(qtbot, window)
    assert "Akua Behavioral Health" in listing.list.currentItem().text()  # the soonest first
    with qtbot.waitSignal(window.detailsShown, timeout=5000) as shown:
        qtbot.keyClick(listing.list, Qt.Key.Key_Return)
    assert shown.args == [AKUA]
    assert window.selected_program_id() == AKUA and "Akua Behavioral Health" in window.details.text()
    qtbot.waitUntil(window.table.hasFocus, timeout=5000)  # arrows and Enter carry on from here
    qtbot.keyClick(window.table, Qt.Key.Key_L, Qt.KeyboardModifier.ControlModifier)
    dialog = window.calls.dialog
    assert dialog is not None and dialog.program_id == AKUA
    assert dialog.shortlist == "Case 4"  # the call is for the follow-up's shortlist
    dialog.reject()


def test_a_program_the_search_did_not_find_shows_its_details_alone(qtbot, window):
    calls.log_call(
        window.db,
        AKUA,
        outcome="voicemail",
        follow_up=date(2020, 1, 2),
        at=datetime(2019, 12, 30, 10, 0),
        accepting="yes",
    )
    search(qtbot, window, "10001")  # New York: Akua (Newport Beach, CA) is not among the results
    assert window.model.row_of(AKUA) < 0
    listing = open_list(qtbot, window)
    with qtbot.waitSignal(window.detailsShown, timeout=5000) as shown:
        qtbot.keyClick(listing.list, Qt.Key.Key_Return)
    assert shown.args == [AKUA]
    assert window.details.program_id == AKUA and "Akua Behavioral Health" in window.details.text()
    assert "Room:" in window.details.text()  # what the calls said shows as for a result
    assert window.selected_program_id() is None  # no other result looks chosen beside it
    assert "not among these results" in window.statusBar().currentMessage()
    qtbot.waitUntil(lambda: window.details.isAncestorOf(QApplication.focusWidget()), timeout=5000)
    qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_L, Qt.KeyboardModifier.ControlModifier)
    assert window.calls.dialog is not None and window.calls.dialog.program_id == AKUA
    window.calls.dialog.reject()


def test_ctrl_l_in_the_list_logs_the_call_at_once(qtbot, window):
    calls.log_call(
        window.db, AKUA, outcome="voicemail", follow_up=date(2020, 1, 2), at=datetime(2019, 12, 30, 10, 0)
    )
    search(qtbot, window, "92660")
    listing = open_list(qtbot, window)
    assert listing.open_button.accessibleName() and listing.call_button.accessibleName()
    qtbot.keyClick(listing.list, Qt.Key.Key_L, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(lambda: window.calls.dialog is not None, timeout=5000)  # the button's shortcut clicks it
    assert window.calls.dialog.program_id == AKUA
    assert window.selected_program_id() == AKUA  # and the program is the one shown behind it
    window.calls.dialog.reject()


def test_an_empty_list_offers_nothing_to_open(qtbot, window):
    listing = open_list(qtbot, window)
    assert not listing.open_button.isEnabled() and not listing.call_button.isEnabled()
    qtbot.keyClick(listing.list, Qt.Key.Key_Return)
    assert window.calls.opened is None
    qtbot.keyClick(listing.list, Qt.Key.Key_Escape)
    assert not listing.isVisible()
