"""The vetting checklist for one program on a shortlist: ask, tick, note; saved as you go.

Every change is written to the database within SAVE_DELAY_MS of being made (and at
once when the dialog closes), so a crash loses at most the last half second. The dialog
opens at once and fills in when its checklist is read; reads and writes run off the GUI
thread (finder/ui/operations.py), one batch of answers on its way at a time.
"""

from __future__ import annotations

import contextlib
import threading
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

from finder.domain.checklist import CONTACT_QUESTION_ID, NOT_ASKED
from finder.errors import UserError
from finder.reports.i18n import checklist_text, user_message
from finder.services.checklists import AnswerChange, Checklist, contact_change, get_checklist, record_answers
from finder.services.conflicts import AnswerConflict
from finder.services.pending_answers import clear_pending, load_pending, save_pending
from finder.texts.connection import connection_problem
from finder.ui import dialog_kit
from finder.ui.checklist_print import pdf_name, preview_checklist, save_checklist_pdf
from finder.ui.checklist_rows import ContactFields, QuestionRow, conflict_texts, header_html, make_row
from finder.ui.operations import QueryOp, WriteOp
from finder.ui.texts import arg, translate, translate_n
from finder.ui.workers import task_runner

SAVE_DELAY_MS = 500
RETRY_MS = 5000  # while the database cannot be reached
PRINT_WAIT_MS = 10_000  # what was typed is stored before printing, or this long has passed
WANTED_SIZE = (760, 820)  # smaller on a small screen (dialog_kit.fit_to_screen); the questions scroll


