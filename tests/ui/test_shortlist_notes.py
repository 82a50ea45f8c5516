"""Shortlist notes stay with the program they were typed for, however fast the user clicks on."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from sqlalchemy import select

from finder.db.models import Program
from finder.services import shortlists as sl
from finder.ui.shortlist_panel import ID_ROLE, NOTE_DELAY_MS, ShortlistPanel
from tests.ui.helpers import settle

pytestmark = pytest.mark.qt_log_ignore("does not support propagateSizeHints")


@pytest.fixture
def ids(sample_db):
    with sample_db.Session() as s:
        return s.scalars(select(Program.id).where(Program.zip == "92660").order_by(Program.id)).all()[:3]


@pytest.fixture
def filled(sample_db, ids):
    sl.create_shortlist(sample_db, "Case 7")
    sl.add_programs(sample_db, "Case 7", ids)
    return ids


def stored_notes(db) -> dict[int, str]:
    return {e.program_id: e.note for e in sl.get_shortlist(db, "Case 7").programs}


def click_row(qtbot, panel, row: int) -> None:
    item = panel.list.item(row)
    rect = panel.list.visualItemRect(item)
    qtbot.mouseClick(panel.list.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    assert panel.list.currentRow() == row


def type_note(qtbot, panel, text: str) -> None:
    panel.note.setFocus()
    panel.note.selectAll()
    qtbot.keyClick(panel.note, Qt.Key.Key_Delete)
    qtbot.keyClicks(panel.note, text)


def make_panel(qtbot, db) -> ShortlistPanel:
    p = ShortlistPanel(db, handle_requests=False)
    qtbot.addWidget(p)
    p.resize(900, 300)
    p.show()
    qtbot.waitExposed(p)
    settle(qtbot)  # the shortlist is read off the GUI thread
    return p


def test_typing_then_clicking_the_next_program_within_the_delay(qtbot, sample_db, filled):
    """Right after start: type, click on before the save delay ends, three programs in a row."""
    panel = make_panel(qtbot, sample_db)
    assert panel.current_name() == "Case 7" and panel.list.currentRow() == 0
    notes = ["calls back after 3 pm", "waitlist two weeks", "takes Medi-Cal"]
    for row, text in enumerate(notes):
        click_row(qtbot, panel, row)
        assert panel.note.text() == ""  # a fresh program shows its own (empty) note
        type_note(qtbot, panel, text)
        # the next click comes before the autosave timer fires
        assert panel._note_timer.isActive()
    click_row(qtbot, panel, 0)
    assert panel.note.text() == notes[0]  # at once, while the saves are on their way
    settle(qtbot)
    assert stored_notes(sample_db) == dict(zip(filled, notes))
    assert panel.note.text() == notes[0]
    click_row(qtbot, panel, 2)
    assert panel.note.text() == notes[2]
    click_row(qtbot, panel, 1)
    assert panel.note.text() == notes[1]
    qtbot.wait(NOTE_DELAY_MS + 200)
    assert stored_notes(sample_db) == dict(zip(filled, notes))


def test_a_note_is_saved_after_the_delay_onto_its_own_program(qtbot, sample_db, filled):
    panel = make_panel(qtbot, sample_db)
    click_row(qtbot, panel, 1)
    type_note(qtbot, panel, "second only")
    qtbot.waitUntil(lambda: stored_notes(sample_db)[filled[1]] == "second only", timeout=3000)
    assert stored_notes(sample_db)[filled[0]] == "" and stored_notes(sample_db)[filled[2]] == ""
    assert "note: second only" in panel.list.item(1).text()


def test_switching_shortlist_within_the_delay_saves_onto_the_first_shortlist(qtbot, sample_db, filled):
    sl.create_shortlist(sample_db, "Case 8")
    sl.add_programs(sample_db, "Case 8", filled[:1])
    panel = make_panel(qtbot, sample_db)
    panel.combo.setCurrentText("Case 7")
    click_row(qtbot, panel, 0)
    type_note(qtbot, panel, "for case seven")
    panel.combo.setCurrentText("Case 8")
    assert panel.note.text() == ""
    settle(qtbot)
    assert panel.current_name() == "Case 8" and panel.note.text() == ""
    assert stored_notes(sample_db)[filled[0]] == "for case seven"
    assert sl.get_shortlist(sample_db, "Case 8").programs[0].note == ""


def test_clearing_a_note_is_saved(qtbot, sample_db, filled):
    sl.set_note(sample_db, "Case 7", filled[0], "old text")
    panel = make_panel(qtbot, sample_db)
    assert panel.note.text() == "old text"
    type_note(qtbot, panel, "")
    click_row(qtbot, panel, 1)
    settle(qtbot)
    assert stored_notes(sample_db)[filled[0]] == ""


def test_closing_the_checklist_keeps_the_selected_program(qtbot, sample_db, filled):
    panel = make_panel(qtbot, sample_db)
    click_row(qtbot, panel, 2)
    panel.reload()  # what closing a checklist dialog does
    settle(qtbot)
    assert panel.list.currentRow() == 2 and panel.selected_program() == filled[2]


def test_do_not_refer_shows_in_the_shortlist_bar_in_words(qtbot, sample_db, filled):
    from finder.services.editing import set_status

    set_status(sample_db, filled[1], "do-not-refer", reason="license lapsed")
    panel = make_panel(qtbot, sample_db)
    texts = [panel.list.item(i).text() for i in range(panel.list.count())]
    assert "Do not refer" in texts[1] and "Do not refer" not in texts[0] + texts[2]
    assert "license lapsed" in panel.list.item(1).toolTip()
    assert "Do not refer" in panel.list.item(1).data(Qt.ItemDataRole.AccessibleTextRole)


def test_a_delisted_program_is_marked_in_the_shortlist_bar(qtbot, sample_db, filled):
    from datetime import datetime

    from finder.db.models import Program

    with sample_db.Session.begin() as s:
        s.get(Program, filled[2]).delisted_since = datetime(2026, 3, 1)
    panel = make_panel(qtbot, sample_db)
    texts = [panel.list.item(i).text() for i in range(panel.list.count())]
    assert texts[2].startswith("[Not listed] ") and not texts[0].startswith("[Not listed]")


def test_a_new_search_keeps_the_program_chosen_on_the_shortlist_bar(qtbot, window):
    """The bar's choice (and so where the next note goes) jumped to the search's first result."""
    from finder.services.shortlists import add_programs, create_shortlist
    from tests.ui.helpers import search, shown_ids

    search(qtbot, window, "92660")
    first, other = shown_ids(window)[0], shown_ids(window)[3]
    create_shortlist(window.db, "Case 77")
    add_programs(window.db, "Case 77", [first, other])
    panel = window.shortlists.panel
    panel.reload(select="Case 77")
    qtbot.waitUntil(lambda: panel.list.count() == 2, timeout=10_000)
    row_of_other = [int(panel.list.item(i).data(ID_ROLE)) for i in range(2)].index(other)
    panel.list.setCurrentRow(row_of_other)
    assert panel.selected_program() == other
    search(qtbot, window, "Newport Beach, CA")  # a new search selects its first result, on the list too
    assert window.selected_program_id() == first
    assert panel.selected_program() == other
    window.table.setFocus()  # the user choosing a result still shows it on the bar
    qtbot.keyClick(window.table, Qt.Key.Key_Down)
    qtbot.keyClick(window.table, Qt.Key.Key_Up)
    assert window.selected_program_id() == first and panel.selected_program() == first


def test_a_long_note_is_a_box_of_lines_and_keeps_them(qtbot, window, sample_db):
    """The note was one line that scrolled sideways; a long note now reads on several lines."""
    sl.create_shortlist(sample_db, "Case 9")
    sl.add_programs(sample_db, "Case 9", [47])
    panel = window.shortlists.panel
    panel.reload(select="Case 9")
    qtbot.waitUntil(lambda: panel.list.count() == 1, timeout=10_000)
    panel.list.setCurrentRow(0)
    assert panel.note.height() >= 2 * panel.note.fontMetrics().lineSpacing()
    panel.note.setFocus()
    qtbot.keyClicks(panel.note, "Intake said: bring ID")
    qtbot.keyClick(panel.note, Qt.Key.Key_Return)
    qtbot.keyClicks(panel.note, "and the insurance card")
    qtbot.wait(NOTE_DELAY_MS + 200)
    settle(qtbot)
    [entry] = sl.get_shortlist(sample_db, "Case 9").programs
    assert entry.note == "Intake said: bring ID\nand the insurance card"
    qtbot.keyClick(panel.note, Qt.Key.Key_Tab)  # Tab leaves the box, it does not type a tab
    assert not panel.note.hasFocus() and "\t" not in panel.note.text()
