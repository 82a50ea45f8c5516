"""What a screen reader reads where the window shows text: the count line says its count, the
clear (×) buttons say what they do, a distance cell is read in the window's language, and the
details pane as words, each heading before its list."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QAccessible
from PySide6.QtWidgets import QToolButton

from finder.ui.results_model import DISTANCE_COLUMN
from tests.ui.helpers import search

pytestmark = pytest.mark.qt_log_ignore("does not support propagateSizeHints")


def _name(widget) -> str:
    return QAccessible.queryAccessibleInterface(widget).text(QAccessible.Text.Name)


def _clear_buttons(edit) -> list:
    return [b for b in edit.findChildren(QToolButton) if b.isVisibleTo(edit)]


def test_the_count_and_directory_lines_are_read_as_they_read(qtbot, window):
    search(qtbot, window, "92660")
    assert window.count_label.text().startswith("55 programs within 25 mi")
    assert _name(window.count_label) == window.count_label.text()
    info = window.panel.origin_bar.info
    assert "64 programs" in info.text() and _name(info) == info.text()


def test_the_clear_buttons_in_text_fields_have_names(qtbot, window):
    for edit in (window.panel.origin, window.panel.filters.text):
        edit.setText("Newport")
        buttons = _clear_buttons(edit)
        assert buttons, "no clear button"
        assert [_name(b) for b in buttons] == ["Clear"]
        qtbot.mouseClick(buttons[0], Qt.MouseButton.LeftButton)
        assert edit.text() == ""


def test_a_distance_is_read_in_spanish_in_a_spanish_window(qtbot, spanish_window):
    win = spanish_window
    search(qtbot, win, "92660")
    m = win.model
    tips = [m.data(m.index(r, DISTANCE_COLUMN), Qt.ItemDataRole.ToolTipRole) for r in range(m.rowCount())]
    assert tips and all("millas" in t and "miles" not in t for t in tips)
    assert any(t.startswith("a unas ") and "centro del código postal" in t for t in tips)
    win.panel.origin.setText("x")
    assert [_name(b) for b in _clear_buttons(win.panel.origin)] == ["Borrar"]


def test_the_details_are_read_as_words_with_each_heading_before_its_list(qtbot, window):
    # a screen reader reads the pane through its text: each heading with its list, no frame marks
    search(qtbot, window, "92660")
    window.table.selectRow(1)
    qtbot.waitUntil(lambda: "Center for Discovery" in window.details.text())
    reader = QAccessible.queryAccessibleInterface(window.details.browser).textInterface()
    said = reader.text(0, reader.characterCount())
    assert not any("\ufdd0" <= ch <= "\ufdef" for ch in said)
    lines = [line.replace("\xa0", " ").split() for line in said.splitlines()]
    assert ["Treats:", "Mental", "health", "Dual", "diagnosis", "Teen", "Eating", "disorder"] in lines
    assert ["Hours:", "not", "recorded;", "ask"] in lines
