"""The edit-program, restore-backup and history dialogs read in Spanish when the window is Spanish.

Opened as a user opens them (a real program of the sample directory, a new entry, real backups and
a real change); the translators are taken out again after each test.
"""

from __future__ import annotations

import re

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QAbstractButton,
    QCheckBox,
    QDialogButtonBox,
    QFormLayout,
    QGroupBox,
    QLabel,
    QWidget,
)

from finder.domain.taxonomy import LABELS
from finder.reports.i18n import vocabulary_label
from finder.services.backups import create_backup
from finder.services.editing import edit_program, mark_verified

pytestmark = pytest.mark.qt_log_ignore("does not support propagateSizeHints")

OLD_EDIT_LABELS = {
    "Name:",
    "Second name:",
    "Street:",
    "Street (line 2):",
    "City:",
    "State:",
    "ZIP:",
    "County:",
    "Phone:",
    "Intake phone:",
    "Website:",
    "Location (lat, lon):",
    "Insurance carriers:",
    "Languages:",
    "Accreditation:",
    "Status:",
    "Reason:",
    "Notes:",
    "Verified:",
}


def mnemonics(dlg: QWidget) -> list[str]:
    """The Alt+letter of every button, box and label of the dialog (what Alt+letter would press)."""
    texts = [w.text() for w in dlg.findChildren(QAbstractButton) + dlg.findChildren(QLabel)]
    texts += [g.title() for g in dlg.findChildren(QGroupBox)]
    return [m.group(1).lower() for t in texts for m in [re.search(r"(?<!&)&([^&\s])", t)] if m]


def form_labels(dlg: QWidget) -> list[str]:
    out = []
    for form in dlg.findChildren(QFormLayout):
        for row in range(form.rowCount()):
            item = form.itemAt(row, QFormLayout.ItemRole.LabelRole)
            if item is not None and isinstance(item.widget(), QLabel) and item.widget().text():
                out.append(item.widget().text())
    return out


def loaded(qtbot, dlg):
    qtbot.addWidget(dlg)
    qtbot.waitUntil(dlg.is_loaded, timeout=10_000)  # the program is read off the GUI thread
    return dlg


def test_the_edit_dialog_on_a_program_is_spanish(qtbot, sample_db, spanish):
    from finder.ui.edit_dialog import EditDialog

    mark_verified(sample_db, 1)
    dlg = loaded(qtbot, EditDialog(sample_db, 1))
    assert dlg.windowTitle() == "Editar programa — Akua Behavioral Health"
    labels = form_labels(dlg)
    assert {
        "Nombre:",
        "Teléfono:",
        "Teléfono de admisión:",
        "Código postal:",
        "Estado:",
        "Motivo:",
        "Notas:",
        "Verificado:",
        "Aseguradoras:",
    } <= set(labels)
    assert not set(labels) & OLD_EDIT_LABELS
    assert len(labels) == len(set(labels)), "two fields of one name (state and status were both 'Estado')"
    assert dlg.edits["name"].accessibleName() == "Nombre"
    assert dlg.edits["intake_phone"].accessibleName() == "Teléfono de admisión"
    assert dlg.status.accessibleName() == "Situación"
    assert dlg.reason.accessibleName() == "Motivo para no derivar"
    assert dlg.notes.accessibleName() == "Notas"
    assert [dlg.status.itemText(i) for i in range(dlg.status.count())] == ["Activo", "No derivar"]
    assert dlg.edits["zip"].placeholderText() == "5 dígitos"
    assert dlg.edits["insurers"].placeholderText() == "p. ej., Aetna; Blue Shield"
    assert dlg.edits["phone"].placeholderText() == "949-555-0100"  # an example, the same everywhere
    assert dlg.verified.text() == "Marcar como &verificado hoy"
    assert dlg.verified.toolTip() == "Márquelo si hoy confirmó estos datos con el programa"
    assert ", por " in dlg.verified_label.text() and " by " not in dlg.verified_label.text()
    titles = [g.title() for g in dlg.findChildren(QGroupBox)]
    assert titles == [
        "Tipo",
        "Nivel de atención",
        "Pago",
        "Para quién",
        "Terapias",
        "Idiomas además del inglés",
        "Servicios de apoyo",
        "Horario",
    ]
    # the tags read as the rest of the Spanish window reads them
    boxes = {(v, s): cb.text() for v, group in dlg.boxes.items() for s, cb in group.items()}
    assert all(text == vocabulary_label(v, s) for (v, s), text in boxes.items())
    assert sum(text != LABELS.get(s, s) for (v, s), text in boxes.items()) > len(boxes) // 2
    assert dlg.save_button.text() == "&Guardar los cambios"
    assert dlg.save_button.toolTip() == "Guardar (Alt+G)"
    cancel = dlg.buttons.button(QDialogButtonBox.StandardButton.Cancel)
    assert cancel.text().replace("&", "") == "Cancelar"
    keys = mnemonics(dlg)
    assert len(keys) == len(set(keys)), keys
    english = {"Edit program", "Save changes", "Cancel", "Mark as verified today", "Type", "Hours"}
    assert not {b.text().replace("&", "") for b in dlg.findChildren(QAbstractButton)} & english
    # placed at its ZIP by the import: where it is now, and how to place it exactly
    assert re.fullmatch(
        r"ahora -?\d+\.\d{4}, -?\d+\.\d{4} \(código postal\); "
        r"escriba lat, lon para ubicarlo con exactitud",
        dlg.edits["location"].placeholderText(),
    )


