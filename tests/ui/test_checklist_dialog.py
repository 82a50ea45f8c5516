"""The checklist dialog: answers saved as they are typed, there after reopening, keyboard and printing."""

from __future__ import annotations

import re
from datetime import datetime

import pytest
from pypdf import PdfReader
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QAbstractButton, QLineEdit
from sqlalchemy import select

from finder.db.models import Program
from finder.domain.checklist import QUESTIONS
from finder.services.checklists import get_checklist
from finder.services.opening import open_database
from finder.services.origins import resolve_offline
from finder.services.shortlists import add_programs, create_shortlist
from finder.ui.checklist_dialog import SAVE_DELAY_MS, ChecklistDialog
from tests.ui.helpers import loaded, settle

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
        return loaded(qtbot, d)  # it opens at once and fills in when read

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
    row = d.rows["cost-insurance"]
    qtbot.mouseClick(row.buttons["yes"], Qt.MouseButton.LeftButton)
    qtbot.keyClicks(row.note, "Medicaid too")
    qtbot.keyClicks(d.rows["fit-ages"].note, "mostly 20s")  # an open question: its note answers it
    d.contact_name.setFocus()
    qtbot.keyClicks(d.contact_name, "Dana, intake")
    # the contact belongs to the call: it is not one of the questions asked
    assert d.progress.text() == f"2 of {len(QUESTIONS)} asked"
    # no close, no explicit save: a crash now would keep what is in the database
    qtbot.waitUntil(lambda: not d.has_unsaved(), timeout=1000)
    saved = from_another_connection(sample_db, pid)
    assert (saved.answer("cost-insurance").answer, saved.answer("cost-insurance").note) == (
        "yes",
        "Medicaid too",
    )
    assert (saved.answer("fit-ages").answer, saved.answer("fit-ages").note) == ("answered", "mostly 20s")
    assert saved.contact.name == "Dana, intake" and saved.asked == 2
    assert saved.contact.at.date() == datetime.now().date()
    d.close()

    again = open_dialog()
    assert again.rows["cost-insurance"].buttons["yes"].isChecked()
    assert again.rows["fit-ages"].note.text() == "mostly 20s"
    assert again.contact_name.text() == "Dana, intake"
    assert again.progress.text() == f"2 of {len(QUESTIONS)} asked"


def test_open_questions_show_only_their_answer_box(qtbot, open_dialog):
    from PySide6.QtWidgets import QRadioButton

    d = open_dialog()
    for q in QUESTIONS:
        row = d.rows[q.id]
        radios = row.findChildren(QRadioButton)
        if q.kind == "open":
            assert radios == [] and row.buttons == {}, q.id
            assert row.note.isVisible() and row.note.accessibleName().startswith("Answer to question")
        else:
            assert len(radios) == 4, q.id
    # the sources are the articles' titles, never the hashed file names
    from PySide6.QtWidgets import QLabel

    texts = " ".join(label.text() + label.toolTip() for label in d.findChildren(QLabel))
    assert ".txt" not in texts and "questions to ask" in texts


def test_closing_at_once_still_saves(qtbot, sample_db, pid, open_dialog):
    d = open_dialog()
    row = d.rows["cost-insurance"]
    row.buttons["unsure"].click()  # no name set in Preferences: none recorded, never the login name
    qtbot.keyClicks(row.note, "ask the insurer")
    d.reject()  # the Close button, before the save timer fires
    settle(qtbot)  # the save sent on closing lands
    saved = from_another_connection(sample_db, pid).answer("cost-insurance")
    assert (saved.answer, saved.note) == ("unsure", "ask the insurer")
    assert saved.answered_by == ""


