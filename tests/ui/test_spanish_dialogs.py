"""The preferences, import, import report, conflict dialogs and the map read in Spanish (issue 19).

The translators are taken out again after each test, so the other tests see the English of the code.
"""

from __future__ import annotations

import pytest
from PySide6.QtWidgets import QLabel, QMessageBox

from finder.services.importing.report import FULL_EDITION, Delisting, ImportReport

pytestmark = pytest.mark.qt_log_ignore("does not support propagateSizeHints")


def _report() -> ImportReport:
    return ImportReport(
        file="national-2025.csv",
        format="samhsa-directory",
        rows=120,
        added=3,
        updated=5,
        unchanged=110,
        seconds=1.4,
        added_ids=[7, 8, 9],
        changed=[{"id": 1, "name": "Akua", "fields": {"phone": ["949-555-0100", "714-555-0142"]}}],
        missing_ids=[4],
        shortlisted_ids=[1, 4],
        names={4: "Gone", 7: "A", 8: "B", 9: "C"},
        full=True,
        delisting=Delisting(True, FULL_EDITION, "samhsa-directory", listings=20_524, states=57),
    )


def test_preferences_are_spanish(qtbot, spanish):
    from finder.ui.settings import PreferencesDialog, Settings

    dlg = PreferencesDialog(Settings())
    qtbot.addWidget(dlg)
    assert dlg.windowTitle() == "Preferencias"
    assert dlg.online.text() == "Buscar direcciones por internet (OpenStreetMap Nominatim)"
    labels = " ".join(w.text() for w in dlg.findChildren(QLabel))
    assert "&Base de datos:" in labels and "Su &nombre:" in labels and "&Idioma de la ventana:" in labels
    assert "nada sale de esta computadora" in labels
    assert dlg.database.placeholderText().startswith("vacío:")


def test_the_import_report_is_spanish(qtbot, spanish):
    from finder.ui.import_report_dialog import ImportReportDialog, report_text

    dlg = ImportReportDialog(None, _report())
    qtbot.addWidget(dlg)
    assert dlg.windowTitle() == "Informe de importación — national-2025.csv"
    assert dlg.headline.text() == "1 programa de sus listas cortas cambió; 1 ya no figura en el directorio"
    assert dlg.summary.text().startswith("con cambios: 1 programa; nuevos: 3; ya no figuran: 1")
    assert "edición completa" in dlg.summary.text()
    assert [dlg.section.itemText(i) for i in range(3)] == [
        "Todo (7)",
        "En sus listas cortas (2)",
        "Con cambios (1)",
    ]
    headers = [dlg.table.horizontalHeaderItem(c).text() for c in range(4)]
    assert headers == ["Sección", "Número", "Programa", "Qué cambió"]
    assert dlg.table.item(0, 3).text() == "teléfono: 949-555-0100 → 714-555-0142"
    assert dlg.shown_label.text() == "Se muestran 7 líneas de 7"
    assert (dlg.print_button.text(), dlg.save_button.text()) == ("&Imprimir…", "&Guardar…")
    assert report_text(_report()).startswith("Informe de importación: national-2025.csv")


def test_the_closing_message_is_spanish(qtbot, spanish):
    from finder.ui.import_dialog import file_filter, report_text, result_box

    text = report_text(_report())
    assert "Agregados: 3" in text and "Filas rechazadas: 0" in text and "copia de seguridad" in text
    box = result_box(None, "x", text, QMessageBox.Icon.Information)
    qtbot.addWidget(box)
    assert [b.text() for b in box.buttons()] == ["Cerrar"]
    assert file_filter().startswith("Archivos del directorio (")


def test_the_conflict_dialog_is_spanish(qtbot, spanish):
    from finder.services.conflicts import TheirChange
    from finder.ui.conflict_dialog import ConflictDialog

    theirs = [TheirChange(field="phone", label="Teléfono", value="", who="", at=None)]
    dlg = ConflictDialog(theirs, {"phone": "(949) 555-0199"}, "“Akua”")
    qtbot.addWidget(dlg)
    assert dlg.windowTitle() == "Otra persona hizo cambios"
    assert dlg.intro.text().startswith("alguien guardó cambios en “Akua” después de que usted lo abriera.")
    assert dlg.table.item(0, 1).text() == "(vacío)  (desconocido, hora desconocida)"
    assert dlg.table.item(0, 3).text() == "es distinto"
    assert dlg.theirs_button.text() == "Conservar lo de la &otra persona"


def test_the_map_is_spanish(qtbot, spanish):
    from finder.ui.map_view import MapView, legend_texts

    view = MapView()
    qtbot.addWidget(view)
    assert view.accessibleName() == "Mapa de resultados"
    assert (view.fit_button.text(), view.zoom_in_button.accessibleName()) == ("Ajustar", "Acercar")
    text, credit = legend_texts("")
    assert text.startswith("+ punto de búsqueda   ● dirección exacta") and credit.startswith("Límites:")


def test_saved_says_so_in_spanish(qtbot, spanish):
    from PySide6.QtWidgets import QMainWindow

    from finder.ui.dialog_kit import say_saved

    win = QMainWindow()
    qtbot.addWidget(win)
    assert say_saved(win, "/tmp/x.pdf", "informe") == "Guardado (informe): /tmp/x.pdf"
    assert say_saved(win, "/tmp/x.pdf") == "Guardado: /tmp/x.pdf"


def test_english_is_back_after_a_spanish_test(qtbot):
    from finder.ui.import_report_dialog import report_headline

    assert report_headline(_report()) == "1 program on your shortlists changed; 1 is no longer listed"
    assert report_headline(ImportReport(file="x", format="csv")) == "No program on your shortlists changed."
