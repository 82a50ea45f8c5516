"""The results table view: two-line rows (name over street), Enter to open details, fitted columns.

Each row is two lines high, so short lists ("Addiction, Mental health") wrap instead of being cut,
and the street under the name tells apart two programs with one name, phone and distance.
Column widths follow what the rows hold: every column gets room for its header, the short
columns get what their text needs on two lines (up to a cap), the name takes the rest. The
Room column shows once a call has said something about room for one of the results: until
then it would be a column of dashes taking what the lists need at 1280 px.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, QRect, Qt, Signal
from PySide6.QtGui import QFontMetrics, QPalette
from PySide6.QtWidgets import (
    QAbstractItemView,
    QApplication,
    QHeaderView,
    QStyle,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QTableView,
    QToolTip,
)

from finder.ui.dialog_kit import literal, mix
from finder.ui.results_model import COLUMNS, DISTANCE_COLUMN, ROOM_COLUMN, STREET_ROLE
from finder.ui.texts import translate

NAME_COLUMN = 0
PHONE_COLUMN = len(COLUMNS) - 1
LINES = 2  # text lines per row
# the columns that share what the name and the fixed columns leave, and their largest share of it
FLEX_CAP = {2: 0.16, 3: 0.22, 4: 0.18, 5: 0.18, 6: 0.18}
# the share of each column's cells its width aims to show whole (the rest elide, with a tooltip)
SHOWN_WHOLE = {2: 1.0, 3: 0.9, 4: 0.75, 5: 0.75, 6: 1.0}
GIVES_FIRST = (5, 4, 3, 2, 6)  # Payment, Levels, Treats, City, Room (its age is the point)
NAME_SHARE = 0.34  # the name keeps at least this share before the short columns get their fill
NAME_SHARE_WITH_ROOM = 0.31  # ... and a little less while the Room column shows (a quarter at 1280 px)


def two_line_width(fm: QFontMetrics, text: str) -> int:
    """The narrowest width that shows `text` on two lines, breaking after a space."""
    words = text.split(" ")
    if len(words) == 1:
        return fm.horizontalAdvance(text)
    best = fm.horizontalAdvance(text)
    for k in range(1, len(words)):
        best = min(best, max(fm.horizontalAdvance(" ".join(words[:k])),
                             fm.horizontalAdvance(" ".join(words[k:]))))
    return best


class NameDelegate(QStyledItemDelegate):
    """The program's name on the first line, its street below in a quieter colour."""

    def paint(self, painter, option, index) -> None:
        opt = QStyleOptionViewItem(option)
        self.initStyleOption(opt, index)
        name, opt.text = opt.text, ""
        widget = opt.widget
        style = widget.style() if widget else QApplication.style()
        style.drawControl(QStyle.ControlElement.CE_ItemViewItem, opt, painter, widget)
        selected = bool(opt.state & QStyle.StateFlag.State_Selected)
        group = QPalette.ColorGroup.Normal if opt.state & QStyle.StateFlag.State_Active \
            else QPalette.ColorGroup.Inactive
        fg = opt.palette.color(group, QPalette.ColorRole.HighlightedText if selected else QPalette.ColorRole.Text)
        bg = opt.palette.color(group, QPalette.ColorRole.Highlight if selected else QPalette.ColorRole.Base)
        rect = style.subElementRect(QStyle.SubElement.SE_ItemViewItemText, opt, widget)
        fm = opt.fontMetrics
        line_h = fm.lineSpacing()
        top = rect.top() + max(0, (rect.height() - LINES * line_h) // 2)
        street = index.data(STREET_ROLE) or ""
        painter.save()
        painter.setFont(opt.font)
        painter.setPen(fg)
        painter.drawText(QRect(rect.left(), top, rect.width(), line_h),
                         Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter,
                         fm.elidedText(name, Qt.TextElideMode.ElideRight, rect.width()))
        if street:
            painter.setPen(mix(fg, bg, 0.72))
            painter.drawText(QRect(rect.left(), top + line_h, rect.width(), line_h),
                             Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter,
                             fm.elidedText(street, Qt.TextElideMode.ElideRight, rect.width()))
        painter.restore()


class ResultsTable(QTableView):
    openRequested = Signal()  # Enter or a double click: show the details

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self.setObjectName("resultsTable")
        self.setAccessibleName(translate("ResultsView", "Search results"))
        self.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.setAlternatingRowColors(True)
        self.setWordWrap(True)  # short lists wrap onto the second line; the last line elides
        self.setTextElideMode(Qt.TextElideMode.ElideRight)
        self.setTabKeyNavigation(False)  # Tab leaves the table, arrows move inside it
        self.setItemDelegateForColumn(NAME_COLUMN, NameDelegate(self))
        self.verticalHeader().setVisible(False)
        self.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
        self.verticalHeader().setDefaultSectionSize(self.row_height())
        header = self.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setStretchLastSection(True)
        header.setSortIndicator(DISTANCE_COLUMN, Qt.SortOrder.AscendingOrder)
        header.setSortIndicatorShown(True)
        self.setSortingEnabled(True)
        self.doubleClicked.connect(lambda _ix: self.openRequested.emit())
        self._natural: dict[int, int] | None = None  # what each short column's text needs
        self._floor: dict[int, int] = {}  # ... and its longest single label
        self._text_widths: dict[str, int] = {}

    def row_height(self) -> int:
        return LINES * self.fontMetrics().lineSpacing() + 8

    def setModel(self, model) -> None:
        super().setModel(model)
        for sig in (model.modelReset, model.layoutChanged, model.dataChanged):
            sig.connect(self._content_changed)

    def _content_changed(self, *_args) -> None:
        self._natural = None
        self.fit_columns()

    def viewportEvent(self, event) -> bool:
        # a cell's tooltip is the model's plain text (a name may be written as HTML): shown as typed
        if event.type() == QEvent.Type.ToolTip:
            index = self.indexAt(event.pos())
            tip = index.data(Qt.ItemDataRole.ToolTipRole) if index.isValid() else None
            if tip:
                QToolTip.showText(event.globalPos(), literal(str(tip)), self.viewport(), self.visualRect(index))
            else:
                QToolTip.hideText()
                event.ignore()
            return True
        return super().viewportEvent(event)

    def keyPressEvent(self, event) -> None:
        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter) and self.currentIndex().isValid():
            self.openRequested.emit()
            return
        super().keyPressEvent(event)

    def resizeEvent(self, event) -> None:
        super().resizeEvent(event)
        self.fit_columns()

    def changeEvent(self, event) -> None:
        super().changeEvent(event)
        if event.type() == event.Type.FontChange:
            self._natural, self._text_widths = None, {}
            self.verticalHeader().setDefaultSectionSize(self.row_height())
            self.fit_columns()

    # --- widths ---------------------------------------------------------------------------
    def cell_padding(self) -> int:
        """What the style takes from a cell's width around its text."""
        margin = self.style().pixelMetric(QStyle.PixelMetric.PM_FocusFrameHMargin, None, self) + 1
        return 2 * margin + 4

    def _needed(self, text: str) -> int:
        w = self._text_widths.get(text)
        if w is None:
            # + 3: wrapped text's bounding box is a little wider than its advance
            w = self._text_widths[text] = two_line_width(self.fontMetrics(), text) + 3
        return w

    def natural_widths(self) -> dict[int, int]:
        """Per short column, the width that shows most of its cells whole on two lines: all of
        the cities, nearly all of the "treats" lists; the longest level and payment lists may
        end in "…" (their tooltip has them whole). Cached per result."""
        if self._natural is None:
            model = self.model()
            results = model.rows() if hasattr(model, "rows") else []
            rows = len(results)
            self._natural, self._floor = {}, {}
            fm = self.fontMetrics()
            for c, share in SHOWN_WHOLE.items():
                text = COLUMNS[c].text  # what the model shows in the column (no marks there), once per cell
                cells = [text(r) or "" for r in results]
                need = sorted(self._needed(t) for t in cells)
                self._natural[c] = (need[min(rows - 1, int(share * rows))] if need else 0) + self.cell_padding()
                # never narrower than its longest single label: cut words read worse than "…"
                words = {w for t in set(cells) for w in t.split(" ")}
                self._floor[c] = max(map(fm.horizontalAdvance, words), default=0) + self.cell_padding() + 3
        return self._natural

    def fit_columns(self) -> None:
        header = self.horizontalHeader()
        if self.model() is None or header.count() != len(COLUMNS):
            return
        fm = self.fontMetrics()
        pad = self.cell_padding()
        room = self.room_shown()
        self.setColumnHidden(ROOM_COLUMN, not room)
        flex = {c: cap for c, cap in FLEX_CAP.items() if room or c != ROOM_COLUMN}
        hint = [header.sectionSizeHint(i) for i in range(len(COLUMNS))]
        widths = {DISTANCE_COLUMN: max(hint[DISTANCE_COLUMN], fm.horizontalAdvance("≈000.0") + pad),
                  PHONE_COLUMN: max(hint[PHONE_COLUMN], fm.horizontalAdvance("000-000-0000") + pad)}
        avail = max(self.viewport().width(), 300)
        rest = avail - sum(widths.values())
        natural = self.natural_widths()
        floor = {c: max(hint[c], min(self._floor[c], int(rest * cap))) for c, cap in flex.items()}
        want = {c: max(floor[c], min(natural[c], int(rest * cap))) for c, cap in flex.items()}
        share = NAME_SHARE_WITH_ROOM if room else NAME_SHARE
        over = sum(want.values()) - (rest - max(hint[NAME_COLUMN], int(rest * share)))
        for c in (c for c in GIVES_FIRST if c in flex):  # too little room: the columns with tooltips give way first
            if over <= 0:
                break
            give = min(over, want[c] - floor[c])
            want[c] -= give
            over -= give
        widths.update(want)
        widths[NAME_COLUMN] = max(hint[NAME_COLUMN], rest - sum(want.values()))
        for i in range(len(COLUMNS)):
            if i in widths:
                self.setColumnWidth(i, widths[i])

    def room_shown(self) -> bool:
        """Whether a call has said something about room for any of the results (the Room column shows)."""
        model = self.model()
        rows = getattr(model, "rows", None)
        return bool(rows) and any(getattr(r, "availability", None) is not None for r in rows())
