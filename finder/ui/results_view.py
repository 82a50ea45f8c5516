"""The results table view: rows of two lines or more (name over street), Enter to open details, fitted columns.

A row is two lines high, so short lists ("Addiction, Mental health") wrap instead of being cut,
and the street under the name tells apart two programs with one name, phone and distance. A row
whose Treats, Levels or Payment list needs more grows to three or four lines (five in the rare
case four would leave the name too little), only that row: many stay at two, so a screen still
shows several programs; a name in a taller row wraps too. Column widths follow what the rows
hold: every column gets room for its header, the lists get what their longest cell needs on the
fewest lines that leave the name its share, then more toward two lines (up to a cap), the name
takes the rest. The Room column (the model's last) is there once a call has said something
about room for one of the results: until then it would be a column of dashes taking what the
lists need at 1280 px, and the model leaves it out rather than the view hiding it (a screen
reader counts and reads hidden columns).
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
from finder.ui.results_model import COLUMNS, DISTANCE_COLUMN, PHONE_COLUMN, ROOM_COLUMN, STREET_ROLE, Column
from finder.ui.texts import translate

NAME_COLUMN = Column.PROGRAM
LINES = 2  # text lines of a row
SHORT_LINES = 4  # ... of a row whose Treats, Levels or Payment list needs more
MAX_LINES = 5  # ... where four would leave the name less than its floor (past that, "…" and the tooltip)
COMPACT_ROWS = 6  # a table shorter than this many two-line rows keeps every row to two lines
LISTS: tuple[int, ...] = (Column.TREATS, Column.LEVELS, Column.PAYMENT)  # the columns a row grows for
ROW_MARGIN = 8
SLACK = 2  # a line of words may come out a pixel wider than their advances add up to
# the columns that share what the name and the fixed columns leave, and their largest share of it
FLEX_CAP: dict[int, float] = {
    Column.CITY: 0.16,
    Column.TREATS: 0.22,
    Column.LEVELS: 0.18,
    Column.PAYMENT: 0.18,
    Column.ROOM: 0.18,
}
# the share of each column's cells its width aims to show whole on two lines (the rest take more lines)
SHOWN_WHOLE: dict[int, float] = {
    Column.CITY: 1.0,
    Column.TREATS: 0.9,
    Column.LEVELS: 0.75,
    Column.PAYMENT: 0.75,
    Column.ROOM: 1.0,
}
GIVES_FIRST: tuple[int, ...] = (
    Column.PAYMENT,
    Column.LEVELS,
    Column.TREATS,
    Column.CITY,
    Column.ROOM,
)  # Room last: its age is the point
NAME_SHARE = 0.34  # the name keeps at least this share before the short columns get their fill
NAME_SHARE_WITH_ROOM = 0.31  # ... and a little less while the Room column shows (a quarter at 1280 px)
NAME_FLOOR = 0.2  # ... and this much when the lists need more to show whole on MAX_LINES lines (no Room)


def _greedy(advances: list[int], space: int, width: int) -> int:
    """How many lines words of these advances take, wrapped at `width` (as Qt wraps: after a space)."""
    lines, line = 1, advances[0]
    for a in advances[1:]:
        if line + space + a <= width:
            line += space + a
        else:
            lines, line = lines + 1, a
    return lines


class TextFit:
    """Lines and widths of wrapped cell text from cached word widths: no text layout per cell, so a
    search of a thousand rows is measured in a millisecond or two."""

    def __init__(self, fm: QFontMetrics) -> None:
        self.fm, self.space = fm, fm.horizontalAdvance(" ")
        self._words: dict[str, int] = {}
        self._lines: dict[tuple[str, int], int] = {}
        self._widths: dict[tuple[str, int], int] = {}

    def advances(self, text: str) -> list[int]:
        known = self._words
        out = []
        for w in text.split(" "):
            a = known.get(w)
            if a is None:
                a = known[w] = self.fm.horizontalAdvance(w)
            out.append(a)
        return out

    def lines(self, text: str, width: int) -> int:
        """The lines `text` takes in a text box `width` wide."""
        n = self._lines.get((text, width))
        if n is None:
            if len(self._lines) > 100_000:  # a long session of dragging columns: start afresh
                self._lines.clear()
            n = self._lines[text, width] = _greedy(self.advances(text), self.space, width - SLACK)
        return n

    def width(self, text: str, lines: int) -> int:
        """The narrowest text box that shows `text` on `lines` lines (never narrower than its longest word)."""
        w = self._widths.get((text, lines))
        if w is None:
            words = self.advances(text)
            lo, hi = max(words), sum(words) + self.space * (len(words) - 1)
            while lo < hi:
                mid = (lo + hi) // 2
                lo, hi = (lo, mid) if _greedy(words, self.space, mid) <= lines else (mid + 1, hi)
            w = self._widths[text, lines] = lo + SLACK
        return w

    def longest_word(self, text: str) -> int:
        w = self._widths.get((text, 0))
        if w is None:
            w = self._widths[text, 0] = max(self.advances(text)) + SLACK
        return w


def wrapped(fm: QFontMetrics, text: str, width: int, lines: int) -> list[str]:
    """`text` wrapped after spaces onto at most `lines` lines, the last one ending in "…" if cut."""
    out: list[str] = []
    words = text.split(" ")
    while words and len(out) < lines - 1:
        k = 1
        while k < len(words) and fm.horizontalAdvance(" ".join(words[: k + 1])) <= width:
            k += 1
        if k == len(words) or fm.horizontalAdvance(words[0]) > width:
            break
        out.append(" ".join(words[:k]))
        words = words[k:]
    if words:
        out.append(fm.elidedText(" ".join(words), Qt.TextElideMode.ElideRight, width))
    return out


class NameDelegate(QStyledItemDelegate):
    """The program's name on the first line (more of them in a taller row), its street below in a quieter colour."""

    def paint(self, painter, option, index) -> None:
        opt = QStyleOptionViewItem(option)
        self.initStyleOption(opt, index)
        name, opt.text = opt.text, ""
        widget = opt.widget
        style = widget.style() if widget else QApplication.style()
        style.drawControl(QStyle.ControlElement.CE_ItemViewItem, opt, painter, widget)
        selected = bool(opt.state & QStyle.StateFlag.State_Selected)
        group = (
            QPalette.ColorGroup.Normal
            if opt.state & QStyle.StateFlag.State_Active
            else QPalette.ColorGroup.Inactive
        )
        fg = opt.palette.color(
            group, QPalette.ColorRole.HighlightedText if selected else QPalette.ColorRole.Text
        )
        bg = opt.palette.color(group, QPalette.ColorRole.Highlight if selected else QPalette.ColorRole.Base)
        rect = style.subElementRect(QStyle.SubElement.SE_ItemViewItemText, opt, widget)
        fm = opt.fontMetrics
        line_h = fm.lineSpacing()
        street = index.data(STREET_ROLE) or ""
        room = max(LINES, min(MAX_LINES, (rect.height() - ROW_MARGIN + 4) // line_h))  # the row's lines
        names = wrapped(fm, name, rect.width(), room - 1 if street else room)
        top = rect.top() + max(0, (rect.height() - (len(names) + bool(street)) * line_h) // 2)
        painter.save()
        painter.setFont(opt.font)
        painter.setPen(fg)
        for i, line in enumerate(names):
            painter.drawText(
                QRect(rect.left(), top + i * line_h, rect.width(), line_h),
                Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter,
                line,
            )
        if street:
            painter.setPen(mix(fg, bg, 0.72))
            painter.drawText(
                QRect(rect.left(), top + len(names) * line_h, rect.width(), line_h),
                Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter,
                fm.elidedText(street, Qt.TextElideMode.ElideRight, rect.width()),
            )
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
        self.setWordWrap(True)  # lists wrap onto the row's lines; past MAX_LINES the last line elides
        self.setTextElideMode(Qt.TextElideMode.ElideRight)
        self.setTabKeyNavigation(False)  # Tab leaves the table, arrows move inside it
        self.setItemDelegateForColumn(NAME_COLUMN, NameDelegate(self))
        self.verticalHeader().setVisible(False)
        self.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Fixed)  # fit_rows sets them
        self.verticalHeader().setDefaultSectionSize(self.row_height())
        header = self.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setStretchLastSection(True)
        header.setSortIndicator(DISTANCE_COLUMN, Qt.SortOrder.AscendingOrder)
        header.setSortIndicatorShown(True)
        self.setSortingEnabled(True)
        self.doubleClicked.connect(lambda _ix: self.openRequested.emit())
        header.sectionResized.connect(self._column_resized)
        self._natural: dict[int, int] | None = None  # what each short column's text needs on two lines
        self._floor: dict[int, int] = {}  # ... and its longest single label
        self._cells: dict[int, list[str]] = {}  # the list columns' texts, row by row
        self._distinct: dict[int, set[str]] = {}  # ... and each one once
        self._fit = TextFit(self.fontMetrics())
        self._fitting = False

    def row_height(self, lines: int = LINES) -> int:
        return lines * self.fontMetrics().lineSpacing() + ROW_MARGIN

    def setModel(self, model) -> None:
        super().setModel(model)
        for sig in (model.modelReset, model.layoutChanged, model.dataChanged):
            sig.connect(self._content_changed)

    def _content_changed(self, *_args) -> None:
        self._natural = None
        self.fit_columns()

    def _column_resized(self, column: int, _old: int, _new: int) -> None:
        if column in LISTS and not self._fitting:  # the user dragged a list column: its rows refit
            self.fit_rows()

    def viewportEvent(self, event) -> bool:
        # a cell's tooltip is the model's plain text (a name may be written as HTML): shown as typed
        if event.type() == QEvent.Type.ToolTip:
            index = self.indexAt(event.pos())
            tip = index.data(Qt.ItemDataRole.ToolTipRole) if index.isValid() else None
            if tip:
                QToolTip.showText(
                    event.globalPos(), literal(str(tip)), self.viewport(), self.visualRect(index)
                )
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
            self._natural, self._fit = None, TextFit(self.fontMetrics())
            self.verticalHeader().setDefaultSectionSize(self.row_height())
            self.fit_columns()

    # --- widths ---------------------------------------------------------------------------
    def cell_padding(self) -> int:
        """What the style takes from a cell's width around its text, and a little more."""
        return self.text_margin() + 3

    def text_margin(self) -> int:
        """What the style and the grid take from a cell's width around its text: a list wraps in the rest."""
        margin = self.style().pixelMetric(QStyle.PixelMetric.PM_FocusFrameHMargin, None, self) + 1
        return 2 * margin + (1 if self.showGrid() else 0)

    def natural_widths(self) -> dict[int, int]:
        """Per short column, the width that shows most of its cells whole on two lines: all of
        the cities, nearly all of the "treats" lists, most level and payment lists (the longer
        ones take a third or fourth line). Cached per result."""
        if self._natural is None:
            model = self.model()
            results = model.rows() if hasattr(model, "rows") else []
            columns = model.columnCount() if model is not None else 0
            rows = len(results)
            self._natural, self._floor, self._cells, self._distinct = {}, {}, {}, {}
            fit, pad = self._fit, self.text_margin()
            for c, share in SHOWN_WHOLE.items():
                if c >= columns:  # no Room column in this result: nothing to measure
                    continue
                text, key = COLUMNS[c].text, COLUMNS[c].key  # what the model shows (no marks there)
                cells = None
                if key is not None:  # once per distinct list: a few hundred rows share a few dozen
                    keys = list(map(key, results))
                    try:
                        texts = {k: text(r) or "" for k, r in dict(zip(keys, results)).items()}
                        cells = [texts[k] for k in keys]
                    except TypeError:  # a row whose lists are lists (unhashable), not tuples
                        pass
                if cells is None:
                    cells = [text(r) or "" for r in results]
                distinct = set(cells)
                if c in LISTS:
                    self._cells[c], self._distinct[c] = cells, distinct
                two = {t: fit.width(t, 2) for t in distinct}
                need = sorted(map(two.__getitem__, cells))
                self._natural[c] = (need[min(rows - 1, int(share * rows))] if need else 0) + pad
                # never narrower than its longest single label: cut words read worse than "…"
                self._floor[c] = max(map(fit.longest_word, distinct), default=0) + pad
        return self._natural

    def list_floor(self, lines: int) -> dict[int, int]:
        """Per list column, the width that shows every one of its cells whole on `lines` lines."""
        self.natural_widths()
        width = self._fit.width
        return {
            c: max((width(t, lines) for t in self._distinct[c]), default=0) + self.text_margin()
            for c in LISTS
        }

    def fit_columns(self) -> None:
        header = self.horizontalHeader()
        if self.model() is None or header.count() != self.model().columnCount():
            return
        fm = self.fontMetrics()
        pad = self.cell_padding()
        room = self.room_shown()
        flex = {c: cap for c, cap in FLEX_CAP.items() if room or c != ROOM_COLUMN}
        hint = [header.sectionSizeHint(i) for i in range(header.count())]
        widths: dict[int, int] = {
            DISTANCE_COLUMN: max(hint[DISTANCE_COLUMN], fm.horizontalAdvance("≈000.0") + pad),
            PHONE_COLUMN: max(hint[PHONE_COLUMN], fm.horizontalAdvance("000-000-0000") + pad),
        }
        avail = max(self.viewport().width(), 300)
        rest = avail - sum(widths.values())
        natural = self.natural_widths()
        share = NAME_SHARE_WITH_ROOM if room else NAME_SHARE
        name_min = max(hint[NAME_COLUMN], int(rest * share))
        least = {
            c: max(hint[c], min(self._floor[c], int(rest * cap))) for c, cap in flex.items()
        }  # no label cut
        want = {c: max(least[c], min(natural[c], int(rest * cap))) for c, cap in flex.items()}
        # what each keeps before the name gives: City (and Room) their fill, each list every cell whole
        # on the fewest lines (up to SHORT_LINES) that leave the name its share; failing that, on
        # SHORT_LINES and then MAX_LINES lines with the name down to its floor (not while Room shows)
        name_floor = name_min if room else max(hint[NAME_COLUMN], int(rest * NAME_FLOOR))
        keep = {c: w for c, w in want.items() if c not in LISTS}
        tries = [(n, name_min) for n in range(LINES, SHORT_LINES + 1)] + [
            (SHORT_LINES, name_floor),
            (MAX_LINES, name_floor),
        ]
        for lines, name_keeps in tries:
            whole = {c: max(least[c], w) for c, w in self.list_floor(lines).items()}
            if sum(keep.values()) + sum(whole.values()) <= rest - name_keeps:
                break
        keep.update(whole)
        want.update({c: max(want[c], keep[c]) for c in LISTS})
        over = sum(want.values()) - (rest - name_min)
        for c in (c for c in GIVES_FIRST if c in flex):  # too little room: the lists take more lines
            if over <= 0:
                break
            give = min(over, want[c] - keep[c])
            want[c] -= give
            over -= give
        over -= name_min - name_floor  # ... and the name gives down to its floor
        # still too little (a narrow window): the lists give alike down to their longest label (past
        # MAX_LINES a list ends in "…", its tooltip has it whole), then City and Room
        for group in ([c for c in LISTS], [c for c in flex if c not in LISTS]):
            spare = {c: want[c] - least[c] for c in group}
            total = sum(spare.values())
            if over <= 0 or total <= 0:
                continue
            cut = min(over, total)
            for c in group:
                want[c] -= -(-cut * spare[c] // total)
            over -= cut
        widths.update(want)
        widths[NAME_COLUMN] = max(hint[NAME_COLUMN], rest - sum(want.values()))
        self._fitting = True
        try:
            for i in range(header.count()):
                if i in widths:
                    self.setColumnWidth(i, widths[i])
        finally:
            self._fitting = False
        self.fit_rows()

    def fit_rows(self) -> None:
        """Each row as tall as its lists need (most rows keep two lines)."""
        if self.model() is None:
            return
        self.natural_widths()
        vh = self.verticalHeader()
        pad, fit = self.text_margin(), self._fit
        # per list column, the lines of each distinct text at its width (a few hundred texts make a search)
        lines = [{t: fit.lines(t, self.columnWidth(c) - pad) for t in self._distinct[c]} for c in LISTS]
        most = max((max(n.values(), default=LINES) for n in lines), default=LINES)
        cap = self.max_lines()
        heights = {n: self.row_height(max(LINES, min(cap, n))) for n in range(1, max(most, LINES) + 1)}
        # each row's height: the most lines any of its lists takes, two to MAX_LINES
        wants = list(
            map(
                heights.__getitem__,
                map(max, *(map(n.__getitem__, self._cells[c]) for n, c in zip(lines, LISTS))),
            )
        )
        size, resize = vh.sectionSize, vh.resizeSection
        changed = False
        # the view hears of each row's new height on a timer and would paint the table a second
        # time after the results' first paint: it is told once, here, instead
        vh.blockSignals(True)
        try:
            for row, want in enumerate(wants[: self.model().rowCount()]):
                if size(row) != want:
                    resize(row, want)
                    changed = True
        finally:
            vh.blockSignals(False)
        if changed:
            self.updateGeometries()
            self.viewport().update()

    def max_lines(self) -> int:
        """MAX_LINES; but where the table shows fewer than COMPACT_ROWS rows of two lines (a short
        window, 200 % on a laptop), every row keeps to two lines: a cut list ends in "…" and its
        tooltip has it whole, and the table shows rows rather than a row and a half."""
        return LINES if self.viewport().height() < COMPACT_ROWS * self.row_height(LINES) else MAX_LINES

    def room_shown(self) -> bool:
        """Whether a call has said something about room for any of the results (the model then has
        its Room column, the last)."""
        shown = getattr(self.model(), "room_shown", None)
        return bool(shown and shown())
