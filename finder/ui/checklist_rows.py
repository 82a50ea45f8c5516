"""The rows of the checklist dialog: one widget per question, and the call's contact.

A yes/no question shows its answers as radio buttons in an exclusive button group: Tab
stops once per question, on the ticked answer; the arrow keys move between the answers
without choosing one; Space chooses the one that has the focus. An open question ("How
does intake work?") has no answers to tick: what they said, typed in its note, answers it.

Colours come from the palette only (no style sheet with colours), so a dark system
palette gives light text on a dark background here too.
"""

from __future__ import annotations

import html
from datetime import datetime

from PySide6.QtCore import QDateTime, Qt, Signal
from PySide6.QtWidgets import (
    QButtonGroup,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QRadioButton,
    QVBoxLayout,
    QWidget,
)

from finder.domain.checklist import ANSWER_LABELS, ANSWERED, ANSWERS, CONTACT_QUESTION_ID, NOT_ASKED
from finder.domain.validation import format_phone
from finder.reports.i18n import checklist_text, vocabulary_label
from finder.services.checklists import shown_name
from finder.texts.availability import delisted_note, room
from finder.ui.dialog_kit import DateField, literal, plain_label
from finder.ui.texts import arg, translate

_BACK_KEYS = (Qt.Key.Key_Left, Qt.Key.Key_Up)
_NEXT_KEYS = (Qt.Key.Key_Right, Qt.Key.Key_Down)


def known_lines(p) -> list[str]:
    """What the directory knows of a program's languages and supports, in the window's language."""
    out = []
    if p.languages:
        names = ", ".join(vocabulary_label("languages", x) for x in p.languages)
        out.append(arg(translate("ChecklistRows", "Languages: %1"), names))
    if p.supports:
        names = ", ".join(vocabulary_label("supports", x) for x in p.supports)
        out.append(arg(translate("ChecklistRows", "Help to attend: %1"), names))
    return out


def header_html(cl) -> str:
    """The checklist window's heading: the program (its name bold), where, phones, room; all escaped."""
    p = cl.program
    # as finder.texts.programs.phones_line writes it (without the word 'main'), in the window's language
    phones = " · ".join(
        x
        for x in (
            format_phone(p.phone) if p.phone else "",
            arg(translate("ChecklistRows", "intake %1"), format_phone(p.intake_phone))
            if p.intake_phone
            else "",
        )
        if x
    )
    phones = phones or translate("ChecklistRows", "no phone listed")
    said = room(p.room) if p.room is not None else ""  # in the window's language
    gone = delisted_note(p.delisted_mark)
    return (
        f"<b style='font-size:large'>{html.escape(p.name)}</b>"
        + (f" — {html.escape(p.name2)}" if p.name2 else "")
        + f"<br>{html.escape(p.address)}<br>{html.escape(phones)}"
        + (f" · {html.escape(p.website)}" if p.website else "")
        + "<br>"
        + html.escape(arg(translate("ChecklistRows", "Distance: %1"), p.distance_label))
        + " · "
        + html.escape(arg(translate("ChecklistRows", "Shortlist: %1"), cl.shortlist or ""))
        + ("<br>" + html.escape(arg(translate("ChecklistRows", "Room: %1"), said)) if said else "")
        + "".join("<br>" + html.escape(line) for line in known_lines(p))
        + (f"<br><b>⚠ {html.escape(gone)}</b>" if gone else "")
    )


def answer_word(value: str) -> str:
    """An answer ("yes", "not-asked") as the window's language says it; the stored value where none does."""
    label = ANSWER_LABELS.get(value)
    shown = checklist_text(label) if label else value
    return value if shown == label else shown


