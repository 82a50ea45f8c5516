"""The comparison table's model: programs in columns, attributes and checklist answers in rows.

It holds one `Comparison` (values, from finder.services.compare), worded once in the window's
language by finder/texts/compare.py, and a view onto it: which program columns are shown, in
what order, and whether rows where every program reads the same are hidden. A differing row is
shaded AND its row heading starts with "≠", so the difference never rests on colour alone.
`current()` is the comparison as built (values), which printouts word in their own language.

Rows are addressed by their key ("levels", "q:fit-ages"; KEY_ROLE), columns by program id.
"""

from __future__ import annotations

import textwrap

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtGui import QColor, QFont, QGuiApplication, QPalette

from finder.services.compare import Comparison
from finder.texts.compare import Worded, WordedRow, worded
from finder.ui.dialog_kit import literal
from finder.ui.texts import arg, translate

DIFFERS_ROLE = Qt.ItemDataRole.UserRole + 1  # bool: the shown programs differ on this row
KEY_ROLE = Qt.ItemDataRole.UserRole + 2  # the row's stable key ("levels", "q:fit-ages") or program id
DIFF_MARK = "≠"
DNR_LINE = "⚠ Do not refer"  # the English; on screen: dnr_line()
LABEL_WRAP = 40  # characters per line in the row headings

Index = QModelIndex | QPersistentModelIndex


def _wrap(text: str, width: int) -> str:
    return "\n".join(textwrap.wrap(text, width)) or text


def dnr_line() -> str:
    return translate("CompareModel", "⚠ Do not refer")


def _differ_note() -> str:
    """'≠ the programs differ here', on a line of its own."""
    return "\n" + arg(translate("CompareModel", "%1 the programs differ here"), DIFF_MARK)


