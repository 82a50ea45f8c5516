"""Tab walks the window and the preferences as they are laid out, with no invisible stops (issue 19).

The main window is read as panes: the origin bar across the top, the filters on the left, the
results and their map in the middle, the details on the right, the shortlist bar at the bottom.
Tab visits the panes in that order, once each per round, and inside a pane goes top to bottom
and, along one row, left to right. Positions inside a scrolled pane are taken in the pane's
content, so a pane that scrolls as focus moves does not fool the check. Every stop is shown on
screen (not hidden, not scrolled out of its viewport) and has a name a screen reader can say.
"""

from __future__ import annotations

import pytest
from PySide6.QtCore import QPoint, QRect, Qt
from PySide6.QtWidgets import QScrollArea, QWidget

from tests.ui.helpers import activate, search, select, settle
from tests.ui.test_accessibility import accessible_name, shown

pytestmark = pytest.mark.qt_log_ignore("does not support propagateSizeHints")

AKUA = 1
ROW_SLACK = 4  # pixels: widgets on one row may differ this much at the top


def content_rect(w: QWidget, pane: QWidget) -> QRect:
    """w's rectangle in the pane's own content (inside its scroll area, if the pane scrolls)."""
    ref, p = pane, w.parentWidget()
    while p is not None and p is not pane:
        if isinstance(p, QScrollArea) and p.widget() is not None and p.widget().isAncestorOf(w):
            ref = p.widget()
            break
        p = p.parentWidget()
    if isinstance(pane, QScrollArea) and pane.widget() is not None and pane.widget().isAncestorOf(w):
        ref = pane.widget()
    return QRect(w.mapTo(ref, QPoint(0, 0)), w.size())


def reads_after(a: QRect, b: QRect) -> bool:
    """b comes after a in reading order: below it, or on the same row and to its right."""
    if b.top() >= a.bottom() - ROW_SLACK:
        return True
    same_row = b.top() < a.bottom() and a.top() < b.bottom()
    return same_row and b.left() >= a.left()


def tab_round(qtbot, root: QWidget, start: QWidget, limit: int = 80) -> list[QWidget]:
    """Press Tab from `start` until focus is back on it; the widgets passed on the way."""
    start.setFocus(Qt.FocusReason.TabFocusReason)
    qtbot.waitUntil(start.hasFocus, timeout=3000)
    seen = [start]
    for _ in range(limit):
        qtbot.keyClick(root.focusWidget(), Qt.Key.Key_Tab)
        w = root.focusWidget()
        if w is start:
            return seen
        seen.append(w)
    raise AssertionError(f"Tab never came back to the start: {[accessible_name(w) for w in seen[:30]]}")


def visible_stop_problems(stops: list[QWidget]) -> list[str]:
    out = []
    for w in stops:
        if not w.isVisible() or w.width() < 2 or w.height() < 2:
            out.append(f"invisible stop: {type(w).__name__} {accessible_name(w)!r}")
        elif not accessible_name(w):
            out.append(f"unnamed stop: {type(w).__name__}")
    return out


def order_problems(stops: list[QWidget], panes: list[QWidget]) -> list[str]:
    """Panes visited in order, and reading order within each."""
    out, last_pane, last_rect = [], -1, None
    for w in stops:
        at = next((i for i, p in enumerate(panes) if p is w or p.isAncestorOf(w)), None)
        if at is None:
            out.append(f"{accessible_name(w)!r} is in no known pane")
            continue
        rect = content_rect(w, panes[at])
        if at < last_pane:
            out.append(f"{accessible_name(w)!r} goes back to an earlier pane")
        elif at == last_pane and not reads_after(last_rect, rect):
            out.append(f"{accessible_name(w)!r} comes before the previous stop on screen")
        last_pane, last_rect = at, rect
    return out


def test_reading_order_rules():
    a = QRect(0, 0, 100, 20)
    assert reads_after(a, QRect(120, 2, 50, 20))  # same row, to the right
    assert reads_after(a, QRect(0, 30, 50, 20))  # below
    assert not reads_after(a, QRect(-80, 1, 50, 20))  # same row, to the left
    assert not reads_after(QRect(0, 50, 10, 10), QRect(0, 0, 10, 10))  # above


