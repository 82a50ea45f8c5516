"""The one task runner behind the window's background work (finder/ui/operations.py uses it).

Reads run on a small pool; writes on a pool of one thread, so they happen one at a time and
in the order they were asked for. Work gets the database engine (safe across threads), never
a Session or an ORM object, and hands plain Python objects back through queued signals, so
every callback runs on the GUI thread.
"""

from __future__ import annotations

import logging
import threading
from collections.abc import Callable

import shiboken6
from PySide6.QtCore import (
    QCoreApplication,
    QEvent,
    QEventLoop,
    QObject,
    QRunnable,
    QThreadPool,
    QTimer,
    Signal,
    Slot,
)

from finder.errors import UserError
from finder.reports.i18n import user_message
from finder.services.importing.run import (
    Cancelled,  # the one Cancelled: services raise it, the window catches it
)

log = logging.getLogger(__name__)

__all__ = ["Cancelled", "Task", "TaskRunner", "after_next_paint", "task_runner", "unexpected_message"]


def unexpected_message(exc: BaseException) -> str:
    """What the window says about a bug: what kind, and where the details are."""
    from finder.logs import log_file

    return (
        QCoreApplication.translate("Workers", "something went wrong (%1); the details are in %2")
        .replace("%1", type(exc).__name__)
        .replace("%2", str(log_file()))
    )


class TaskSignals(QObject):
    done = Signal(object)
    failed = Signal(str)
    cancelled = Signal()
    ended = Signal()  # after any of the three

    def __init__(self) -> None:
        super().__init__()
        self.emitted = threading.Event()  # the worker is done with this object (it may go now)


class Task(QRunnable):
    """Run `fn()` on a pool thread; done(result), failed(one line) or cancelled() back on the GUI.

    `explain(exc)` may turn an error a user can act on (the server is down) into one line; any
    other exception is a bug: logged with its traceback and reported with the log file's name.
    """

    def __init__(
        self,
        fn: Callable[[], object],
        explain: Callable[[BaseException], str | None] | None = None,
        skip: Callable[[], bool] | None = None,
    ) -> None:
        super().__init__()
        self.fn, self.explain, self.skip = fn, explain, skip
        self.signals = TaskSignals()
        self.setAutoDelete(True)

    @Slot()
    def run(self) -> None:
        try:
            self._run()
        except RuntimeError:
            # the receiving objects went away (the app is closing): nobody is left to tell
            log.debug("a background task ended after its receivers were gone", exc_info=True)
        finally:
            self.signals.emitted.set()

    def _run(self) -> None:
        sig = self.signals
        try:
            if self.skip is not None and self.skip():
                raise Cancelled()
            result = self.fn()
        except Cancelled:
            sig.cancelled.emit()
        except UserError as exc:
            sig.failed.emit(user_message(exc))
        except Exception as exc:
            line = self.explain(exc) if self.explain is not None else None
            if line is None:
                log.exception("unexpected error in background work")
                line = unexpected_message(exc)
            sig.failed.emit(line)
        else:
            sig.done.emit(result)
        sig.ended.emit()


