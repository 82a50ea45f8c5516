"""Agency mode in the window: conflict choices, history, owner and private, the Database setting."""

from __future__ import annotations

import pytest
from PySide6.QtWidgets import QWidget
from sqlalchemy import select

from finder.db.models import Program
from finder.services import shortlists as sl
from finder.services.checklists import get_checklist
from finder.services.directory import get_program
from finder.services.editing import edit_program
from finder.ui import conflict_dialog
from finder.ui.workers import task_runner
from tests.ui.helpers import loaded, settle

pytestmark = pytest.mark.qt_log_ignore("does not support propagateSizeHints")


@pytest.fixture
def pid(sample_db, as_user):
    with sample_db.Session() as s:
        return s.scalars(select(Program.id).where(Program.zip == "92660").order_by(Program.id)).first()


def _edit_dialog(qtbot, db, pid):
    from finder.ui.edit_dialog import EditDialog

    d = EditDialog(db, pid)
    qtbot.addWidget(d)
    qtbot.waitUntil(d.is_loaded, timeout=10_000)  # the program is read off the GUI thread
    return d


@pytest.mark.parametrize(
    "choice, phone",
    [(conflict_dialog.OVERWRITE, "949-555-0199"), (conflict_dialog.KEEP_THEIRS, "949-555-0101")],
)
def test_edit_dialog_asks_when_someone_saved_the_same_field(
    qtbot, sample_db, pid, as_user, monkeypatch, choice, phone
):
    d = _edit_dialog(qtbot, sample_db, pid)
    edit_program(sample_db, pid, {"phone": "949-555-0101"})  # alice, while bob has the form open
    as_user("bob")
    asked = []
    monkeypatch.setattr(
        conflict_dialog, "choose", lambda parent, theirs, mine, what: asked.append((theirs, mine)) or choice
    )
    d.edits["phone"].setText("949-555-0199")
    d.save()
    qtbot.waitUntil(lambda: d.result_program is not None, timeout=10_000)  # saved off the GUI thread
    [(theirs, mine)] = asked
    assert [(c.field, c.value, c.who) for c in theirs] == [("phone", "949-555-0101", "alice")]
    assert mine["phone"] == "949-555-0199"
    assert d.result() == d.DialogCode.Accepted and d.result_program.phone == phone
    assert get_program(sample_db, pid).phone == phone


def test_closing_the_conflict_question_saves_nothing_and_keeps_the_form(qtbot, sample_db, pid, monkeypatch):
    d = _edit_dialog(qtbot, sample_db, pid)
    edit_program(sample_db, pid, {"phone": "949-555-0101"})
    monkeypatch.setattr(conflict_dialog, "choose", lambda *a: conflict_dialog.UNDECIDED)
    d.edits["phone"].setText("949-555-0199")
    d.save()
    qtbot.waitUntil(lambda: bool(d.save_button.isEnabled()) and not task_runner().busy(), timeout=10_000)
    assert d.result_program is None and d.edits["phone"].text() == "949-555-0199"
    assert get_program(sample_db, pid).phone == "949-555-0101"


def test_conflict_dialog_lists_their_values_and_records_the_choice(qtbot):
    from datetime import datetime

    from finder.services.conflicts import TheirChange

    theirs = [TheirChange("phone", "Phone", "949-555-0101", "alice", datetime(2026, 3, 2, 10, 5))]
    d = conflict_dialog.ConflictDialog(theirs, {"phone": "949-555-0199"}, "“Harbor Path”")
    qtbot.addWidget(d)
    cells = [d.table.item(0, j).text() for j in range(4)]
    assert cells[0] == "Phone" and "949-555-0101" in cells[1] and "alice" in cells[1]
    assert "2026-03-02 10:05" in cells[1] and cells[2] == "949-555-0199" and cells[3] == "differs"
    d.mine_button.click()
    assert d.choice == conflict_dialog.OVERWRITE


