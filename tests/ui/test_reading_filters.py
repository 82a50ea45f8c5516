"""The filter column: long labels are shown whole, and it scrolls on its own when the window is short."""

from __future__ import annotations

from PySide6.QtCore import QRect, Qt
from PySide6.QtGui import QFontMetrics
from PySide6.QtWidgets import QCheckBox, QLabel, QStyle


def _label_room(lst, rect: QRect) -> int:
    """The width left for an item's text beside its check box."""
    style = lst.style()
    margin = style.pixelMetric(QStyle.PixelMetric.PM_FocusFrameHMargin, None, lst) + 1
    box = style.pixelMetric(QStyle.PixelMetric.PM_IndicatorWidth, None, lst)
    return rect.width() - box - 4 * margin


def _cut_labels(filters) -> list[str]:
    cut = []
    for lst in filters.lists.values():
        fm = QFontMetrics(lst.font())
        for i in range(lst.count()):
            item = lst.item(i)
            rect = lst.visualItemRect(item)
            room = _label_room(lst, rect)
            need = fm.boundingRect(QRect(0, 0, room, 10_000), int(Qt.TextFlag.TextWordWrap), item.text())
            if need.width() > room or need.height() > rect.height() or rect.right() > lst.viewport().width():
                cut.append(item.text())
        if lst.verticalScrollBar().maximum() > 0:  # a list never hides items behind its own scrolling
            cut.append(f"{lst.objectName()} scrolls")
    return cut


def test_long_filter_labels_are_shown_whole(qtbot, window):
    window.resize(1280, 800)
    filters = window.panel.filters
    qtbot.waitUntil(lambda: filters.width() > 0)
    qtbot.wait(50)  # the lists refit after a resize, on the next turn of the event loop
    labels = [lst.item(i).text() for lst in filters.lists.values() for i in range(lst.count())]
    assert any(t.startswith("Partial hospitalization / day") for t in labels)
    assert _cut_labels(filters) == []
    for box in filters.findChildren(QCheckBox):
        assert box.sizeHint().width() <= box.width(), box.text()
    for head in filters.widget().findChildren(QLabel):
        assert head.wordWrap(), head.text()
    # narrower still (the user drags the splitter): the labels wrap onto more lines
    window.main_split.setSizes([170, 770, 340])
    qtbot.wait(50)
    assert filters.width() < 200
    assert _cut_labels(filters) == []


def test_filters_scroll_when_the_window_is_short(qtbot, window):
    window.resize(1280, 520)
    filters = window.panel.filters
    qtbot.wait(50)
    bar = filters.verticalScrollBar()
    assert bar.isVisible() and bar.maximum() > 0
    # the last control can be scrolled into view
    filters.ensureWidgetVisible(filters.clear_button)
    pos = filters.clear_button.mapTo(filters.viewport(), filters.clear_button.rect().bottomLeft())
    assert 0 <= pos.y() <= filters.viewport().height()