def test_answers_by_keyboard_and_every_control_named(qtbot, open_dialog):
    d = open_dialog()
    with qtbot.waitActive(d):
        d.activateWindow()
    row = d.rows["sched-day-evening"]
    row.buttons["yes"].setFocus()
    row.buttons["yes"].click()
    # the arrow keys choose the next or previous answer, as in any radio group
    qtbot.keyClick(row.buttons["yes"], Qt.Key.Key_Right)
    assert row.buttons["no"].hasFocus() and row.answer() == "no"
    qtbot.keyClick(row.buttons["no"], Qt.Key.Key_Right)
    assert row.buttons["unsure"].hasFocus() and row.answer() == "unsure"
    qtbot.keyClick(row.buttons["unsure"], Qt.Key.Key_Left)
    assert row.buttons["no"].hasFocus() and row.answer() == "no"
    qtbot.keyClick(row.buttons["no"], Qt.Key.Key_Tab)  # on to this question's note
    assert row.note.hasFocus()
    for w in d.findChildren(QLineEdit) + [
        b for b in d.findChildren(QAbstractButton) if not b.autoExclusive() and b.group() is None
    ]:
        assert w.focusPolicy() & Qt.FocusPolicy.TabFocus, w
    for r in d.rows.values():
        if r.is_open:
            continue
        # Tab reaches the ticked answer of each question; the arrow keys move between answers
        ticked = [b for b in r.buttons.values() if b.isChecked()]
        assert len(ticked) == 1 and ticked[0].focusPolicy() & Qt.FocusPolicy.TabFocus
        assert all(b.accessibleName() for b in r.buttons.values())
        assert r.note.accessibleName()
    assert d.contact_name.accessibleName() and d.contact_when.accessibleName()


def test_tab_walks_the_date_then_the_first_question_with_no_invisible_stops(qtbot, open_dialog):
    d = open_dialog()
    with qtbot.waitActive(d):
        d.activateWindow()
    d.contact_name.setFocus()
    qtbot.keyClick(d.contact_name, Qt.Key.Key_Tab)
    assert d.contact_when.hasFocus() and d.contact_when.calendarPopup()
    qtbot.keyClick(d.contact_when, Qt.Key.Key_Tab)  # the date and time are one stop, not five
    first = d.rows[QUESTIONS[0].id]
    assert first.buttons["not-asked"].hasFocus()  # the ticked answer of question 1, nothing in between
    # every Tab stop shows something a user can see and name
    w = d.focusWidget()
    for _ in range(20):
        qtbot.keyClick(w, Qt.Key.Key_Tab)
        w = d.focusWidget()
        assert w.isVisible() and w.accessibleName(), w


def test_ctrl_p_opens_a_large_print_preview(qtbot, open_dialog, monkeypatch):
    from PySide6.QtGui import QGuiApplication
    from PySide6.QtPrintSupport import QPrintPreviewDialog

    shown = []

    def fake_exec(self):
        shown.append(self)
        self.open()
        return 0

    monkeypatch.setattr(QPrintPreviewDialog, "exec", fake_exec)
    d = open_dialog()
    with qtbot.waitActive(d):
        d.activateWindow()
    qtbot.keyClick(d.rows["cost-insurance"].note, Qt.Key.Key_P, Qt.KeyboardModifier.ControlModifier)
    assert shown, "Ctrl+P did not open the print preview"
    avail = QGuiApplication.primaryScreen().availableGeometry()
    assert shown[0].width() >= min(900, avail.width() * 0.8)  # not 692 x 533
    shown[0].close()


def test_dialog_fits_the_screen_and_its_buttons_stay_on_it(qtbot, open_dialog):
    from PySide6.QtGui import QGuiApplication

    d = open_dialog()
    qtbot.waitExposed(d)
    avail = QGuiApplication.primaryScreen().availableGeometry()
    assert d.frameGeometry().height() <= avail.height() and d.frameGeometry().width() <= avail.width()
    for b in (d.preview_button, d.pdf_button):
        bottom = b.mapTo(d, b.rect().bottomLeft()).y()
        assert b.isVisible() and bottom <= d.height(), b.text()
    assert d.scroll.verticalScrollBar().maximum() > 0  # the questions scroll inside


def _contrast(a, b) -> float:
    def lum(c):
        def ch(v):
            v /= 255
            return v / 12.92 if v <= 0.03928 else ((v + 0.055) / 1.055) ** 2.4

        return 0.2126 * ch(c.red()) + 0.7152 * ch(c.green()) + 0.0722 * ch(c.blue())

    hi, lo = sorted((lum(a), lum(b)), reverse=True)
    return (hi + 0.05) / (lo + 0.05)


