"""Rows that grow where a Treats, Levels or Payment list needs it (results_view.py): the quick
measure the view uses never counts fewer lines than Qt draws, a row grows only for its lists,
and sorting or dragging a column keeps every list whole in its row."""

from __future__ import annotations

import itertools
import random

import pytest
from PySide6.QtCore import QRect, Qt
from PySide6.QtGui import QFontMetrics

from finder.domain.taxonomy import LEVELS, PAYMENTS, TYPES
from finder.reports.i18n import install_app_language, remove_app_language
from finder.ui.results_model import _short_in
from finder.ui.results_view import LINES, LISTS, MAX_LINES, ResultsTable, TextFit
from tests.ui.helpers import cell, search
from tests.ui.test_reading_results import _fits_in_row


def _qt_lines(fm: QFontMetrics, text: str, width: int) -> int:
    box = fm.boundingRect(QRect(0, 0, width, 10_000), int(Qt.TextFlag.TextWordWrap), text)
    return -(-box.height() // fm.lineSpacing())


@pytest.mark.parametrize("lang", ["en", "es"])
def test_the_quick_measure_never_counts_fewer_lines_than_qt_draws(qtbot, lang):
    if lang != "en":
        install_app_language(lang)
    try:
        table = ResultsTable()
        qtbot.addWidget(table)
        fm, fit = QFontMetrics(table.font()), TextFit(table.fontMetrics())
        rnd = random.Random(7)
        texts = []
        for name, vocab in (("types", TYPES), ("levels", LEVELS), ("payments", PAYMENTS)):
            for k in range(1, len(vocab) + 1):
                texts += [_short_in(name, tuple(rnd.sample(vocab, k)), lang) for _ in range(6)]
        for text, width in itertools.product(texts, range(60, 260, 7)):
            if fit.longest_word(text) > width:
                continue  # never that narrow: a column keeps its longest label
            assert _qt_lines(fm, text, width) <= fit.lines(text, width), (text, width)
        for text, lines in itertools.product(texts, range(2, MAX_LINES + 1)):
            assert _qt_lines(fm, text, fit.width(text, lines)) <= lines, (text, lines)
    finally:
        if lang != "en":
            remove_app_language()


def _rows_as_tall_as_their_lists(window) -> int:
    """Check every row: its lists whole, two to MAX_LINES lines, two where its lists need no more.
    Returns how many rows are taller than two lines."""
    table = window.table
    fm = QFontMetrics(table.font())
    tall = 0
    for r in range(window.model.rowCount()):
        texts = {c: cell(window, r, c) for c in LISTS}
        assert all(_fits_in_row(table, r, c, t) for c, t in texts.items()), (r, texts)
        assert (
            LINES
            <= (table.rowHeight(r) - table.row_height(0)) // table.fontMetrics().lineSpacing()
            <= MAX_LINES
        )
        # Qt wraps each list on two lines even in a box 4 px narrower than the cell's: the row keeps two
        if all(
            _qt_lines(fm, t, table.columnWidth(c) - table.text_margin() - 4) <= LINES
            for c, t in texts.items()
        ):
            assert table.rowHeight(r) == table.row_height(), (r, texts)  # no row taller than its lists
        tall += table.rowHeight(r) > table.row_height()
    return tall


def test_a_row_grows_only_where_a_list_needs_it(qtbot, window):
    window.resize(1280, 800)
    search(qtbot, window, "92660")
    qtbot.waitUntil(lambda: window.table.viewport().width() > 400)
    assert 0 < _rows_as_tall_as_their_lists(window) < window.model.rowCount()


def test_sorting_and_dragging_a_column_keep_every_list_whole_in_its_row(qtbot, window):
    window.resize(1280, 800)
    search(qtbot, window, "92660")
    table = window.table
    rows = window.model.rowCount()

    def whole() -> bool:
        return all(_fits_in_row(table, r, c, cell(window, r, c)) for r in range(rows) for c in LISTS)

    table.sortByColumn(5, Qt.SortOrder.DescendingOrder)  # by Payment
    assert whole()
    table.sortByColumn(0, Qt.SortOrder.AscendingOrder)
    assert whole()
    heights = [table.rowHeight(r) for r in range(rows)]
    table.setColumnWidth(
        5, table.columnWidth(5) + 60
    )  # the user drags Payment wider: its rows need fewer lines
    assert whole()
    assert sum(table.rowHeight(r) for r in range(rows)) < sum(heights)
    table.setColumnWidth(5, table.columnWidth(5) - 60)  # ... and back
    assert whole()
    assert [table.rowHeight(r) for r in range(rows)] == heights


def test_the_last_row_can_be_scrolled_to_with_the_keyboard(qtbot, window):
    """With rows of several heights the scroll range still reaches the last program: Ctrl+End shows it whole."""
    window.resize(1280, 800)
    search(qtbot, window, "92660")
    table = window.table
    heights = {table.rowHeight(r) for r in range(window.model.rowCount())}
    assert len(heights) > 1  # some rows grew
    table.setFocus()
    qtbot.keyClick(table, Qt.Key.Key_End, Qt.KeyboardModifier.ControlModifier)
    last = window.model.rowCount() - 1
    assert table.currentIndex().row() == last
    rect = table.visualRect(window.model.index(last, 0))
    assert table.viewport().rect().contains(rect)


def test_a_new_search_leaves_no_row_as_tall_as_the_last_search_had_it(qtbot, window):
    """Rows start again from two lines on each search: a short list in the row where a long one
    was before keeps its row at two lines (and a long one grows)."""
    window.resize(1280, 800)
    search(qtbot, window, "92660", radius=25)
    qtbot.waitUntil(lambda: window.table.viewport().width() > 400)
    table = window.table
    before = [table.rowHeight(r) for r in range(window.model.rowCount())]
    assert len(set(before)) > 1
    search(qtbot, window, "Santa Ana, CA", radius=12)  # other programs: rows move up into other rows' places
    _rows_as_tall_as_their_lists(window)
    # the two searches' rows differ: the check above saw rows that had to shrink or grow
    assert any(table.rowHeight(r) != h for r, h in enumerate(before[: window.model.rowCount()]))
