"""The results table view: row selection, Enter to open details, columns that share the width sensibly."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QAbstractItemView, QHeaderView, QTableView

from finder.ui.results_model import COLUMNS, DISTANCE_COLUMN

# share of the width for each column; the distance and phone columns get at least their text
WEIGHTS = (38, 6, 15, 12, 12, 12, 11)
assert len(WEIGHTS) == len(COLUMNS)


class ResultsTable(QTableView):
    openRequested = Signal()  # Enter or a double click: show the details

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self.setObjectName("resultsTable")
        self.setAccessibleName("Search results")
        self.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.setAlternatingRowColors(True)
        self.setWordWrap(False)
        self.setTabKeyNavigation(False)  # Tab leaves the table, arrows move inside it
        self.verticalHeader().setVisible(False)
        self.verticalHeader().setDefaultSectionSize(self.fontMetrics().height() + 10)
        header = self.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setStretchLastSection(True)
        header.setSortIndicator(DISTANCE_COLUMN, Qt.SortOrder.AscendingOrder)
        header.setSortIndicatorShown(True)
        self.setSortingEnabled(True)
        self.doubleClicked.connect(lambda _ix: self.openRequested.emit())

    def keyPressEvent(self, event) -> None:
        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter) and self.currentIndex().isValid():
            self.openRequested.emit()
            return
        super().keyPressEvent(event)

    def resizeEvent(self, event) -> None:
        super().resizeEvent(event)
        self.fit_columns()

    def fit_columns(self) -> None:
        fm = self.fontMetrics()
        pad = 3 * fm.horizontalAdvance(" ") + 8
        fixed = {DISTANCE_COLUMN: fm.horizontalAdvance("≈000.0") + pad,  # room for the sort arrow
                 len(COLUMNS) - 1: fm.horizontalAdvance("000-000-0000") + pad}
        avail = max(self.viewport().width(), 300) - sum(fixed.values())
        weight = sum(w for i, w in enumerate(WEIGHTS) if i not in fixed)
        for i, w in enumerate(WEIGHTS):
            self.setColumnWidth(i, fixed.get(i, max(60, avail * w // weight)))
