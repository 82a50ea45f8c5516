"""The shortlist bar in the main window: add (button, keys, context menu), checklist, print, compare."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QInputDialog

from finder.services.shortlists import create_shortlist, get_shortlist
from finder.ui.checklist_dialog import ChecklistDialog
from finder.ui.shortlist_panel import ID_ROLE
from tests.ui.helpers import activate, cell, search, select, settle, shown_ids

pytestmark = pytest.mark.qt_log_ignore("does not support propagateSizeHints")


@pytest.fixture
def named(monkeypatch):
    """Answer the "new shortlist" question with a case reference."""
    monkeypatch.setattr(QInputDialog, "getText", lambda *a, **k: ("Case 2291", True))


def listed(win) -> list[int]:
    lst = win.shortlists.panel.list
    return [int(lst.item(i).data(ID_ROLE)) for i in range(lst.count())]


def test_bar_sits_under_the_window_and_says_what_to_name_a_shortlist(window):
    panel = window.shortlists.panel
    assert window.shortlist_bar.isAncestorOf(panel) and panel.isVisible()
    assert "case reference" in panel.combo.placeholderText().lower()
    menu = [a.text() for a in window.menus["shortlist"].actions() if a.text()]
    assert menu == [
        "&New shortlist…",
        "&Add selected program",
        "Client's n&eeds…",
        "Open &checklist…",
        "Co&mpare programs…",
        "&Print checklist…",
        "Family &handout…",
        "&Log a call…",
        "Call&s to this program…",
        "&Follow-ups",
        "&Refer…",
        "Referral s&tatus",
        "&Open referrals…",
        "Record &unmet need…",
    ]
    assert window.shortlists.add_action.shortcut().toString() == "Ctrl+Shift+S"
    assert window.shortlists.print_action.shortcut().toString() == "Ctrl+P"


def test_add_with_the_details_button_and_the_shortcut(qtbot, window, sample_db, named):
    search(qtbot, window, "92660")
    select(qtbot, window, 47)
    assert window.details.add_button.isEnabled()
    qtbot.mouseClick(window.details.add_button, Qt.MouseButton.LeftButton)
    settle(qtbot)
    assert listed(window) == [47]
    assert window.shortlists.panel.current_name() == "Case 2291"
    assert cell(window, window.model.row_of(47), 0).startswith("✓ Akua")  # marked in the results too
    assert window.details.add_button.text() == "✓ On the shortlist"
    assert not window.details.add_button.isEnabled()
    info = get_shortlist(sample_db, "Case 2291")
    assert info.has_origin and info.origin_query == "92660"  # distances in checklists come from the search

    other = next(i for i in shown_ids(window) if i != 47)
    select(qtbot, window, other)
    activate(qtbot, window)
    qtbot.keyClick(
        window.table, Qt.Key.Key_S, Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier
    )
    settle(qtbot)
    assert listed(window) == [47, other]
    assert "2 programs" in window.shortlists.panel.count.text()
    assert "Case 2291" in window.statusBar().currentMessage()


def test_results_context_menu_adds_to_the_shortlist(qtbot, window, named):
    search(qtbot, window, "92660")
    select(qtbot, window, 47)
    menu = window.results_menu()
    titles = [a.text() for a in menu.actions() if a.text()]
    assert "&Add selected program" in titles and "&Edit selected program…" in titles
    next(a for a in menu.actions() if a is window.shortlists.add_action).trigger()
    settle(qtbot)
    assert listed(window) == [47]
    menu.deleteLater()


def test_selecting_a_shortlisted_result_selects_it_in_the_bar(qtbot, window, sample_db):
    create_shortlist(sample_db, "Case 7")
    window.shortlists.panel.reload(select="Case 7")
    settle(qtbot)
    search(qtbot, window, "92660")
    ids = shown_ids(window)[:2]
    for pid in ids:
        select(qtbot, window, pid)
        window.shortlists.add_selected()
        settle(qtbot)
    select(qtbot, window, ids[0])
    assert window.shortlists.panel.selected_program() == ids[0]


def test_checklist_opens_from_the_menu_and_from_the_bar(qtbot, window, named):
    search(qtbot, window, "92660")
    select(qtbot, window, 47)
    window.shortlists.add_selected()
    settle(qtbot)
    window.shortlists.checklist_action.trigger()
    settle(qtbot)
    dialog = window.shortlists.checklist
    assert isinstance(dialog, ChecklistDialog) and dialog.isVisible()
    assert dialog.program_id == 47 and dialog.shortlist == "Case 2291"
    qtbot.waitUntil(dialog.is_loaded, timeout=10_000)
    assert "Akua" in dialog.windowTitle()
    dialog.close()

    qtbot.mouseClick(window.shortlists.panel.checklist_button, Qt.MouseButton.LeftButton)
    again = window.shortlists.checklist
    assert again is not dialog and again.program_id == 47 and again.isVisible()
    again.close()


def test_ctrl_p_explains_when_nothing_is_shortlisted(qtbot, window):
    search(qtbot, window, "92660")
    activate(qtbot, window)
    qtbot.keyClick(window.table, Qt.Key.Key_P, Qt.KeyboardModifier.ControlModifier)
    message = window.statusBar().currentMessage()
    assert "Nothing to print" in message and "Ctrl+Shift+S" in message


def test_ctrl_p_previews_the_selected_shortlisted_checklist(qtbot, window, named, monkeypatch):
    from finder.ui import checklist_dialog

    previews = []

    class FakePreview:
        def setAttribute(self, *_a):
            pass

        def open(self):
            pass

    def fake_preview(parent, cl, filled=True, *, run=True):
        previews.append((cl.program.id, cl.shortlist, filled))
        return FakePreview()

    monkeypatch.setattr(checklist_dialog, "preview_checklist", fake_preview)
    search(qtbot, window, "92660")
    select(qtbot, window, 47)
    window.shortlists.add_selected()
    settle(qtbot)
    activate(qtbot, window)
    qtbot.keyClick(window.table, Qt.Key.Key_P, Qt.KeyboardModifier.ControlModifier)
    settle(qtbot)  # the checklist is read, then previewed
    assert previews == [(47, "Case 2291", True)]


def test_compare_opens_the_comparison(qtbot, window, named):
    search(qtbot, window, "92660")
    for pid in shown_ids(window)[:3]:
        select(qtbot, window, pid)
        window.shortlists.add_selected()
        settle(qtbot)
    assert window.shortlists.compare_action.isEnabled()
    assert window.shortlists.compare()
    qtbot.waitUntil(lambda: window.shortlists.comparison is not None, timeout=10_000)
    dialog = window.shortlists.comparison
    assert dialog.isVisible()
    dialog.close()


def test_the_last_shortlist_is_remembered(qtbot, make_window, sample_db):
    create_shortlist(sample_db, "Case 1")
    create_shortlist(sample_db, "Case 2")
    first = make_window()
    first.shortlists.panel.reload(select="Case 2")
    settle(qtbot)
    first.close()
    assert make_window().shortlists.panel.current_name() == "Case 2"


def test_each_alt_letter_does_one_thing(window):
    import re
    from collections import Counter

    from PySide6.QtWidgets import QAbstractButton, QLabel

    texts = [a.text() for a in window.menuBar().actions()]
    texts += [w.text() for w in window.findChildren(QAbstractButton) + window.findChildren(QLabel)]
    letters = Counter(m.group(1).lower() for t in texts if (m := re.search(r"&(\w)", t)))
    assert [k for k, n in letters.items() if n > 1] == []


def test_adding_a_do_not_refer_program_asks_first(qtbot, window, sample_db):
    """A do-not-refer program went onto the shortlist without a word."""
    from PySide6.QtCore import QTimer
    from PySide6.QtWidgets import QApplication, QMessageBox

    from finder.services.editing import set_status

    create_shortlist(sample_db, "Case 2291")
    set_status(sample_db, 47, "do-not-refer", "closed — call on 2026-11-28")
    window.shortlists.panel.reload(select="Case 2291")
    search(qtbot, window, "92660")
    select(qtbot, window, 47)
    asked = []

    def answer(click_add: bool) -> None:
        box = QApplication.activeModalWidget()
        if not isinstance(box, QMessageBox):
            QTimer.singleShot(50, lambda: answer(click_add))
            return
        asked.append(box.text())
        (box.action_button if click_add else box.button(QMessageBox.StandardButton.Cancel)).click()

    QTimer.singleShot(0, lambda: answer(False))
    assert window.shortlists.add_selected() is False
    assert "do-not-refer" in asked[0] and "anyway" in asked[0]
    settle(qtbot)
    assert get_shortlist(sample_db, "Case 2291").programs == []
    QTimer.singleShot(0, lambda: answer(True))
    assert window.shortlists.add_selected() is True
    qtbot.waitUntil(lambda: listed(window) == [47], timeout=10_000)
