"""The shortlist panel: case-reference names, add/remove, notes saved as typed, delete with confirmation."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QInputDialog, QMessageBox
from sqlalchemy import func, select

from finder.db.models import ChecklistAnswer, Program
from finder.domain.checklist import QUESTIONS
from finder.services.checklists import AnswerChange, record_answers
from finder.services.origins import resolve_offline
from finder.services.shortlists import get_shortlist, list_shortlists
from finder.ui import dialog_kit
from finder.ui.shortlist_panel import NOTE_DELAY_MS, ShortlistPanel
from tests.ui.helpers import loaded, settle

pytestmark = pytest.mark.qt_log_ignore("does not support propagateSizeHints")


@pytest.fixture
def ids(sample_db):
    with sample_db.Session() as s:
        return s.scalars(select(Program.id).where(Program.zip == "92660").order_by(Program.id)).all()[:3]


@pytest.fixture
def panel(qtbot, sample_db):
    p = ShortlistPanel(sample_db, handle_requests=False)
    qtbot.addWidget(p)
    p.show()
    settle(qtbot)  # the shortlists are read off the GUI thread
    return p


def test_says_to_use_a_case_reference(panel):
    assert "case reference" in panel.combo.placeholderText().lower()
    assert "client" in panel.combo.toolTip() and "client" in panel.new_button.toolTip()
    assert panel.count.text() == "no shortlist yet"


def test_add_program_makes_a_shortlist_with_the_search_origin(qtbot, panel, sample_db, ids, monkeypatch):
    monkeypatch.setattr(QInputDialog, "getText", lambda *a, **k: ("Case 2291", True))
    panel.set_origin(resolve_offline("92660"))
    assert panel.add_program(ids[0])
    settle(qtbot)
    assert panel.add_program(ids[1])
    settle(qtbot)
    info = get_shortlist(sample_db, "Case 2291")
    assert [p.program_id for p in info.programs] == ids[:2] and info.has_origin
    assert panel.current_name() == "Case 2291" and panel.count.text() == "2 programs"
    assert panel.selected_program() == ids[1]
    assert "mi" in panel.list.item(0).text() and f"0 of {len(QUESTIONS)} asked" in panel.list.item(0).text()


def test_duplicate_name_is_shown_not_raised(qtbot, panel, monkeypatch):
    warnings = []
    monkeypatch.setattr(QMessageBox, "warning", lambda *a: warnings.append(a[2]))
    assert panel.new_shortlist("Case 1") == "Case 1"
    settle(qtbot)
    assert panel.current_name() == "Case 1" and not warnings
    panel.new_shortlist("case 1")
    settle(qtbot)
    assert warnings and "already exists" in warnings[0]
    assert panel.combo.count() == 1


def test_note_saved_as_typed(qtbot, panel, sample_db, ids):
    panel.new_shortlist("Case 1")
    settle(qtbot)
    panel.add_program(ids[0])
    settle(qtbot)
    qtbot.keyClicks(panel.note, "called, waitlist 2 weeks")
    qtbot.waitUntil(
        lambda: get_shortlist(sample_db, "Case 1").programs[0].note == "called, waitlist 2 weeks",
        timeout=NOTE_DELAY_MS + 1000,
    )


def test_buttons_ask_for_checklist_compare_and_print(qtbot, panel, ids):
    panel.new_shortlist("Case 1")
    settle(qtbot)
    panel.add_program(ids[0])
    panel.add_program(ids[1])
    settle(qtbot)
    with qtbot.waitSignal(panel.checklist_requested) as sig:
        qtbot.mouseClick(panel.checklist_button, Qt.MouseButton.LeftButton)
    assert sig.args == ["Case 1", ids[1]]
    with qtbot.waitSignal(panel.compare_requested) as sig:
        panel.compare_button.click()
    assert sig.args == ["Case 1"]
    with qtbot.waitSignal(panel.print_requested):
        panel.print_button.click()


def test_checklist_opens_from_the_panel(qtbot, sample_db, ids):
    p = ShortlistPanel(sample_db)
    qtbot.addWidget(p)
    settle(qtbot)
    p.new_shortlist("Case 1")
    settle(qtbot)
    p.add_program(ids[0])
    settle(qtbot)
    p.checklist_button.click()
    from finder.ui.checklist_dialog import ChecklistDialog

    dialogs = p.findChildren(ChecklistDialog)
    assert dialogs and loaded(qtbot, dialogs[0]) and dialogs[0].checklist.program.id == ids[0]
    dialogs[0].rows["cost-insurance"].buttons["yes"].click()
    qtbot.keyClicks(dialogs[0].contact_name, "Dana")  # the call's contact: not counted as a question
    dialogs[0].close()
    qtbot.waitUntil(lambda: f"1 of {len(QUESTIONS)} asked" in p.list.item(0).text(), timeout=2000)


def test_remove_and_delete_confirm_and_take_answers(qtbot, panel, sample_db, ids, monkeypatch):
    panel.new_shortlist("Case 1")
    settle(qtbot)
    for pid in ids[:2]:
        panel.add_program(pid)
    settle(qtbot)
    record_answers(sample_db, ids[1], "Case 1", [AnswerChange("cost-insurance", "yes")])
    panel.reload()
    settle(qtbot)
    monkeypatch.setattr(dialog_kit, "confirm", lambda *a, **k: False)
    panel.list.setCurrentRow(1)
    assert not panel.remove_selected() and not panel.delete_current()
    assert len(get_shortlist(sample_db, "Case 1").programs) == 2
    monkeypatch.setattr(dialog_kit, "confirm", lambda *a, **k: True)
    assert panel.delete_current()
    settle(qtbot)
    assert list_shortlists(sample_db) == [] and panel.current_name() == ""
    with sample_db.Session() as s:
        assert s.scalar(select(func.count()).select_from(ChecklistAnswer)) == 0
