"""Helpers shared by the window tests."""

from __future__ import annotations

from PySide6.QtCore import Qt


def search(qtbot, win, query: str, radius: int | None = None) -> None:
    """Type an origin and press Enter, as a user does; return when the table shows the result."""
    if radius is not None:
        win.panel.radius.blockSignals(True)
        win.panel.radius.setValue(radius)
        win.panel.radius.blockSignals(False)
    win.panel.origin.setText(query)
    with qtbot.waitSignal(win.searchFinished, timeout=10_000):
        qtbot.keyClick(win.panel.origin, Qt.Key.Key_Return)


def shown_ids(win) -> list[int]:
    from finder.ui.results_model import ID_ROLE

    m = win.model
    return [m.data(m.index(r, 0), ID_ROLE) for r in range(m.rowCount())]


def cell(win, row: int, col: int) -> str:
    m = win.model
    return m.data(m.index(row, col))


def select(qtbot, win, program_id: int) -> None:
    """Select a program in the results and wait until its details are shown."""
    with qtbot.waitSignal(win.detailsShown, timeout=5000):
        assert win.select_program(program_id)


def activate(qtbot, win) -> None:
    """Make the window the active one, so its keyboard shortcuts reach it."""
    win.activateWindow()
    qtbot.waitUntil(win.isActiveWindow, timeout=5000)


def settle(qtbot, timeout: int = 10_000) -> None:
    """Wait until every database read and write the window sent off has ended and been shown."""
    from finder.ui.workers import task_runner

    qtbot.waitUntil(lambda: not task_runner().busy(), timeout=timeout)


def loaded(qtbot, dialog, timeout: int = 10_000):
    """Wait until a checklist dialog has read its checklist (it opens at once, empty)."""
    qtbot.waitUntil(dialog.is_loaded, timeout=timeout)
    return dialog
