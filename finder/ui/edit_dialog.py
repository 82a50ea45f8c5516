"""Edit → Edit program / Add program: a form checked by the same rules as `finder edit`.

A broken rule is shown next to its field (text and a mark, not colour alone); nothing is
saved until every field passes. The program is read and saved off the GUI thread.
"""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP, Qt
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QGridLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from finder.domain.validation import STATUSES, ValidationError, verification_state
from finder.reports.i18n import user_message
from finder.services.directory import ProgramDetail, get_program
from finder.services.editing import EditConflict, add_program, edit_program, mark_verified, validate_edit
from finder.ui.dialog_kit import fit_to_screen, no_mnemonic, plain_buttons, plain_label, warn
from finder.ui.operations import QueryOp, WriteOp
from finder.ui.texts import arg, translate

# the labels and hints are marked for the catalogue here and translated where they are shown
LINE_FIELDS = (
    ("name", QT_TRANSLATE_NOOP("EditDialog", "Name")),
    ("name2", QT_TRANSLATE_NOOP("EditDialog", "Second name")),
    ("street1", QT_TRANSLATE_NOOP("EditDialog", "Street")),
    ("street2", QT_TRANSLATE_NOOP("EditDialog", "Street (line 2)")),
    ("city", QT_TRANSLATE_NOOP("EditDialog", "City")),
    ("state", QT_TRANSLATE_NOOP("EditDialog", "State")),
    ("zip", QT_TRANSLATE_NOOP("EditDialog", "ZIP")),
    ("county", QT_TRANSLATE_NOOP("EditDialog", "County")),
    ("phone", QT_TRANSLATE_NOOP("EditDialog", "Phone")),
    ("intake_phone", QT_TRANSLATE_NOOP("EditDialog", "Intake phone")),
    ("website", QT_TRANSLATE_NOOP("EditDialog", "Website")),
    ("location", QT_TRANSLATE_NOOP("EditDialog", "Location (lat, lon)")),
    ("insurers", QT_TRANSLATE_NOOP("EditDialog", "Insurance carriers")),
    ("accreditation", QT_TRANSLATE_NOOP("EditDialog", "Accreditation")),
)
LIST_FIELDS = ("accreditation",)  # shown as "a; b", saved as lists
TAG_VOCABS = (
    ("types", QT_TRANSLATE_NOOP("EditDialog", "Type")),
    ("levels", QT_TRANSLATE_NOOP("EditDialog", "Level of care")),
    ("payments", QT_TRANSLATE_NOOP("EditDialog", "Payment")),
    ("populations", QT_TRANSLATE_NOOP("EditDialog", "Serves")),
    ("therapies", QT_TRANSLATE_NOOP("EditDialog", "Therapies")),
    ("languages", QT_TRANSLATE_NOOP("EditDialog", "Languages besides English")),
    ("supports", QT_TRANSLATE_NOOP("EditDialog", "Support services")),
    ("schedule", QT_TRANSLATE_NOOP("EditDialog", "Hours")),
)
TAG_COLUMNS = 2  # three do not fit beside the form on a laptop screen at 200 %
PLACEHOLDERS = {
    "state": QT_TRANSLATE_NOOP("EditDialog", "e.g. CA"),
    "zip": QT_TRANSLATE_NOOP("EditDialog", "5 digits"),
    "phone": "949-555-0100",
    "website": "https://…",
    "location": QT_TRANSLATE_NOOP("EditDialog", "leave empty to place it at the ZIP"),
    "insurers": QT_TRANSLATE_NOOP("EditDialog", "e.g. Aetna; Blue Shield"),
    "accreditation": QT_TRANSLATE_NOOP("EditDialog", "e.g. CARF; Joint Commission"),
}
UNTRANSLATED = ("phone", "website")  # placeholders that are examples, the same in every language
STATUS_NAMES = (
    QT_TRANSLATE_NOOP("EditDialog", "Active"),  # in the order of STATUSES
    QT_TRANSLATE_NOOP("EditDialog", "Do not refer"),
)
PRECISIONS = {
    "exact": QT_TRANSLATE_NOOP("EditDialog", "exact"),
    "zip": QT_TRANSLATE_NOOP("EditDialog", "zip"),
}


