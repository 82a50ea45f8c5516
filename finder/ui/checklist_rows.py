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
    QDateTimeEdit,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QRadioButton,
    QVBoxLayout,
    QWidget,
)

from finder.domain.checklist import ANSWER_LABELS, ANSWERED, ANSWERS, NOT_ASKED
from finder.domain.validation import phones_line
from finder.services.checklists import shown_name
from finder.ui.dialog_kit import literal, plain_label

_BACK_KEYS = (Qt.Key.Key_Left, Qt.Key.Key_Up)
_NEXT_KEYS = (Qt.Key.Key_Right, Qt.Key.Key_Down)


def header_html(cl) -> str:
    """The checklist window's heading: the program (its name bold), where, phones, room; all escaped."""
    p = cl.program
    phones = phones_line(p.phone, p.intake_phone, main_label="")
    return (f"<b style='font-size:large'>{html.escape(p.name)}</b>"
            + (f" — {html.escape(p.name2)}" if p.name2 else "")
            + f"<br>{html.escape(p.address)}<br>{html.escape(phones or 'no phone listed')}"
            + (f" · {html.escape(p.website)}" if p.website else "")
            + f"<br>Distance: {html.escape(p.distance_label)}"
            + f" · Shortlist: {html.escape(cl.shortlist or '')}"
            + (f"<br>Room: {html.escape(p.availability)}" if p.availability else "")
            + (f"<br><b>⚠ {html.escape(p.delisted)}</b>" if p.delisted else ""))


def recorded_text(who: str, when: datetime | None) -> str:
    """'2026-03-04 10:30 Casey Ortiz', with no name when none was set (never the login name)."""
    return f"{when:%Y-%m-%d %H:%M} {shown_name(who)}".strip() if when else ""


class AnswerButton(QRadioButton):
    """A radio button whose arrow keys move the focus along its group without ticking anything."""

    def keyPressEvent(self, event) -> None:
        key = event.key()
        group = self.group()
        if group is not None and key in _BACK_KEYS + _NEXT_KEYS:
            buttons = group.buttons()
            i = buttons.index(self) + (-1 if key in _BACK_KEYS else 1)
            if 0 <= i < len(buttons):
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
        self.text = QLabel(f"<b>{number}.</b> {html.escape(row.text)}")
        self.text.setTextFormat(Qt.TextFormat.RichText)  # the bold number; the question is escaped
        self.text.setWordWrap(True)
        self.text.setToolTip(literal(f"Why ask: {row.why}\nSource: {row.source_title}"))
        lay.addWidget(self.text)
        why = QLabel(f"{html.escape(row.why)} <i>({html.escape(row.source_title)})</i>")
        why.setTextFormat(Qt.TextFormat.RichText)
        why.setWordWrap(True)
        font = why.font()
        font.setPointSizeF(font.pointSizeF() * 0.85)
        why.setFont(font)
        lay.addWidget(why)
        self.when = plain_label()  # a person's name
        self.note = QLineEdit()
        self.note.setAccessibleDescription(row.text)
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
            b = AnswerButton(ANSWER_LABELS[value])
            b.setAccessibleName(f"{ANSWER_LABELS[value]}: question {number}")
            b.setAccessibleDescription(row.text)
            self.group.addButton(b)
            self.buttons[value] = b
            answers.addWidget(b)
        answers.addStretch(1)
        answers.addWidget(self.when)
        self._lay.addLayout(answers)
        self.note.setPlaceholderText("Note (what they said)")
        self.note.setAccessibleName(f"Note for question {number}")
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
        self.note.setPlaceholderText("Their answer (what they said)")
        self.note.setAccessibleName(f"Answer to question {number}")
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
        self.name.setPlaceholderText("Name and role of the person at the program")
        self.name.setAccessibleName("Spoke with")
        self.when = QDateTimeEdit(QDateTime(contact.at or datetime.now().replace(second=0, microsecond=0)))
        self.when.setCalendarPopup(True)
        self.when.setDisplayFormat("yyyy-MM-dd HH:mm")
        self.when.setAccessibleName("When we spoke to them")

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
