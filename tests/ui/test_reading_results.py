"""Reading the results at 1280 px: every column's header shows, no Treats/Levels/Payment list is
cut, the street tells apart two programs with one name, phones read the same everywhere (issue 13)."""

from __future__ import annotations

from PySide6.QtCore import QRect, Qt
from PySide6.QtGui import QFontMetrics
from PySide6.QtWidgets import QStyle

from finder.services.origins import resolve_origin
from finder.services.search import SearchCriteria, search_programs
from finder.ui.results_model import COLUMNS, PHONE_COLUMN, STREET_ROLE, ResultsModel
from finder.ui.results_view import ResultsTable
from tests.ui.helpers import cell, search


def _with_streets(db):
    return search_programs(db, resolve_origin("92660"), SearchCriteria(text="gratitude")).results


def test_two_lodges_with_one_name_are_told_apart_by_their_street(qtbot, sample_db):
    rows = _with_streets(sample_db)
    assert [r.name for r in rows].count("Gratitude Lodge") == 2
    model = ResultsModel()
    model.set_rows(rows)
    table = ResultsTable()
    qtbot.addWidget(table)
    table.setModel(model)
    table.resize(700, 300)
    streets = {model.data(model.index(i, 0), STREET_ROLE) for i in range(model.rowCount())}
    assert {"20182 Kline Drive", "20132 Redlands Drive"} <= streets
    table.show()
    qtbot.waitExposed(table)
    # the street is drawn under the name: find ink on the cell's second line
    i = next(i for i in range(model.rowCount()) if model.row(i).id == 49)
    index = model.index(i, 0)
    rect = table.visualRect(index)
    image = table.viewport().grab(rect).toImage()
    bg = image.pixel(image.width() - 2, image.height() // 2 + 3)
    lower = [(x, y) for y in range(image.height() // 2 + 1, image.height() - 2) for x in range(image.width())]
    assert sum(image.pixel(x, y) != bg for x, y in lower) > 30, "nothing drawn on the street line"
    # and it is in the tooltip and what a screen reader says
    assert "20182 Kline Drive" in model.data(index, Qt.ItemDataRole.ToolTipRole)
    assert "20182 Kline Drive" in model.data(index, Qt.ItemDataRole.AccessibleTextRole)


def test_window_shows_the_street_of_each_lodge(qtbot, window):
    search(qtbot, window, "92660")
    m = window.model
    streets = {
        m.data(m.index(r, 0), STREET_ROLE) for r in range(m.rowCount()) if m.row(r).name == "Gratitude Lodge"
    }
    assert streets == {"20182 Kline Drive", "20132 Redlands Drive"}


def _fits_in_row(table, row: int, col: int, text: str) -> bool:
    """Whether `text`, wrapped as Qt wraps it in the cell's text box, fits that box in row `row`
    (its own height: a row may grow past two lines): otherwise the cell is cut or ends in "…"."""
    fm = QFontMetrics(table.font())
    margin = table.style().pixelMetric(QStyle.PixelMetric.PM_FocusFrameHMargin, None, table) + 1
    width = table.columnWidth(col) - 2 * margin
    box = fm.boundingRect(QRect(0, 0, width, 10_000), int(Qt.TextFlag.TextWordWrap), text)
    return box.width() <= width and box.height() <= table.rowHeight(row) - 4


def _fits_on_two_lines(table, col: int, text: str) -> bool:
    """Whether `text` fits a cell of `col` in a row of two lines (the first row's height is never more)."""
    fm = QFontMetrics(table.font())
    margin = table.style().pixelMetric(QStyle.PixelMetric.PM_FocusFrameHMargin, None, table) + 1
    width = table.columnWidth(col) - 2 * margin
    box = fm.boundingRect(QRect(0, 0, width, 10_000), int(Qt.TextFlag.TextWordWrap), text)
    return box.width() <= width and box.height() <= table.row_height() - 4


def test_columns_readable_in_a_1280_px_window(qtbot, window):
    window.resize(1280, 800)
    search(qtbot, window, "92660")
    qtbot.waitUntil(lambda: window.table.viewport().width() > 400)
    table = window.table
    header = table.horizontalHeader()
    for i in range(header.count()):
        # the header text (and the sort arrow) is never cut
        assert header.sectionSize(i) >= header.sectionSizeHint(i), COLUMNS[i].title
    assert sum(header.sectionSize(i) for i in range(header.count())) <= table.viewport().width() + 1
    # every city is shown whole on two lines; every "treats", level and payment list whole in its
    # row (a row grows to three or four lines where its list needs it), and its tooltip has the full words
    rows = window.model.rowCount()
    assert all(_fits_on_two_lines(table, 2, cell(window, r, 2)) for r in range(rows))
    for col in (3, 4, 5):
        cut = [r for r in range(rows) if not _fits_in_row(table, r, col, cell(window, r, col))]
        assert cut == [], (COLUMNS[col].title, [cell(window, r, col) for r in cut])
        assert all(
            window.model.data(window.model.index(r, col), Qt.ItemDataRole.ToolTipRole) for r in range(rows)
        )
    assert (
        sum(table.rowHeight(r) > table.row_height() for r in range(rows)) < rows
    )  # only where a list needs it
    assert table.columnWidth(0) >= 0.25 * table.viewport().width()  # the name keeps real room


def test_phone_saved_in_the_old_style_reads_like_the_others(qtbot, sample_db, make_window):
    from sqlalchemy import text

    with sample_db.engine.begin() as conn:
        conn.execute(text("UPDATE programs SET phone='(562) 273-0799 ext. 12' WHERE id = 47"))
    win = make_window()
    search(qtbot, win, "92660")
    row = win.model.row_of(47)
    assert cell(win, row, PHONE_COLUMN) == "562-273-0799 ext. 12"
    with qtbot.waitSignal(win.detailsShown, timeout=5000):
        win.select_program(47)
    assert "Phone: 562-273-0799 ext. 12" in win.details.text()
    assert "(562)" not in win.details.text()
