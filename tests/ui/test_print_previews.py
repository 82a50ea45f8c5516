"""Every print path opened as a user opens it: the real button or menu, a real event loop, the
preview painted (twice: once more after a garbage collection), then closed. A preview painting
with a printer Python had freed took the whole application down (Compare › Print)."""

from __future__ import annotations

import gc
import re
from pathlib import Path

import pytest
from PySide6.QtCore import Qt, QTimer
from PySide6.QtPrintSupport import QPrintPreviewWidget
from PySide6.QtWidgets import QApplication

from finder.services.compare import build_comparison
from finder.services.importing import import_file
from finder.services.origins import resolve_offline
from finder.services.shortlists import add_programs, create_shortlist
from finder.ui.checklist_dialog import ChecklistDialog
from finder.ui.compare_dialog import CompareDialog
from finder.ui.import_report_dialog import ImportReportDialog
from finder.ui.print_preview import PrintPreview
from tests.services.test_directory_refresh import Edition
from tests.ui.helpers import loaded

pytestmark = pytest.mark.qt_log_ignore("does not support propagateSizeHints")

UI = Path(__file__).resolve().parents[2] / "finder" / "ui"


def close_when_painted(seen: list, tries: int = 400) -> None:
    """Find the open preview once it has pages, paint it again after a collection, note it, close it."""

    def look(left: int) -> None:
        for w in QApplication.topLevelWidgets():
            if isinstance(w, PrintPreview) and w.isVisible() and w.page_count() > 0:
                gc.collect()  # a printer only a local held would be gone now
                w.findChild(QPrintPreviewWidget).updatePreview()
                QApplication.processEvents()
                avail = w.screen().availableGeometry()
                seen.append(
                    {
                        "title": w.windowTitle(),
                        "pages": w.page_count(),
                        "large": w.width() >= 0.8 * avail.width() and w.height() >= 0.8 * avail.height(),
                        "modal": w.isModal(),
                    }
                )
                w.reject()
                return
        if left:
            QTimer.singleShot(50, lambda: look(left - 1))

    QTimer.singleShot(0, lambda: look(tries))


def painted(qtbot, seen: list) -> dict:
    qtbot.waitUntil(lambda: bool(seen), timeout=20_000)
    QApplication.processEvents()
    assert seen[0]["pages"] >= 1 and seen[0]["large"], seen
    return seen[0]


@pytest.fixture
def shortlist(sample_db):
    create_shortlist(sample_db, "Case 2291", origin=resolve_offline("92660"))
    add_programs(sample_db, "Case 2291", [9, 12])
    return "Case 2291"


def test_compare_print_button(qtbot, sample_db, shortlist):
    dlg = CompareDialog(build_comparison(sample_db, shortlist))
    qtbot.addWidget(dlg)
    dlg.show()
    qtbot.waitExposed(dlg)
    seen: list = []
    close_when_painted(seen)
    qtbot.mouseClick(dlg.print_button, Qt.MouseButton.LeftButton)  # a modal loop until closed
    assert painted(qtbot, seen)["title"] == "Print — Case 2291"
    seen.clear()
    dlg.activateWindow()
    qtbot.waitUntil(dlg.isActiveWindow, timeout=5000)
    close_when_painted(seen)
    qtbot.keyClick(dlg.table, Qt.Key.Key_P, Qt.KeyboardModifier.ControlModifier)
    painted(qtbot, seen)
    assert dlg.isVisible()


def test_checklist_print_preview_button(qtbot, sample_db, shortlist):
    dlg = ChecklistDialog(sample_db, shortlist, 9)
    qtbot.addWidget(dlg)
    dlg.show()
    loaded(qtbot, dlg)
    seen: list = []
    close_when_painted(seen)
    qtbot.mouseClick(dlg.preview_button, Qt.MouseButton.LeftButton)
    assert painted(qtbot, seen)["title"].startswith("Print checklist — ")


def test_shortlist_bar_print_and_the_family_handout(qtbot, window, shortlist):
    panel = window.shortlists.panel
    panel.reload(select=shortlist)
    qtbot.waitUntil(lambda: panel.list.count() == 2, timeout=10_000)
    panel.list.setCurrentRow(0)
    seen: list = []
    close_when_painted(seen)
    qtbot.mouseClick(panel.print_button, Qt.MouseButton.LeftButton)
    assert painted(qtbot, seen)["title"].startswith("Print checklist — ")  # as large as the checklist's
    seen.clear()
    close_when_painted(seen)
    window.shortlists.update_enabled()
    assert window.shortlists.handout_action.isEnabled()
    window.shortlists.handout_action.trigger()
    assert painted(qtbot, seen)["title"] == "Family handout — Case 2291"


def test_the_handout_preview_says_what_it_leaves_out(qtbot, window, sample_db, shortlist):
    """A do-not-refer program is not on the family's paper, and the one printing it is told so."""
    from finder.services.editing import set_status

    set_status(sample_db, 12, "do-not-refer", "closed")
    panel = window.shortlists.panel
    panel.reload(select=shortlist)
    qtbot.waitUntil(lambda: panel.list.count() == 2, timeout=10_000)
    window.shortlists.update_enabled()
    seen: list = []
    close_when_painted(seen)
    window.shortlists.handout_action.trigger()
    qtbot.waitUntil(lambda: getattr(window.shortlists, "handout_preview", None) is not None, timeout=10_000)
    notices = [window.shortlists.handout_preview.notice.text()]
    painted(qtbot, seen)
    assert notices == ["Left out 1 program marked do-not-refer."]


def test_import_report_print_button(qtbot, sample_db, tmp_path):
    ed = Edition(sample_db)
    report = import_file(sample_db, ed.write(tmp_path), full=True, backup=False)
    dlg = ImportReportDialog(None, report)
    qtbot.addWidget(dlg)
    dlg.show()
    qtbot.waitExposed(dlg)
    seen: list = []
    close_when_painted(seen)
    qtbot.mouseClick(dlg.print_button, Qt.MouseButton.LeftButton)
    assert painted(qtbot, seen)["title"].startswith("Print — ")


def test_every_printer_and_preview_in_the_window_is_made_in_one_place():
    made = re.compile(r"\b(QPrinter|QPrintPreviewDialog|QPrintDialog)\s*\(")
    elsewhere = [
        f"{p.name}:{n}"
        for p in sorted(UI.glob("*.py"))
        if p.name != "print_preview.py"
        for n, line in enumerate(p.read_text().splitlines(), 1)
        if made.search(line)
    ]
    assert elsewhere == []
    assert made.search((UI / "print_preview.py").read_text())
