"""More of the Spanish window: a failed search, the call dialog's outcomes and facts, the
shortlist bar's needs, progress and error texts (issue 19)."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel

from finder.services import shortlists as sl
from tests.ui.helpers import search, select, settle
from tests.ui.test_call_window import open_by_keyboard

pytestmark = pytest.mark.qt_log_ignore("does not support propagateSizeHints")

AKUA = 47


def test_a_search_that_cannot_run_says_so_in_spanish(qtbot, spanish_window):
    win = spanish_window
    search(qtbot, win, "00000")
    assert win.empty_label.text().startswith("No se puede buscar: ")
    assert win.count_label.text() == "No se buscó nada."
    assert win.details.text().startswith("Seleccione un programa")
    assert win.table.accessibleName() == "Resultados de la búsqueda"


def test_the_call_dialog_names_outcomes_and_facts_in_spanish(qtbot, spanish_window):
    win = spanish_window
    search(qtbot, win, "92660")
    select(qtbot, win, AKUA)
    dialog = open_by_keyboard(qtbot, win)  # Ctrl+L from the results, as a user does
    outcomes = [dialog.outcome.itemText(i) for i in range(dialog.outcome.count())]
    assert outcomes == ["Contestaron", "Buzón de voz", "No contestaron", "Número equivocado", "Cerrado"]
    labels = {w.text() for w in dialog.findChildren(QLabel)}
    assert {"Teléfono", "Dirección", "Horario de tarde-noche", "Ambulatorio intensivo (IOP)"} <= labels
    assert dialog.facts["schedule:evening"].accessibleName() == "Horario de tarde-noche: confirmado"
    english = {"Phone", "Address", "Evening hours", "Medicaid ", "Reached", "Voicemail"}
    assert not labels & english
    qtbot.keyClick(dialog.outcome, Qt.Key.Key_Tab)
    qtbot.keyClicks(dialog.spoke_to, "Ana")
    with qtbot.waitSignal(win.detailsShown, timeout=10_000):  # Ctrl+Return saves in Spanish too
        qtbot.keyClick(dialog.spoke_to, Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)
    assert (
        "Llamada a" in win.statusBar().currentMessage() and "Contestaron" in win.statusBar().currentMessage()
    )


def test_the_shortlist_bar_counts_needs_in_spanish(qtbot, spanish_window, sample_db):
    sl.create_shortlist(sample_db, "Caso 7", client_needs="medicaid,evening")
    sl.add_programs(sample_db, "Caso 7", [AKUA])
    panel = spanish_window.shortlists.panel
    panel.reload(select="Caso 7")
    settle(qtbot)
    item = panel.list.item(0)
    assert "0 de 2 necesidades" in item.text()
    assert item.toolTip() == "Necesidades: No: Medicaid · No se sabe: Horario de tarde-noche"
    assert panel.owner.text() == ""  # one person on one workstation: no word of owners
    assert panel.needs_button.text() == "Necesidades…"
    assert "referencia de caso" in panel.combo.toolTip() and "case reference" not in panel.combo.toolTip()
    assert panel.combo.accessibleDescription() == panel.combo.toolTip()


def test_an_unexpected_error_is_told_in_spanish(spanish_window):
    from finder.ui.workers import unexpected_message

    text = unexpected_message(ValueError("x"))
    assert text.startswith("algo salió mal (ValueError); los detalles están en ")


def test_the_results_cells_and_their_tooltips_are_spanish(qtbot, spanish_window):
    from tests.ui.helpers import cell

    win = spanish_window
    search(qtbot, win, "92660")
    m = win.model
    rows = range(m.rowCount())
    treats = " ".join(cell(win, r, 3) for r in rows)
    levels = " ".join(cell(win, r, 4) for r in rows)
    assert "Adicciones" in treats and "Addiction" not in treats
    assert "Ambulatorio" in levels and "Outpatient" not in levels
    tips = [m.data(m.index(r, 4), Qt.ItemDataRole.ToolTipRole) for r in rows]
    assert any("Los datos nacionales no registran" in t for t in tips)
    assert not any("national data" in t for t in tips)


def test_the_languages_a_program_speaks_are_named_in_spanish(qtbot, spanish_window):
    win = spanish_window
    search(qtbot, win, "92660")
    select(qtbot, win, AKUA)
    text = win.details.text()
    languages = text[text.index("Idiomas") :].split("\n")[:2]  # the row's heading and its value
    assert "Lengua de señas" in " ".join(languages), languages