def test_alt_g_saves_the_spanish_edit_dialog(qtbot, sample_db, spanish):
    from finder.ui.edit_dialog import EditDialog

    dlg = loaded(qtbot, EditDialog(sample_db, 1))
    dlg.show()
    qtbot.waitExposed(dlg)
    dlg.activateWindow()
    qtbot.waitUntil(dlg.isActiveWindow, timeout=5000)
    assert dlg.verified_label.text() == "nunca"  # not verified since the import
    dlg.edits["city"].setFocus()
    dlg.edits["city"].setText("Newport Beach")
    qtbot.keyClick(dlg, Qt.Key.Key_G, Qt.KeyboardModifier.AltModifier)
    qtbot.waitUntil(lambda: dlg.result_program is not None, timeout=5000)
    assert dlg.edits["city"].text() == "Newport Beach"  # no "g" typed into the field


def test_a_new_entry_is_spanish(qtbot, sample_db, spanish):
    from finder.ui.edit_dialog import EditDialog

    dlg = loaded(qtbot, EditDialog(sample_db))
    assert dlg.windowTitle() == "Agregar un programa"
    assert dlg.verified_label.text() == "programa nuevo"
    assert dlg.save_button.text() == "&Guardar el programa"
    assert dlg.edits["location"].placeholderText() == "déjelo vacío para ubicarlo en el código postal"
    assert dlg.edits["state"].placeholderText() == "p. ej., CA"
    assert not set(form_labels(dlg)) & OLD_EDIT_LABELS
    keys = mnemonics(dlg)
    assert len(keys) == len(set(keys)), keys


