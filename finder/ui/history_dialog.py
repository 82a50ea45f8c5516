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

from finder.errors import UserError
from finder.services.history import program_history
from finder.ui.dialog_kit import fit_to_screen, literal, plain_buttons, warn

COLUMNS = ("When", "Who", "What", "Was", "Now")


class HistoryDialog(QDialog):
    def __init__(self, db, program_id: int, title: str = "", parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(f"History — {title}" if title else "History")
        self.rows = program_history(db, program_id)
        lay = QVBoxLayout(self)
        if not self.rows:
            lay.addWidget(QLabel("No changes recorded yet (imports and changes made before this "
                                 "version of the app are not listed)."))
        self.table = QTableWidget(len(self.rows), len(COLUMNS), self)
        self.table.setHorizontalHeaderLabels(COLUMNS)
        self.table.setAccessibleName("Changes, newest first")
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.verticalHeader().hide()
        for i, r in enumerate(self.rows):
            for j, text in enumerate((f"{r.at:%Y-%m-%d %H:%M}", r.who or "unknown", r.what,
                                      r.old_value or "—", r.new_value or "—")):
                item = QTableWidgetItem(text)
                item.setToolTip(literal(text))  # names and values as typed
                self.table.setItem(i, j, item)
        self.table.resizeColumnsToContents()
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        self.table.horizontalHeader().setStretchLastSection(True)
        lay.addWidget(self.table, 1)
        self.buttons = buttons = plain_buttons(QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self))
        buttons.rejected.connect(self.reject)
        lay.addWidget(buttons)
        fit_to_screen(self, 820, 420)

    def text(self) -> str:
        return "\n".join(r.line() for r in self.rows)


def open_history(parent: QWidget | None, db, program_id: int, title: str = "") -> HistoryDialog | None:
    """Show the history non-modally; a database error is shown in a message box instead."""
    from finder.services.connection import connection_problem

    try:
        dialog = HistoryDialog(db, program_id, title, parent)
    except UserError as exc:
        warn(parent, "History", str(exc))
        return None
    except Exception as exc:
        line = connection_problem(exc, getattr(db, "url", None))
        if line is None:
            raise
        warn(parent, "History", line)
        return None
    dialog.open()
    return dialog