@pytest.mark.parametrize(
    "choice, stored", [(conflict_dialog.KEEP_THEIRS, "yes"), (conflict_dialog.OVERWRITE, "no")]
)
def test_checklist_dialog_asks_when_an_answer_changed_underneath(
    qtbot, sample_db, pid, as_user, monkeypatch, choice, stored
):
    from finder.ui.checklist_dialog import ChecklistDialog

    sl.create_shortlist(sample_db, "Case 3")
    sl.add_programs(sample_db, "Case 3", [pid])
    mine = loaded(qtbot, ChecklistDialog(sample_db, "Case 3", pid))  # read off the GUI thread
    qtbot.addWidget(mine)
    as_user("bob")
    theirs = loaded(qtbot, ChecklistDialog(sample_db, "Case 3", pid))
    qtbot.addWidget(theirs)
    theirs.rows["fit-similar-issues"].buttons["yes"].click()
    theirs.rows["sched-iop-track"].buttons["yes"].click()
    theirs.save_now()
    qtbot.waitUntil(lambda: not theirs.has_unsaved(), timeout=10_000)  # stored as bob
    as_user("alice")
    asked = []
    monkeypatch.setattr(conflict_dialog, "choose", lambda parent, t, m, what: asked.append(t) or choice)
    mine.rows["fit-similar-issues"].buttons["no"].click()
    mine.rows["med-detox"].buttons["unsure"].click()
    mine.save_now()
    qtbot.waitUntil(lambda: not mine.has_unsaved(), timeout=10_000)
    [[change]] = asked
    assert (change.field, change.value, change.who) == ("fit-similar-issues", "yes", "bob")
    cl = get_checklist(sample_db, pid, "Case 3")
    assert cl.answer("fit-similar-issues").answer == stored and cl.answer("med-detox").answer == "unsure"
    assert mine.rows["fit-similar-issues"].answer() == stored and not mine.has_unsaved()


def test_history_dialog_and_details_button_show_who_changed_what(qtbot, sample_db, pid):
    from finder.services.directory import get_program as get
    from finder.ui.details_pane import DetailsPane

    edit_program(sample_db, pid, {"city": "Irvine"})
    holder = QWidget()
    holder.db = sample_db  # the main window keeps its database as `db`
    qtbot.addWidget(holder)
    pane = DetailsPane(holder)
    pane.show_program(get(sample_db, pid))
    dialog = pane.open_history()
    assert dialog is not None
    qtbot.waitUntil(dialog.is_loaded, timeout=10_000)  # read off the GUI thread
    assert dialog.table.rowCount() == 1
    row = [dialog.table.item(0, j).text() for j in range(5)]
    assert row[1:3] == ["alice", "city"] and row[4] == "Irvine"
    assert "alice  city:" in dialog.text()
    dialog.close()


def test_shortlist_panel_shows_the_owner_and_lets_only_them_make_it_private(qtbot, sample_db, as_user):
    from finder.ui.shortlist_panel import ShortlistPanel

    sl.create_shortlist(sample_db, "Case 8")
    panel = ShortlistPanel(sample_db)
    qtbot.addWidget(panel)
    settle(qtbot)  # read off the GUI thread
    assert panel.owner.text() == "" and panel.private_box.isEnabled()  # her own list on her file
    panel.private_box.setChecked(True)
    settle(qtbot)
    assert not sl.get_shortlist(sample_db, "Case 8").shared and panel.private_box.isChecked()
    as_user("bob")
    sl.create_shortlist(sample_db, "Case 9")
    panel.reload()
    settle(qtbot)
    assert [panel.combo.itemText(i) for i in range(panel.combo.count())] == ["Case 9"]
    as_user("alice")
    panel.reload(select="Case 9")
    settle(qtbot)
    assert panel.owner.text() == "· owner bob, shared" and not panel.private_box.isEnabled()


def test_preferences_keep_the_database_and_name(qtbot, monkeypatch):
    from finder.services.history import current_user, set_user_name
    from finder.ui.settings import PreferencesDialog, Settings, database_location

    monkeypatch.delenv("FINDER_USER", raising=False)
    settings = Settings()
    d = PreferencesDialog(settings)
    qtbot.addWidget(d)
    d.database.setText("mysql://nope")
    d.accept()
    assert not d.database_error.isHidden() and "postgresql://" in d.database_error.text()
    assert settings.database() == ""
    d.database.setText("postgresql://casey@db.agency.local/finder")
    d.user_name.setText("Casey Ortiz")
    d.accept()
    try:
        again = Settings()
        assert (again.database(), again.user_name()) == (
            "postgresql://casey@db.agency.local/finder",
            "Casey Ortiz",
        )
        assert current_user() == "Casey Ortiz"
        assert database_location(None, again) == "postgresql://casey@db.agency.local/finder"
        assert database_location("/tmp/x.db", again) == "/tmp/x.db"
        monkeypatch.setenv("FINDER_DB", "/tmp/env.db")
        assert database_location(None, again) == "/tmp/env.db"
    finally:
        set_user_name(None)