def conflict_texts(theirs, pending) -> tuple[list, dict[str, str]]:
    """What the conflict dialog shows for a checklist: their changes and mine, in the window's language."""
    from dataclasses import replace

    spoke = translate("ChecklistRows", "Spoke with")
    theirs = [
        replace(
            c,
            label=spoke if c.field == CONTACT_QUESTION_ID else checklist_text(c.label),
            value=answer_word(c.value),
        )
        for c in theirs
    ]
    mine = {
        q: " — ".join(x for x in (answer_word(c.answer or ""), c.note or "") if x) for q, c in pending.items()
    }
    return theirs, mine


def recorded_text(who: str, when: datetime | None) -> str:
    """'2026-03-04 10:30 Casey Ortiz', with no name when none was set (never the login name)."""
    return f"{when:%Y-%m-%d %H:%M} {shown_name(who)}".strip() if when else ""


# Fusion draws a radio's ring from the window colour darkened, which vanishes in a dark palette:
# the ring and the chosen dot here are in the text colour (3:1 or better on any theme's window),
# and the focused answer gets a dotted frame in the text colour too
ANSWER_STYLE = """
QRadioButton { border: 2px solid transparent; border-radius: 4px; padding: 1px 4px; }
QRadioButton:focus { border: 2px dotted palette(text); }
QRadioButton::indicator { width: 10px; height: 10px; border-radius: 7px; border: 2px solid palette(text);
                          background: palette(base); }
QRadioButton::indicator:checked { background: palette(text); }
"""


class AnswerButton(QRadioButton):
    """An answer: the arrow keys choose the next or previous one, as in any group of radio buttons."""

    def __init__(self, text: str, parent=None) -> None:
        super().__init__(text, parent)
        self.setStyleSheet(ANSWER_STYLE)

    def keyPressEvent(self, event) -> None:
        key = event.key()
        group = self.group()
        if group is not None and key in _BACK_KEYS + _NEXT_KEYS:
            buttons = group.buttons()
            i = buttons.index(self) + (-1 if key in _BACK_KEYS else 1)
            if 0 <= i < len(buttons):
                buttons[i].setChecked(True)
                buttons[i].setFocus(Qt.FocusReason.OtherFocusReason)
            event.accept()
            return
        super().keyPressEvent(event)


class _RowBase(QWidget):
    changed = Signal(str)  # question id

    def __init__(self, number: int, row, parent=None) -> None:
        super().__init__(parent)
        self.qid = row.id
        self.is_open = row.is_open
        self.buttons: dict[str, QRadioButton] = {}
        lay = QVBoxLayout(self)
        lay.setContentsMargins(0, 4, 0, 4)
        text, why_ask, source = (
            checklist_text(row.text),
            checklist_text(row.why),
            checklist_text(row.source_title),
        )
        self.text = QLabel(f"<b>{number}.</b> {html.escape(text)}")
        self.text.setTextFormat(Qt.TextFormat.RichText)  # the bold number; the question is escaped
        self.text.setWordWrap(True)
        self.text.setToolTip(
            literal(
                arg(translate("ChecklistRows", "Why ask: %1"), why_ask)
                + "\n"
                + arg(translate("ChecklistRows", "Source: %1"), source)
            )
        )
        lay.addWidget(self.text)
        why = QLabel(f"{html.escape(why_ask)} <i>({html.escape(source)})</i>")
        why.setTextFormat(Qt.TextFormat.RichText)
        why.setWordWrap(True)
        font = why.font()
        font.setPointSizeF(font.pointSizeF() * 0.85)
        why.setFont(font)
        lay.addWidget(why)
        self.when = plain_label()  # a person's name
        self.note = QLineEdit()
        self.note.setAccessibleDescription(text)
        self.question = text
        self.note.textEdited.connect(lambda _t: self.changed.emit(self.qid))
        self._lay = lay

    def show_recorded(self, who: str, when: datetime | None) -> None:
        self.when.setText(recorded_text(who, when))


