"""The results' Room column: what the latest call said about room, short, with its age; greyed and
marked "(old)" after 30 days; shown once a call said something, and fitting at 1280 px."""

from __future__ import annotations

from datetime import date, datetime

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QAccessible

from finder.services import calls
from finder.services.origins import resolve_origin
from finder.services.search import SearchCriteria, search_programs
from finder.ui import results_model
from finder.ui.dialog_kit import quiet_colour
from finder.ui.results_model import COLUMNS, ROOM_COLUMN, ResultsModel
from tests.ui.helpers import cell, search
from tests.ui.test_reading_results import _fits_on_two_lines

AKUA, DISCOVERY, NSIGHT = 47, 9, 12
TODAY = date(2026, 11, 26)


@pytest.fixture
def clock():
    results_model.set_today(TODAY)
    yield
    results_model.set_today(None)


def _called(db):
    calls.log_call(
        db,
        AKUA,
        outcome="reached",
        accepting="yes",
        wait_days=14,
        spoke_to="D. Rivera",
        at=datetime(2026, 11, 20, 10, 0),
    )
    calls.log_call(
        db, DISCOVERY, outcome="reached", accepting="no", at=datetime(2026, 10, 1, 9, 0)
    )  # 56 days
    calls.log_call(db, NSIGHT, outcome="voicemail", at=datetime(2026, 11, 25, 9, 0))  # says nothing of room


def _read_headers(table) -> list[str]:
    """The column headings as the accessibility tree gives them to a screen reader."""
    view = QAccessible.queryAccessibleInterface(table)
    kids = (view.child(i) for i in range(view.childCount()))
    return [k.text(QAccessible.Text.Name) for k in kids if k.role() == QAccessible.Role.ColumnHeader]


def _model(db):
    model = ResultsModel()
    model.set_rows(search_programs(db, resolve_origin("92660"), SearchCriteria()).results)
    return model


def test_room_cells_say_what_the_latest_call_said_and_how_long_ago(sample_db, clock):
    _called(sample_db)
    model = _model(sample_db)
    assert COLUMNS[ROOM_COLUMN].title == "Room"

    def room(pid, role=Qt.ItemDataRole.DisplayRole):
        return model.data(model.index(model.row_of(pid), ROOM_COLUMN), role)

    assert room(AKUA) == "Has room · 6 d ago"
    assert room(AKUA, Qt.ItemDataRole.ToolTipRole).startswith(
        "accepting · wait ≈ 14 days · said 6 days ago by "
    )
    assert room(NSIGHT) == "—" and "No call" in room(NSIGHT, Qt.ItemDataRole.ToolTipRole)
    # more than 30 days old: greyed, and marked in words (never colour alone)
    assert room(DISCOVERY) == "No room · 56 d ago (old)"
    assert room(DISCOVERY, Qt.ItemDataRole.ForegroundRole).color() == quiet_colour()
    assert room(AKUA, Qt.ItemDataRole.ForegroundRole) is None
    assert "call again" in room(DISCOVERY, Qt.ItemDataRole.AccessibleTextRole)
    assert model.headerData(ROOM_COLUMN, Qt.Orientation.Horizontal, Qt.ItemDataRole.ToolTipRole).startswith(
        "What the latest call said about room"
    )
    # sorting by room: accepting first, then not accepting, the old word, and no word last
    model.sort(ROOM_COLUMN)
    order = [model.row(i).id for i in range(model.rowCount())]
    assert order[0] == AKUA and order.index(DISCOVERY) < order.index(NSIGHT)


def test_today_and_yesterday_read_as_words(sample_db, clock):
    calls.log_call(
        sample_db, AKUA, outcome="reached", accepting="unknown", wait_days=3, at=datetime(2026, 11, 26, 8, 0)
    )
    calls.log_call(sample_db, NSIGHT, outcome="reached", accepting="yes", at=datetime(2026, 11, 25, 8, 0))
    model = _model(sample_db)
    assert model.data(model.index(model.row_of(AKUA), ROOM_COLUMN)) == "Not said · today"
    assert model.data(model.index(model.row_of(NSIGHT), ROOM_COLUMN)) == "Has room · yesterday"


@pytest.fixture
def screen_reader():
    """Accessibility on, as when a screen reader is running (Qt then follows the model's changes)."""
    QAccessible.setActive(True)
    yield
    QAccessible.setActive(False)


def test_the_room_column_shows_once_a_call_said_something_and_fits_at_1280(
    qtbot, sample_db, make_window, screen_reader
):
    win = make_window()
    win.resize(1280, 800)
    search(qtbot, win, "92660")
    table, header = win.table, win.table.horizontalHeader()
    # no column of dashes taking what the lists need, and none a screen reader would read either
    assert header.count() == ROOM_COLUMN and "Room" not in _read_headers(table)
    _called(sample_db)
    search(qtbot, win, "92660")
    qtbot.waitUntil(lambda: header.count() == len(COLUMNS))
    assert _read_headers(table)[-1] == "Room" and not table.isColumnHidden(ROOM_COLUMN)
    for i, col in enumerate(COLUMNS):
        assert header.sectionSize(i) >= header.sectionSizeHint(i), col.title
    assert sum(header.sectionSize(i) for i in range(len(COLUMNS))) <= table.viewport().width() + 1
    said = [r for r in range(win.model.rowCount()) if cell(win, r, ROOM_COLUMN) != "—"]
    assert len(said) == 2
    assert all(_fits_on_two_lines(table, ROOM_COLUMN, cell(win, r, ROOM_COLUMN)) for r in said)
    assert table.columnWidth(0) >= 0.24 * table.viewport().width()  # the name keeps real room


def test_sorted_by_room_then_a_search_without_room_sorts_by_distance(qtbot, sample_db, make_window):
    # Room is not there for Chicago (no call about room): the table goes back to nearest first
    _called(sample_db)
    win = make_window()
    search(qtbot, win, "92660")
    win.table.sortByColumn(ROOM_COLUMN, Qt.SortOrder.AscendingOrder)
    assert cell(win, 0, ROOM_COLUMN) != "—"
    search(qtbot, win, "60601")
    header = win.table.horizontalHeader()
    assert header.count() == ROOM_COLUMN and header.sortIndicatorSection() == 1  # Miles
    miles = [win.model.row(r).distance_miles for r in range(win.model.rowCount())]
    assert len(miles) > 1 and miles == sorted(miles)