def test_tab_walks_the_main_window_pane_by_pane(qtbot, window):
    search(qtbot, window, "92660")
    select(qtbot, window, AKUA)
    settle(qtbot)
    activate(qtbot, window)
    panel = window.panel
    panes = [panel.origin_bar, panel.filters, window.table, window.map, window.details, window.shortlist_bar]
    stops = tab_round(qtbot, window, panel.origin)
    names = [accessible_name(w) for w in stops]
    assert visible_stop_problems(stops) == [], names
    assert order_problems(stops, panes) == [], names
    for must in (
        "Search near",
        "Radius in miles",
        "Search",
        "Search results",
        "Map of results",
        "Program details",
    ):
        assert must in names
    assert len(names) == len(set(names))  # each stop once a round


def test_tab_walks_the_main_window_in_spanish_too(qtbot, make_window):
    from finder.reports.i18n import install_app_language, remove_app_language

    install_app_language("es")
    try:
        win = make_window(remember=False, allow_online=False)
        search(qtbot, win, "92660")
        settle(qtbot)
        activate(qtbot, win)
        panes = [win.panel.origin_bar, win.panel.filters, win.table, win.map, win.details, win.shortlist_bar]
        stops = tab_round(qtbot, win, win.panel.origin)
        assert visible_stop_problems(stops) == []
        assert order_problems(stops, panes) == []
    finally:
        remove_app_language()


def test_tab_walks_the_preferences_top_to_bottom(qtbot):
    from finder.ui.settings import PreferencesDialog, Settings

    dlg = shown(qtbot, PreferencesDialog(Settings()))
    dlg.activateWindow()
    qtbot.waitUntil(dlg.isActiveWindow, timeout=5000)
    stops = tab_round(qtbot, dlg, dlg.online)
    names = [accessible_name(w) for w in stops]
    assert visible_stop_problems(stops) == [], names
    assert order_problems(stops, [dlg]) == [], names
    assert names[:4] == ["Online address lookup", "Database", "Your name", "Window language"]
    assert len(stops) == 6  # and OK, Cancel


def test_tab_walks_the_import_report_top_to_bottom(qtbot, sample_db, tmp_path):
    from finder.ui.import_report_dialog import ImportReportDialog
    from tests.ui.test_import_report_dialog import _report

    _ed, report = _report(sample_db, tmp_path)
    dlg = shown(qtbot, ImportReportDialog(None, report))
    dlg.activateWindow()
    qtbot.waitUntil(dlg.isActiveWindow, timeout=5000)
    stops = tab_round(qtbot, dlg, dlg.section)
    names = [accessible_name(w) for w in stops]
    assert visible_stop_problems(stops) == [], names
    assert order_problems(stops, [dlg]) == [], names
    assert names[:3] == ["Show which programs", "Filter by name or id", "Programs in the import report"]


def test_tab_into_the_filters_shows_the_filter_it_lands_on(qtbot, window):
    """The first Tab into a scrolled filter panel landed on a list out of view."""
    from PySide6.QtCore import QPoint, Qt

    activate(qtbot, window)
    window.resize(1000, 520)  # short enough that the filter column scrolls
    filters = window.panel.filters
    qtbot.waitUntil(lambda: filters.verticalScrollBar().maximum() > 0, timeout=5000)
    filters.verticalScrollBar().setValue(filters.verticalScrollBar().maximum())
    window.panel.origin.setFocus()
    for _ in range(12):  # Tab along the origin bar until the focus enters the filters
        qtbot.keyClick(window.focusWidget(), Qt.Key.Key_Tab)
        if filters.isAncestorOf(window.focusWidget()):
            break
    landed = window.focusWidget()
    assert filters.isAncestorOf(landed)
    top = landed.mapTo(filters.viewport(), QPoint(0, 0)).y()
    assert 0 <= top < filters.viewport().height(), top
