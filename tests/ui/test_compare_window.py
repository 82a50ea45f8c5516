"""The comparison window: the model (qtmodeltester), marked differences, hiding, reordering, output."""

import csv

import pytest
from pypdf import PdfReader
from PySide6.QtCore import Qt
from PySide6.QtGui import QPageLayout
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QMessageBox
from sqlalchemy import select

from finder.db.models import Program
from finder.services.checklists import AnswerChange, record_answers
from finder.services.compare import build_comparison
from finder.services.origins import resolve_offline
from finder.services.shortlists import add_programs, create_shortlist
from finder.texts.compare import worded
from finder.ui.compare_dialog import ChooseProgramsDialog, CompareDialog, open_comparison
from finder.ui.compare_model import DIFFERS_ROLE, KEY_ROLE, ComparisonModel
from tests.ui.helpers import settle

# the offscreen platform says this whenever a dialog is shown; it means nothing to a user
pytestmark = pytest.mark.qt_log_ignore("does not support propagateSizeHints")

DISCOVERY, NSIGHT, DEPAUL = 9, 12, 20
DISPLAY, BACKGROUND = Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.BackgroundRole


@pytest.fixture
def comparison(sample_db):
    create_shortlist(sample_db, "Case 2291", origin=resolve_offline("92660"))
    add_programs(sample_db, "Case 2291", [DISCOVERY, NSIGHT, DEPAUL])
    for pid in (DISCOVERY, NSIGHT, DEPAUL):
        record_answers(sample_db, pid, "Case 2291", [AnswerChange("fit-similar-issues", "yes")])
    record_answers(sample_db, NSIGHT, "Case 2291", [AnswerChange("cost-insurance", "no", "not Aetna")])
    return build_comparison(sample_db, "Case 2291")


def _row_of(model, key):
    return next(
        r for r in range(model.rowCount()) if model.headerData(r, Qt.Orientation.Vertical, KEY_ROLE) == key
    )


def test_model_passes_qtmodeltester(qtmodeltester, comparison):
    model = ComparisonModel(comparison)
    qtmodeltester.check(model, force_py=True)
    assert (model.rowCount(), model.columnCount()) == (len(comparison.rows), 3)
    model.set_hide_same(True)
    model.move_column(0, 2)
    model.remove_column(1)
    qtmodeltester.check(model, force_py=True)


def test_differences_are_shaded_and_marked(qtbot, comparison):
    model = ComparisonModel(comparison)
    v = Qt.Orientation.Vertical
    differs, same = _row_of(model, "q:cost-insurance"), _row_of(model, "q:fit-similar-issues")
    assert [model.data(model.index(differs, c)) for c in range(3)] == [
        "Not asked",
        "No — not Aetna",
        "Not asked",
    ]
    assert model.data(model.index(differs, 1), DIFFERS_ROLE) is True
    assert model.data(model.index(differs, 0), BACKGROUND) is not None
    assert model.headerData(differs, v).startswith("≠ ")  # a mark, not colour alone
    assert model.headerData(differs, v, Qt.ItemDataRole.FontRole).bold()
    assert "differ" in model.data(model.index(differs, 0), Qt.ItemDataRole.ToolTipRole)
    assert (
        model.data(model.index(same, 0)) == "Yes" and model.data(model.index(same, 0), DIFFERS_ROLE) is False
    )
    assert model.data(model.index(same, 0), BACKGROUND) is None
    assert not model.headerData(same, v).startswith("≠")
    assert model.headerData(same, v).startswith("Fit: Have you treated")


def test_hide_same_and_remove_and_move(comparison):
    model = ComparisonModel(comparison)
    model.set_hide_same(True)
    assert model.rowCount() == model.differing_count() == len(worded(comparison).differing)
    keys = {model.headerData(r, Qt.Orientation.Vertical, KEY_ROLE) for r in range(model.rowCount())}
    assert "q:cost-insurance" in keys and "q:fit-similar-issues" not in keys and "status" not in keys
    # without Nsight, nobody differs on the insurance question any more
    assert model.remove_column(1)
    assert model.program_ids() == [DISCOVERY, DEPAUL]
    keys = {model.headerData(r, Qt.Orientation.Vertical, KEY_ROLE) for r in range(model.rowCount())}
    assert "q:cost-insurance" not in keys and "address" in keys
    assert model.move_column(1, 0) and model.program_ids() == [DEPAUL, DISCOVERY]
    assert [p.id for p in model.current().programs] == [DEPAUL, DISCOVERY]
    assert model.remove_column(0) and not model.remove_column(0)  # the last program stays
    assert model.rowCount() == len(comparison.rows)  # one program: nothing differs, nothing hidden


