"""Referrals in the window: the shortlist bar's word, Refer… (Ctrl+R), the status menu, the Referrals
list, File › Report… with its chart and print preview, and Record unmet need on an empty search."""

from __future__ import annotations

import os
from datetime import date, timedelta

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialog

from finder.services import referrals as rf
from finder.services import shortlists as sl
from finder.services.unmet import record_unmet
from tests.ui.helpers import search, settle

CASE = "Case 2291"
pytestmark = pytest.mark.qt_log_ignore("does not support propagateSizeHints")


def _morning(db) -> None:
    sl.create_shortlist(db, CASE)
    sl.add_programs(db, CASE, [47, 48, 49])
    for pid in (47, 48, 49):
        rf.refer(db, pid, shortlist=CASE, on="2026-12-01")
    rf.set_status(db, 47, shortlist=CASE, status="intake-scheduled", on="2026-12-02", intake="2026-12-15")
    rf.set_status(db, 48, shortlist=CASE, status="intake-scheduled", on="2026-12-03", intake="2026-12-18")
    rf.set_status(db, 48, shortlist=CASE, status="no-show", on="2026-12-18")
    rf.set_status(db, 49, shortlist=CASE, status="declined-by-client", on="2026-12-02")
    record_unmet(db, near="92660", needs="medicaid,adolescents,iop", on="2026-12-01")


def test_the_bar_says_where_each_referral_stands_and_the_report_draws_its_chart(
    qtbot, sample_db, make_window
):
    _morning(sample_db)
    win = make_window()
    win.shortlists.panel.reload(select=CASE)
    settle(qtbot)
    texts = [win.shortlists.panel.list.item(i).text() for i in range(win.shortlists.panel.list.count())]
    assert any("Intake Dec 15" in t for t in texts), texts
    assert any("No-show Dec 18" in t for t in texts), texts
    dialog = win.referrals.show_report(date(2026, 12, 1), date(2026, 12, 1))
    qtbot.waitExposed(dialog)
    qtbot.waitUntil(lambda: dialog.report is not None, timeout=10_000)
    assert dialog.report.referrals == 3 and dialog.chart.histogram == {14: 1, 17: 1}
    assert "Within 10 business days" in dialog.text.toPlainText()
    shot = os.environ.get("FINDER_REPORT_SHOT")
    if shot:
        dialog.grab().save(shot)
    dialog.printRequested.emit()
    qtbot.waitUntil(
        lambda: win.referrals.preview is not None and win.referrals.preview.page_count() >= 1, timeout=10_000
    )
    win.referrals.preview.close()
    dialog.close()


def test_refer_with_ctrl_r_then_set_a_status(qtbot, sample_db, make_window, monkeypatch):
    sl.create_shortlist(sample_db, CASE)
    sl.add_programs(sample_db, CASE, [47])
    win = make_window()
    win.shortlists.panel.reload(select=CASE)
    settle(qtbot)
    win.shortlists.panel.list.setCurrentRow(0)
    win.shortlists.panel.list.setFocus()
    accepted = []

    def accept(self):
        accepted.append(type(self).__name__)
        return QDialog.DialogCode.Accepted

    monkeypatch.setattr(QDialog, "exec", accept)
    qtbot.keyClick(win.shortlists.panel.list, Qt.Key.Key_R, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(lambda: rf.list_referrals(sample_db) != [], timeout=10_000)
    assert accepted[0] == "ReferDialog"
    qtbot.waitUntil(lambda: "consent" in win.statusBar().currentMessage(), timeout=5000)  # no box to close
    settle(qtbot)
    win.shortlists.panel.list.setCurrentRow(0)
    win.referrals.set_status("intake-scheduled")
    qtbot.waitUntil(lambda: rf.list_referrals(sample_db)[0].status == "intake-scheduled", timeout=10_000)
    assert rf.list_referrals(sample_db)[0].intake_on == date.today()
    settle(qtbot)
    assert "Intake" in win.shortlists.panel.list.item(0).text()


def test_an_empty_search_offers_to_record_the_unmet_need(qtbot, window, sample_db, monkeypatch):
    search(qtbot, window, "60601", radius=1)
    if window.last_result().results:  # the sample has programs there: look where it has none
        search(qtbot, window, "99501", radius=1)
    assert window.referrals.unmet_button.isVisible()
    monkeypatch.setattr(
        QDialog, "exec", lambda self: (self.needs.setText("medicaid,iop"), QDialog.DialogCode.Accepted)[1]
    )
    window.referrals.unmet_button.click()
    qtbot.waitUntil(
        lambda: len(__import__("finder.services.unmet", fromlist=["x"]).list_unmet(sample_db)) == 1,
        timeout=10_000,
    )


def test_the_referrals_list_opens(qtbot, sample_db, make_window):
    _morning(sample_db)
    rf.set_status(
        sample_db,
        47,
        shortlist=CASE,
        status="intake-scheduled",
        intake=(date.today() + timedelta(days=3)).isoformat(),
    )
    win = make_window()
    win.referrals.show_referrals()
    qtbot.waitUntil(
        lambda: win.referrals.dialog is not None and win.referrals.dialog.isVisible(), timeout=10_000
    )
    items = [win.referrals.dialog.list.item(i).text() for i in range(win.referrals.dialog.list.count())]
    assert any("No-shows (1)" in t for t in items) and any("Intakes due (1)" in t for t in items), items
    win.referrals.dialog.close()
