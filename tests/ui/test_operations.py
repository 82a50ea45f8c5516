"""QueryOp / WriteOp: results on the GUI thread, stale results dropped, writes in order, errors as one line."""

from __future__ import annotations

import logging
import threading
import time

import pytest
from PySide6.QtCore import QThread
from PySide6.QtWidgets import QApplication, QWidget

from finder.errors import UserError
from finder.ui.operations import Cancelled, QueryOp, WriteOp
from finder.ui.workers import task_runner


@pytest.fixture
def owner(qtbot):
    w = QWidget()
    qtbot.addWidget(w)
    yield w
    task_runner().wait()


def gui_thread() -> bool:
    return QThread.currentThread() is QApplication.instance().thread()


def test_the_work_runs_off_the_gui_thread_and_the_result_arrives_on_it(qtbot, owner):
    seen = {}

    def fn():
        seen["fn_on_gui"] = gui_thread()
        return 42

    got = []
    QueryOp(owner, fn, lambda r: got.append((r, gui_thread()))).run()
    qtbot.waitUntil(lambda: bool(got), timeout=5000)
    assert got == [(42, True)] and seen["fn_on_gui"] is False


def test_a_newer_op_with_the_same_key_drops_the_older_result(qtbot, owner):
    release = threading.Event()
    got = []

    def slow():
        release.wait(5)
        return "old"

    QueryOp(owner, slow, got.append, key="search").run()
    QueryOp(owner, lambda: "new", got.append, key="search").run()
    qtbot.waitUntil(lambda: bool(got), timeout=5000)
    release.set()
    task_runner().wait()
    assert got == ["new"]
    # another key, or another parent, is not stale
    other = QWidget()
    qtbot.addWidget(other)
    QueryOp(owner, lambda: "a", got.append, key="details").run()
    QueryOp(other, lambda: "b", got.append, key="details").run()
    qtbot.waitUntil(lambda: len(got) == 3, timeout=5000)
    assert sorted(got[1:]) == ["a", "b"]


def test_a_user_error_reaches_on_failed_as_its_line(qtbot, owner):
    failed = []

    def fn():
        raise UserError("no shortlist named 'Case 9'")

    QueryOp(owner, fn, lambda r: pytest.fail("no result"), failed.append).run()
    qtbot.waitUntil(lambda: bool(failed), timeout=5000)
    assert failed == ["no shortlist named 'Case 9'"]


def test_a_bug_is_logged_and_reported_with_the_log_file(qtbot, owner, caplog):
    from finder.logs import log_file

    failed = []

    def fn():
        raise ZeroDivisionError("boom")

    with caplog.at_level(logging.ERROR, logger="finder.ui.workers"):
        QueryOp(owner, fn, None, failed.append).run()
        qtbot.waitUntil(lambda: bool(failed), timeout=5000)
    assert "ZeroDivisionError" in failed[0] and str(log_file()) in failed[0] and "\n" not in failed[0]
    assert any(r.exc_info for r in caplog.records)


def test_writes_run_one_at_a_time_in_order_then_say_so(qtbot, owner):
    order, running, overlap = [], [0], []
    scopes = []
    task_runner().wrote.connect(scopes.append)

    def write(i):
        def fn():
            running[0] += 1
            overlap.append(running[0])
            time.sleep(0.02)
            order.append(i)
            running[0] -= 1
            return i

        return fn

    done = []
    for i in range(6):
        WriteOp(owner, write(i), done.append, scope="shortlist").run()
    assert task_runner().drain_writes(5000)
    task_runner().wrote.disconnect(scopes.append)
    assert order == list(range(6)) and done == list(range(6)) and max(overlap) == 1
    assert scopes == ["shortlist"] * 6


def test_a_write_whose_window_closed_still_happens(qtbot):
    w = QWidget()
    stored, got = [], []
    release = threading.Event()

    def fn():
        release.wait(5)
        stored.append("note")
        return "saved"

    WriteOp(w, fn, got.append).run()
    w.deleteLater()
    qtbot.wait(20)
    release.set()
    assert task_runner().drain_writes(5000)
    assert stored == ["note"] and got == []  # written; nobody left to tell


def test_cancel_before_it_starts_skips_the_work(qtbot, owner):
    release = threading.Event()
    ran, cancelled = [], []
    WriteOp(owner, lambda: release.wait(5)).run()  # holds the one write thread
    op = WriteOp(owner, lambda: ran.append(1), on_cancelled=lambda: cancelled.append(1)).run()
    op.cancel()
    release.set()
    qtbot.waitUntil(lambda: bool(cancelled), timeout=5000)
    assert ran == []


def test_progress_moves_a_dialog_whose_cancel_stops_the_work(qtbot, owner):
    started = threading.Event()
    steps, cancelled = [], []

    def fn(progress):
        for i in range(1000):
            progress(i, 1000)
            started.set()
            time.sleep(0.005)
        return "finished"

    op = QueryOp(
        owner,
        fn,
        lambda r: pytest.fail("should have been cancelled"),
        on_cancelled=lambda: cancelled.append(1),
    )
    op.with_progress("Working…", minimum_ms=0, on_progress=lambda d, t: steps.append((d, t))).run()
    qtbot.waitUntil(lambda: len(steps) > 3, timeout=5000)
    assert op.dialog is not None and op.dialog.maximum() == 1000
    from PySide6.QtWidgets import QPushButton

    op.dialog.findChild(QPushButton).click()  # the user presses Cancel
    qtbot.waitUntil(lambda: bool(cancelled), timeout=5000)
    assert steps[-1][0] < 999


def test_cancelled_is_the_importers(qtbot):
    from finder.services.importing.run import Cancelled as ImportCancelled

    assert Cancelled is ImportCancelled


def test_a_read_after_writes_sees_them(qtbot, owner):
    """after_writes=True: a view that reads what it just wrote gets it, however slow the write."""
    stored, got = [], []

    def slow_write():
        time.sleep(0.2)
        stored.append("note")

    WriteOp(owner, slow_write, scope="shortlist").run()
    QueryOp(owner, lambda: list(stored), got.append, after_writes=True).run()
    qtbot.waitUntil(lambda: bool(got), timeout=5000)
    assert got == [["note"]]


def test_closing_waits_also_for_work_a_delivered_result_started(qtbot, owner):
    """A write whose result starts a read (the shortlist bar re-reads after saving a note): the
    window closes only when that read has ended too, never with a worker still in Python."""
    ended = []

    def read():
        time.sleep(0.3)
        ended.append("read")

    def written(_r):
        QueryOp(owner, read, lambda _r: ended.append("shown")).run()

    WriteOp(owner, lambda: time.sleep(0.1), written, scope="t").run()
    runner = task_runner()
    runner.wait()  # the write ended and its result started the read
    assert runner.busy()
    assert runner.wait_idle()
    assert "read" in ended and not runner.busy()