def _placeholder(field: str) -> str:
    text = PLACEHOLDERS.get(field, "")
    return text if not text or field in UNTRANSLATED else translate("EditDialog", text)


def _list_text(field: str, items: list[str]) -> str:
    """How a stored list reads in the form: "CARF; Joint Commission"."""
    return "; ".join(items)


class EditDialog(QDialog):
    def __init__(self, db, program_id: int | None = None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.db = db
        self.program_id = program_id
        self.program: ProgramDetail | None = None  # read off the GUI thread; the form fills in then
        self.result_program: ProgramDetail | None = None
        self.setWindowTitle(
            translate("EditDialog", "Edit program")
            if program_id is not None
            else translate("EditDialog", "Add a program")
        )
        self.edits: dict[str, QLineEdit] = {}
        self.errors: dict[str, QLabel] = {}
        self.boxes: dict[str, dict[str, QCheckBox]] = {}

        form = QFormLayout()
        for field, label in LINE_FIELDS:
            edit = QLineEdit(self)
            name = translate("EditDialog", label)
            edit.setAccessibleName(name)
            edit.setPlaceholderText(_placeholder(field))
            self.edits[field] = edit
            form.addRow(arg(translate("EditDialog", "%1:"), name), self._with_error(field, edit))
        self.status = QComboBox(self)
        self.status.addItems([translate("EditDialog", s) for s in STATUS_NAMES])
        self.status.setAccessibleName(translate("EditDialog", "Status"))
        form.addRow(translate("EditDialog", "Status:"), self._with_error("status", self.status))
        self.reason = QLineEdit(self)
        self.reason.setAccessibleName(translate("EditDialog", "Reason for do-not-refer"))
        form.addRow(translate("EditDialog", "Reason:"), self._with_error("status_reason", self.reason))
        self.notes = QPlainTextEdit(self)
        self.notes.setAccessibleName(translate("EditDialog", "Notes"))
        self.notes.setFixedHeight(60)
        form.addRow(translate("EditDialog", "Notes:"), self._with_error("notes", self.notes))
        self.verified = QCheckBox(translate("EditDialog", "Mark as &verified today"), self)
        self.verified.setToolTip(
            translate("EditDialog", "Tick when you have checked these details with the program today")
        )
        self.verified_label = plain_label(parent=self)  # "… by <a person's name>"
        form.addRow(translate("EditDialog", "Verified:"), self.verified_label)
        form.addRow("", self.verified)

        tags = QVBoxLayout()
        from finder.domain.taxonomy import VOCABULARIES
        from finder.reports.i18n import vocabulary_label

        for vocab, title in TAG_VOCABS:
            group = QGroupBox(translate("EditDialog", title), self)
            grid = QGridLayout(group)
            self.boxes[vocab] = {}
            for i, slug in enumerate(VOCABULARIES[vocab]):
                cb = QCheckBox(no_mnemonic(vocabulary_label(vocab, slug)), group)
                self.boxes[vocab][slug] = cb
                grid.addWidget(cb, i // TAG_COLUMNS, i % TAG_COLUMNS)
            tags.addWidget(group)
            err = self._error_label(vocab)
            tags.addWidget(err)

        inner = QWidget()
        body = QHBoxLayout(inner)
        column = QVBoxLayout()
        column.addLayout(form)
        column.addStretch(1)  # the form keeps its rows together when the tags are taller
        body.addLayout(column, 1)
        body.addLayout(tags, 1)
        self.form_area = scroll = QScrollArea(self)
        scroll.setWidget(inner)
        scroll.setWidgetResizable(True)
        scroll.setFocusPolicy(Qt.FocusPolicy.NoFocus)  # Tab goes to the fields, not to the frame round them
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel, self
        )
        self.save_button = self.buttons.button(QDialogButtonBox.StandardButton.Save)
        self.save_button.setText(
            translate("EditDialog", "&Save changes")
            if program_id is not None
            else translate("EditDialog", "&Save program")
        )
        # the shortcut is the save button's mnemonic, whatever letter the language gives it
        self.save_button.setToolTip(translate("EditDialog", "Save (Alt+S)"))
        plain_buttons(self.buttons)
        self.buttons.accepted.connect(self.save)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(scroll)
        layout.addWidget(self.buttons)
        fit_to_screen(self, 1040, 760)
        self.initial = self._load()
        if program_id is not None:
            for w in (self.form_area, self.save_button):  # until the program is read (Cancel works)
                w.setEnabled(False)
            QueryOp(
                self,
                lambda: get_program(db, program_id),
                self._loaded,
                self._load_failed,
                url=db.url,
                after_writes=True,
            ).run()

    def is_loaded(self) -> bool:
        return self.program_id is None or self.program is not None

    def _loaded(self, program: ProgramDetail) -> None:
        self.program = program
        # which program, as in the other dialogs' titles (a window title is never rich text)
        self.setWindowTitle(arg(translate("EditDialog", "Edit program — %1"), program.name))
        self.initial = self._load()
        for w in (self.form_area, self.save_button):
            w.setEnabled(True)

    def _load_failed(self, message: str) -> None:
        warn(self.parentWidget() or self, translate("EditDialog", "Cannot edit"), message)
        self.reject()

    def _error_label(self, field: str) -> QLabel:
        label = plain_label(parent=self, wrap=True)  # messages quote what was typed
        label.setObjectName(f"error_{field}")
        label.setStyleSheet(
            "font-weight: bold;"
        )  # the text colour, so it reads in every palette; ⚠ says it is an error
        label.hide()
        self.errors[field] = label
        return label

    def _with_error(self, field: str, widget: QWidget) -> QWidget:
        box = QWidget(self)
        lay = QVBoxLayout(box)
        lay.setContentsMargins(0, 0, 0, 0)
        lay.addWidget(widget)
        lay.addWidget(self._error_label(field))
        return box

    def _load(self) -> dict:
        p = self.program
        if p is not None:
            for field, _ in LINE_FIELDS:
                if field == "location":
                    value = f"{p.latitude:.6f}, {p.longitude:.6f}" if p.location_precision == "manual" else ""
                    if p.latitude is not None and p.location_precision != "manual":
                        precision = PRECISIONS.get(p.location_precision)
                        self.edits["location"].setPlaceholderText(
                            arg(
                                translate("EditDialog", "now %1 (%2); type lat, lon to place it exactly"),
                                f"{p.latitude:.4f}, {p.longitude:.4f}",
                                translate("EditDialog", precision) if precision else p.location_precision,
                            )
                        )
                elif field in LIST_FIELDS:
                    value = _list_text(field, getattr(p, field))
                else:
                    value = getattr(p, field)
                self.edits[field].setText(value)
            self.status.setCurrentIndex(STATUSES.index(p.status) if p.status in STATUSES else 0)
            self.reason.setText(p.status_reason)
            self.notes.setPlainText(p.notes)
            for vocab, _ in TAG_VOCABS:
                for slug, cb in self.boxes[vocab].items():
                    cb.setChecked(slug in getattr(p, vocab))
            state = verification_state(p.verified_on)
            who = p.verified_by or translate("EditDialog", "unknown")
            if state == "never":
                text = translate("EditDialog", "never")
            elif state == "out-of-date":
                text = arg(
                    translate("EditDialog", "%1 by %2 — possibly out of date (over a year ago)"),
                    p.verified_on,
                    who,
                )
            else:
                text = arg(translate("EditDialog", "%1 by %2"), p.verified_on, who)
            self.verified_label.setText(text)
        else:
            self.verified_label.setText(translate("EditDialog", "new entry"))
        return self.values()

    def values(self) -> dict:
        out = {f: w.text() for f, w in self.edits.items()}
        out["status"] = STATUSES[self.status.currentIndex()]
        out["status_reason"] = self.reason.text()
        out["notes"] = self.notes.toPlainText()
        for vocab, _ in TAG_VOCABS:
            out[vocab] = [s for s, cb in self.boxes[vocab].items() if cb.isChecked()]
        return out

    def changes(self) -> dict:
        now = self.values()
        if self.program is None:
            return {k: v for k, v in now.items() if v not in ("", [], None) or k == "types"}
        changed = {k: v for k, v in now.items() if v != self.initial.get(k)}
        if "location" in changed and not changed["location"].strip():
            changed.pop("location")  # emptied: keep the current location (re-geocoded if the ZIP changed)
        return changed

    def show_errors(self, errors: dict) -> None:
        """Each field's broken rule (text or a Message, shown in the window's language) under it."""
        for field, label in self.errors.items():
            msg = user_message(errors[field]) if errors.get(field) else ""
            label.setVisible(bool(msg))
            label.setText(f"⚠ {msg}" if msg else "")
        first = next((f for f in self.edits if f in errors), None)
        if first:
            self.edits[first].setFocus()

    def save(self) -> None:
        """Check the form here, then write it off the GUI thread; the dialog closes once stored."""
        if not self.is_loaded() or not self.save_button.isEnabled():
            return
        changes = self.changes()
        try:
            validate_edit(changes, None if self.program is None else self.initial)
        except ValidationError as exc:
            self.show_errors(exc.problems)
            return
        if self.program is None:
            self._write(lambda db: add_program(db, changes))
        elif changes:
            self._write(
                lambda db, pid=self.program.id, v=self.program.version: edit_program(
                    db, pid, changes, expected_version=v
                ),
                changes,
            )
        else:
            self._write(lambda db, p=self.program: p)

    def _write(self, fn, changes: dict | None = None) -> None:
        db, verified = self.db, self.verified.isChecked()

        def write():
            try:
                saved = fn(db)
            except EditConflict as exc:
                return "conflict", exc
            except ValidationError as exc:
                return "invalid", exc.problems
            return "saved", mark_verified(db, saved.id) if verified else saved

        self.save_button.setEnabled(False)
        WriteOp(
            self,
            write,
            lambda outcome: self._written(outcome, changes),
            self._refused,
            scope="program",
            url=db.url,
        ).run()

    def _refused(self, message: str) -> None:
        self.save_button.setEnabled(True)
        warn(self, translate("EditDialog", "Not saved"), message)

    def _written(self, outcome, changes: dict | None) -> None:
        kind, value = outcome
        self.save_button.setEnabled(True)
        if kind == "invalid":
            return self.show_errors(value)
        if kind == "conflict":
            return self._resolve(value, changes)
        self.show_errors({})
        self.result_program = value
        self.accept()

    def _resolve(self, exc: EditConflict, changes: dict) -> None:
        """Someone else changed the same fields meanwhile: let the user choose."""
        from finder.ui import conflict_dialog

        mine = {k: ", ".join(v) if isinstance(v, list) else str(v) for k, v in changes.items()}
        choice = conflict_dialog.choose(self, exc.theirs, mine, f"“{self.program.name}”")
        pid = self.program.id
        if choice == conflict_dialog.OVERWRITE:
            self._write(
                lambda db: edit_program(db, pid, changes, expected_version=exc.current_version), changes
            )
        elif choice == conflict_dialog.KEEP_THEIRS:
            self._write(lambda db: get_program(db, pid))
        # else: undecided; the form keeps the user's values


def run_edit_dialog(parent: QWidget | None, db, program_id: int | None = None) -> ProgramDetail | None:
    """Edit a program (or add one when `program_id` is None); the saved program, or None if cancelled.

    The dialog is modal; the program is read and saved off the GUI thread meanwhile.
    """
    dlg = EditDialog(db, program_id, parent)
    dlg.exec()
    return dlg.result_program
