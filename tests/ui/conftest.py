"""Fixtures for the window tests: a main window over the sample directory, and a search helper."""

from __future__ import annotations

import pytest


@pytest.fixture
def make_window(qtbot, sample_db):
    """Build main windows over the sample directory (settings live in the test's temp config)."""
    from finder.ui.main_window import MainWindow
    from finder.ui.settings import Settings

    def make(db=None, **kw):
        win = MainWindow(db or sample_db, Settings(), **kw)
        qtbot.addWidget(win)
        win.show()
        qtbot.waitUntil(lambda: win.facts is not None, timeout=10_000)
        from finder.ui.workers import task_runner

        qtbot.waitUntil(lambda: not task_runner().busy(), timeout=10_000)  # the shortlist bar too
        return win

    return make


@pytest.fixture
def window(make_window):
    return make_window()


@pytest.fixture(autouse=True)
def _background_work_ends(qtbot):
    """Reads and writes a test set off end (and their results are shown) before its widgets go."""
    yield
    from finder.ui.workers import task_runner

    task_runner().wait()


@pytest.fixture
def spanish_window(make_window):
    """A main window built with Spanish installed (its texts are set as it is made)."""
    from finder.reports.i18n import install_app_language, remove_app_language

    install_app_language("es")
    try:
        yield make_window(remember=False, allow_online=False)
    finally:
        remove_app_language()