def test_answers_are_readable_in_a_dark_palette(qtbot, qapp, open_dialog):
    from PySide6.QtGui import QColor, QPalette

    old = qapp.palette()
    dark = QPalette()
    for role in (QPalette.ColorRole.Window, QPalette.ColorRole.Base, QPalette.ColorRole.Button):
        dark.setColor(role, QColor(32, 32, 36))
    for role in (QPalette.ColorRole.WindowText, QPalette.ColorRole.Text, QPalette.ColorRole.ButtonText):
        dark.setColor(role, QColor(225, 225, 225))
    qapp.setPalette(dark)
    try:
        d = open_dialog()
        row = d.rows["cost-insurance"]
        for w in [*row.buttons.values(), row.note, d.rows["fit-ages"].note]:
            pal = w.palette()
            fg, bg = pal.color(w.foregroundRole()), pal.color(w.backgroundRole())
            assert _contrast(fg, bg) >= 4.5, (w.accessibleName(), fg.name(), bg.name())
            assert "color" not in w.styleSheet()  # palette roles only
        # what is painted, too: the button's label is light on dark
        img = row.buttons["yes"].grab().toImage()
        pixels = [img.pixelColor(x, y) for x in range(img.width()) for y in range(img.height())]
        assert max(_contrast(p, pal.color(QPalette.ColorRole.Window)) for p in pixels) >= 4.5
    finally:
        qapp.setPalette(old)


def pdf_text(path) -> str:
    return re.sub(r"\s+", " ", " ".join(p.extract_text() for p in PdfReader(path).pages))


def test_save_pdf_filled_and_blank(qtbot, open_dialog, tmp_path, monkeypatch):
    from PySide6.QtWidgets import QFileDialog

    from finder.ui import dialog_kit

    d = open_dialog()
    d.rows["cost-insurance"].buttons["no"].click()
    qtbot.keyClicks(d.rows["cost-insurance"].note, "adults only")
    target = tmp_path / "out.pdf"
    asked, said = [], []
    monkeypatch.setattr(
        QFileDialog, "getSaveFileName", lambda *a, **k: asked.append(a) or (str(target), "PDF (*.pdf)")
    )
    monkeypatch.setattr(
        dialog_kit, "say_saved", lambda w, path, what="": said.append((path, what)) or "Saved"
    )
    assert d.save_pdf() == str(target)
    suggested = asked[0][2]
    name = dialog_kit.safe_file_stem(d.checklist.program.name)
    assert suggested.endswith(f"Checklist-{name}.pdf") and f"checklist-{d.program_id}" not in suggested
    assert said == [(str(target), "checklist PDF")]
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
    finished = []
    d.finished.connect(finished.append)
    d.reject()
    assert finished  # the shortlist bar listens to it to keep its selection


def test_abandon_writes_nothing_and_leaves_no_pending_file(qtbot, sample_db, pid, open_dialog):
    from finder.services.checklists import AnswerChange
    from finder.services.pending_answers import load_pending, pending_path, save_pending

    d = open_dialog()
    qtbot.keyClicks(d.rows["fit-intake"].note, "typed just before the restore")
    d.rows["cost-insurance"].buttons["yes"].click()
    # a pending-answers file from an earlier failed save of this checklist
    save_pending(sample_db.url, "Case 2291", pid, [AnswerChange("cost-insurance", "no")])
    assert d.has_unsaved()
    d.abandon()  # well within SAVE_DELAY_MS
    assert not d.isVisible() and not d.has_unsaved()
    qtbot.wait(SAVE_DELAY_MS * 2)
    saved = from_another_connection(sample_db, pid)
    assert saved.asked == 0 and saved.answer("fit-intake").note == ""
    assert not pending_path(sample_db.url, "Case 2291", pid).exists()
    assert load_pending(sample_db.url, "Case 2291", pid) == []


def test_a_section_title_keeps_its_ampersand(qtbot, open_dialog):
    """ "Structure & schedule" read "Structure _schedule": the & became a shortcut mark."""
    from PySide6.QtGui import QAccessible
    from PySide6.QtWidgets import QGroupBox

    d = open_dialog()
    names = [
        QAccessible.queryAccessibleInterface(b).text(QAccessible.Text.Name) for b in d.findChildren(QGroupBox)
    ]
    assert "Structure & schedule" in names, names
