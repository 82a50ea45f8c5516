"""The checklist dialog: answers saved as they are typed, there after reopening, keyboard and printing."""

from __future__ import annotations

import re
from datetime import datetime

import pytest
from pypdf import PdfReader
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QAbstractButton, QLineEdit
from sqlalchemy import select

from finder.db.database import open_database
from finder.db.models import Program
from finder.domain.checklist import QUESTIONS
from finder.services.checklists import get_checklist
from finder.services.origins import resolve_offline
from finder.services.shortlists import add_programs, create_shortlist
from finder.ui.checklist_dialog import SAVE_DELAY_MS, ChecklistDialog

# the offscreen platform cannot resize windows to their size hints and says so; harmless here
pytestmark = pytest.mark.qt_log_ignore("does not support propagateSizeHints")


@pytest.fixture
def pid(sample_db):
    with sample_db.Session() as s:
        pid = s.scalars(select(Program.id).where(Program.zip == "92660").order_by(Program.id)).first()
    create_shortlist(sample_db, "Case 2291", origin=resolve_offline("92660"))
    add_programs(sample_db, "Case 2291", [pid])
    return pid


@pytest.fixture
def open_dialog(qtbot, sample_db, pid):
    def make():
        d = ChecklistDialog(sample_db, "Case 2291", pid)
        qtbot.addWidget(d)
        d.show()
        return d
    return make


def from_another_connection(sample_db, pid):
    """What a fresh process would read: a new engine on the same file."""
    other = open_database(str(sample_db.path), seed=False)
    try:
        return get_checklist(other, pid, "Case 2291")
    finally:
        other.dispose()


def test_typed_answers_are_saved_within_a_second_and_shown_on_reopen(qtbot, sample_db, pid, open_dialog):
    assert SAVE_DELAY_MS <= 1000
    d = open_dialog()
    assert d.progress.text() == f"0 of {len(QUESTIONS)} asked"
    row = d.rows["fit-ages"]
    qtbot.mouseClick(row.buttons["yes"], Qt.MouseButton.LeftButton)
    qtbot.keyClicks(row.note, "mostly 20s")
    d.contact_name.setFocus()
    qtbot.keyClicks(d.contact_name, "Dana, intake")
    assert d.progress.text() == f"2 of {len(QUESTIONS)} asked"
    # no close, no explicit save: a crash now would keep what is in the database
    qtbot.waitUntil(lambda: not d.has_unsaved(), timeout=1000)
    saved = from_another_connection(sample_db, pid)
    assert (saved.answer("fit-ages").answer, saved.answer("fit-ages").note) == ("yes", "mostly 20s")
    contact = saved.answer("after-contact")
    assert contact.note == "Dana, intake" and contact.answer == "yes"
    assert contact.answered_at.date() == datetime.now().date()
    d.close()

    again = open_dialog()
    assert again.rows["fit-ages"].buttons["yes"].isChecked()
    assert again.rows["fit-ages"].note.text() == "mostly 20s"
    assert again.contact_name.text() == "Dana, intake"
    assert again.progress.text() == f"2 of {len(QUESTIONS)} asked"


def test_closing_at_once_still_saves(qtbot, sample_db, pid, open_dialog):
    d = open_dialog()
    row = d.rows["cost-insurance"]
    row.buttons["unsure"].click()
    qtbot.keyClicks(row.note, "ask the insurer")
    d.reject()  # the Close button, before the save timer fires
    saved = from_another_connection(sample_db, pid).answer("cost-insurance")
    assert (saved.answer, saved.note) == ("unsure", "ask the insurer")
    assert saved.answered_by


def test_answers_by_keyboard_and_every_control_named(qtbot, open_dialog):
    d = open_dialog()
    with qtbot.waitActive(d):
        d.activateWindow()
    row = d.rows["sched-hours"]
    row.buttons["yes"].setFocus()
    row.buttons["yes"].click()
    qtbot.keyClick(row.buttons["yes"], Qt.Key.Key_Right)
    assert row.buttons["no"].isChecked() and row.buttons["no"].hasFocus()
    qtbot.keyClick(row.buttons["no"], Qt.Key.Key_Tab)  # on to this question's note
    assert row.note.hasFocus()
    for w in d.findChildren(QLineEdit) + [b for b in d.findChildren(QAbstractButton)
                                          if not b.autoExclusive() and b.group() is None]:
        assert w.focusPolicy() & Qt.FocusPolicy.TabFocus, w
    for r in d.rows.values():
        # Tab reaches the ticked answer of each question; the arrow keys move between answers
        ticked = [b for b in r.buttons.values() if b.isChecked()]
        assert len(ticked) == 1 and ticked[0].focusPolicy() & Qt.FocusPolicy.TabFocus
        assert all(b.accessibleName() for b in r.buttons.values())
        assert r.note.accessibleName()
    assert d.contact_name.accessibleName() and d.contact_when.accessibleName()


def pdf_text(path) -> str:
    return re.sub(r"\s+", " ", " ".join(p.extract_text() for p in PdfReader(path).pages))


def test_save_pdf_filled_and_blank(qtbot, open_dialog, tmp_path, monkeypatch):
    from PySide6.QtWidgets import QFileDialog

    d = open_dialog()
    d.rows["fit-ages"].buttons["no"].click()
    qtbot.keyClicks(d.rows["fit-ages"].note, "adults only")
    target = tmp_path / "out.pdf"
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: (str(target), "PDF (*.pdf)"))
    assert d.save_pdf() == str(target)
    text = pdf_text(target)
    assert "adults only" in text and "☒" in text
    d.blank_copy.setChecked(True)
    d.save_pdf()
    text = pdf_text(target)
    assert "adults only" not in text and "☒" not in text and d.checklist.program.name in text


def test_print_preview_paints_the_checklist(qtbot, open_dialog, monkeypatch):
    from PySide6.QtPrintSupport import QPrintPreviewDialog, QPrintPreviewWidget

    shown = []

    def fake_exec(self):  # show it without blocking the test
        shown.append(self)
        self.open()
        return 0

    monkeypatch.setattr(QPrintPreviewDialog, "exec", fake_exec)
    d = open_dialog()
    d.print_preview()
    assert shown and shown[0].windowTitle().startswith("Print checklist")
    preview = shown[0].findChild(QPrintPreviewWidget)
    qtbot.waitUntil(lambda: preview.pageCount() >= 2, timeout=5000)
    shown[0].close()
