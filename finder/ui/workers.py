"""Work that must not run on the GUI thread: opening/seeding the database, searches, lookups.

Workers get the database engine (safe across threads), never a Session or an ORM object, and
hand plain Python objects back through queued signals.
"""

from __future__ import annotations

import logging
from collections.abc import Callable

from PySide6.QtCore import QObject, QRunnable, QThread, QThreadPool, Signal, Slot

from finder.errors import UserError

log = logging.getLogger(__name__)


def unexpected_message(exc: BaseException) -> str:
    """What the window says about a bug: what kind, and where the details are."""
    from finder.logs import log_file

    return f"something went wrong ({type(exc).__name__}); the details are in {log_file()}"


class TaskSignals(QObject):
    done = Signal(object)
    failed = Signal(str)


class Task(QRunnable):
    """Run `fn()` on a pool thread; `signals.done(result)` or `signals.failed(message)` back on the GUI."""

    def __init__(self, fn: Callable[[], object]) -> None:
        super().__init__()
        self.fn = fn
        self.signals = TaskSignals()
        self.setAutoDelete(True)

    @Slot()
    def run(self) -> None:
        try:
            result = self.fn()
        except UserError as exc:
            self.signals.failed.emit(str(exc))
        except Exception as exc:
            log.exception("unexpected error in background work")
            self.signals.failed.emit(unexpected_message(exc))
        else:
            self.signals.done.emit(result)


class TaskRunner(QObject):
    """A small pool for the window's background work; keeps each task's signals alive until it ends."""

    def __init__(self, parent: QObject | None = None, threads: int = 2) -> None:
        super().__init__(parent)
        self.pool = QThreadPool(self)
        self.pool.setMaxThreadCount(threads)
        self._live: set[TaskSignals] = set()

    def submit(self, fn: Callable[[], object], on_done: Callable[[object], None],
               on_failed: Callable[[str], None] | None = None) -> None:
        task = Task(fn)
        sig = task.signals
        self._live.add(sig)
        sig.done.connect(on_done)
        if on_failed is not None:
            sig.failed.connect(on_failed)
        sig.done.connect(lambda _r, s=sig: self._live.discard(s))
        sig.failed.connect(lambda _m, s=sig: self._live.discard(s))
        self.pool.start(task)

    def busy(self) -> bool:
        return bool(self._live)

    def wait(self, msecs: int = -1) -> bool:
        return self.pool.waitForDone(msecs)


class Cancelled(Exception):
    """Raised inside the loader's progress callback when the user cancels the first-run load."""


class DatabaseOpener(QThread):
    """Opens (and on first use, seeds) the database off the GUI thread, reporting progress."""

    progress = Signal(int, int)
    opened = Signal(object)
    failed = Signal(str)

    def __init__(self, location: str, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.location = location
        self._cancel = False

    def cancel(self) -> None:
        self._cancel = True

    def _on_progress(self, done: int, total: int) -> None:
        if self._cancel:
            raise Cancelled()
        self.progress.emit(done, total)

    def run(self) -> None:
        from finder.services.opening import open_database

        try:
            db = open_database(self.location, progress=self._on_progress)
        except Cancelled:
            self.failed.emit("loading the bundled directory was cancelled; nothing was kept")
        except UserError as exc:
            self.failed.emit(str(exc))
        except Exception as exc:
            from finder.services.connection import connection_problem

            line = connection_problem(exc, self.location)  # server down, wrong password, no network
            if line is None:
                log.exception("cannot open the directory")
            self.failed.emit(line or f"cannot open the directory ({type(exc).__name__}: {exc})")
        else:
            if self._cancel and db.created:
                # the load finished after the user pressed Cancel (its last step reports no
                # progress): honour the cancel and leave no half-wanted database behind
                self._discard(db)
                self.failed.emit("loading the bundled directory was cancelled; nothing was kept")
                return
            self.opened.emit(db)

    @staticmethod
    def _discard(db) -> None:
        from pathlib import Path

        path = db.path
        db.dispose()
        if path is not None:
            for suffix in ("", "-wal", "-shm"):
                Path(str(path) + suffix).unlink(missing_ok=True)
