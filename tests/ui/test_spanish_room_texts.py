"""A Spanish window after a call: the details pane and the results' Room column say what the call
found out in Spanish (room, its age, the facts it confirmed, the delisted note), while the English
window keeps the services' own sentences (finder/reports/call_texts.py)."""

from __future__ import annotations

from datetime import date, datetime, timedelta

import pytest
from PySide6.QtCore import Qt

from finder.reports.i18n import install_app_language, remove_app_language
from finder.services import calls
from finder.services.importing.report import DelistedMark
from finder.services.origins import resolve_origin
from finder.services.search import SearchCriteria, search_programs
from finder.texts import availability as room_words
from finder.ui import results_model
from finder.ui.results_model import ROOM_COLUMN, ResultsModel
from tests.ui.helpers import search, select
from tests.ui.test_call_window import open_by_keyboard

pytestmark = pytest.mark.qt_log_ignore("does not support propagateSizeHints")

AKUA, DISCOVERY = 47, 9


def test_a_call_logged_in_a_spanish_window_reads_spanish(qtbot, spanish_window):
    win = spanish_window
    search(qtbot, win, "92660")
    select(qtbot, win, AKUA)
    dialog = open_by_keyboard(qtbot, win)  # Ctrl+L from the results, as a user does
    dialog.spoke_to.setText("Dana")
    dialog.accepting.setCurrentIndex(dialog.accepting.findData("yes"))
    dialog.wait_known.setChecked(True)
    dialog.wait_days.setValue(14)
    dialog.facts["payments:medicaid"].setCurrentIndex(dialog.facts["payments:medicaid"].findData("yes"))
    with qtbot.waitSignal(win.detailsShown, timeout=10_000):
        dialog.save()
    text = win.details.text()
    assert "Cupo: acepta personas nuevas · espera ≈ 14 días · lo dijo " in text and " hoy" in text
    assert "— por teléfono el " in text and "(el directorio dice no)" in text
    assert "accepting" not in text and "by phone" not in text
    m = win.model
    row = m.row_of(AKUA)
    assert m.data(m.index(row, ROOM_COLUMN)) == "Hay cupo · hoy"
    tip = m.data(m.index(row, ROOM_COLUMN), Qt.ItemDataRole.ToolTipRole)
    assert tip.startswith("acepta personas nuevas · espera ≈ 14 días · lo dijo ")


def _model(db):
    model = ResultsModel()
    model.set_rows(search_programs(db, resolve_origin("92660"), SearchCriteria()).results)
    return model


def test_an_old_word_on_room_is_marked_in_spanish_words(sample_db):
    today = date(2026, 11, 26)
    calls.log_call(sample_db, DISCOVERY, outcome="reached", accepting="no", at=datetime(2026, 10, 1, 9, 0))
    results_model.set_today(today)
    install_app_language("es")
    try:
        model = _model(sample_db)
        index = model.index(model.row_of(DISCOVERY), ROOM_COLUMN)
        assert model.data(index) == "Sin cupo · hace 56 d (antiguo)"
        tip = model.data(index, Qt.ItemDataRole.ToolTipRole)
        assert tip.startswith("no acepta personas nuevas · lo dijo ") and tip.endswith(
            "hace 56 días (hace más de 30 días: vuelva a llamar)"
        )
        assert "vuelva a llamar" in model.data(index, Qt.ItemDataRole.AccessibleTextRole)
    finally:
        remove_app_language()
        results_model.set_today(None)
    english = _model(sample_db)
    index = english.index(english.row_of(DISCOVERY), ROOM_COLUMN)
    room = english.row(english.row_of(DISCOVERY)).availability
    results_model.set_today(today)
    try:
        assert english.data(index, Qt.ItemDataRole.ToolTipRole) == room_words.room(room, today)
    finally:
        results_model.set_today(None)


def test_the_delisted_note_in_the_details_and_the_name_tooltip(qtbot, spanish_window):
    from dataclasses import replace

    win = spanish_window
    search(qtbot, win, "92660")
    select(qtbot, win, AKUA)
    mark = DelistedMark((date.today() - timedelta(days=3)).isoformat(), "N-SUMHSS 2025.xlsx", "2025")
    row = replace(win.model.row(win.model.row_of(AKUA)), delisted=mark)
    detail = replace(win.details._detail, delisted=mark)
    win.details.show_program(detail, row)
    assert (
        "⚠ No aparece en el directorio 2025 — puede que haya cerrado; llame para confirmarlo"
        in win.details.text()
    )
    tip = results_model._program_tip(row)
    assert tip.endswith("\nNo aparece en el directorio 2025 — puede que haya cerrado; llame para confirmarlo")