class ComparisonModel(QAbstractTableModel):
    def __init__(self, comparison: Comparison | None = None, parent=None) -> None:
        super().__init__(parent)
        self._comparison = Comparison("", "", [], [])
        self._shown: Worded = worded(self._comparison)  # the same grid in the window's language
        self._columns: list[int] = []  # indexes into comparison.programs, in display order
        self._rows: list[int] = []  # indexes into comparison.rows that are shown
        self._hide_same = False
        if comparison is not None:
            self.set_comparison(comparison)

    # ------------------------------------------------------------ state

    def set_comparison(self, comparison: Comparison) -> None:
        self.beginResetModel()
        self._comparison = comparison
        self._shown = worded(comparison)
        self._columns = list(range(len(comparison.programs)))
        self._rows = self._shown_rows()
        self.endResetModel()

    @property
    def hide_same(self) -> bool:
        return self._hide_same

    def set_hide_same(self, hide: bool) -> None:
        """Show only the rows where the programs differ (or every row again)."""
        if hide == self._hide_same:
            return
        self.beginResetModel()
        self._hide_same = hide
        self._rows = self._shown_rows()
        self.endResetModel()

    def _row_differs(self, row: WordedRow) -> bool:
        return len(self._columns) > 1 and row.differs_in(self._columns)

    def _shown_rows(self) -> list[int]:
        rows = range(len(self._shown.rows))
        if not self._hide_same or len(self._columns) < 2:
            return list(rows)
        return [i for i in rows if self._row_differs(self._shown.rows[i])]

    def differing_count(self) -> int:
        return sum(1 for r in self._shown.rows if self._row_differs(r))

    def total_rows(self) -> int:
        return len(self._comparison.rows)

    def program_ids(self) -> list[int]:
        """The ids of the shown programs, left to right."""
        return [self._comparison.programs[c].id for c in self._columns]

    def current(self) -> Comparison:
        """What is on screen, for printing and saving: the shown programs in the shown order, every row."""
        return self._comparison.select(self._columns)

    def move_column(self, source: int, target: int) -> bool:
        """Move the program in column `source` so it ends up at column `target`."""
        n = len(self._columns)
        if not (0 <= source < n and 0 <= target < n) or source == target:
            return False
        # Qt counts the destination as the gap before which the column lands
        gap = target + 1 if target > source else target
        self.beginMoveColumns(QModelIndex(), source, source, QModelIndex(), gap)
        self._columns.insert(target, self._columns.pop(source))
        self.endMoveColumns()
        return True

    def remove_column(self, column: int) -> bool:
        """Leave a program out of the comparison; the last one stays."""
        if not 0 <= column < len(self._columns) or len(self._columns) <= 1:
            return False
        self.beginResetModel()  # which rows differ (and so which are shown) can change
        del self._columns[column]
        self._rows = self._shown_rows()
        self.endResetModel()
        return True

    # ------------------------------------------------------------ Qt model

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008 (Qt signature)
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008 (Qt signature)
        return 0 if parent.isValid() else len(self._columns)

    def _shown_row(self, r: int) -> WordedRow:
        return self._shown.rows[self._rows[r]]

    def row_of(self, key: str) -> int:
        """The shown row of a key ("levels", "q:fit-ages"), or -1 when it is not shown."""
        return next((i for i, r in enumerate(self._rows) if self._shown.rows[r].key == key), -1)

    def cell_text(self, key: str, program_id: int) -> str | None:
        """The words of one cell, by row key and program id (None when not shown)."""
        row = self.row_of(key)
        ids = self.program_ids()
        if row < 0 or program_id not in ids:
            return None
        return self.data(self.index(row, ids.index(program_id)))

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole):
        if not index.isValid() or not (
            0 <= index.row() < len(self._rows) and 0 <= index.column() < len(self._columns)
        ):
            return None
        shown = self._shown_row(index.row())
        value = shown.cells[self._columns[index.column()]]
        if role == Qt.ItemDataRole.DisplayRole:
            return value
        differs = self._row_differs(shown)
        if role == DIFFERS_ROLE:
            return differs
        if role == KEY_ROLE:
            return shown.key
        if role == Qt.ItemDataRole.ToolTipRole:
            program = self._comparison.programs[self._columns[index.column()]]
            note = _differ_note() if differs else ""
            return literal(f"{program.name}\n{shown.full_label}:\n{value}{note}")  # names as typed
        if role == Qt.ItemDataRole.AccessibleDescriptionRole:
            return (
                translate("CompareModel", "differs from the other programs")
                if differs
                else translate("CompareModel", "same for every program")
            )
        if role == Qt.ItemDataRole.BackgroundRole and differs:
            return _diff_brush()
        if role == Qt.ItemDataRole.TextAlignmentRole:
            return Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop
        return None

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole):
        if orientation == Qt.Orientation.Horizontal:
            if not 0 <= section < len(self._columns):
                return None
            p = self._comparison.programs[self._columns[section]]
            if role == Qt.ItemDataRole.DisplayRole:
                lines = [_wrap(p.name, 26), f"{p.city}, {p.state}"]
                if p.do_not_refer:
                    lines.append(dnr_line())
                return "\n".join(lines)
            if role == Qt.ItemDataRole.ToolTipRole:
                dnr = f"\n{dnr_line()}" if p.do_not_refer else ""
                drag = translate("CompareModel", "Drag to reorder.")
                return literal(f"{p.title}\n{p.city}, {p.state} · id {p.id}{dnr}\n{drag}")
            if role == KEY_ROLE:
                return p.id
            return None
        if not 0 <= section < len(self._rows):
            return None
        shown = self._shown_row(section)
        differs = self._row_differs(shown)
        if role == Qt.ItemDataRole.DisplayRole:
            label = f"{shown.section}: {shown.label}" if shown.is_question else shown.label
            return f"{DIFF_MARK} " * differs + _wrap(label, LABEL_WRAP)
        if role == Qt.ItemDataRole.ToolTipRole:
            return literal(shown.full_label + (_differ_note() if differs else ""))
        if role == Qt.ItemDataRole.FontRole and differs:
            font = QFont()
            font.setBold(True)
            return font
        if role == Qt.ItemDataRole.BackgroundRole and differs:
            return _diff_brush()
        if role == DIFFERS_ROLE:
            return differs
        if role == KEY_ROLE:
            return shown.key
        return None

    def flags(self, index: Index) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        return Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable


def _diff_brush() -> QColor:
    """The palette's highlight, faint enough to read text on, in a light or a dark theme."""
    color = QColor(QGuiApplication.palette().color(QPalette.ColorRole.Highlight))
    color.setAlpha(70)
    return color
