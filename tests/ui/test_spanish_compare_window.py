"""The comparison window and the "which programs" chooser read in Spanish throughout (issue "Spanish throughout").

With the Spanish language installed, a user sees no English of the window's own texts: title, buttons,
labels, tooltips, accessible names, the table's headings and cells, messages and the save dialog.
The translators are taken out again after each test, so the other tests see the English of the code.
"""

from __future__ import annotations

import re

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QAbstractButton, QDialogButtonBox, QFileDialog, QLabel, QMessageBox
from sqlalchemy import select

from finder.db.models import Program
from finder.services.checklists import AnswerChange, record_answers
from finder.services.compare import build_comparison
from finder.services.origins import resolve_offline
from finder.services.shortlists import add_programs, create_shortlist, get_shortlist
from finder.texts.compare import worded
from finder.ui.compare_dialog import ChooseProgramsDialog, CompareDialog, open_comparison
from finder.ui.compare_model import KEY_ROLE

pytestmark = pytest.mark.qt_log_ignore("does not support propagateSizeHints")

DISCOVERY, NSIGHT, DEPAUL = 9, 12, 20
H, V = Qt.Orientation.Horizontal, Qt.Orientation.Vertical
TIP, DESCRIPTION = Qt.ItemDataRole.ToolTipRole, Qt.ItemDataRole.AccessibleDescriptionRole

# the window's English before it was translated: none of it may be left on a Spanish screen
ENGLISH = {
    "&Only rows where the programs differ",
    "Hide rows where every program is the same",
    "Comparison: programs in columns, details in rows",
    "Move l&eft",
    "Move &right",
    "Re&move program",
    "Move the selected program one column left (Ctrl+Shift+Left)",
    "Move the selected program one column right (Ctrl+Shift+Right)",
    "Move the selected program one column left",
    "Move the selected program one column right",
    "Leave the selected program out of this comparison",
    "&Print…",
    "Save P&DF…",
    "Save &CSV…",
    "Close",
    "Print preview (Ctrl+P)",
    "Close the comparison (Esc)",
    "Messages",
    "Printout &language:",
    "Printout language",
    "≠ and shading mark the rows where the programs differ. Drag a column heading to reorder.",
    "Compare",
    "Cancel",
    "Programs on the shortlist",
}
ENGLISH_WORDS = re.compile(
    r"\b(program|programs|differ|rows?|distances?|Move|Save|Print|Close|Compare|chosen|"
    r"Checklist|Drag|reorder|Do not refer|same|other|shortlist|holds|tick)\b"
)


@pytest.fixture
def comparison(sample_db):
    create_shortlist(sample_db, "Case 2291", origin=resolve_offline("92660"))
    add_programs(sample_db, "Case 2291", [DISCOVERY, NSIGHT, DEPAUL])
    record_answers(sample_db, NSIGHT, "Case 2291", [AnswerChange("cost-insurance", "no", "not Aetna")])
    return build_comparison(sample_db, "Case 2291")


def _texts(dialog) -> list[str]:
    """Every text of the window's own widgets a user reads or hears."""
    out = [dialog.windowTitle()]
    for w in dialog.findChildren(QAbstractButton) + dialog.findChildren(QLabel):
        out += [w.text(), w.toolTip(), w.accessibleName()]
    for w in (dialog.table, dialog.status, dialog.language):
        out += [w.accessibleName(), w.toolTip()]
    for action in dialog.findChildren(QAction):
        out += [action.text(), action.toolTip()]
    return [t for t in out if t]


def _mnemonics(widgets) -> list[str]:
    return [m.group(1).lower() for w in widgets for m in [re.search(r"&([^&])", w.text())] if m]