class ChecklistDialog(QDialog):
    """The checklist of `program_id` on the shortlist `shortlist` (its name)."""

    saved = Signal(int, int)  # program id, questions asked
    checklistLoaded = Signal()

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
        self.checklist: Checklist | None = None  # once read
        self.versions: dict[str, int] = {}  # each answer's version when shown: a newer one is a conflict
        self.rows: dict[str, QuestionRow] = {}
        self._abandoned = False
        self._gone = threading.Event()  # abandoned: a save on its way keeps no pending-answers file
        self._saving: dict[str, AnswerChange] | None = None  # the batch on its way (or a conflict open)
        self.setWindowTitle(arg(translate("ChecklistDialog", "Checklist (%1)"), shortlist))
        self._layout = QVBoxLayout(self)
        self._layout.setContentsMargins(0, 0, 0, 0)
        self.print_shortcut = QShortcut(QKeySequence(QKeySequence.StandardKey.Print), self)
        self.print_shortcut.setContext(Qt.ShortcutContext.WindowShortcut)
        self.print_shortcut.activated.connect(self.print_preview)
        dialog_kit.fit_to_screen(self, *WANTED_SIZE)
        QueryOp(
            self,
            lambda: (get_checklist(db, program_id, shortlist), load_pending(db.url, shortlist, program_id)),
            self._loaded,
            self._load_failed,
            url=db.url,
            after_writes=True,
        ).run()

    def is_loaded(self) -> bool:
        return self.checklist is not None

    def _loaded(self, got) -> None:
        self.checklist, unsaved = got
        self.versions = {a.id: a.version for a in self.checklist.answers}
        self.versions[CONTACT_QUESTION_ID] = self.checklist.contact.version
        self._build()
        self._restore_unsaved(unsaved)
        self.setWindowTitle(
            arg(
                translate("ChecklistDialog", "Checklist — %1 (%2)"),
                self.checklist.program.name,
                self.checklist.shortlist,
            )
        )
        self.checklistLoaded.emit()

    def _load_failed(self, message: str) -> None:
        dialog_kit.warn(self.parentWidget() or self, translate("Shortlist", "Checklist"), message)
        self.reject()

    # ------------------------------------------------------------ layout
    def _build(self) -> None:
        cl = self.checklist
        content = QWidget()  # made once the checklist is read, shown whole
        outer = QVBoxLayout(content)
        header = QLabel(header_html(cl))
        header.setTextFormat(Qt.TextFormat.RichText)  # bold name; every value in it is escaped
        header.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        header.setWordWrap(True)
        outer.addWidget(header)
        self.header = header
        caution = dialog_kit.plain_label(f"⚠ {checklist_text(cl.caution)}", wrap=True)
        outer.addWidget(caution)

        form = QFormLayout()
        self.contact = ContactFields(cl.contact)
        self.contact_name, self.contact_when = self.contact.name, self.contact.when
        form.addRow(translate("ChecklistDialog", "&Spoke with:"), self.contact_name)
        form.addRow(translate("ChecklistDialog", "O&n:"), self.contact_when)
        self.progress = dialog_kit.plain_label()
        self.progress.setAccessibleName(translate("ChecklistDialog", "Questions asked"))
        form.addRow(translate("ChecklistDialog", "Progress:"), self.progress)
        outer.addLayout(form)
        self.contact_name.textEdited.connect(lambda _t: self._contact_changed())
        self.contact_when.dateTimeChanged.connect(lambda _d: self._contact_changed())

        body = QWidget()
        col = QVBoxLayout(body)
        number = 0
        for section in cl.sections:  # the sections of unknown needs' questions first
            rows = [r for r in cl.answers if r.section == section]
            if not rows:
                continue
            box = QGroupBox(dialog_kit.no_mnemonic(checklist_text(section)))
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
        self.status.setAccessibleName(translate("ChecklistDialog", "Save status"))
        outer.addWidget(self.status)
        buttons = QHBoxLayout()
        self.blank_copy = QCheckBox(translate("ChecklistDialog", "Print &blank (no answers)"))
        self.preview_button = QPushButton(translate("ChecklistDialog", "Print pre&view…"))
        self.preview_button.setToolTip(
            arg(
                translate("ChecklistDialog", "Print preview (%1)"),
                QKeySequence(QKeySequence.StandardKey.Print).toString(),
            )
        )
        self.pdf_button = QPushButton(translate("ChecklistDialog", "Save &PDF…"))
        language_label, self.language = dialog_kit.printout_language_combo(self)
        self.preview_button.clicked.connect(self.print_preview)
        self.pdf_button.clicked.connect(self.save_pdf)
        box = dialog_kit.plain_buttons(QDialogButtonBox(QDialogButtonBox.StandardButton.Close))
        box.rejected.connect(self.reject)
        for w in (self.blank_copy, language_label, self.language, self.preview_button, self.pdf_button):
            buttons.addWidget(w)
        buttons.addStretch(1)
        buttons.addWidget(box)
        outer.addLayout(buttons)
        self._update_progress()
        self._layout.addWidget(content)
        content.show()

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
        self.status.setText(translate("ChecklistDialog", "Saving…"))
        self._update_progress()
        # started once and never pushed back, so nothing waits longer than SAVE_DELAY_MS
        if not self._timer.isActive():
            self._timer.start()

    def has_unsaved(self) -> bool:
        """Something typed is not stored yet (waiting for its delay, or on its way)."""
        return bool(self._pending or self._saving)

    def save_now(self) -> bool:
        """Send what is pending (one batch on its way at a time); True when nothing is left to send.

        Nothing typed is dropped: while the database cannot be reached the changes stay here and
        in a pending-answers file, and the save is tried again every RETRY_MS.
        """
        self._timer.stop()
        self._retry.stop()
        if self._abandoned:
            return False
        if not self._pending:
            return self._saving is None
        if self._saving is not None:
            return False  # sent once the batch on its way is stored
        self._saving, self._pending = self._pending, {}
        changes = list(self._saving.values())
        db, pid, name, gone = self.db, self.program_id, self.shortlist, self._gone

        def keep() -> None:
            if not gone.is_set():
                with contextlib.suppress(OSError):  # else still in memory; the status line says so
                    save_pending(db.url, name, pid, changes)

        def write():
            try:
                checklist = record_answers(db, pid, name, changes)
            except AnswerConflict as exc:
                return "conflict", exc
            except UserError as exc:
                keep()
                return "refused", user_message(exc)
            except Exception as exc:
                line = connection_problem(exc, db.url)
                if line is None:
                    raise
                keep()
                return "offline", line
            clear_pending(db.url, name, pid)
            return "saved", checklist

        WriteOp(self, write, self._sent, self._failed, scope="checklist", url=db.url).run()
        return False

    def _sent(self, outcome) -> None:
        kind, value = outcome
        batch, self._saving = self._saving or {}, None
        if self._abandoned:
            return
        if kind != "saved":
            self._pending = {**batch, **self._pending}  # what was typed since is newer
            if kind == "conflict":
                self._resolve(value)
            elif kind == "refused":
                self.status.setText(arg(translate("ChecklistDialog", "Not saved: %1"), value))
            else:
                self.status.setText(
                    arg(
                        translate(
                            "ChecklistDialog",
                            "Not saved — %1. Your answers are kept on this "
                            "computer and saved as soon as the database answers (trying every "
                            "%2 s).",
                        ),
                        value,
                        RETRY_MS // 1000,
                    )
                )
                self._retry.start()
            return
        self.checklist = value
        for qid in batch:
            self.versions[qid] = self._stored_version(qid)
            if qid in self._pending:  # typed again meanwhile: over the version just stored
                self._pending[qid].base_version = self.versions[qid]
        for qid, row in self.rows.items():
            a = self.checklist.answer(qid)
            row.show_recorded(a.answered_by, a.answered_at)
        self.saved.emit(self.program_id, self.checklist.asked)
        if self._pending:
            self.save_now()
        else:
            self.status.setText(
                arg(translate("ChecklistDialog", "Saved %1", "time"), f"{datetime.now():%H:%M:%S}")
            )

    def _failed(self, message: str) -> None:
        """A bug, not the database being away: kept here, not retried (the log has the details)."""
        batch, self._saving = self._saving or {}, None
        if not self._abandoned:
            self._pending = {**batch, **self._pending}
            self.status.setText(arg(translate("ChecklistDialog", "Not saved: %1"), message))

    def _stored_version(self, qid: str) -> int:
        return (
            self.checklist.contact.version
            if qid == CONTACT_QUESTION_ID
            else self.checklist.answer(qid).version
        )

    def abandon(self) -> None:
        """Close without writing: the database is about to be replaced (a backup restore).

        Forgets the unsaved answers (here and in the pending-answers file); a save already on
        its way lands; nothing typed since reaches any database.
        """
        self._abandoned = True
        self._gone.set()
        self._timer.stop()
        self._retry.stop()
        self._pending.clear()
        with contextlib.suppress(OSError):  # else tried again (and cleared) the next time it opens
            clear_pending(self.db.url, self.shortlist, self.program_id)
        self.status.setText(
            translate("ChecklistDialog", "Closed without saving (the directory was replaced)")
        )
        self.close()

    def _resolve(self, exc: AnswerConflict) -> None:
        """Someone else answered the same questions first: keep theirs or overwrite with mine."""
        from finder.ui import conflict_dialog

        theirs, mine = conflict_texts(exc.theirs, self._pending)  # in the window's language
        self._saving = {}  # nothing is sent while the user chooses
        choice = conflict_dialog.choose(self, theirs, mine, translate("ChecklistDialog", "this checklist"))
        self._saving = None
        if choice == conflict_dialog.OVERWRITE:
            for qid, version in exc.versions.items():
                self.versions[qid] = version
                self._pending[qid].base_version = version
            self.save_now()
        elif choice == conflict_dialog.KEEP_THEIRS:
            db, pid, name = self.db, self.program_id, self.shortlist
            self._saving = {}  # until theirs is shown
            QueryOp(
                self,
                lambda: get_checklist(db, pid, name),
                lambda fresh: self._keep_theirs(exc, fresh),
                self._failed,
                url=db.url,
                after_writes=True,
            ).run()
        else:
            with contextlib.suppress(OSError):  # else still in memory; the status line says so
                save_pending(self.db.url, self.shortlist, self.program_id, list(self._pending.values()))
            self.status.setText(
                translate(
                    "ChecklistDialog",
                    "Not saved: someone else answered the same questions; close and reopen to choose again",
                )
            )

    def _keep_theirs(self, exc: AnswerConflict, fresh: Checklist) -> None:
        self._saving = None
        for qid in exc.versions:
            self._pending.pop(qid, None)
            if qid == CONTACT_QUESTION_ID:
                self.versions[qid] = fresh.contact.version
                self.contact.set_value(fresh.contact.name, fresh.contact.at)
            else:
                self._show_stored(fresh.answer(qid))
        self.save_now()

    def _show_stored(self, a) -> None:
        """Show an answer as stored (someone else's), without queueing it as a change."""
        self.versions[a.id] = a.version
        if a.id in self.rows:
            self.rows[a.id].set_value(a.answer, a.note, a.answered_by, a.answered_at)
        self._update_progress()

    def _restore_unsaved(self, changes: list[AnswerChange]) -> None:
        """Answers typed last time while the database was out of reach: show them and save them."""
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
            self.status.setText(
                translate_n(
                    "ChecklistDialog",
                    "%n answer(s) typed earlier were not saved yet; saving…",
                    len(self._pending),
                )
            )
            self._timer.start()

    def _update_progress(self) -> None:
        asked = sum(1 for r in self.rows.values() if r.answer() != NOT_ASKED)  # the contact is no question
        self.progress.setText(
            arg(translate("ChecklistDialog", "%1 of %2 asked"), asked, self.checklist.total)
        )

    def _send_before_closing(self) -> None:
        if self._saving and self._pending:  # typed again while a save is on its way: it goes next
            task_runner().drain_writes(PRINT_WAIT_MS)  # (the window keeps turning meanwhile)
        self.save_now()

    def done(self, result: int) -> None:
        self._send_before_closing()
        super().done(result)

    def closeEvent(self, event) -> None:
        self._send_before_closing()
        super().closeEvent(event)

    # ------------------------------------------------------------ printing
    def _printable(self) -> tuple[Checklist, bool]:
        self.save_now()
        task_runner().drain_writes(PRINT_WAIT_MS)  # what was typed is stored first; the window turns
        return self.checklist, not self.blank_copy.isChecked()

    def print_preview(self) -> None:
        if not self.is_loaded():
            return
        cl, filled = self._printable()
        self._preview = preview_checklist(
            self, cl, filled, run=False, lang=self.language.currentData()
        )  # tests look at it
        self._preview.exec()

    def suggested_pdf_name(self) -> str:
        return pdf_name(self.checklist.program.name, self.blank_copy.isChecked())

    def save_pdf(self) -> str | None:
        return save_checklist_pdf(self, *self._printable(), self.language.currentData())
