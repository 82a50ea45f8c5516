"""Searching through the window: the table, the count line, the empty state, the map."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QPointF, Qt

from finder.services.origins import resolve_origin
from finder.services.search import SearchCriteria, search_programs
from tests.ui.helpers import cell, search, shown_ids


def _service_ids(db, query="92660", **criteria):
    criteria.setdefault("limit", 1000)
    return [r.id for r in search_programs(db, resolve_origin(query), SearchCriteria(**criteria)).results]


def test_window_starts_with_directions_and_directory_line(window):
    assert "press Enter" in window.empty_label.text()
    assert window.stack.currentWidget() is window.empty_label
    info = window.panel.origin_bar.info.text()
    assert "64 programs" in info
    assert window.findChild(type(window.shortlist_bar), "shortlistBar") is window.shortlist_bar
    assert [m.title().replace("&", "") for m in window.menus.values()] == [
        "File",
        "Edit",
        "View",
        "Shortlist",
        "Help",
    ]


def test_enter_in_origin_fills_table_like_the_service(qtbot, window, sample_db):
    search(qtbot, window, "92660")
    assert window.stack.currentWidget() is window.table
    assert shown_ids(window) == _service_ids(sample_db)
    assert window.count_label.text().startswith("55 programs within 25 mi of Newport Beach, CA 92660")
    assert "≈" in cell(window, 0, 1)
    assert window.last_result().total == 55
    # the nearest program is selected and its details are on screen
    assert window.selected_program_id() == shown_ids(window)[0]


def test_city_origin_and_radius_change_results(qtbot, window, sample_db):
    search(qtbot, window, "Newport Beach, CA", radius=25)
    wide = shown_ids(window)
    search(qtbot, window, "Newport Beach, CA", radius=3)
    narrow = shown_ids(window)
    assert narrow == _service_ids(sample_db, "Newport Beach, CA", radius_miles=3)
    assert 0 < len(narrow) < len(wide)
    assert "within 3 mi of Newport Beach, CA" in window.count_label.text()


def test_ticking_a_filter_searches_again(qtbot, window, sample_db):
    search(qtbot, window, "92660")
    lst = window.panel.filters.lists["payments"]
    item = next(lst.item(i) for i in range(lst.count()) if lst.item(i).text() == "Medicaid")
    with qtbot.waitSignal(window.searchFinished, timeout=5000):
        item.setCheckState(Qt.CheckState.Checked)
    assert shown_ids(window) == _service_ids(sample_db, payments=["medicaid"])
    assert window.count_label.text().startswith("4 programs within 25 mi")
    assert all("Medicaid" in cell(window, r, 5) for r in range(window.model.rowCount()))


def test_text_filter_and_enter(qtbot, window, sample_db):
    window.panel.origin.setText("92660")
    window.panel.filters.text.setText("gratitude")
    with qtbot.waitSignal(window.searchFinished, timeout=5000):
        qtbot.keyClick(window.panel.filters.text, Qt.Key.Key_Return)
    assert shown_ids(window) == _service_ids(sample_db, text="gratitude")
    assert all("Gratitude" in cell(window, r, 0) for r in range(window.model.rowCount()))


def test_count_line_mentions_programs_without_location(qtbot, sample_db, make_window):
    from sqlalchemy import text

    with sample_db.engine.begin() as conn:
        conn.execute(
            text(
                "UPDATE programs SET latitude=NULL, longitude=NULL, location_precision=NULL "
                "WHERE id IN (47, 9)"
            )
        )
    win = make_window()
    search(qtbot, win, "92660")
    assert (
        "53 programs within 25 mi of Newport Beach, CA 92660 (2 without a location not shown)"
        in win.count_label.text()
    )
    assert "2 without a location" in win.panel.origin_bar.info.text()


def test_empty_result_says_what_to_loosen(qtbot, window):
    filters = window.panel.filters
    for vocab, label in (("types", "Eating disorder"), ("payments", "Medicaid")):
        lst = filters.lists[vocab]
        next(lst.item(i) for i in range(lst.count()) if lst.item(i).text() == label).setCheckState(
            Qt.CheckState.Checked
        )
    search(qtbot, window, "92660", radius=5)
    assert window.stack.currentWidget() is window.empty_label
    assert window.model.rowCount() == 0
    text = window.empty_label.text()
    assert "No programs within 5 mi of Newport Beach, CA 92660" in text
    assert "Treats: Eating disorder" in text and "Payment: Medicaid" in text
    assert "Without filters there are 45 programs within 5 mi" in text
    assert "Widening the radius to 50 mi" in text
    assert window.count_label.text().startswith("0 programs within 5 mi")


def test_unknown_origin_is_explained_where_results_go(qtbot, window):
    search(qtbot, window, "99999")
    assert window.stack.currentWidget() is window.empty_label
    assert "ZIP code 99999 was not found" in window.empty_label.text()
    assert window.last_error


def test_clicking_a_map_point_selects_the_program(qtbot, window):
    search(qtbot, window, "60601")
    target = window.model.row(window.model.rowCount() - 1).id
    pos = window.map.position_of(target)
    assert pos is not None
    with qtbot.waitSignal(window.detailsShown, timeout=5000):
        qtbot.mouseClick(window.map, Qt.MouseButton.LeftButton, pos=pos.toPoint())
    assert window.selected_program_id() in [p.id for p in window.map.points_at(QPointF(pos))]
    assert window.details.program_id == window.selected_program_id()


def test_sorting_by_name_survives_a_new_search(qtbot, window):
    search(qtbot, window, "92660")
    window.table.sortByColumn(0, Qt.SortOrder.AscendingOrder)
    search(qtbot, window, "92660", radius=10)
    names = [cell(window, r, 0).lower() for r in range(window.model.rowCount())]
    assert names == sorted(names)


@pytest.mark.qt_log_ignore(
    "does not support grabbing the keyboard", "does not support raise"
)  # offscreen: the popup
def test_near_field_completes_city_names_once_the_window_is_on_screen(qtbot, sample_db):
    from finder.ui.main_window import MainWindow
    from finder.ui.settings import Settings

    win = MainWindow(sample_db, Settings(), remember=False, allow_online=False)
    qtbot.addWidget(win)
    # the names are read after the first paint (a worker reading them would hold up that paint)
    assert win.panel.origin.completer() is None
    win.show()
    qtbot.waitUntil(lambda: win.panel.origin.completer() is not None, timeout=10_000)
    win.panel.origin.setFocus()
    qtbot.keyClicks(win.panel.origin, "newport b")
    completer = win.panel.origin.completer()
    qtbot.waitUntil(lambda: completer.popup().isVisible(), timeout=5_000)
    offered = [completer.completionModel().index(i, 0).data() for i in range(completer.completionCount())]
    assert "Newport Beach, CA" in offered


def test_a_town_typed_without_its_state_says_which_it_could_be(qtbot, window):
    from tests.ui.helpers import search

    search(qtbot, window, "92660")
    assert window.model.rowCount() > 0
    search(qtbot, window, "Newport Beach")
    assert window.model.rowCount() == 0  # nothing of the earlier search stays under the message
    assert "Newport Beach, CA" in window.empty_label.text() and window.empty_label.isVisible()


def test_a_search_that_finds_few_offers_the_wider_radius(qtbot, window):
    """Fewer than three programs: a button says what a wider radius finds, and searches it."""
    from tests.ui.helpers import search

    search(qtbot, window, "92614", radius=1)
    assert window.model.rowCount() == 1
    button = window.widen_button
    assert button.isVisible() and button.text() == "Widen to 50 mi (finds 55)"
    with qtbot.waitSignal(window.searchFinished, timeout=10_000):
        qtbot.mouseClick(button, Qt.MouseButton.LeftButton)
    assert window.panel.radius.value() == 50 and window.model.rowCount() == 55
    assert not button.isVisible()
    search(qtbot, window, "07030", radius=5)  # two found, and no more within 50 mi: nothing to offer
    assert window.model.rowCount() == 2 and not window.widen_button.isVisible()