class TaskRunner(QObject):
    """Two pools: reads side by side, writes one at a time in order; keeps each task's signals alive."""

    wrote = Signal(str)  # a write finished (its scope: "program", "shortlist", "checklist", …)
    writesDrained = Signal()

    def __init__(self, parent: QObject | None = None, threads: int = 2) -> None:
        super().__init__(parent)
        self.pool = QThreadPool(self)
        self.pool.setMaxThreadCount(threads)
        self.write_pool = QThreadPool(self)
        self.write_pool.setMaxThreadCount(1)  # one write at a time, first asked first done
        self._live: set[TaskSignals] = set()
        self._retired: list[TaskSignals] = []  # ended, kept until their worker let go of them
        self._kinds: dict[TaskSignals, tuple[bool, str]] = {}
        self._writes = 0
        self._latest: dict[tuple, int] = {}
        self._seq = 0

    def submit(
        self,
        fn: Callable[[], object],
        on_done: Callable[[object], None] | None = None,
        on_failed: Callable[[str], None] | None = None,
        *,
        write: bool = False,
        on_cancelled: Callable[[], None] | None = None,
        explain: Callable[[BaseException], str | None] | None = None,
        skip: Callable[[], bool] | None = None,
        scope: str = "",
        on_ended: Callable[[], None] | None = None,
        after_writes: bool = False,
    ) -> TaskSignals:
        """Run `fn` off the GUI thread; the callbacks run on the GUI thread.

        `after_writes`: a read that must see the writes asked for before it (read your own
        writes) waits behind them in the write queue; with none queued it runs at once.
        """
        task = Task(fn, explain, skip)
        sig = task.signals
        self._live.add(sig)
        if on_done is not None:
            sig.done.connect(on_done)
        if on_failed is not None:
            sig.failed.connect(on_failed)
        if on_cancelled is not None:
            sig.cancelled.connect(on_cancelled)
        if on_ended is not None:
            sig.ended.connect(on_ended)
        self._kinds[sig] = (write, scope)
        sig.ended.connect(self._ended)  # a slot of this object: runs on the GUI thread
        if write:
            self._writes += 1
            self.write_pool.start(task)
        elif after_writes and self._writes:
            self.write_pool.start(task)
        else:
            self.pool.start(task)
        return sig

    @Slot()
    def _ended(self) -> None:
        sig = self.sender()
        self._live.discard(sig)
        # freed only once the worker has returned from emitting: deleting a sender while
        # another thread is still inside its emit() crashes
        self._retired = [r for r in self._retired if not r.emitted.is_set()]
        self._retired.append(sig)
        write, scope = self._kinds.pop(sig, (False, ""))
        if write:
            self._writes -= 1
            self.wrote.emit(scope)
            if not self._writes:
                self.writesDrained.emit()

    # --- stale results ---------------------------------------------------------------------
    def claim(self, key: tuple) -> int:
        """A new op for `key`: results of older ones for the same key are dropped."""
        self._seq += 1
        self._latest[key] = self._seq
        return self._seq

    def is_latest(self, key: tuple, seq: int) -> bool:
        return self._latest.get(key) == seq

    # --- waiting ---------------------------------------------------------------------------
    def busy(self) -> bool:
        return bool(self._live)

    def writes_pending(self) -> int:
        return self._writes

    def drain_writes(self, msecs: int = 10_000) -> bool:
        """Let the queued writes finish (and their callbacks run) while the window keeps turning.

        True when none is left; False when `msecs` passed first.
        """
        if not self._writes:
            return True
        loop = QEventLoop()
        self.writesDrained.connect(loop.quit)
        QTimer.singleShot(msecs, loop.quit)
        loop.exec()
        self.writesDrained.disconnect(loop.quit)
        return not self._writes

    def wait(self, msecs: int = -1) -> bool:
        """Block until every task ended (closing the window, tests); then deliver their results."""
        ok = self.write_pool.waitForDone(msecs) and self.pool.waitForDone(msecs)
        QCoreApplication.sendPostedEvents()
        if ok:
            self._retired = [r for r in self._retired if not r.emitted.is_set()]
        return ok

    def wait_idle(self, rounds: int = 10) -> bool:
        """Wait until no task runs, also those a delivered result started (a read after a write):
        the app exits only then, for a worker thread still in Python when the interpreter
        finalises aborts the whole process."""
        for _ in range(rounds):
            self.wait()
            if not self.busy():
                return True
        return not self.busy()


_runner: TaskRunner | None = None


def task_runner() -> TaskRunner:
    """The application's runner (one for every window and dialog, as Anki's taskman)."""
    global _runner
    app = QCoreApplication.instance()
    if _runner is None or not shiboken6.isValid(_runner) or _runner.parent() is not app:
        _runner = TaskRunner(app)
    return _runner


class _NextPaint(QObject):
    def __init__(self, widget, fn: Callable[[], None], within_ms: int | None) -> None:
        super().__init__(widget)
        self.fn, self.called = fn, False
        if within_ms is not None:  # no paint comes while the widget is hidden or covered
            QTimer.singleShot(within_ms, self, lambda: self._call(widget))

    def eventFilter(self, obj, event) -> bool:
        if event.type() == QEvent.Type.Paint:
            obj.removeEventFilter(self)
            QTimer.singleShot(0, self, lambda w=obj: self._call(w))  # after the rest of this paint
        return False

    def _call(self, widget) -> None:
        if self.called:
            return
        self.called = True
        widget.removeEventFilter(self)
        # not for a window closed meanwhile: work started then could outlive the app's last wait
        if widget.isVisible():
            self.fn()
        self.deleteLater()


def after_next_paint(widget, fn: Callable[[], None], within_ms: int | None = None) -> None:
    """Call `fn` on the GUI thread once `widget` has next painted (a widget not yet shown: its
    first paint), or after `within_ms` when given and no paint came; not if it was hidden meanwhile.

    For work the paint does not need: a worker busy in Python holds the interpreter lock, and
    the paint then waits for it. The city names for the Near field's completion are read after
    the window's first paint (that took about a third of a second off the start), a search's
    details after the results are on screen.
    """
    widget.installEventFilter(_NextPaint(widget, fn, within_ms))
