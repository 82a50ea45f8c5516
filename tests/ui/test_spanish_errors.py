"""What the services refuse reads in Spanish in a Spanish window: a ZIP not found, a shortlist name
already taken, a broken rule of the edit form, a file that cannot be imported.

The services raise English templates (finder.errors.UserError); the window shows them through
finder.reports.i18n.user_message, so no English sentence is left in what a user reads.
"""

from __future__ import annotations

import pytest
from PySide6.QtWidgets import QDialogButtonBox, QMessageBox

from finder.services import shortlists as sl
from finder.services.directory import get_program
from tests.ui.helpers import search, settle

pytestmark = pytest.mark.qt_log_ignore("does not support propagateSizeHints")

ENGLISH = (
    "was not found",
    "offline",
    "already exists",
    "choose another",
    "is not a ZIP",
    "is required",
    "is empty",
    "not imported",
    "unknown layout",
    "gazetteer",
)


def no_english(text: str) -> None:
    assert not [w for w in ENGLISH if w in text], text


def test_a_zip_not_found_says_why_in_spanish(qtbot, spanish_window):
    win = spanish_window
    search(qtbot, win, "00000")
    shown = win.empty_label.text()
    assert (
        shown
        == "No se puede buscar: el código postal 00000 no está en la lista de códigos postales sin conexión"
    )
    no_english(shown)
    assert win.count_label.text() == "No se buscó nada."


def test_a_shortlist_name_taken_is_refused_in_spanish(qtbot, spanish_window, monkeypatch):
    win = spanish_window
    sl.create_shortlist(win.db, "Caso 2291")
    boxes = []
    monkeypatch.setattr(QMessageBox, "warning", lambda parent, title, text, *a: boxes.append(text))
    win.shortlists.panel.new_shortlist("caso 2291")  # the same name again, as typed in the New dialog
    qtbot.waitUntil(lambda: bool(boxes), timeout=10_000)
    text = boxes[0]
    assert text == "ya existe una lista corta llamada 'Caso 2291'; elija otro nombre o agregue a esa"
    no_english(text)
    assert [s.name for s in sl.list_shortlists(win.db)] == ["Caso 2291"]


def test_the_edit_form_shows_its_rules_in_spanish(qtbot, sample_db, spanish):
    from finder.ui.edit_dialog import EditDialog

    dlg = EditDialog(sample_db, 1)
    qtbot.addWidget(dlg)
    qtbot.waitUntil(dlg.is_loaded, timeout=10_000)
    dlg.edits["name"].setText("")
    dlg.edits["zip"].setText("9266")
    dlg.buttons.button(QDialogButtonBox.StandardButton.Save).click()
    zip_error, name_error = dlg.errors["zip"].text(), dlg.errors["name"].text()
    assert zip_error == "⚠ '9266' no es un código postal: use 5 dígitos, p. ej., 07030"
    assert name_error == "⚠ es obligatorio"
    no_english(zip_error + name_error)
    assert dlg.result_program is None and get_program(sample_db, 1).zip == "92627"


def test_a_rule_the_service_checks_is_shown_in_spanish_too(qtbot, sample_db, spanish):
    """A ZIP of five digits that the offline list does not know: refused when it is stored."""
    from finder.ui.edit_dialog import EditDialog

    dlg = EditDialog(sample_db, 1)
    qtbot.addWidget(dlg)
    qtbot.waitUntil(dlg.is_loaded, timeout=10_000)
    dlg.edits["zip"].setText("00001")
    dlg.buttons.button(QDialogButtonBox.StandardButton.Save).click()
    qtbot.waitUntil(lambda: not dlg.errors["zip"].isHidden(), timeout=10_000)
    shown = dlg.errors["zip"].text()
    assert shown == (
        "⚠ el código postal 00001 no está en la lista de lugares sin conexión; "
        "indique también la ubicación como LAT,LON"
    )
    no_english(shown)
    settle(qtbot)
    assert get_program(sample_db, 1).zip == "92627"


@pytest.mark.parametrize(
    ("content", "said"),
    [
        ("", "programas.csv está vacío"),
        (
            "a,b\n1,2\n",
            (
                "programas.csv tiene una estructura desconocida: se esperaba un directorio de SAMHSA, una "
                "exportación del localizador de SAMHSA, un paquete de datos HSDS o una exportación de "
                "Program Finder"
            ),
        ),
    ],
)
def test_a_file_that_cannot_be_imported_is_refused_in_spanish(
    qtbot, empty_db, tmp_path, spanish, content, said
):
    from finder.ui.import_dialog import ImportRunner

    bad = tmp_path / "programas.csv"
    bad.write_text(content)
    runner = ImportRunner(None, empty_db, bad, show_messages=False)
    with qtbot.waitSignal(runner.done, timeout=60_000):
        runner.start()
    assert runner.report is None and runner.message == said
    assert runner.box.windowTitle() != "Import refused" and said in runner.box.text()
    no_english(runner.box.text())
