"""Someone else saved the same thing first: show what they changed and let the user choose.

"Keep theirs" drops the user's value for those fields; "Overwrite with mine" saves it over
theirs. Closing the dialog decides nothing (the user's values stay in the form, unsaved).
"""

from __future__ import annotations

from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QHeaderView,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from finder.ui.dialog_kit import fit_to_screen, literal, plain_buttons, plain_label
from finder.ui.texts import arg, translate

KEEP_THEIRS = "theirs"
OVERWRITE = "mine"
UNDECIDED = ""


class ConflictDialog(QDialog):
    def __init__(self, theirs, mine: dict[str, str], what: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(translate("ConflictDialog", "Changed by someone else"))
        self.choice = UNDECIDED
        lay = QVBoxLayout(self)
        someone = translate("ConflictDialog", "someone")
        people = ", ".join(sorted({c.who or someone for c in theirs})) or translate(
            "ConflictDialog", "Someone else"
        )
        # names and values are data: shown as typed, never as HTML
        self.intro = intro = plain_label(
            arg(
                translate(
                    "ConflictDialog",
                    "%1 saved changes to %2 after you opened it. "
                    "Nothing of yours has been saved yet. Choose which values "
                    "to keep.",
                ),
                people,
                what,
            ),
            wrap=True,
        )
        lay.addWidget(intro)
        self.table = QTableWidget(len(theirs), 4, self)
        self.table.setHorizontalHeaderLabels(
            [
                translate("ConflictDialog", "What"),
                translate("ConflictDialog", "Their value (who, when)"),
                translate("ConflictDialog", "Your value"),
                "",
            ]
        )
        self.table.setAccessibleName(translate("ConflictDialog", "What the other person changed"))
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setTabKeyNavigation(False)  # Tab moves on to the next control, arrows move in the table
        self.table.verticalHeader().hide()
        for i, c in enumerate(theirs):
            when = f"{c.at:%Y-%m-%d %H:%M}" if c.at else translate("ConflictDialog", "time unknown")
            value = c.value or translate("ConflictDialog", "(empty)")
            if c.note:
                value += f" — {c.note}"
            mine_value = mine.get(c.field, "")
            who = c.who or translate("ConflictDialog", "unknown")
            cells = (
                c.label,
                f"{value}  ({who}, {when})",
                mine_value or translate("ConflictDialog", "(not changed)"),
                translate("ConflictDialog", "differs") if mine_value and mine_value != c.value else "",
            )
            for j, text in enumerate(cells):
                item = QTableWidgetItem(text)
                item.setToolTip(literal(text))
                self.table.setItem(i, j, item)
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        self.table.resizeColumnsToContents()
        lay.addWidget(self.table, 1)
        buttons = QDialogButtonBox(self)
        self.theirs_button = QPushButton(translate("ConflictDialog", "Keep &theirs"))
        self.mine_button = QPushButton(translate("ConflictDialog", "&Overwrite with mine"))
        self.theirs_button.setToolTip(
            translate("ConflictDialog", "Drop your values for these fields and keep what they saved")
        )
        self.mine_button.setToolTip(translate("ConflictDialog", "Save your values over theirs"))
        buttons.addButton(self.theirs_button, QDialogButtonBox.ButtonRole.AcceptRole)
        buttons.addButton(self.mine_button, QDialogButtonBox.ButtonRole.DestructiveRole)
        buttons.addButton(QDialogButtonBox.StandardButton.Cancel)
        self.theirs_button.clicked.connect(lambda: self._choose(KEEP_THEIRS))
        self.mine_button.clicked.connect(lambda: self._choose(OVERWRITE))
        plain_buttons(buttons)
        buttons.rejected.connect(self.reject)
        lay.addWidget(buttons)
        self.theirs_button.setDefault(True)
        fit_to_screen(self, 720, 200 + 30 * len(theirs))

    def _choose(self, choice: str) -> None:
        self.choice = choice
        self.accept()


def choose(parent: QWidget | None, theirs, mine: dict[str, str], what: str) -> str:
    """Ask; KEEP_THEIRS, OVERWRITE or UNDECIDED (closed). Tests replace this function."""
    dialog = ConflictDialog(theirs, mine, what, parent)
    dialog.exec()
    return dialog.choice
