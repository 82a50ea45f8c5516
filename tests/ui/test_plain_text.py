"""A name written as HTML is shown as typed, never drawn (issue 15).

A program renamed to `<img src=x><font color=red>CALL 555-0100</font><b>Bold</b>` must read as
those characters wherever the window shows it: labels, tooltips, the details pane, dialogs and
message boxes. Qt guesses rich text in labels, tooltips and message boxes, so every check
renders the text the way the widget would and looks at what a user would see.
"""

from __future__ import annotations

from datetime import datetime
from types import SimpleNamespace

import pytest
from PySide6.QtCore import QEvent, Qt, QTimer
from PySide6.QtGui import QHelpEvent, QTextDocument
from PySide6.QtGui import Qt as GuiQt
from PySide6.QtWidgets import QApplication, QLabel, QMessageBox, QToolTip

from finder.services import shortlists as sl
from finder.services.conflicts import TheirChange
from finder.services.editing import edit_program
from finder.ui.dialog_kit import literal
from tests.ui.helpers import search, select

pytestmark = pytest.mark.qt_log_ignore("does not support propagateSizeHints")

HOSTILE = "<img src=x><font color=red>CALL 555-0100</font><b>Bold</b>"
SEEN = "<img src=x><font color=red>"  # what a user must read, character for character
PROGRAM = 47  # a program near 92660 in the sample directory
SHORTLIST = "Case 15"


def rendered(text: str, fmt: Qt.TextFormat = Qt.TextFormat.AutoText) -> str:
    """What a label, tooltip or message box draws for `text`; fails if the HTML holds a picture."""
    rich = fmt == Qt.TextFormat.RichText or (fmt == Qt.TextFormat.AutoText and GuiQt.mightBeRichText(text))
    if not rich:
        return text
    doc = QTextDocument()
    doc.setHtml(text)
    assert "<img" not in doc.toHtml(), "an image element was made from data"
    return doc.toPlainText()


def label_shows(label: QLabel) -> str:
    return rendered(label.text(), label.textFormat())


@pytest.fixture
def hostile_db(sample_db):
    edit_program(sample_db, PROGRAM, {"name": HOSTILE})
    sl.create_shortlist(sample_db, SHORTLIST)
    sl.add_programs(sample_db, SHORTLIST, [PROGRAM])
    return sample_db


@pytest.fixture
def win(qtbot, hostile_db, make_window):
    w = make_window(hostile_db)
    search(qtbot, w, "92660")
    select(qtbot, w, PROGRAM)
    return w


def test_literal_leaves_ordinary_text_alone_and_escapes_what_qt_would_draw():
    assert literal("Already on “Case 2291”") == "Already on “Case 2291”"
    assert literal("Fish & Chips <3") == "Fish & Chips <3"  # not HTML to Qt: shown as is already
    assert SEEN in rendered(literal(HOSTILE))
    assert rendered(literal("a &lt; b\nsecond line")) == "a &lt; b\nsecond line"


@pytest.mark.qt_log_ignore("does not support raise")  # the offscreen platform, showing the tooltip
def test_results_tooltip_shows_the_name_as_typed(qtbot, win):
    table = win.table
    index = win.model.index(win.model.row_of(PROGRAM), 0)
    table.scrollTo(index)
    pos = table.visualRect(index).center()
    event = QHelpEvent(QEvent.Type.ToolTip, pos, table.viewport().mapToGlobal(pos))
    QApplication.sendEvent(table.viewport(), event)
    qtbot.waitUntil(lambda: bool(QToolTip.text()), timeout=2000)
    assert SEEN in rendered(QToolTip.text())
    QToolTip.hideText()


def test_details_pane_shows_markup_as_text(win):
    browser = win.details.browser
    assert SEEN in browser.toPlainText()
    assert "CALL 555-0100</font><b>Bold</b>" in browser.toPlainText()
    assert "<img" not in browser.toHtml()
    win.details.grab().save("/tmp/plain_details.png")


def test_shortlist_bar_lists_the_name_as_typed(win):
    panel = win.shortlists.panel
    assert panel.current_name() == SHORTLIST
    item = panel.list.item(0)
    assert item.text().startswith(HOSTILE)  # list items are never rich text
    for label in (panel.count, panel.owner):
        assert label.textFormat() == Qt.TextFormat.PlainText


def test_do_not_refer_dialog_shows_the_name_as_typed(qtbot, win):
    from finder.ui.directory_actions import DoNotReferDialog

    dlg = DoNotReferDialog(win.selected_row().name, win)
    qtbot.addWidget(dlg)
    dlg.show()
    assert dlg.intro.textFormat() == Qt.TextFormat.PlainText
    assert f"Mark “{HOSTILE}” as do-not-refer?" in label_shows(dlg.intro)
    dlg.grab().save("/tmp/plain_do_not_refer.png")


