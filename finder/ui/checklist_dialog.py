"""The vetting checklist for one program on a shortlist: ask, tick, note; saved as you go.

Every change is written to the database within SAVE_DELAY_MS of being made (and at
once when the dialog closes), so a crash loses at most the last half second.
"""

from __future__ import annotations

import html
from datetime import datetime

from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QCheckBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from finder.domain.checklist import CONTACT_QUESTION_ID, NOT_ASKED, SECTIONS
from finder.domain.validation import phones_line
from finder.errors import UserError
from finder.services.checklists import AnswerChange, Checklist, contact_change, get_checklist, record_answers
from finder.services.conflicts import AnswerConflict
from finder.services.connection import connection_problem
from finder.services.pending_answers import clear_pending, load_pending, save_pending
from finder.ui import dialog_kit
from finder.ui.checklist_rows import ContactFields, QuestionRow, make_row

SAVE_DELAY_MS = 500
RETRY_MS = 5000  # while the database cannot be reached
WANTED_SIZE = (760, 820)  # smaller on a small screen (dialog_kit.fit_to_screen); the questions scroll


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
        self._retry = QTimer(self)
        self._retry.setSingleShot(True)
        self._retry.setInterval(RETRY_MS)
        self._retry.timeout.connect(self.save_now)
        self.checklist: Checklist = get_checklist(db, program_id, shortlist)
        # the version each answer had when shown: a save over someone else's newer answer is a conflict
        self.versions = {a.id: a.version for a in self.checklist.answers}
        self.versions[CONTACT_QUESTION_ID] = self.checklist.contact.version
        self.rows: dict[str, QuestionRow] = {}
        self._abandoned = False
        self._build()
        self._restore_unsaved()
        self.setWindowTitle(f"Checklist — {self.checklist.program.name} ({self.checklist.shortlist})")
        self.print_shortcut = QShortcut(QKeySequence(QKeySequence.StandardKey.Print), self)
        self.print_shortcut.setContext(Qt.ShortcutContext.WindowShortcut)
        self.print_shortcut.activated.connect(self.print_preview)
        dialog_kit.fit_to_screen(self, *WANTED_SIZE)

    # ------------------------------------------------------------ layout
    def _build(self) -> None:
        cl = self.checklist
        p = cl.program
        outer = QVBoxLayout(self)
        phones = phones_line(p.phone, p.intake_phone, main_label="")
        header = QLabel(f"<b style='font-size:large'>{html.escape(p.name)}</b>"
                        + (f" — {html.escape(p.name2)}" if p.name2 else "")
                        + f"<br>{html.escape(p.address)}<br>{html.escape(phones or 'no phone listed')}"
                        + (f" · {html.escape(p.website)}" if p.website else "")
                        + f"<br>Distance: {html.escape(p.distance_label)}"
                        + f" · Shortlist: {html.escape(cl.shortlist or '')}"
                        + (f"<br>Room: {html.escape(p.availability)}" if p.availability else "")
                        + (f"<br><b>⚠ {html.escape(p.delisted)}</b>" if p.delisted else ""))
        header.setTextFormat(Qt.TextFormat.RichText)  # bold name; every value in it is escaped
        header.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        header.setWordWrap(True)
        outer.addWidget(header)
        self.header = header
        caution = dialog_kit.plain_label(f"⚠ {cl.caution}", wrap=True)
        outer.addWidget(caution)

        form = QFormLayout()
        self.contact = ContactFields(cl.contact)
        self.contact_name, self.contact_when = self.contact.name, self.contact.when
        form.addRow("&Spoke with:", self.contact_name)
        form.addRow("O&n:", self.contact_when)
        self.progress = dialog_kit.plain_label()
        self.progress.setAccessibleName("Questions asked")
        form.addRow("Progress:", self.progress)
        outer.addLayout(form)
        self.contact_name.textEdited.connect(lambda _t: self._contact_changed())
        self.contact_when.dateTimeChanged.connect(lambda _d: self._contact_changed())

        body = QWidget()
        col = QVBoxLayout(body)
        number = 0
        for section in SECTIONS:
            rows = [r for r in cl.answers if r.section == section]
            if not rows:
                continue
            box = QGroupBox(section)
            box_lay = QVBoxLayout(box)
            for r in rows:
                number += 1
                qrow = make_row(number, r)
                qrow.changed.connect(self._row_changed)
                self.rows[r.id] = qrow
                box_lay.addWidget(qrow)
            col.addWidget(box)
        col.addStretch(1)
        self.scroll = QScrollArea()
        self.scroll.setWidgetResizable(True)
        self.scroll.setWidget(body)
        self.scroll.setFocusPolicy(Qt.FocusPolicy.NoFocus)  # no Tab stop that shows nothing
        outer.addWidget(self.scroll, 1)

        self.status = dialog_kit.plain_label()  # "Not saved: …" can quote a name
        self.status.setAccessibleName("Save status")
        outer.addWidget(self.status)
        buttons = QHBoxLayout()
        self.blank_copy = QCheckBox("Print &blank (no answers)")
        self.preview_button = QPushButton("Print pre&view…")
        self.preview_button.setToolTip(f"Print preview ({QKeySequence(QKeySequence.StandardKey.Print).toString()})")
        self.pdf_button = QPushButton("Save &PDF…")
        self.preview_button.clicked.connect(self.print_preview)
        self.pdf_button.clicked.connect(self.save_pdf)
        box = dialog_kit.plain_buttons(QDialogButtonBox(QDialogButtonBox.StandardButton.Close))
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
        self._queue(contact_change(*self.contact.value()))

    def _queue(self, change: AnswerChange) -> None:
        if self._abandoned:
            return
        change.base_version = self.versions.get(change.question_id, 0)
        self._pending[change.question_id] = change
        self.status.setText("Saving…")
        self._update_progress()
        # started once and never pushed back, so nothing waits longer than SAVE_DELAY_MS
        if not self._timer.isActive():
            self._timer.start()

    def has_unsaved(self) -> bool:
        return bool(self._pending)

    def save_now(self) -> bool:
        """Write what is pending; True when everything is saved.

        Nothing typed is dropped: when the database cannot be reached the changes stay here and
        in a pending-answers file, and the save is tried again every RETRY_MS.
        """
        self._timer.stop()
        self._retry.stop()
        if self._abandoned:
            return False
        if not self._pending:
            return True
        changes = list(self._pending.values())
        try:
            self.checklist = record_answers(self.db, self.program_id, self.shortlist, changes)
        except AnswerConflict as exc:
            return self._resolve(exc)
        except UserError as exc:
            self._keep(changes)
            self.status.setText(f"Not saved: {exc}")
            return False
        except Exception as exc:
            line = connection_problem(exc, self.db.url)
            if line is None:
                raise
            self._keep(changes)
            self.status.setText(f"Not saved — {line}. Your answers are kept on this computer and "
                                f"saved as soon as the database answers (trying every {RETRY_MS // 1000} s).")
            self._retry.start()
            return False
        self._pending.clear()
        clear_pending(self.db.url, self.shortlist, self.program_id)
        for ch in changes:
            self.versions[ch.question_id] = self._stored_version(ch.question_id)
        for qid, row in self.rows.items():
            a = self.checklist.answer(qid)
            row.show_recorded(a.answered_by, a.answered_at)
        self.status.setText(f"Saved {datetime.now():%H:%M:%S}")
        self.saved.emit(self.program_id, self.checklist.asked)
        return True

    def _stored_version(self, qid: str) -> int:
        return self.checklist.contact.version if qid == CONTACT_QUESTION_ID else self.checklist.answer(qid).version

    def abandon(self) -> None:
        """Close without writing anything: the database is about to be replaced (a backup restore).

        Stops the save and retry timers, forgets the unsaved answers (here and in this checklist's
        pending-answers file) and closes; nothing typed since the last save reaches any database.
        """
        self._abandoned = True
        self._timer.stop()
        self._retry.stop()
        self._pending.clear()
        try:
            clear_pending(self.db.url, self.shortlist, self.program_id)
        except OSError:
            pass  # nothing we can do; the file is tried again (and cleared) the next time it opens
        self.status.setText("Closed without saving (the directory was replaced)")
        self.close()

    def _keep(self, changes: list[AnswerChange]) -> None:
        if self._abandoned:
            return
        try:
            save_pending(self.db.url, self.shortlist, self.program_id, changes)
        except OSError:
            pass  # still in memory; the status line says it is not saved

    def _resolve(self, exc: AnswerConflict) -> bool:
        """Someone else answered the same questions first: keep theirs or overwrite with mine."""
        from finder.ui import conflict_dialog

        mine = {q: " — ".join(x for x in (c.answer or "", c.note or "") if x)
                for q, c in self._pending.items()}
        choice = conflict_dialog.choose(self, exc.theirs, mine, "this checklist")
        if choice == conflict_dialog.OVERWRITE:
            for qid, version in exc.versions.items():
                self.versions[qid] = version
                self._pending[qid].base_version = version
        elif choice == conflict_dialog.KEEP_THEIRS:
            fresh = get_checklist(self.db, self.program_id, self.shortlist)
            for qid in exc.versions:
                self._pending.pop(qid, None)
                if qid == CONTACT_QUESTION_ID:
                    self.versions[qid] = fresh.contact.version
                    self.contact.set_value(fresh.contact.name, fresh.contact.at)
                else:
                    self._show_stored(fresh.answer(qid))
        else:
            self._keep(list(self._pending.values()))
            self.status.setText("Not saved: someone else answered the same questions; "
                                "close and reopen to choose again")
            return False
        return self.save_now()

    def _show_stored(self, a) -> None:
        """Show an answer as stored (someone else's), without queueing it as a change."""
        self.versions[a.id] = a.version
        if a.id in self.rows:
            self.rows[a.id].set_value(a.answer, a.note, a.answered_by, a.answered_at)
        self._update_progress()

    def _restore_unsaved(self) -> None:
        """Answers typed last time while the database was out of reach: show them and save them."""
        changes = load_pending(self.db.url, self.shortlist, self.program_id)
        for ch in changes:
            if ch.question_id in self.rows:
                row = self.rows[ch.question_id]
                row.set_value(ch.answer or row.answer(), row.note.text() if ch.note is None else ch.note)
            elif ch.question_id == CONTACT_QUESTION_ID:
                self.contact.set_value(ch.note or "", ch.answered_at)
            else:
                continue
            self._pending[ch.question_id] = ch
        if self._pending:
            self._update_progress()
            self.status.setText(f"{len(self._pending)} answer(s) typed earlier were not saved yet; saving…")
            self._timer.start()

    def _update_progress(self) -> None:
        asked = sum(1 for r in self.rows.values() if r.answer() != NOT_ASKED)  # the contact is no question
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
        dialog_kit.open_large_preview(self._preview)
        self._preview.exec()

    def suggested_pdf_name(self) -> str:
        """'Checklist-Harbor-Path-IOP.pdf' (the program's name, never an internal id)."""
        blank = "" if not self.blank_copy.isChecked() else "-blank"
        stem = dialog_kit.safe_file_stem(self.checklist.program.name)
        return f"Checklist-{stem}{blank}.pdf"

    def save_pdf(self) -> str | None:
        from finder.reports.printing import write_checklist_pdf

        cl, filled = self._printable()
        path = dialog_kit.ask_save_path(self, "Save checklist as PDF", self.suggested_pdf_name(),
                                        "PDF (*.pdf)", ".pdf")
        if not path:
            return None
        try:
            write_checklist_pdf(cl, path, paper=default_paper(), filled=filled)
        except UserError as exc:
            dialog_kit.warn(self, "Checklist not saved", str(exc))
            return None
        self.status.setText(dialog_kit.say_saved(self, path, "checklist PDF"))
        return path


def preview_checklist(parent, cl: Checklist, filled: bool = True, *, run: bool = True):
    """A print preview of the checklist; printing from it prints exactly what is shown."""
    from PySide6.QtPrintSupport import QPrinter, QPrintPreviewDialog

    from finder.reports.printing import print_checklist, setup_page

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
