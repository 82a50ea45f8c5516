"""The log file: each start and import is recorded, errors with their traceback, no client details."""

from __future__ import annotations

import os
import stat
import subprocess
import sys

import pytest

from finder.logs import log_file, safe_location
from tests.conftest import FIXTURES
from tests.helpers import finder as run_finder


def finder(db, *args):
    return run_finder(*args, db=db)


def test_starts_and_imports_are_logged_without_what_the_user_typed(tmp_path):
    db = tmp_path / "d.db"
    assert finder(db, "import", FIXTURES / "directory_sample.csv").returncode == 0
    assert finder(db, "shortlist", "create", "Case Jane Doe 4471").returncode == 0
    r = finder(db, "search", "--near", "92660")
    assert r.returncode == 0
    text = log_file().read_text()
    assert "start search: finder" in text and "sqlite" in text and str(db) in text
    assert "imported directory_sample.csv as samhsa-directory" in text
    assert "Jane Doe" not in text and "92660" not in text
    assert stat.S_IMODE(log_file().stat().st_mode) == 0o600
    assert stat.S_IMODE(log_file().parent.stat().st_mode) == 0o700


def test_a_password_never_reaches_the_log():
    assert (
        safe_location("postgresql+psycopg://casey:s3cret@db.local:5433/finder?sslmode=verify-full")
        == "postgresql+psycopg://casey@db.local:5433/finder"
    )
    assert "s3cret" not in safe_location("postgresql://casey:s3cret@/finder?host=/run/pg")


def test_an_unexpected_error_is_one_line_naming_the_log_and_the_traceback_is_in_it(tmp_path):
    """A bug (here: the search service raising) is not shown as a traceback."""
    code = (
        "import sys; from finder import cli; "
        "from finder.services import search; "
        "search.search_programs = lambda *a, **k: (_ for _ in ()).throw(RuntimeError('kaput')); "
        "sys.exit(cli.main(['--db', sys.argv[1], 'search', '--near', '92660']))"
    )
    r = subprocess.run(
        [sys.executable, "-c", code, str(tmp_path / "d.db")],
        check=False,
        capture_output=True,
        text=True,
        timeout=120,
        env=os.environ.copy(),
    )
    assert r.returncode == 1, r.stderr
    assert len(r.stderr.strip().splitlines()) == 1 and "Traceback" not in r.stderr
    assert str(log_file()) in r.stderr
    log = log_file().read_text()
    assert "Traceback" in log and "RuntimeError: kaput" in log


def test_the_window_shows_an_unexpected_error_in_a_dialog_naming_the_log(qtbot, monkeypatch):
    from PySide6.QtWidgets import QMessageBox

    from finder.logs import setup_logging
    from finder.ui.app import install_error_dialog

    setup_logging()
    shown = []
    monkeypatch.setattr(QMessageBox, "critical", lambda parent, title, text: shown.append((title, text)))
    old = sys.excepthook
    try:
        install_error_dialog()
        try:
            raise ValueError("window bug")
        except ValueError as exc:
            sys.excepthook(type(exc), exc, exc.__traceback__)
    finally:
        sys.excepthook = old
    assert shown and str(log_file()) in shown[0][1]
    assert "ValueError: window bug" in log_file().read_text()


def test_an_error_reported_from_a_worker_thread_is_logged_but_makes_no_dialog(qtbot, monkeypatch):
    """A box made off the GUI thread (PySide reports errors in QRunnable.run here) aborts the process."""
    import threading

    from PySide6.QtWidgets import QMessageBox

    from finder.logs import setup_logging
    from finder.ui.app import install_error_dialog

    setup_logging()
    shown = []
    monkeypatch.setattr(QMessageBox, "critical", lambda *a: shown.append(a))
    old = sys.excepthook
    try:
        install_error_dialog()

        def work():
            try:
                raise RuntimeError("worker bug")
            except RuntimeError as exc:
                sys.excepthook(type(exc), exc, exc.__traceback__)

        t = threading.Thread(target=work)
        t.start()
        t.join()
    finally:
        sys.excepthook = old
    assert shown == []
    assert "RuntimeError: worker bug" in log_file().read_text()


def test_a_hard_crash_leaves_its_stack_in_the_log(tmp_path):
    """A segmentation fault no longer makes the window vanish with nothing in the log."""
    env = dict(os.environ, HOME=str(tmp_path), XDG_STATE_HOME=str(tmp_path / "state"))
    code = (
        "import faulthandler\nfrom finder.logs import trace_crashes\ntrace_crashes()\n"
        "def paint_preview():\n    faulthandler._sigsegv()\npaint_preview()\n"
    )
    done = subprocess.run([sys.executable, "-c", code], check=False, env=env, capture_output=True, timeout=60)
    assert done.returncode != 0
    log = (tmp_path / "state" / "finder" / "log" / "finder.log").read_text()
    assert "Segmentation fault" in log and "paint_preview" in log


@pytest.mark.qt_no_exception_capture  # the app's own hook takes it, as in the running window
@pytest.mark.qt_log_ignore("does not support propagateSizeHints")
def test_an_error_in_a_slot_shows_one_dialog_in_a_real_loop(qtbot):
    """A bug in a button's slot: the traceback goes to the log and one box says where, the window lives."""
    from PySide6.QtCore import QTimer
    from PySide6.QtWidgets import QApplication, QMessageBox, QPushButton

    from finder.logs import setup_logging
    from finder.ui.app import install_error_dialog

    setup_logging()
    button = QPushButton("Go")
    qtbot.addWidget(button)
    button.show()

    def broken() -> None:
        raise ZeroDivisionError("slot bug")

    button.clicked.connect(broken)
    seen = []

    def close_box(left: int = 100) -> None:
        box = QApplication.activeModalWidget()
        if isinstance(box, QMessageBox):
            seen.append((box.windowTitle(), box.text()))
            box.accept()
        elif left:
            QTimer.singleShot(50, lambda: close_box(left - 1))

    old = sys.excepthook
    try:
        install_error_dialog()
        QTimer.singleShot(0, close_box)
        button.click()
        qtbot.waitUntil(lambda: bool(seen), timeout=10_000)
    finally:
        sys.excepthook = old
    assert seen[0][0] == "Something went wrong" and str(log_file()) in seen[0][1]
    assert "ZeroDivisionError: slot bug" in log_file().read_text() and button.isVisible()
