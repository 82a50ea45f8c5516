"""The import report window: shortlisted first, a filter, names as typed, print and save; the
results mark and the "hide programs no longer listed" toggle."""

from __future__ import annotations

import json

import pytest
from PySide6.QtCore import Qt

from finder.services.importing import import_file
from finder.services.shortlists import add_programs, create_shortlist
from finder.ui.import_report_dialog import ADDED, ALL, CHANGED, MISSING, SHORTLISTED, ImportReportDialog
from tests.services.test_directory_refresh import NEW_PHONE, Edition

pytestmark = pytest.mark.qt_log_ignore("does not support propagateSizeHints")  # offscreen platform


def _report(sample_db, tmp_path):
    ed = Edition(sample_db)
    create_shortlist(sample_db, "Case 2291")
    add_programs(sample_db, "Case 2291", [ed.gone[0], ed.phone_changed])
    return ed, import_file(sample_db, ed.write(tmp_path), full=True, edition="2025", backup=False)


def _cells(dialog, col):
    t = dialog.table
    return [t.item(r, col).text() for r in range(t.rowCount()) if not t.isRowHidden(r)]


def test_shortlisted_come_first_and_the_filter_narrows(qtbot, sample_db, tmp_path):
    ed, report = _report(sample_db, tmp_path)
    dialog = ImportReportDialog(None, report)
    qtbot.addWidget(dialog)
    dialog.show()

    assert not dialog.isModal()
    assert dialog.headline.text() == "1 program on your shortlists changed; 1 is no longer listed"
    sections = _cells(dialog, 0)
    assert sections[:2] == [SHORTLISTED, SHORTLISTED]
    assert {CHANGED, MISSING, ADDED} <= set(sections)
    phone_row = next(x for x in dialog.lines if x.section == CHANGED and x.program_id == ed.phone_changed)
    assert f"phone: {ed.old_phone} → {NEW_PHONE}" in phone_row.what

    dialog.section.setCurrentIndex(dialog.section.findData(MISSING))
    assert _cells(dialog, 1) == [str(p) for p in ed.gone]
    assert "2 lines" in dialog.shown_label.text()
    dialog.section.setCurrentIndex(dialog.section.findData(ALL))
    qtbot.keyClicks(dialog.text, str(ed.gone[1]))
    assert _cells(dialog, 1) == [str(ed.gone[1])]


def test_a_name_written_as_html_reads_as_typed_and_is_escaped_on_paper(qtbot, sample_db, tmp_path):
    _ed, report = _report(sample_db, tmp_path)
    evil = "<b>CALL 555-0100</b>"
    report.names[report.added_ids[0]] = evil
    dialog = ImportReportDialog(None, report)
    qtbot.addWidget(dialog)
    assert evil in _cells(dialog, 2)
    from finder.ui.import_report_dialog import report_html

    assert evil not in report_html(report) and "&lt;b&gt;CALL 555-0100&lt;/b&gt;" in report_html(report)


def test_print_to_pdf_and_save_json_and_text(qtbot, sample_db, tmp_path):
    ed, report = _report(sample_db, tmp_path)
    dialog = ImportReportDialog(None, report)
    qtbot.addWidget(dialog)
    pdf = dialog.save(tmp_path / "report.pdf")
    assert pdf.read_bytes()[:5] == b"%PDF-" and pdf.stat().st_size > 1000
    data = json.loads(dialog.save(tmp_path / "report.json").read_text())
    assert data["missing"] == ed.gone and data["shortlisted"] == sorted([ed.gone[0], ed.phone_changed])
    dialog.section.setCurrentIndex(dialog.section.findData(MISSING))
    text = dialog.save(tmp_path / "report.txt").read_text()
    assert text.count(MISSING + "\t") == 2 and CHANGED + "\t" not in text


def test_results_mark_delisted_programs_and_the_toggle_hides_them(qtbot, sample_db, tmp_path):
    from finder.services.origins import resolve_origin
    from finder.services.search import search_programs
    from finder.ui.results_model import DELISTED_MARK, ResultsModel
    from finder.ui.search_panel import FilterPanel, SearchPanel

    ed, _ = _report(sample_db, tmp_path)
    panel = SearchPanel(None)
    qtbot.addWidget(panel.filters)
    panel.radius.setValue(500)
    assert panel.criteria().hide_delisted is False
    model = ResultsModel()
    model.set_rows(search_programs(sample_db, resolve_origin("92660"), panel.criteria()).results)
    row = model.row_of(ed.gone[0])
    assert model.index(row, 0).data().startswith(DELISTED_MARK)
    tip = model.index(row, 0).data(Qt.ItemDataRole.ToolTipRole)
    assert "Not in the 2025 directory — may have closed; call to check" in tip

    panel.filters.hide_delisted.setChecked(True)
    assert panel.state()["hide_delisted"] is True
    shown = search_programs(sample_db, resolve_origin("92660"), panel.criteria()).results
    assert not {r.id for r in shown} & set(ed.gone)
    panel.filters.clear()
    assert not panel.filters.hide_delisted.isChecked()
    assert isinstance(panel.filters, FilterPanel)
