"""The client's needs in the window: the shortlist bar counts them, a call changes the count,
and the checklist window and its printout ask about the unknown ones first."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QGroupBox

from finder.reports.printing import checklist_html
from finder.services import shortlists as sl
from finder.services.checklists import get_checklist
from finder.texts.compare import needs_gap, worded
from finder.ui.checklist_dialog import ChecklistDialog
from tests.ui.helpers import activate, loaded, search, select, settle
from tests.ui.test_call_window import choose, open_by_keyboard

pytestmark = pytest.mark.qt_log_ignore("does not support propagateSizeHints")

AKUA = 47  # the sample directory says it takes no Medicaid; no directory records hours


@pytest.fixture
def case(sample_db):
    sl.create_shortlist(sample_db, "Case 7", client_needs="medicaid,evening")
    sl.add_programs(sample_db, "Case 7", [AKUA])
    return "Case 7"


def bar_item(win):
    panel = win.shortlists.panel
    return panel.list.item(0)


def test_the_bar_counts_needs_and_a_call_changes_the_count(qtbot, make_window, case):
    win = make_window()
    panel = win.shortlists.panel
    panel.reload(select=case)
    settle(qtbot)
    item = bar_item(win)
    assert "0 of 2 needs" in item.text()
    assert item.toolTip() == "Needs: No: Medicaid · Unknown: Evening hours"

    search(qtbot, win, "92660")
    select(qtbot, win, AKUA)
    dialog = open_by_keyboard(qtbot, win)
    choose(qtbot, dialog.facts["payments:medicaid"], "Yes")
    choose(qtbot, dialog.facts["schedule:evening"], "Yes")
    with qtbot.waitSignal(win.detailsShown, timeout=10_000):
        qtbot.keyClick(
            dialog.facts["schedule:evening"], Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier
        )
    qtbot.waitUntil(lambda: "2 of 2 needs" in bar_item(win).text(), timeout=10_000)
    assert bar_item(win).toolTip() == "Needs: All met"


def test_a_shortlist_without_needs_shows_no_count(qtbot, make_window, sample_db):
    sl.create_shortlist(sample_db, "Case 8")
    sl.add_programs(sample_db, "Case 8", [AKUA])
    win = make_window()
    win.shortlists.panel.reload(select="Case 8")
    settle(qtbot)
    assert "need" not in bar_item(win).text() and bar_item(win).toolTip() == ""


def test_the_checklist_asks_about_unknown_needs_first(qtbot, sample_db, case):
    dialog = loaded(qtbot, ChecklistDialog(sample_db, case, AKUA))
    qtbot.addWidget(dialog)
    titles = [b.title().replace("&&", "&") for b in dialog.findChildren(QGroupBox)]  # as shown
    assert titles[0] == "Structure & schedule" and titles[1] == "Fit"
    cl = get_checklist(sample_db, AKUA, case)
    first = next(iter(dialog.rows))
    assert first in cl.need_questions
    html = checklist_html(cl)
    assert html.index("Structure &amp; schedule") < html.index("<h2>Fit</h2>")


def test_hours_can_be_ticked_in_the_edit_dialog(qtbot, sample_db):
    from finder.ui.edit_dialog import EditDialog

    dialog = EditDialog(sample_db, AKUA)
    qtbot.addWidget(dialog)
    qtbot.waitUntil(lambda: "schedule" in dialog.boxes and dialog.program is not None, timeout=10_000)
    titles = [b.title().replace("&&", "&") for b in dialog.findChildren(QGroupBox)]  # as shown
    assert "Hours" in titles
    assert set(dialog.boxes["schedule"]) == {"daytime", "evening", "weekend"}
    dialog.boxes["schedule"]["evening"].setChecked(True)
    assert dialog.changes().get("schedule") == ["evening"]


def test_the_keyboard_reaches_the_bar(qtbot, make_window, case):
    win = make_window()
    activate(qtbot, win)
    win.shortlists.panel.reload(select=case)
    settle(qtbot)
    assert win.shortlists.panel.list.item(0).data(Qt.ItemDataRole.AccessibleTextRole).endswith("0 of 2 needs")


def test_needs_are_ticked_in_the_window_and_the_bar_counts_them(qtbot, make_window, sample_db):
    sl.create_shortlist(sample_db, "Case 9")
    sl.add_programs(sample_db, "Case 9", [AKUA])
    win = make_window()
    panel = win.shortlists.panel
    panel.reload(select="Case 9")
    settle(qtbot)
    assert "what the client needs" in panel.needs_button.toolTip()
    assert win.shortlists.needs_action.isEnabled()
    win.shortlists.needs_action.trigger()
    dialog = panel.needs_dialog
    qtbot.waitExposed(dialog)
    assert not any(box.isChecked() for box in dialog.boxes.values())
    for key in ("payments:medicaid", "schedule:evening"):  # by keyboard: focus the box, Space ticks it
        dialog.boxes[key].setFocus()
        qtbot.keyClick(dialog.boxes[key], Qt.Key.Key_Space)
    qtbot.keyClick(dialog, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: "0 of 2 needs" in bar_item(win).text(), timeout=10_000)
    assert sl.get_shortlist(sample_db, "Case 9").needs == ("payments:medicaid", "schedule:evening")
    assert panel.needs_button.toolTip() == "The client needs: Medicaid, Evening hours"

    panel.needs_button.click()  # opened again: what is stored is ticked; Cancel keeps it
    dialog = panel.needs_dialog
    qtbot.waitExposed(dialog)
    assert [k for k, b in dialog.boxes.items() if b.isChecked()] == ["payments:medicaid", "schedule:evening"]
    dialog.boxes["payments:medicaid"].setChecked(False)
    qtbot.keyClick(dialog, Qt.Key.Key_Escape)
    settle(qtbot)
    assert sl.get_shortlist(sample_db, "Case 9").needs == ("payments:medicaid", "schedule:evening")


def test_a_checklist_answer_settles_the_need_it_asks_about(qtbot, make_window, sample_db, case):
    """'Are there daytime and evening tracks?' answered Yes left 'Unknown: Evening hours'."""
    from datetime import date

    from finder.services.compare import build_comparison
    from finder.services.needs import needs_met

    win = make_window()
    panel = win.shortlists.panel
    panel.reload(select=case)
    settle(qtbot)
    assert "Unknown: Evening hours" in bar_item(win).toolTip()
    panel.list.setCurrentRow(0)
    dialog = win.shortlists.open_checklist()
    loaded(qtbot, dialog)
    row = dialog.rows["sched-day-evening"]
    qtbot.mouseClick(row.buttons["yes"], Qt.MouseButton.LeftButton)
    dialog.close()  # saves what was chosen; the bar reads the shortlist again
    qtbot.waitUntil(lambda: "1 of 2 needs" in bar_item(win).text(), timeout=10_000)
    tip = bar_item(win).toolTip()
    assert "Unknown" not in tip and f"By the checklist, {date.today().isoformat()}: Evening hours: yes" in tip
    info = sl.get_shortlist(sample_db, case)
    assert needs_gap(needs_met(sample_db, info)[AKUA]) == "No: Medicaid"
    [met_row] = [r for r in worded(build_comparison(sample_db, case)).rows if r.key == "needs"]
    assert "Evening" not in " ".join(met_row.cells)
    # a call afterwards that says no is newer, and wins
    from finder.services.calls import log_call

    log_call(sample_db, AKUA, outcome="reached", confirm={"schedule:evening": False})
    assert "Evening hours" in needs_gap(needs_met(sample_db, info)[AKUA])
