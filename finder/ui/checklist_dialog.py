"""The vetting checklist for one program on a shortlist: ask, tick, note; saved as you go.

Every change is written to the database within SAVE_DELAY_MS of being made (and at
once when the dialog closes), so a crash loses at most the last half second.
"""

from __future__ import annotations

import html
from datetime import datetime

from PySide6.QtCore import QDateTime, Qt, QTimer, Signal
from PySide6.QtWidgets import (
    QButtonGroup,
    QCheckBox,
    QDateTimeEdit,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPushButton,
    QRadioButton,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from finder.domain.checklist import ANSWER_LABELS, ANSWERS, CONTACT_QUESTION_ID, NOT_ASKED, SECTIONS
from finder.errors import UserError
from finder.services.checklists import AnswerChange, Checklist, get_checklist, record_answers

SAVE_DELAY_MS = 500


class QuestionRow(QWidget):
    """One question: its text, yes / no / unsure / not asked, and a note."""

    changed = Signal(str)  # question id

    def __init__(self, number: int, row, parent=None) -> None:
        super().__init__(parent)
        self.qid = row.id
        lay = QVBoxLayout(self)
        lay.setContentsMargins(0, 4, 0, 4)
        text = QLabel(f"<b>{number}.</b> {html.escape(row.text)}")
        text.setWordWrap(True)
        text.setToolTip(f"Why ask: {row.why}\nSource: {row.source}")
        lay.addWidget(text)
        why = QLabel(f"{html.escape(row.why)} <i>({html.escape(row.source)})</i>")
        why.setWordWrap(True)
        font = why.font()
        font.setPointSizeF(font.pointSizeF() * 0.85)
        why.setFont(font)
        lay.addWidget(why)
        answers = QHBoxLayout()
        self.group = QButtonGroup(self)
        self.buttons: dict[str, QRadioButton] = {}
        for value in ANSWERS:
            b = QRadioButton(ANSWER_LABELS[value])
            b.setAccessibleName(f"{ANSWER_LABELS[value]}: question {number}")
            b.setAccessibleDescription(row.text)
            self.group.addButton(b)
            self.buttons[value] = b
            answers.addWidget(b)
        answers.addStretch(1)
        self.when = QLabel()
        answers.addWidget(self.when)
        lay.addLayout(answers)
        self.note = QLineEdit()
        self.note.setPlaceholderText("Note (what they said)")
        self.note.setAccessibleName(f"Note for question {number}")
        self.note.setAccessibleDescription(row.text)
        lay.addWidget(self.note)
        self.set_value(row.answer, row.note, row.answered_by, row.answered_at)
        self.group.buttonToggled.connect(self._toggled)
        self.note.textEdited.connect(lambda _t: self.changed.emit(self.qid))
        text.setBuddy(self.buttons[ANSWERS[0]])

    def set_value(self, answer: str, note: str, who: str = "", when: datetime | None = None) -> None:
        self.buttons.get(answer, self.buttons[NOT_ASKED]).setChecked(True)
        self.note.setText(note)
        self.when.setText(f"{when:%Y-%m-%d %H:%M} {who}".strip() if when else "")

    def _toggled(self, _button, checked: bool) -> None:
        if checked:
            self.changed.emit(self.qid)

    def answer(self) -> str:
        return next(v for v, b in self.buttons.items() if b.isChecked())


class ChecklistDialog(QDialog):
    """The checklist of `program_id` on the shortlist `shortlist` (its name)."""

    saved = Signal(int, int)  # program id, questions asked

    def __init__(self, db, shortlist: str, program_id: int, parent=None) -> None:
        super().__init__(parent)
        self.db = db
        self.shortlist = shortlist
        self.program_id = program_id
        self._pending: dict[str, AnswerChange] = {}
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(SAVE_DELAY_MS)
        self._timer.timeout.connect(self.save_now)
        self.checklist: Checklist = get_checklist(db, program_id, shortlist)
        self.rows: dict[str, QuestionRow] = {}
        self._build()
        self.setWindowTitle(f"Checklist — {self.checklist.program.name} ({self.checklist.shortlist})")
        self.resize(760, 820)

    # ------------------------------------------------------------ layout
    def _build(self) -> None:
        cl = self.checklist
        p = cl.program
        outer = QVBoxLayout(self)
        phones = " · ".join(x for x in (p.phone, p.intake_phone and f"intake {p.intake_phone}") if x)
        header = QLabel(f"<b style='font-size:large'>{html.escape(p.name)}</b>"
                        + (f" — {html.escape(p.name2)}" if p.name2 else "")
                        + f"<br>{html.escape(p.address)}<br>{html.escape(phones or 'no phone listed')}"
                        + (f" · {html.escape(p.website)}" if p.website else "")
                        + f"<br>Distance: {html.escape(p.distance_label)}"
                        + f" · Shortlist: {html.escape(cl.shortlist or '')}")
        header.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        header.setWordWrap(True)
        outer.addWidget(header)
        caution = QLabel(f"⚠ {html.escape(cl.caution)}")
        caution.setWordWrap(True)
        outer.addWidget(caution)

        form = QFormLayout()
        contact = cl.answer(CONTACT_QUESTION_ID)
        self.contact_name = QLineEdit(contact.note)
        self.contact_name.setPlaceholderText("Name and role of the person at the program")
        self.contact_name.setAccessibleName("Who we spoke to")
        self.contact_when = QDateTimeEdit(QDateTime(contact.answered_at or datetime.now().replace(second=0)))
        self.contact_when.setCalendarPopup(True)
        self.contact_when.setDisplayFormat("yyyy-MM-dd HH:mm")
        self.contact_when.setAccessibleName("When we spoke to them")
        form.addRow("&Who we spoke to:", self.contact_name)
        form.addRow("W&hen:", self.contact_when)
        self.progress = QLabel()
        self.progress.setAccessibleName("Questions asked")
        form.addRow("Progress:", self.progress)
        outer.addLayout(form)
        self.contact_name.textEdited.connect(lambda _t: self._contact_changed())
        self.contact_when.dateTimeChanged.connect(lambda _d: self._contact_changed())

        body = QWidget()
        col = QVBoxLayout(body)
        number = 0
        for section in SECTIONS:
            rows = [r for r in cl.answers if r.section == section and r.id != CONTACT_QUESTION_ID]
            if not rows:
                continue
            box = QGroupBox(section)
            box_lay = QVBoxLayout(box)
            for r in rows:
                number += 1
                qrow = QuestionRow(number, r)
                qrow.changed.connect(self._row_changed)
                self.rows[r.id] = qrow
                box_lay.addWidget(qrow)
            col.addWidget(box)
        col.addStretch(1)
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setWidget(body)
        outer.addWidget(scroll, 1)

        self.status = QLabel()
        self.status.setAccessibleName("Save status")
        outer.addWidget(self.status)
        buttons = QHBoxLayout()
        self.blank_copy = QCheckBox("Print &blank (no answers)")
        self.preview_button = QPushButton("Print pre&view…")
        self.pdf_button = QPushButton("Save &PDF…")
        self.preview_button.clicked.connect(self.print_preview)
        self.pdf_button.clicked.connect(self.save_pdf)
        box = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        box.rejected.connect(self.reject)
        for w in (self.blank_copy, self.preview_button, self.pdf_button):
            buttons.addWidget(w)
        buttons.addStretch(1)
        buttons.addWidget(box)
        outer.addLayout(buttons)
        self._update_progress()

    # ------------------------------------------------------------ saving
    def _row_changed(self, qid: str) -> None:
        row = self.rows[qid]
        self._queue(AnswerChange(qid, row.answer(), row.note.text()))

    def _contact_changed(self) -> None:
        name = self.contact_name.text()
        when = self.contact_when.dateTime().toPython().replace(second=0, microsecond=0)
        self._queue(AnswerChange(CONTACT_QUESTION_ID, "yes" if name.strip() else NOT_ASKED, name, when))

    def _queue(self, change: AnswerChange) -> None:
        self._pending[change.question_id] = change
        self.status.setText("Saving…")
        self._update_progress()
        # started once and never pushed back, so nothing waits longer than SAVE_DELAY_MS
        if not self._timer.isActive():
            self._timer.start()

    def has_unsaved(self) -> bool:
        return bool(self._pending)

    def save_now(self) -> bool:
        """Write what is pending; True when everything is saved."""
        self._timer.stop()
        if not self._pending:
            return True
        changes = list(self._pending.values())
        self._pending.clear()
        try:
            self.checklist = record_answers(self.db, self.program_id, self.shortlist, changes)
        except UserError as exc:
            self.status.setText(f"Not saved: {exc}")
            return False
        for qid, row in self.rows.items():
            a = self.checklist.answer(qid)
            row.when.setText(f"{a.answered_at:%Y-%m-%d %H:%M} {a.answered_by}".strip()
                             if a.answered_at else "")
        self.status.setText(f"Saved {datetime.now():%H:%M:%S}")
        self.saved.emit(self.program_id, self.checklist.asked)
        return True

    def _update_progress(self) -> None:
        asked = sum(1 for r in self.rows.values() if r.answer() != NOT_ASKED)
        asked += 1 if self.contact_name.text().strip() else 0
        self.progress.setText(f"{asked} of {self.checklist.total} asked")

    def done(self, result: int) -> None:
        self.save_now()
        super().done(result)

    def closeEvent(self, event) -> None:
        self.save_now()
        super().closeEvent(event)

    # ------------------------------------------------------------ printing
    def _printable(self) -> tuple[Checklist, bool]:
        self.save_now()
        return self.checklist, not self.blank_copy.isChecked()

    def print_preview(self) -> None:
        cl, filled = self._printable()
        self._preview = preview_checklist(self, cl, filled, run=False)  # tests look at it
        self._preview.exec()

    def save_pdf(self) -> str | None:
        from finder.printing import write_checklist_pdf

        cl, filled = self._printable()
        suggested = f"checklist-{cl.program.id}{'' if filled else '-blank'}.pdf"
        path, _ = QFileDialog.getSaveFileName(self, "Save checklist as PDF", suggested, "PDF (*.pdf)")
        if not path:
            return None
        if not path.lower().endswith(".pdf"):
            path += ".pdf"
        try:
            write_checklist_pdf(cl, path, paper=default_paper(), filled=filled)
        except UserError as exc:
            QMessageBox.warning(self, "Checklist not saved", str(exc))
            return None
        self.status.setText(f"Saved PDF: {path}")
        return path


def preview_checklist(parent, cl: Checklist, filled: bool = True, *, run: bool = True):
    """A print preview of the checklist; printing from it prints exactly what is shown."""
    from PySide6.QtPrintSupport import QPrinter, QPrintPreviewDialog

    from finder.printing import print_checklist, setup_page

    printer = QPrinter(QPrinter.PrinterMode.HighResolution)
    setup_page(printer, default_paper())
    dialog = QPrintPreviewDialog(printer, parent)
    dialog.setWindowTitle(f"Print checklist — {cl.program.name}")
    dialog.paintRequested.connect(lambda prn: print_checklist(cl, prn, filled=filled))
    dialog.printer_ = printer  # keep the printer alive as long as the dialog
    if run:
        dialog.exec()
    return dialog


def default_paper() -> str:
    """Letter where the system's measurements are US ones, A4 elsewhere."""
    from PySide6.QtCore import QLocale

    return "letter" if QLocale.system().measurementSystem() == QLocale.MeasurementSystem.ImperialUSSystem \
        else "a4"