def test_dialog_reorders_removes_and_saves_what_it_shows(qtbot, comparison, tmp_path):
    dlg = CompareDialog(comparison)
    qtbot.addWidget(dlg)
    dlg.show()
    assert "3 programs" in dlg.heading.text() and "92660" in dlg.heading.text()
    dlg.table.horizontalHeader().moveSection(0, 2)  # a drag of the first heading to the end
    assert dlg.model.program_ids() == [NSIGHT, DEPAUL, DISCOVERY]
    assert dlg.table.horizontalHeader().logicalIndex(0) == 0  # the model moved, not just the picture
    dlg.table.setCurrentIndex(dlg.model.index(0, 1))
    dlg.left.click()
    assert dlg.model.program_ids() == [DEPAUL, NSIGHT, DISCOVERY]
    assert dlg.table.currentIndex().column() == 0 and not dlg.left.isEnabled()
    dlg.remove.click()
    assert dlg.model.program_ids() == [NSIGHT, DISCOVERY]
    dlg.only_differences.setChecked(True)
    assert dlg.model.rowCount() == dlg.model.differing_count() < len(comparison.rows)

    assert dlg.save_csv(str(tmp_path / "c.csv"))
    with open(tmp_path / "c.csv", newline="", encoding="utf-8-sig") as fh:
        rows = list(csv.reader(fh))
    assert rows[0][1].startswith("Nsight") and rows[0][2].startswith("Center for Discovery")
    assert len(rows) == 1 + len(comparison.rows)  # the file holds every row, hidden or not
    assert dlg.save_pdf(str(tmp_path / "c.pdf"))
    text = " ".join(p.extract_text() for p in PdfReader(tmp_path / "c.pdf").pages)
    assert "Nsight" in text and "DePaul" not in text


def test_dialog_reports_a_bad_save(qtbot, comparison, tmp_path, monkeypatch):
    dlg = CompareDialog(comparison)
    qtbot.addWidget(dlg)
    shown = []
    monkeypatch.setattr(QMessageBox, "warning", lambda *a: shown.append(a[2]))
    assert not dlg.save_csv(str(tmp_path / "missing" / "c.csv"))
    assert shown and "does not exist" in shown[0]


def test_print_preview_is_landscape(qtbot, comparison):
    dlg = CompareDialog(comparison)
    qtbot.addWidget(dlg)
    preview = dlg.make_preview()
    qtbot.addWidget(preview)
    assert preview.printer().pageLayout().orientation() == QPageLayout.Orientation.Landscape


def test_empty_shortlist_says_so(qtbot, sample_db, monkeypatch):
    create_shortlist(sample_db, "Empty")
    said = []
    monkeypatch.setattr(QMessageBox, "information", lambda *a: said.append(a[2]))
    open_comparison(None, sample_db, "Empty", then=lambda d: pytest.fail("no window"))
    qtbot.waitUntil(lambda: bool(said), timeout=10_000)  # read off the GUI thread
    assert "no programs" in said[0]


def test_more_than_six_asks_which(qtbot, sample_db, monkeypatch):
    with sample_db.Session() as s:
        ids = s.scalars(select(Program.id).order_by(Program.id).limit(8)).all()
    create_shortlist(sample_db, "Big")
    add_programs(sample_db, "Big", ids)
    from finder.services.shortlists import get_shortlist

    chooser = ChooseProgramsDialog(get_shortlist(sample_db, "Big"))
    qtbot.addWidget(chooser)
    ok = chooser.buttons.button(QDialogButtonBox.StandardButton.Ok)
    assert chooser.chosen_ids() == ids[:6] and ok.isEnabled()
    chooser.list.item(7).setCheckState(Qt.CheckState.Checked)
    assert not ok.isEnabled() and "between 1 and 6" in chooser.count.text()
    for i in (0, 1, 2):
        chooser.list.item(i).setCheckState(Qt.CheckState.Unchecked)
    assert ok.isEnabled() and chooser.chosen_ids() == [*ids[3:6], ids[7]]

    def pick(self):  # the user ticks the last four and presses Compare
        for i in range(self.list.count()):
            self.list.item(i).setCheckState(Qt.CheckState.Checked if i >= 4 else Qt.CheckState.Unchecked)
        return QDialog.DialogCode.Accepted

    monkeypatch.setattr(ChooseProgramsDialog, "exec", pick)
    shown = []
    open_comparison(None, sample_db, "Big", then=shown.append)
    qtbot.waitUntil(lambda: bool(shown), timeout=10_000)  # read off the GUI thread
    dlg = shown[0]
    qtbot.addWidget(dlg)
    assert dlg.model.program_ids() == ids[4:]
    asked = []
    monkeypatch.setattr(
        ChooseProgramsDialog, "exec", lambda self: asked.append(1) or QDialog.DialogCode.Rejected
    )
    open_comparison(None, sample_db, "Big", then=shown.append)
    qtbot.waitUntil(lambda: bool(asked), timeout=10_000)
    settle(qtbot)
    assert len(shown) == 1  # cancelled: no second window
