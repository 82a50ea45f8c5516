"""A program's history: who changed which field or checklist answer, when, from what to what."""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QHeaderView,
    QLabel,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from finder.services.history import program_history
from finder.texts import history as history_words
from finder.ui.dialog_kit import fit_to_screen, literal, plain_buttons, warn
from finder.ui.operations import QueryOp
from finder.ui.texts import arg, translate

COLUMNS = (
    QT_TRANSLATE_NOOP("HistoryDialog", "When"),
    QT_TRANSLATE_NOOP("HistoryDialog", "Who"),
    QT_TRANSLATE_NOOP("HistoryDialog", "What"),
    QT_TRANSLATE_NOOP("HistoryDialog", "Was"),
    QT_TRANSLATE_NOOP("HistoryDialog", "Now"),
)
# the program's fields as history records them (English shows the stored name, as before)
FIELDS = {
    "created": QT_TRANSLATE_NOOP("HistoryDialog", "created"),
    "name": QT_TRANSLATE_NOOP("HistoryDialog", "name"),
    "name2": QT_TRANSLATE_NOOP("HistoryDialog", "name2"),
    "street1": QT_TRANSLATE_NOOP("HistoryDialog", "street1"),
    "street2": QT_TRANSLATE_NOOP("HistoryDialog", "street2"),
    "city": QT_TRANSLATE_NOOP("HistoryDialog", "city"),
    "state": QT_TRANSLATE_NOOP("HistoryDialog", "state"),
    "zip": QT_TRANSLATE_NOOP("HistoryDialog", "zip"),
    "county": QT_TRANSLATE_NOOP("HistoryDialog", "county"),
    "phone": QT_TRANSLATE_NOOP("HistoryDialog", "phone"),
    "intake_phone": QT_TRANSLATE_NOOP("HistoryDialog", "intake_phone"),
    "website": QT_TRANSLATE_NOOP("HistoryDialog", "website"),
    "location": QT_TRANSLATE_NOOP("HistoryDialog", "location"),
    "insurers": QT_TRANSLATE_NOOP("HistoryDialog", "insurers"),
    "languages": QT_TRANSLATE_NOOP("HistoryDialog", "languages"),
    "supports": QT_TRANSLATE_NOOP("HistoryDialog", "support services"),
    "accreditation": QT_TRANSLATE_NOOP("HistoryDialog", "accreditation"),
    "status": QT_TRANSLATE_NOOP("HistoryDialog", "status"),
    "status_reason": QT_TRANSLATE_NOOP("HistoryDialog", "status_reason"),
    "notes": QT_TRANSLATE_NOOP("HistoryDialog", "notes"),
    "types": QT_TRANSLATE_NOOP("HistoryDialog", "types"),
    "levels": QT_TRANSLATE_NOOP("HistoryDialog", "levels"),
    "payments": QT_TRANSLATE_NOOP("HistoryDialog", "payments"),
    "populations": QT_TRANSLATE_NOOP("HistoryDialog", "populations"),
    "therapies": QT_TRANSLATE_NOOP("HistoryDialog", "therapies"),
    "schedule": QT_TRANSLATE_NOOP("HistoryDialog", "schedule"),
    "verified_on": QT_TRANSLATE_NOOP("HistoryDialog", "verified_on"),
    "verified_by": QT_TRANSLATE_NOOP("HistoryDialog", "verified_by"),
    "call": QT_TRANSLATE_NOOP("HistoryDialog", "call"),  # a call deleted by who made it
}


def what_text(r) -> str:
    """The 'What' column: a field of the program, or an answer or note on a shortlist's checklist."""
    if r.entity == "answer":
        template = (
            translate("HistoryDialog", "note on %1 (%2)")
            if r.field == "note"
            else translate("HistoryDialog", "answer to %1 (%2)")
        )
        return arg(template, r.question_id, r.shortlist)
    return translate("HistoryDialog", FIELDS[r.field]) if r.field in FIELDS else history_words.what(r)


class HistoryDialog(QDialog):
    """Opens at once; the changes are read off the GUI thread and fill the table when they come."""

    def __init__(self, db, program_id: int, title: str = "", parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(
            arg(translate("HistoryDialog", "History — %1"), title)
            if title
            else translate("HistoryDialog", "History")
        )
        self.rows: list | None = None
        lay = QVBoxLayout(self)
        self.empty = QLabel(
            translate(
                "HistoryDialog",
                "No changes recorded yet (imports and changes made "
                "before this version of the app are not listed).",
            )
        )
        self.empty.hide()
        lay.addWidget(self.empty)
        self.table = QTableWidget(0, len(COLUMNS), self)
        self.table.setHorizontalHeaderLabels([translate("HistoryDialog", c) for c in COLUMNS])
        self.table.setAccessibleName(translate("HistoryDialog", "Changes, newest first"))
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.verticalHeader().hide()
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        self.table.horizontalHeader().setStretchLastSection(True)
        lay.addWidget(self.table, 1)
        self.buttons = buttons = plain_buttons(QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self))
        buttons.rejected.connect(self.reject)
        lay.addWidget(buttons)
        fit_to_screen(self, 820, 420)
        QueryOp(
            self,
            lambda: program_history(db, program_id),
            self._loaded,
            self._failed,
            url=getattr(db, "url", None),
            after_writes=True,
        ).run()

    def is_loaded(self) -> bool:
        return self.rows is not None

    def _loaded(self, rows: list) -> None:
        self.rows = rows
        self.empty.setVisible(not rows)
        self.table.setRowCount(len(rows))
        for i, r in enumerate(rows):
            for j, text in enumerate(
                (
                    f"{r.at:%Y-%m-%d %H:%M}",
                    r.who or translate("HistoryDialog", "unknown"),
                    what_text(r),
                    r.old_value or "—",
                    r.new_value or "—",
                )
            ):
                item = QTableWidgetItem(text)
                item.setToolTip(literal(text))  # names and values as typed
                self.table.setItem(i, j, item)
        self.table.resizeColumnsToContents()

    def _failed(self, message: str) -> None:
        warn(self.parentWidget() or self, translate("HistoryDialog", "History"), message)
        self.reject()

    def text(self) -> str:
        return "\n".join(history_words.line(r, what_text(r)) for r in self.rows or [])


def open_history(parent: QWidget | None, db, program_id: int, title: str = "") -> HistoryDialog:
    """Show the history non-modally; it fills in once read (a database error is shown in a box)."""
    dialog = HistoryDialog(db, program_id, title, parent)
    dialog.open()
    return dialog