def test_the_backup_dialog_is_spanish(qtbot, sample_db, spanish):
    from finder.ui.backup_dialog import BackupDialog

    b = create_backup(sample_db, reason="before migration")
    b.path.with_name(b.path.name + ".json").unlink()  # an old copy: no reason recorded
    create_backup(sample_db, reason="before migration")
    create_backup(sample_db, reason="by hand")
    create_backup(sample_db, reason="before import of national.csv")
    dlg = BackupDialog(sample_db)
    qtbot.addWidget(dlg)
    qtbot.waitUntil(lambda: dlg.listed, timeout=10_000)  # the list is read off the GUI thread
    assert dlg.windowTitle() == "Restaurar una copia de seguridad"
    header = [dlg.table.horizontalHeaderItem(c).text() for c in range(dlg.table.columnCount())]
    assert header == ["#", "Guardada", "Tamaño", "Por qué se hizo"]
    why = [dlg.table.item(r, 3).text() for r in range(dlg.table.rowCount())]
    assert why == [
        "antes de importar national.csv",
        "hecha a mano",
        "antes de actualizar la base de datos",
        "sin dato",
    ]
    assert dlg.table.accessibleName() == "Copias de seguridad, la más reciente primero"
    labels = " ".join(w.text() for w in dlg.findChildren(QLabel))
    assert "se conservan las últimas 10" in labels and "Todavía no hay copias de seguridad." in labels
    buttons = {b.text() for b in dlg.findChildren(QAbstractButton)}
    assert {"&Restaurar…", "Hacer una copia &ahora"} <= buttons
    assert not {t.replace("&", "") for t in buttons} & {"Restore…", "Back up now", "Close"}
    keys = mnemonics(dlg)
    assert len(keys) == len(set(keys)), keys

    box = dlg.confirm_box(dlg.backups[1])
    qtbot.addWidget(box)
    assert box.windowTitle() == "¿Restaurar esta copia?"
    assert box.text().startswith("¿Reemplazar el directorio por la copia guardada el ")
    assert "(hecha a mano)?" in box.text() and "listas cortas" in box.text()
    assert "puede volver a él" in box.text()
    assert {b.text().replace("&", "") for b in box.buttons()} == {"Restaurar", "Cancelar"}


def test_the_history_dialog_is_spanish(qtbot, sample_db, spanish):
    from finder.ui.history_dialog import HistoryDialog

    edit_program(sample_db, 1, {"name": "Akua BH", "phone": "949-555-0199"})
    dlg = HistoryDialog(sample_db, 1, "Akua")
    qtbot.addWidget(dlg)
    qtbot.waitUntil(dlg.is_loaded, timeout=10_000)
    assert dlg.windowTitle() == "Historial — Akua"
    header = [dlg.table.horizontalHeaderItem(c).text() for c in range(dlg.table.columnCount())]
    assert header == ["Cuándo", "Quién", "Qué", "Antes", "Ahora"]
    what = {dlg.table.item(r, 2).text() for r in range(dlg.table.rowCount())}
    assert {"nombre", "teléfono"} <= what and not what & {"name", "phone"}
    assert dlg.table.accessibleName() == "Cambios, el más reciente primero"
    assert dlg.empty.text().startswith("Todavía no hay cambios anotados")
    close = dlg.buttons.button(QDialogButtonBox.StandardButton.Close)
    assert close.text().replace("&", "") == "Cerrar"


def test_an_empty_history_is_spanish(qtbot, sample_db, spanish):
    from finder.ui.history_dialog import HistoryDialog

    dlg = HistoryDialog(sample_db, 2)
    qtbot.addWidget(dlg)
    qtbot.waitUntil(dlg.is_loaded, timeout=10_000)
    assert dlg.windowTitle() == "Historial"
    assert not dlg.empty.isHidden() and "antes de esta versión" in dlg.empty.text()
    assert not any(isinstance(w, QCheckBox) for w in dlg.findChildren(QWidget))


def test_languages_are_named_and_typed_in_spanish(qtbot, spanish, sample_db):
    from finder.services.directory import get_program
    from finder.ui.edit_dialog import EditDialog

    dlg = loaded(qtbot, EditDialog(sample_db, 1))
    assert get_program(sample_db, 1).languages == ["spanish"]
    boxes = dlg.boxes["languages"]
    assert boxes["spanish"].text() == "Español" and boxes["spanish"].isChecked()
    assert boxes["sign-language"].text() == "Lengua de señas" and not boxes["sign-language"].isChecked()
    assert "languages" not in dlg.changes()  # nothing ticked or cleared: nothing changed
    boxes["sign-language"].setChecked(True)
    assert dlg.changes()["languages"] == ["spanish", "sign-language"]
