"""The vetting-checklist window reads in Spanish when the window's language is Spanish.

The translators are taken out again after each test, so the other tests see the English of the code.
"""

from __future__ import annotations

import re

import pytest
from PySide6.QtWidgets import QAbstractButton, QGroupBox, QLabel, QLineEdit, QWidget

from finder.domain.checklist import ANSWER_LABELS, ANSWERS, QUESTIONS
from finder.reports.i18n import checklist_text
from finder.services.shortlists import add_programs, create_shortlist
from finder.ui.checklist_dialog import ChecklistDialog
from finder.ui.checklist_rows import conflict_texts
from tests.ui.helpers import loaded

pytestmark = pytest.mark.qt_log_ignore("does not support propagateSizeHints")

PID = 47
NAME = "Caso 12"
# the same in both languages, or data (the program's own words, the language choice)
SAME_IN_BOTH = {"", "No", "English", "Español"}


@pytest.fixture
def shortlist(sample_db):
    create_shortlist(sample_db, NAME)
    add_programs(sample_db, NAME, [PID])
    return NAME


def _open(qtbot, db) -> ChecklistDialog:
    d = ChecklistDialog(db, NAME, PID)
    qtbot.addWidget(d)
    d.show()
    return loaded(qtbot, d)


def _texts(d: ChecklistDialog) -> set[str]:
    """Every text the window shows or tells a screen reader, but the program's own data."""
    out = {d.windowTitle()}
    for w in d.findChildren(QWidget):
        out |= {w.toolTip(), w.accessibleName(), w.accessibleDescription()}
        if isinstance(w, QLabel | QAbstractButton):
            out.add(w.text())
        if isinstance(w, QGroupBox):
            out.add(w.title())
        if isinstance(w, QLineEdit):
            out.add(w.placeholderText())
    return out - SAME_IN_BOTH - {d.header.text()}  # the header is checked on its own


@pytest.fixture
def english_texts(qtbot, sample_db, shortlist):
    """What the window says in English (opened before the Spanish translators are installed)."""
    d = _open(qtbot, sample_db)
    texts = _texts(d)
    assert "Progress:" in texts and "Print pre&view…" in texts  # really English
    d.close()
    return texts


def test_the_checklist_window_is_spanish(qtbot, sample_db, english_texts, spanish):
    d = _open(qtbot, sample_db)
    program = d.checklist.program.name
    assert d.windowTitle() == f"Lista de verificación — {program} ({NAME})"

    titles = [b.title() for b in d.findChildren(QGroupBox)]
    assert titles == [
        checklist_text(s) for s in d.checklist.sections if any(a.section == s for a in d.checklist.answers)
    ]
    assert "Seguro y costo" in titles and "Atención médica" in titles
    assert not {q.section for q in QUESTIONS} & set(titles)

    for q in QUESTIONS:
        row = d.rows[q.id]
        spanish_text = checklist_text(q.text)
        assert spanish_text != q.text
        assert spanish_text in row.text.text() and q.text not in row.text.text()
        assert row.text.toolTip().startswith(f"Por qué preguntar: {checklist_text(q.why)}\nFuente: ")
        if row.is_open:
            assert row.note.placeholderText() == "Su respuesta (lo que dijeron)"
            assert row.note.accessibleName().startswith("Respuesta a la pregunta ")
        else:
            assert [b.text() for b in row.buttons.values()] == ["Sí", "No", "No está claro", "No se preguntó"]
            assert [b.text() for b in row.buttons.values()] == [
                checklist_text(ANSWER_LABELS[v]) for v in ANSWERS
            ]
            assert row.buttons["yes"].accessibleName().startswith("Sí: pregunta ")
            assert row.note.placeholderText() == "Nota (lo que dijeron)"
            assert row.note.accessibleName().startswith("Nota de la pregunta ")

    labels = {w.text() for w in d.findChildren(QLabel)}
    assert {"&Habló con:", "&Fecha y hora:", "Avance:", "Idioma de la &impresión:"} <= labels
    assert any(t.startswith("⚠ No elija un programa") for t in labels)  # the caution
    header = d.header.text()
    assert "Distancia: " in header and f"Lista corta: {NAME}" in header
    assert "Distance:" not in header and "Shortlist:" not in header and "no phone listed" not in header
    assert d.progress.text() == f"0 de {len(QUESTIONS)} preguntadas"
    assert d.progress.accessibleName() == "Preguntas hechas"
    assert d.status.accessibleName() == "Estado del guardado"
    assert d.contact_name.placeholderText() == "Nombre y cargo de la persona del programa"
    assert d.contact_name.accessibleName() == "Habló con"
    assert d.contact_when.accessibleName() == "Cuándo hablamos con esa persona"

    assert d.blank_copy.text() == "Imprimir en &blanco (sin respuestas)"
    assert d.preview_button.text() == "&Vista previa de impresión…"
    assert d.preview_button.toolTip().startswith("Vista previa de impresión (")
    assert d.pdf_button.text() == "Guardar &PDF…"
    assert "Cerrar" in {b.text().replace("&", "") for b in d.findChildren(QAbstractButton)}

    still_english = _texts(d) & english_texts
    assert not still_english, still_english

    # one mnemonic per letter in Spanish too
    keys = [
        m.lower()
        for t in labels | {b.text() for b in d.findChildren(QAbstractButton)}
        for m in re.findall(r"&([^&\s])", t)
    ]
    assert len(keys) == len(set(keys)), keys


def test_the_window_says_its_saving_and_conflicts_in_spanish(qtbot, sample_db, shortlist, spanish):
    d = _open(qtbot, sample_db)
    row = d.rows[next(q.id for q in QUESTIONS if not q.is_open)]
    row.buttons["yes"].setChecked(True)
    assert d.status.text() == "Guardando…"
    assert d.progress.text() == f"1 de {len(QUESTIONS)} preguntadas"
    qtbot.waitUntil(lambda: d.status.text().startswith("Guardado a las "), timeout=10_000)

    from finder.services.checklists import AnswerChange
    from finder.services.conflicts import TheirChange

    q = QUESTIONS[0]
    theirs, mine = conflict_texts(
        [TheirChange(field=q.id, label=q.text, value="unsure", who="Ana", at=None)],
        {q.id: AnswerChange(q.id, "yes", "llaman mañana")},
    )
    assert theirs[0].label == checklist_text(q.text) and theirs[0].value == "No está claro"
    assert mine == {q.id: "Sí — llaman mañana"}


def test_english_conflict_texts_stay_as_they_were():
    from finder.services.checklists import AnswerChange
    from finder.services.conflicts import TheirChange

    q = QUESTIONS[0]
    theirs, mine = conflict_texts(
        [TheirChange(field=q.id, label=q.text, value="unsure", who="", at=None)],
        {q.id: AnswerChange(q.id, "yes", "call back")},
    )
    assert (theirs[0].label, theirs[0].value) == (q.text, "unsure")
    assert mine == {q.id: "yes — call back"}
