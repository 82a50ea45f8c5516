"""The checklist dialog and the comparison window print in the language chosen beside their buttons,
whatever the window's language (issue 19): an English window, Español chosen, Spanish printouts."""

from __future__ import annotations

import csv
import subprocess

import pytest
from PySide6.QtWidgets import QFileDialog, QLabel
from sqlalchemy import select

from finder.db.models import Program
from finder.services.compare import build_comparison
from finder.services.origins import resolve_offline
from finder.services.shortlists import add_programs, create_shortlist
from tests.ui.helpers import loaded

pytestmark = pytest.mark.qt_log_ignore("does not support propagateSizeHints")


def pdftotext(path) -> str:
    return subprocess.run(["pdftotext", str(path), "-"], capture_output=True, text=True, check=True).stdout


def _choose_spanish(dialog) -> None:
    combo = dialog.language
    assert combo.currentData() == "en" and combo.accessibleName() == "Printout language"
    assert [combo.itemText(i) for i in range(combo.count())] == ["English", "Español"]
    assert any(label.buddy() is combo for label in dialog.findChildren(QLabel))
    combo.setCurrentIndex(combo.findData("es"))


def test_checklist_pdf_in_spanish_from_an_english_window(qtbot, sample_db, tmp_path, monkeypatch):
    from finder.ui.checklist_dialog import ChecklistDialog

    with sample_db.Session() as s:
        pid = s.scalars(select(Program.id).where(Program.zip == "92660").order_by(Program.id)).first()
    create_shortlist(sample_db, "Case 2291", origin=resolve_offline("92660"))
    add_programs(sample_db, "Case 2291", [pid])
    d = ChecklistDialog(sample_db, "Case 2291", pid)
    qtbot.addWidget(d)
    d.show()
    loaded(qtbot, d)
    _choose_spanish(d)
    target = tmp_path / "lista.pdf"
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: (str(target), "PDF (*.pdf)"))
    assert d.save_pdf() == str(target)
    text = pdftotext(target)
    for spanish in ("Si es adecuado", "Seguro y costo", "Por qué preguntar:", "Página 1 de"):
        assert spanish in text, spanish
    assert "Why ask:" not in text and "Page 1 of" not in text


def test_comparison_pdf_and_csv_in_spanish_from_an_english_window(qtbot, sample_db, tmp_path):
    from finder.ui.compare_dialog import CompareDialog

    create_shortlist(sample_db, "Case 7", origin=resolve_offline("Newport Beach, CA"))
    add_programs(sample_db, "Case 7", [9, 12, 20])
    dlg = CompareDialog(build_comparison(sample_db, "Case 7"))
    qtbot.addWidget(dlg)
    dlg.show()
    _choose_spanish(dlg)
    assert dlg.save_pdf(str(tmp_path / "c.pdf"))
    text = pdftotext(tmp_path / "c.pdf")
    for spanish in ("Comparación de programas", "Niveles de atención", "Página 1 de"):
        assert spanish in text, spanish
    assert "Levels of care" not in text
    assert dlg.save_csv(str(tmp_path / "c.csv"))
    with open(tmp_path / "c.csv", newline="", encoding="utf-8-sig") as fh:
        rows = list(csv.reader(fh))
    assert rows[0][0] == "Programa" and "Atiende" in [r[0] for r in rows]