def test_the_comparison_window_is_spanish(qtbot, spanish, comparison):
    dlg = CompareDialog(comparison)
    qtbot.addWidget(dlg)
    dlg.show()
    assert dlg.windowTitle() == "Comparar — Case 2291"
    assert dlg.heading.text() == (
        f"3 programas de “Case 2291” (distancias desde {comparison.origin_label}). "
        f"{dlg.model.differing_count()} de {len(comparison.rows)} filas son distintas."
    )
    buttons = [
        dlg.print_button,
        dlg.pdf_button,
        dlg.csv_button,
        dlg.close_button,
        dlg.left,
        dlg.right,
        dlg.remove,
    ]
    assert [b.text() for b in buttons] == [
        "Im&primir…",
        "Guardar P&DF…",
        "Guardar &CSV…",
        "Cerrar",
        "Mover a la i&zquierda",
        "Mover a la de&recha",
        "&Quitar programa",
    ]
    assert dlg.only_differences.text() == "&Solo las filas en que los programas son distintos"
    assert dlg.only_differences.accessibleName() == "Ocultar las filas en que todos los programas son iguales"
    assert (
        dlg.left.toolTip()
        == "Mover el programa elegido una columna a la izquierda (Ctrl+Mayús+Flecha izquierda)"
    )
    assert dlg.left.accessibleName() == "Mover el programa elegido una columna a la izquierda"
    assert (
        dlg.right.toolTip()
        == "Mover el programa elegido una columna a la derecha (Ctrl+Mayús+Flecha derecha)"
    )
    assert (
        dlg.remove.toolTip()
        == dlg.remove.accessibleName()
        == "Dejar el programa elegido fuera de esta comparación"
    )
    assert dlg.print_button.toolTip() == "Vista previa de la impresión (Ctrl+P)"
    assert dlg.close_button.toolTip() == "Cerrar la comparación (Esc)"
    assert dlg.table.accessibleName() == "Comparación: los programas en columnas, los datos en filas"
    assert dlg.status.accessibleName() == "Mensajes"
    assert dlg.legend.text().startswith(
        "≠ y el sombreado marcan las filas en que los programas son distintos."
    )
    labels = [w.text() for w in dlg.findChildren(QLabel)]
    assert "Idioma de la &impresión:" in labels

    texts = _texts(dlg)
    assert not ENGLISH & set(texts), ENGLISH & set(texts)
    for text in texts:
        if text not in (dlg.heading.text(),):  # the heading holds the shortlist's name, as typed
            assert not ENGLISH_WORDS.search(text), text
    # every mnemonic of the window is its own, in Spanish too
    keys = _mnemonics(dlg.findChildren(QAbstractButton) + dlg.findChildren(QLabel))
    assert len(keys) == len(set(keys)) == 8, keys


def test_the_table_reads_spanish(qtbot, spanish, comparison):
    dlg = CompareDialog(comparison)
    qtbot.addWidget(dlg)
    m = dlg.model
    rows = {m.headerData(r, V, KEY_ROLE): r for r in range(m.rowCount())}
    assert m.headerData(rows["distance"], V).endswith("Distancia")
    assert m.headerData(rows["levels"], V) == "≠ Niveles de atención"
    assert m.headerData(rows["status"], V) == "Situación"
    assert m.data(m.index(rows["status"], 0)) == "Activo"
    question = rows["q:cost-insurance"]
    assert m.headerData(question, V).startswith("≠ Seguro y costo: ¿Aceptan")
    assert m.headerData(question, V, TIP).startswith("Preguntas · Seguro y costo: ")
    assert m.headerData(question, V, TIP).endswith("\n≠ aquí los programas son distintos")
    assert [m.data(m.index(question, c)) for c in range(3)] == [
        "No se preguntó",
        "No — not Aetna",
        "No se preguntó",
    ]
    assert m.data(m.index(question, 1), TIP).endswith("\n≠ aquí los programas son distintos")
    assert m.data(m.index(question, 1), DESCRIPTION) == "distinto de los demás programas"
    assert m.data(m.index(rows["status"], 1), DESCRIPTION) == "igual en todos los programas"
    assert m.headerData(0, H, TIP).endswith("\nArrastre para cambiar el orden.")
    for r in range(m.rowCount()):
        label = m.headerData(r, V)
        assert not ENGLISH_WORDS.search(label) and "Checklist" not in m.headerData(r, V, TIP), label
    for c in range(m.columnCount()):
        assert "Drag" not in m.headerData(c, H, TIP)
    # what is printed and saved stays the comparison as built (values): the printout words it itself
    assert m.current().rows[question].values[0].answer == "not-asked"


def test_a_do_not_refer_program_says_so_in_spanish(qtbot, spanish, comparison):
    from dataclasses import replace

    comparison.programs[1] = replace(comparison.programs[1], do_not_refer=True)
    dlg = CompareDialog(comparison)
    qtbot.addWidget(dlg)
    assert dlg.model.headerData(1, H).endswith("\n⚠ No derivar")
    assert "⚠ No derivar" in dlg.model.headerData(1, H, TIP)


def test_saving_and_messages_are_spanish(qtbot, spanish, comparison, tmp_path, monkeypatch):
    dlg = CompareDialog(comparison)
    qtbot.addWidget(dlg)
    asked = []
    monkeypatch.setattr(
        QFileDialog,
        "getSaveFileName",
        lambda parent, title, start, pattern: asked.append((title, start, pattern)) or ("", ""),
    )
    dlg.pdf_button.click()
    dlg.csv_button.click()
    assert asked[0][0] == "Guardar la comparación como PDF" and asked[0][2] == "Archivos PDF (*.pdf)"
    assert asked[0][1].endswith("comparacion-Case-2291.pdf")
    assert asked[1][0] == "Guardar la comparación como CSV" and asked[1][2] == "Archivos CSV (*.csv)"
    assert dlg.save_csv(str(tmp_path / "c.csv"))
    assert dlg.status.currentMessage() == f"Guardado (CSV de la comparación): {tmp_path / 'c.csv'}"
    warned = []
    monkeypatch.setattr(QMessageBox, "warning", lambda parent, title, text: warned.append(title))
    assert not dlg.save_pdf(str(tmp_path / "missing" / "c.pdf"))
    assert warned == ["No se guardó"]
    preview = dlg.make_preview()
    qtbot.addWidget(preview)
    assert preview.windowTitle() == "Imprimir — Case 2291"