def test_conflict_dialog_shows_their_markup_as_text(qtbot):
    from finder.ui.conflict_dialog import ConflictDialog

    theirs = [TheirChange("name", "Name", HOSTILE, "<b>Casey</b>", datetime(2026, 3, 4, 10, 30))]
    dlg = ConflictDialog(theirs, {"name": "Harbor Path"}, f"“{HOSTILE}”")
    qtbot.addWidget(dlg)
    assert dlg.intro.textFormat() == Qt.TextFormat.PlainText
    assert label_shows(dlg.intro).startswith(f"<b>Casey</b> saved changes to “{HOSTILE}”")
    their = dlg.table.item(0, 1)
    assert their.text().startswith(HOSTILE)
    assert SEEN in rendered(their.toolTip()) and "<b>Casey</b>" in rendered(their.toolTip())


def test_checklist_header_and_title_show_the_name_as_typed(qtbot, win):
    from finder.ui.checklist_dialog import ChecklistDialog

    dlg = ChecklistDialog(win.db, SHORTLIST, PROGRAM)
    qtbot.addWidget(dlg)
    qtbot.waitUntil(dlg.is_loaded, timeout=10_000)  # read off the GUI thread
    assert dlg.header.textFormat() == Qt.TextFormat.RichText
    assert label_shows(dlg.header).startswith(HOSTILE)
    assert HOSTILE in dlg.windowTitle()
    for label in dlg.findChildren(QLabel):  # none of them draws a picture from data
        label_shows(label)
        rendered(label.toolTip())
    dlg.abandon()


def test_compare_window_headers_and_tooltips_show_the_name_as_typed(qtbot, win):
    from finder.ui.compare_dialog import open_comparison

    shown = []
    open_comparison(win, win.db, SHORTLIST, then=shown.append)
    qtbot.waitUntil(lambda: bool(shown), timeout=10_000)  # read off the GUI thread
    dlg = shown[0]
    m = dlg.model
    heading = m.headerData(0, Qt.Orientation.Horizontal)  # headers are plain text, wrapped at spaces
    assert " ".join(heading.split()).startswith(HOSTILE)
    assert SEEN in rendered(m.headerData(0, Qt.Orientation.Horizontal, Qt.ItemDataRole.ToolTipRole))
    assert SEEN in rendered(m.data(m.index(0, 0), Qt.ItemDataRole.ToolTipRole))
    assert dlg.heading.textFormat() == Qt.TextFormat.PlainText
    dlg.close()


def test_history_dialog_shows_the_change_as_typed(qtbot, win):
    from finder.ui.history_dialog import HistoryDialog

    dlg = HistoryDialog(win.db, PROGRAM, HOSTILE)
    qtbot.addWidget(dlg)
    qtbot.waitUntil(dlg.is_loaded, timeout=10_000)
    assert HOSTILE in dlg.windowTitle()
    cells = [
        dlg.table.item(r, c) for r in range(dlg.table.rowCount()) for c in range(dlg.table.columnCount())
    ]
    changed = [it for it in cells if it.text() == HOSTILE]
    assert changed, "the rename is in the history"
    assert all(SEEN in rendered(it.toolTip()) for it in changed)


def test_shortlist_error_box_shows_the_name_as_typed(qtbot, win):
    sl.create_shortlist(win.db, HOSTILE)
    seen = []

    def read_box():
        box = QApplication.activeModalWidget()
        if not isinstance(box, QMessageBox):
            QTimer.singleShot(20, read_box)
            return
        seen.append(rendered(box.text(), box.textFormat()))
        box.accept()

    QTimer.singleShot(0, read_box)
    win.shortlists.panel.new_shortlist(HOSTILE)  # the same name again: refused
    qtbot.waitUntil(lambda: bool(seen), timeout=10_000)
    assert seen and f"a shortlist named '{HOSTILE}' already exists" in seen[0]


def test_edit_dialog_title_and_field_show_the_name_as_typed(qtbot, win):
    from finder.ui.edit_dialog import EditDialog

    dlg = EditDialog(win.db, PROGRAM)
    qtbot.addWidget(dlg)
    qtbot.waitUntil(dlg.is_loaded, timeout=10_000)
    assert dlg.windowTitle() == f"Edit program — {HOSTILE}"
    assert dlg.edits["name"].text() == HOSTILE
    assert dlg.verified_label.textFormat() == Qt.TextFormat.PlainText


def test_about_box_escapes_what_the_directory_file_says():
    from finder.ui.result_texts import about_html

    facts = SimpleNamespace(source=HOSTILE, as_of="<b>2026</b>")
    shown = rendered(about_html("1.0", facts, "Citation & thanks"), Qt.TextFormat.RichText)
    assert SEEN in shown and "(as of <b>2026</b>)" in shown and "Citation & thanks" in shown
