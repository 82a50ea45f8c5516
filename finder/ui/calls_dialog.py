"""The calls logged to one program, newest first, and Delete for the ones you made.

A call is written once; only who made it may delete it (on a server the database enforces this
too), and the history then records that it was deleted. Calls made by colleagues are listed
without the button doing anything for them: it is enabled only on your own.
"""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QVBoxLayout,
    QWidget,
)

from finder.services.calls import delete_call
from finder.ui import dialog_kit
from finder.ui.call_dialog import outcome_label
from finder.ui.operations import WriteOp
from finder.ui.texts import arg, translate


def call_line(c) -> str:
    """'2026-12-07 10:15 · alice · Reached · Case 2291 · spoke with intake'."""
    parts = [f"{c.at:%Y-%m-%d %H:%M}", c.by or translate("CallsDialog", "unknown"), outcome_label(c.outcome)]
    parts += [p for p in (c.shortlist, c.note) if p]
    return " · ".join(parts)


class CallsDialog(QDialog):
    """Lists `calls` (calls.CallRecord, newest first) of the program `name`; `me` is the user."""

    deleted = Signal(int)  # the program whose call went

    def __init__(self, db, program_id: int, name: str, calls, me: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.db, self.program_id, self.me = db, program_id, me
        self.confirm_box = None  # the question before a delete (tests answer it)
        self.setWindowTitle(arg(translate("CallsDialog", "Calls to %1"), name))
        lay = QVBoxLayout(self)
        lay.addWidget(
            dialog_kit.plain_label(
                translate(
                    "CallsDialog",
                    "Every call logged to this program, newest first. A call is not changed "
                    "afterwards; you can delete one you made, and the program's history "
                    "will say that it was deleted.",
                ),
                wrap=True,
            )
        )
        self.list = QListWidget()
        self.list.setAccessibleName(translate("CallsDialog", "Calls to this program"))
        lay.addWidget(self.list, 1)
        self.error = QLabel()
        self.error.setTextFormat(Qt.TextFormat.PlainText)
        self.error.setWordWrap(True)
        self.error.hide()
        lay.addWidget(self.error)
        buttons = dialog_kit.plain_buttons(QDialogButtonBox(QDialogButtonBox.StandardButton.Close))
        self.delete_button = buttons.addButton(
            translate("CallsDialog", "&Delete call…"), QDialogButtonBox.ButtonRole.ActionRole
        )
        self.delete_button.setAccessibleName(
            translate("CallsDialog", "Delete the chosen call (one you made)")
        )
        self.delete_button.setAutoDefault(False)
        self.delete_button.clicked.connect(self.ask_delete)
        buttons.rejected.connect(self.reject)
        lay.addWidget(buttons)
        self.list.currentItemChanged.connect(lambda *_a: self._enable())
        self.set_calls(calls)
        dialog_kit.fit_to_screen(self, 620, 360)

    def set_calls(self, calls) -> None:
        self.list.clear()
        for c in calls:
            item = QListWidgetItem(call_line(c))
            item.setData(Qt.ItemDataRole.UserRole, (c.id, c.by, c.outcome, c.at))
            self.list.addItem(item)
        if not calls:
            self.list.addItem(translate("CallsDialog", "No calls logged to this program."))
        self.list.setCurrentRow(0)
        self._enable()

    def _chosen(self):
        item = self.list.currentItem()
        return item.data(Qt.ItemDataRole.UserRole) if item is not None else None

    def _enable(self) -> None:
        chosen = self._chosen()
        self.delete_button.setEnabled(bool(chosen) and chosen[1] in ("", self.me))

    def ask_delete(self) -> None:
        chosen = self._chosen()
        if not chosen:
            return
        call_id, _by, outcome, at = chosen
        self.confirm_box = dialog_kit.confirm_box(
            self,
            translate("CallsDialog", "Delete call"),
            arg(
                translate(
                    "CallsDialog",
                    "Delete the call of %1 (%2)? Its note and what it confirmed go with it; "
                    "the history keeps that you deleted it.",
                ),
                f"{at:%Y-%m-%d %H:%M}",
                outcome_label(outcome).lower(),
            ),
            translate("CallsDialog", "Delete"),
        )
        box = self.confirm_box
        box.finished.connect(
            lambda _r: self._delete(call_id) if box.clickedButton() is box.action_button else None
        )
        box.open()

    def _delete(self, call_id: int) -> None:
        db = self.db
        self.error.hide()
        WriteOp(
            self, lambda: delete_call(db, call_id), self._gone, self._failed, scope="calls", url=db.url
        ).run()

    def _gone(self, gone) -> None:
        for row in range(self.list.count()):
            data = self.list.item(row).data(Qt.ItemDataRole.UserRole)
            if data and data[0] == gone.id:
                self.list.takeItem(row)
                break
        if self.list.count() == 0:
            self.set_calls([])
        self._enable()
        self.deleted.emit(gone.program_id)

    def _failed(self, message: str) -> None:
        self.error.setText(message)
        self.error.show()
