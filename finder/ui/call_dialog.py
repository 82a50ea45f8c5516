"""Log a call: outcome, who answered, room (accepting, wait, next intake), facts confirmed, follow-up.

Keyboard first: the outcome list has the focus, Tab walks the fields, Ctrl+Return saves.
The save runs on the window's task runner (finder/ui/operations.py); a refusal (bad date,
unknown shortlist) is shown in the dialog, which stays open with what was typed.
"""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QT_TRANSLATE_NOOP, QDate, Qt, Signal
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QGridLayout,
    QGroupBox,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from finder.reports.i18n import vocabulary_label
from finder.services.calls import CONTACT_FIELDS, OUTCOME_LABELS, OUTCOMES
from finder.ui import dialog_kit
from finder.ui.texts import arg, translate, translate_n

# the facts a caller most often checks; any tag can be confirmed from the command line
COMMON_FACTS = (
    "phone",
    "address",
    "payments:medicaid",
    "payments:medicare",
    "payments:private",
    "payments:sliding-scale",
    "levels:iop",
    "levels:php",
    "levels:telehealth",
    "populations:adolescents",
    "populations:adults",
    "schedule:daytime",
    "schedule:evening",
    "schedule:weekend",
)
OUTCOME_TEXTS = {
    "reached": QT_TRANSLATE_NOOP("CallDialog", "Reached"),
    "voicemail": QT_TRANSLATE_NOOP("CallDialog", "Voicemail"),
    "no-answer": QT_TRANSLATE_NOOP("CallDialog", "No answer"),
    "wrong-number": QT_TRANSLATE_NOOP("CallDialog", "Wrong number"),
    "closed": QT_TRANSLATE_NOOP("CallDialog", "Closed"),
}
CONTACT_LABELS = {
    "phone": QT_TRANSLATE_NOOP("CallDialog", "Phone"),
    "address": QT_TRANSLATE_NOOP("CallDialog", "Address"),
    "website": QT_TRANSLATE_NOOP("CallDialog", "Website"),
}
FACT_CHOICES = (
    ("", "—"),
    ("yes", QT_TRANSLATE_NOOP("CallDialog", "Yes")),
    ("no", QT_TRANSLATE_NOOP("CallDialog", "No")),
)


def outcome_label(key: str) -> str:
    """The outcome ("Reached", "Wrong number" …) in the window's language."""
    return (
        translate("CallDialog", OUTCOME_TEXTS[key]) if key in OUTCOME_TEXTS else OUTCOME_LABELS.get(key, key)
    )