def test_an_empty_shortlist_says_so_in_spanish(qtbot, spanish, sample_db, monkeypatch):
    create_shortlist(sample_db, "Vacía")
    said = []
    monkeypatch.setattr(QMessageBox, "information", lambda parent, title, text: said.append((title, text)))
    open_comparison(None, sample_db, "Vacía", then=lambda d: pytest.fail("no window"))
    qtbot.waitUntil(lambda: bool(said), timeout=10_000)  # read off the GUI thread
    assert said[0] == (
        "Comparar",
        (
            "La lista corta “Vacía” todavía no tiene programas. Agréguele programas "
            "desde los resultados de la búsqueda y luego compárelos."
        ),
    )


def test_choosing_the_programs_is_spanish(qtbot, spanish, sample_db):
    with sample_db.Session() as s:
        ids = s.scalars(select(Program.id).order_by(Program.id).limit(8)).all()
    create_shortlist(sample_db, "Grande")
    add_programs(sample_db, "Grande", ids)
    chooser = ChooseProgramsDialog(get_shortlist(sample_db, "Grande"))
    qtbot.addWidget(chooser)
    assert chooser.windowTitle() == "Comparar — Grande"
    assert chooser.intro.text() == (
        "“Grande” tiene 8 programas. Una comparación muestra hasta 6 uno al lado del "
        "otro: marque los que quiere comparar."
    )
    assert chooser.list.accessibleName() == "Programas de la lista corta"
    ok = chooser.buttons.button(QDialogButtonBox.StandardButton.Ok)
    cancel = chooser.buttons.button(QDialogButtonBox.StandardButton.Cancel)
    assert ok.text() == "Comparar" and cancel.text().replace("&", "") == "Cancelar"
    assert chooser.count.text() == "6 elegidos"
    chooser.list.item(7).setCheckState(Qt.CheckState.Checked)
    assert chooser.count.text() == "7 elegidos — elija entre 1 y 6" and not ok.isEnabled()
    for i in range(1, 8):
        chooser.list.item(i).setCheckState(Qt.CheckState.Unchecked)
    assert chooser.count.text() == "1 elegido" and ok.isEnabled()
    texts = [
        chooser.windowTitle(),
        chooser.intro.text(),
        chooser.count.text(),
        chooser.list.accessibleName(),
        *(b.text() for b in chooser.buttons.buttons()),
    ]
    assert not ENGLISH & set(texts) and not any(ENGLISH_WORDS.search(t) for t in texts), texts


def test_english_stays_as_it_was(qtbot, comparison):
    dlg = CompareDialog(comparison)
    qtbot.addWidget(dlg)
    assert dlg.windowTitle() == "Compare — Case 2291"
    assert dlg.heading.text().startswith("3 programs from 'Case 2291' (distances from ")
    assert dlg.heading.text().endswith(
        f"{dlg.model.differing_count()} of {len(comparison.rows)} rows differ."
    )
    assert dlg.left.toolTip() == "Move the selected program one column left (Ctrl+Shift+Left)"
    assert dlg.left.accessibleName() == "Move the selected program one column left"
    assert (
        dlg.legend.text()
        == "≠ and shading mark the rows where the programs differ. Drag a column heading to reorder."
    )
    m = dlg.model
    assert m.headerData(0, H, TIP).endswith("\nDrag to reorder.")
    question = next(r for r in range(m.rowCount()) if m.headerData(r, V, KEY_ROLE) == "q:cost-insurance")
    assert (
        m.headerData(question, V, TIP)
        == worded(comparison).rows[question].full_label + "\n≠ the programs differ here"
    )
    assert m.data(m.index(question, 0), DESCRIPTION) == "differs from the other programs"


def test_english_mnemonics_do_not_clash(qtbot, comparison):
    from PySide6.QtWidgets import QAbstractButton, QLabel

    dlg = CompareDialog(comparison)
    qtbot.addWidget(dlg)
    keys = _mnemonics(dlg.findChildren(QAbstractButton) + dlg.findChildren(QLabel))
    assert len(keys) == len(set(keys)), keys
