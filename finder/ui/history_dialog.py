"""A program's history: who changed which field or checklist answer, when, from what to what."""

from __future__ import annotations

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
from finder.ui.dialog_kit import fit_to_screen, literal, plain_buttons, warn
from finder.ui.operations import QueryOp

COLUMNS = ("When", "Who", "What", "Was", "Now")


class HistoryDialog(QDialog):
    """Opens at once; the changes are read off the GUI thread and fill the table when they come."""

    def __init__(self, db, program_id: int, title: str = "", parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(f"History — {title}" if title else "History")
        self.rows: list | None = None
        lay = QVBoxLayout(self)
        self.empty = QLabel("No changes recorded yet (imports and changes made before this "
                            "version of the app are not listed).")
        self.empty.hide()
        lay.addWidget(self.empty)
        self.table = QTableWidget(0, len(COLUMNS), self)
        self.table.setHorizontalHeaderLabels(COLUMNS)
        self.table.setAccessibleName("Changes, newest first")
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
        QueryOp(self, lambda: program_history(db, program_id), self._loaded, self._failed,
                url=getattr(db, "url", None), after_writes=True).run()

    def is_loaded(self) -> bool:
        return self.rows is not None

    def _loaded(self, rows: list) -> None:
        self.rows = rows
        self.empty.setVisible(not rows)
        self.table.setRowCount(len(rows))
        for i, r in enumerate(rows):
            for j, text in enumerate((f"{r.at:%Y-%m-%d %H:%M}", r.who or "unknown", r.what,
                                      r.old_value or "—", r.new_value or "—")):
                item = QTableWidgetItem(text)
                item.setToolTip(literal(text))  # names and values as typed
                self.table.setItem(i, j, item)
        self.table.resizeColumnsToContents()

    def _failed(self, message: str) -> None:
        warn(self.parentWidget() or self, "History", message)
        self.reject()

    def text(self) -> str:
        return "\n".join(r.line() for r in self.rows or [])


def open_history(parent: QWidget | None, db, program_id: int, title: str = "") -> HistoryDialog:
    """Show the history non-modally; it fills in once read (a database error is shown in a box)."""
    dialog = HistoryDialog(db, program_id, title, parent)
    dialog.open()
    return dialog
