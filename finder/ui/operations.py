"""The one way the window does database work: QueryOp for reads, WriteOp for writes.

Modelled on Anki's aqt.operations (CollectionOp / QueryOp), written for this app:

    QueryOp(self, lambda: get_shortlist(db, name), self._shown, key="shortlist").run()
    WriteOp(self, lambda: set_note(db, name, pid, text), self._note_saved, scope="shortlist").run()

`fn` runs on the application's task runner (finder/ui/workers.py), away from the GUI thread;
it calls a service with the engine-bearing `db` and returns plain dataclasses. Its result
reaches `on_done` on the GUI thread. A user's mistake (UserError) or a database that cannot be
reached reaches `on_failed` as one line; anything else is a bug: logged with its traceback and
reported as one line naming the log file. Without `on_failed` the line is shown in a box.

- `key`: a newer op of the same parent with the same key makes older results be dropped
  (the results of a search typed over, the details of a row the user moved away from).
- The op belongs to `parent` (held, not as a Qt child: it lives until its work ended): when the
  parent goes away its results are dropped (a write still finishes: what the user typed is saved).
- `with_progress(label)`: `fn` is called with a `Progress`; calling it with (done, total)
  moves a progress dialog and raises Cancelled once the user pressed its Cancel button.
- `after_writes=True`: the read sees every write asked for before it (it waits behind them);
  a view that shows what it just wrote reads this way (the shortlist bar after a note).
- `cancel()`: an op that has not started never runs; a running one sees `progress.cancelled()`.
- WriteOp: writes run one at a time, in the order they were asked for, and each is followed
  by the runner's `wrote(scope)` signal so open views can refresh.
"""

from __future__ import annotations

import threading
from collections.abc import Callable

import shiboken6
from PySide6.QtCore import QObject, Qt, Signal, Slot
from PySide6.QtWidgets import QProgressDialog, QWidget

from finder.texts.connection import connection_problem
from finder.ui.texts import translate
from finder.ui.workers import Cancelled, TaskRunner, task_runner

__all__ = ["Cancelled", "Progress", "QueryOp", "WriteOp"]

_running: set[QObject] = set()  # every op stays alive until its work ended


class _Relay(QObject):
    moved = Signal(int, int)


class Progress:
    """What a long `fn` calls to report progress; it raises Cancelled once the user cancels."""

    def __init__(self, relay: _Relay, event: threading.Event) -> None:
        self._relay, self._event = relay, event

    def __call__(self, done: int, total: int = 0) -> None:
        if self._event.is_set():
            raise Cancelled()
        self._relay.moved.emit(int(done), int(total))

    def cancelled(self) -> bool:
        return self._event.is_set()