class CallDialog(QDialog):
    saved = Signal(object)  # the CallRecord

    def __init__(
        self, db, program_id: int, program_name: str, shortlist: str = "", parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.db, self.program_id, self.shortlist = db, program_id, shortlist
        self.setWindowTitle(arg(translate("CallDialog", "Log a call — %1"), program_name))
        self.result_call = None
        lay = QVBoxLayout(self)
        head = dialog_kit.plain_label(
            program_name + (arg(translate("CallDialog", "  ·  for %1"), shortlist) if shortlist else ""),
            wrap=True,
        )
        head.setObjectName("callHeader")
        lay.addWidget(head)
        form = QFormLayout()
        self.outcome = QComboBox()
        for key in OUTCOMES:
            self.outcome.addItem(outcome_label(key), key)
        self.outcome.setAccessibleName(translate("CallDialog", "Outcome of the call"))
        form.addRow(translate("CallDialog", "&Outcome:"), self.outcome)
        self.spoke_to = QLineEdit()
        self.spoke_to.setPlaceholderText(translate("CallDialog", "Name and role of the person who answered"))
        self.spoke_to.setAccessibleName(translate("CallDialog", "Spoke to"))
        form.addRow(translate("CallDialog", "&Spoke to:"), self.spoke_to)
        self.accepting = QComboBox()
        for value, label in (
            ("unknown", translate("CallDialog", "Did not say")),
            ("yes", translate("CallDialog", "Yes, taking new clients")),
            ("no", translate("CallDialog", "No, not taking new clients")),
        ):
            self.accepting.addItem(label, value)
        self.accepting.setAccessibleName(translate("CallDialog", "Accepting new clients"))
        form.addRow(translate("CallDialog", "&Accepting:"), self.accepting)
        self.wait_known = QCheckBox(translate("CallDialog", "&Wait known:"))
        self.wait_days = QSpinBox()
        self.wait_days.setRange(0, 3650)
        self.wait_days.setSuffix(translate("CallDialog", " days"))
        self.wait_days.setAccessibleName(translate("CallDialog", "Wait in days"))
        self.wait_days.setEnabled(False)
        self.wait_known.toggled.connect(self.wait_days.setEnabled)
        form.addRow(self.wait_known, self.wait_days)
        self.intake_known = QCheckBox(translate("CallDialog", "&Next intake:"))
        self.next_intake = dialog_kit.DateField(QDate.currentDate())
        self.next_intake.setAccessibleName(translate("CallDialog", "Next intake date"))
        self.next_intake.setEnabled(False)
        self.intake_known.toggled.connect(self.next_intake.setEnabled)
        form.addRow(self.intake_known, self.next_intake)
        self.follow_known = QCheckBox(translate("CallDialog", "&Follow up on:"))
        self.follow_up = dialog_kit.DateField(QDate.currentDate().addDays(2))
        self.follow_up.setMinimumDate(QDate.currentDate())  # a follow-up comes after the call
        self.follow_up.setAccessibleName(translate("CallDialog", "Follow-up date"))
        self.follow_up.setEnabled(False)
        self.follow_known.toggled.connect(self.follow_up.setEnabled)
        form.addRow(self.follow_known, self.follow_up)
        self.note = QPlainTextEdit()
        self.note.setTabChangesFocus(True)
        self.note.setPlaceholderText(
            translate("CallDialog", "What they said (follows the shortlist's privacy)")
        )
        self.note.setAccessibleName(translate("CallDialog", "Note about the call"))
        self.note.setFixedHeight(self.fontMetrics().lineSpacing() * 4 + 12)
        form.addRow(translate("CallDialog", "No&te:"), self.note)
        lay.addLayout(form)

        facts = QGroupBox(translate("CallDialog", "What they confirmed or said is wrong"))
        grid = QGridLayout(facts)
        self.facts: dict[str, QComboBox] = {}
        for i, key in enumerate(COMMON_FACTS):
            box = QComboBox()
            for value, label in FACT_CHOICES:
                box.addItem(translate("CallDialog", label) if value else label, value)
            label = (
                translate("CallDialog", CONTACT_LABELS[key])
                if key in CONTACT_FIELDS
                else vocabulary_label(*key.split(":", 1))
            )  # in the window's language
            box.setAccessibleName(arg(translate("CallDialog", "%1: confirmed"), label))
            grid.addWidget(dialog_kit.plain_label(label), i // 2, (i % 2) * 2)
            grid.addWidget(box, i // 2, (i % 2) * 2 + 1)
            self.facts[key] = box
        lay.addWidget(facts)

        self.error = dialog_kit.plain_label("", wrap=True)
        self.error.setObjectName("callError")
        self.error.hide()
        lay.addWidget(self.error)
        self.buttons = dialog_kit.plain_buttons(
            QDialogButtonBox(QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel)
        )
        self.save_button = self.buttons.button(QDialogButtonBox.StandardButton.Save)
        self.save_button.setText(translate("CallDialog", "Save call"))
        self.buttons.accepted.connect(self.save)
        self.buttons.rejected.connect(self.reject)
        lay.addWidget(self.buttons)
        QShortcut(QKeySequence("Ctrl+Return"), self, activated=self.save)
        self.outcome.currentIndexChanged.connect(lambda _i: self._outcome_chosen())
        self._outcome_chosen()
        self.outcome.setFocus()
        dialog_kit.fit_to_screen(self, 560, self.sizeHint().height())

    def _outcome_chosen(self) -> None:
        """Who answered and whether they have room are only asked when someone was reached."""
        reached = self.outcome.currentData() == "reached"
        self.spoke_to.setEnabled(self.outcome.currentData() in ("reached", "closed"))
        for w in (self.accepting, self.wait_known, self.intake_known):
            w.setEnabled(reached)
        self.wait_days.setEnabled(reached and self.wait_known.isChecked())
        self.next_intake.setEnabled(reached and self.intake_known.isChecked())

    def showEvent(self, event) -> None:
        super().showEvent(event)
        self.outcome.setFocus(Qt.FocusReason.ActiveWindowFocusReason)  # the first thing to say

    # ------------------------------------------------------------------ what was typed
    def values(self) -> dict:
        def day(edit) -> date:
            d = edit.date()
            return date(d.year(), d.month(), d.day())

        reached = self.outcome.currentData() == "reached"
        return {
            "outcome": self.outcome.currentData(),
            "spoke_to": self.spoke_to.text() if self.spoke_to.isEnabled() else "",
            "note": self.note.toPlainText(),
            "accepting": self.accepting.currentData() if reached else None,
            "wait_days": self.wait_days.value() if reached and self.wait_known.isChecked() else None,
            "next_intake": day(self.next_intake) if reached and self.intake_known.isChecked() else None,
            "follow_up": day(self.follow_up) if self.follow_known.isChecked() else None,
            "confirm": {k: box.currentData() == "yes" for k, box in self.facts.items() if box.currentData()},
        }

    def save(self) -> None:
        from finder.services.calls import log_call
        from finder.ui.operations import WriteOp

        v = self.values()
        closed = v["outcome"] == "closed"
        mark_closed = closed and dialog_kit.confirm(
            self,
            translate("CallDialog", "Program closed"),
            arg(
                translate(
                    "CallDialog", "Mark this program do-not-refer with the reason “closed — call on %1”?"
                ),
                date.today().isoformat(),
            ),
            translate("CallDialog", "Mark do-not-refer"),
        )
        db, pid, shortlist = self.db, self.program_id, self.shortlist or None
        self.save_button.setEnabled(False)
        WriteOp(
            self,
            lambda: log_call(db, pid, shortlist=shortlist, mark_closed=mark_closed, **v),
            self._saved,
            self._refused,
            scope="calls",
        ).run()

    def _saved(self, call) -> None:
        self.result_call = call
        self.saved.emit(call)
        self.accept()

    def _refused(self, message: str) -> None:
        self.save_button.setEnabled(True)
        self.error.setText(arg(translate("CallDialog", "Not saved: %1"), message))
        self.error.show()


def open_call_dialog(
    parent: QWidget, db, program_id: int, program_name: str, shortlist: str = "", on_saved=None
) -> CallDialog:
    dialog = CallDialog(db, program_id, program_name, shortlist, parent)
    dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    if on_saved is not None:
        dialog.saved.connect(on_saved)
    dialog.open()
    return dialog


def follow_up_label(n: int, menu: bool = False) -> str:
    """'Follow-ups (3 due)' for the status bar; the menu item has its mnemonic ('&Follow-ups')."""
    if menu:
        return (
            translate_n("CallDialog", "&Follow-ups (%n due)", n)
            if n
            else translate("CallDialog", "&Follow-ups")
        )
    return translate_n("CallDialog", "Follow-ups (%n due)", n) if n else translate("CallDialog", "Follow-ups")


__all__ = ["CallDialog", "QLabel", "follow_up_label", "open_call_dialog"]