class QuestionRow(_RowBase):
    """A yes/no question: yes / no / unsure / not asked, and a note."""

    def __init__(self, number: int, row, parent=None) -> None:
        super().__init__(number, row, parent)
        answers = QHBoxLayout()
        self.group = QButtonGroup(self)
        self.group.setExclusive(True)
        for value in ANSWERS:
            label = checklist_text(ANSWER_LABELS[value])
            b = AnswerButton(label)
            b.setAccessibleName(arg(translate("ChecklistRows", "%1: question %2"), label, number))
            b.setAccessibleDescription(self.question)
            self.group.addButton(b)
            self.buttons[value] = b
            answers.addWidget(b)
        answers.addStretch(1)
        answers.addWidget(self.when)
        self._lay.addLayout(answers)
        self.note.setPlaceholderText(translate("ChecklistRows", "Note (what they said)"))
        self.note.setAccessibleName(arg(translate("ChecklistRows", "Note for question %1"), number))
        self._lay.addWidget(self.note)
        self.set_value(row.answer, row.note, row.answered_by, row.answered_at)
        self.group.buttonToggled.connect(self._toggled)
        self.text.setBuddy(self.buttons[ANSWERS[0]])

    def set_value(self, answer: str, note: str, who: str = "", when: datetime | None = None) -> None:
        self.group.blockSignals(True)  # a value from the database is not a change to save
        self.buttons.get(answer, self.buttons[NOT_ASKED]).setChecked(True)
        self.group.blockSignals(False)
        self._tab_to_ticked()
        self.note.setText(note)
        self.show_recorded(who, when)

    def _tab_to_ticked(self) -> None:
        # one Tab stop per question, on its ticked answer; the arrow keys reach the others
        for b in self.buttons.values():
            b.setFocusPolicy(Qt.FocusPolicy.StrongFocus if b.isChecked() else Qt.FocusPolicy.ClickFocus)

    def _toggled(self, _button, checked: bool) -> None:
        if checked:
            self._tab_to_ticked()
            self.changed.emit(self.qid)

    def answer(self) -> str:
        return next(v for v, b in self.buttons.items() if b.isChecked())


class OpenQuestionRow(_RowBase):
    """An open question: answered by its note (what they said), nothing to tick."""

    def __init__(self, number: int, row, parent=None) -> None:
        super().__init__(number, row, parent)
        self.note.setPlaceholderText(translate("ChecklistRows", "Their answer (what they said)"))
        self.note.setAccessibleName(arg(translate("ChecklistRows", "Answer to question %1"), number))
        line = QHBoxLayout()
        line.addWidget(self.note, 1)
        line.addWidget(self.when)
        self._lay.addLayout(line)
        self.set_value(row.answer, row.note, row.answered_by, row.answered_at)
        self.text.setBuddy(self.note)

    def set_value(self, answer: str, note: str, who: str = "", when: datetime | None = None) -> None:
        self.note.setText(note)
        self.show_recorded(who, when)

    def answer(self) -> str:
        return ANSWERED if self.note.text().strip() else NOT_ASKED


def make_row(number: int, row, parent=None) -> _RowBase:
    return OpenQuestionRow(number, row, parent) if row.is_open else QuestionRow(number, row, parent)


class ContactFields:
    """'Spoke with' (name and role) and when: the call's, shown in the checklist's header."""

    def __init__(self, contact) -> None:
        self.name = QLineEdit(contact.name)
        self.name.setPlaceholderText(translate("ChecklistRows", "Name and role of the person at the program"))
        self.name.setAccessibleName(translate("ChecklistRows", "Spoke with"))
        self.when = DateField(
            QDateTime(contact.at or datetime.now().replace(second=0, microsecond=0)), with_time=True
        )
        self.when.setAccessibleName(translate("ChecklistRows", "When we spoke to them"))

    def value(self) -> tuple[str, datetime]:
        return self.name.text(), self.when.dateTime().toPython().replace(second=0, microsecond=0)

    def set_value(self, name: str, when: datetime | None) -> None:
        for w in (self.name, self.when):
            w.blockSignals(True)
        self.name.setText(name)
        if when is not None:
            self.when.setDateTime(QDateTime(when))
        for w in (self.name, self.when):
            w.blockSignals(False)