class QueryOp(QObject):
    """Read from the database off the GUI thread; the result arrives on the GUI thread."""

    write = False

    def __init__(
        self,
        parent: QObject | None,
        fn: Callable,
        on_done: Callable[[object], None] | None,
        on_failed: Callable[[str], None] | None = None,
        key: object = None,
        *,
        on_cancelled: Callable[[], None] | None = None,
        url: str | None = None,
        runner: TaskRunner | None = None,
        after_writes: bool = False,
    ) -> None:
        # not a Qt child of `parent`: a child deleted later under a widget whose accessibility
        # interface was built crashed Qt (offscreen, seen in the accessibility tests)
        super().__init__(None)
        self._owner = parent
        self.after_writes = after_writes
        self.fn, self.on_done, self.on_failed, self.on_cancelled = fn, on_done, on_failed, on_cancelled
        self.key = None if key is None else (id(parent), key)
        self.url = url
        self.runner = runner or task_runner()
        self._cancel = threading.Event()
        self._progress: Progress | None = None
        self._progress_label = ""
        self._progress_options: dict = {}
        self.dialog: QProgressDialog | None = None
        self._seq = 0
        self.finished = False
        _running.add(self)

    # --- set up -----------------------------------------------------------------------------
    def with_progress(
        self,
        label: str = "",
        *,
        title: str = "",
        cancel: str | None = "",
        minimum_ms: int = 400,
        on_progress: Callable[[int, int], None] | None = None,
        dialog: bool = True,
    ) -> QueryOp:
        """Call `fn(progress)`; show a progress dialog (after `minimum_ms`) that can cancel.

        `on_progress(done, total)` runs on the GUI thread as well (or instead, with dialog=False).
        """
        relay = _Relay(self)
        relay.moved.connect(self._moved)
        self._progress = Progress(relay, self._cancel)
        self._progress_label = label
        self._progress_options = {
            "title": title,
            "cancel": cancel,
            "minimum_ms": minimum_ms,
            "on_progress": on_progress,
            "dialog": dialog,
        }
        return self

    def run(self) -> QueryOp:
        if self.key is not None:
            self._seq = self.runner.claim(self.key)
        if self._progress is not None and self._progress_options["dialog"]:
            self._open_dialog()
        fn, progress = self.fn, self._progress
        call = (lambda: fn(progress)) if progress is not None else fn
        explain = lambda exc, url=self.url: connection_problem(exc, url)
        # connected before the task starts: a task that ends at once is still heard
        self.runner.submit(
            call,
            self._done,
            self._failed,
            write=self.write,
            on_cancelled=self._cancelled,
            explain=explain,
            skip=self._cancel.is_set,
            scope=getattr(self, "scope", ""),
            on_ended=self._ended,
            after_writes=self.after_writes,
        )
        return self

    def owner(self) -> QObject | None:
        """The object the op works for, or None once it went away."""
        return self._owner if self._owner is not None and shiboken6.isValid(self._owner) else None

    def cancel(self) -> None:
        self._cancel.set()
        if self.dialog is not None:
            self.dialog.setLabelText(translate("Operations", "Cancelling…"))

    def is_cancelled(self) -> bool:
        return self._cancel.is_set()

    # --- the progress dialog ------------------------------------------------------------------
    def _open_dialog(self) -> None:
        opts = self._progress_options
        parent = self.owner() if isinstance(self.owner(), QWidget) else None
        from finder.ui.dialog_kit import literal

        cancel = (
            opts["cancel"] if opts["cancel"] != "" else translate("Operations", "Cancel")
        )  # "": the usual word
        d = QProgressDialog(literal(self._progress_label), cancel, 0, 0, parent)
        if opts["cancel"] is None:
            d.setCancelButton(None)
        d.setWindowTitle(opts["title"] or "Program Finder")
        d.setWindowModality(Qt.WindowModality.WindowModal)
        d.setMinimumDuration(opts["minimum_ms"])
        d.setAutoClose(False)
        d.setAutoReset(False)
        d.canceled.connect(self.cancel)
        self.dialog = d

    @Slot(int, int)
    def _moved(self, done: int, total: int) -> None:
        if self.dialog is not None:
            if total and self.dialog.maximum() != total:
                self.dialog.setMaximum(total)
            self.dialog.setValue(min(done, total) if total else 0)
        callback = self._progress_options.get("on_progress")
        if callback is not None:
            callback(done, total)

    def _close_dialog(self) -> None:
        if self.dialog is not None:
            self.dialog.close()
            self.dialog.deleteLater()
            self.dialog = None

    # --- results ------------------------------------------------------------------------------
    def _wanted(self) -> bool:
        """Deliver only to a live parent, and only the newest op of a key."""
        parent = self._owner
        if parent is not None and not shiboken6.isValid(parent):
            return False
        return self.key is None or self.runner.is_latest(self.key, self._seq)

    @Slot(object)
    def _done(self, result) -> None:
        self._close_dialog()
        if self._wanted() and self.on_done is not None:
            self.on_done(result)

    @Slot(str)
    def _failed(self, message: str) -> None:
        self._close_dialog()
        if not self._wanted():
            return
        if self.on_failed is not None:
            self.on_failed(message)
        else:
            from finder.ui.dialog_kit import warn

            parent = self.owner()
            warn(
                parent if isinstance(parent, QWidget) else None,
                "Program Finder",
                message[:1].upper() + message[1:],
            )

    @Slot()
    def _cancelled(self) -> None:
        self._close_dialog()
        if self._wanted() and self.on_cancelled is not None:
            self.on_cancelled()

    @Slot()
    def _ended(self) -> None:
        self.finished = True
        _running.discard(self)
        self.deleteLater()


class WriteOp(QueryOp):
    """Write to the database: one write at a time, in order, then `runner.wrote(scope)`."""

    write = True

    def __init__(
        self,
        parent: QObject | None,
        fn: Callable,
        on_done: Callable[[object], None] | None = None,
        on_failed: Callable[[str], None] | None = None,
        key: object = None,
        *,
        scope: str = "",
        **kwargs,
    ) -> None:
        super().__init__(parent, fn, on_done, on_failed, key, **kwargs)
        self.scope = scope
