"""Starting the GUI (`finder gui`), including the --screenshot mode used by tests and the README."""

from __future__ import annotations

import os
import re
import sys

from finder.errors import UserError

SCREENSHOT_TIMEOUT_MS = 60_000


def parse_size(text: str) -> tuple[int, int]:
    m = re.fullmatch(r"\s*(\d{2,5})\s*[xX×]\s*(\d{2,5})\s*", text or "")
    if not m:
        raise UserError(f"size '{text}' is not WIDTHxHEIGHT in pixels (e.g. 1280x800)")
    w, h = int(m.group(1)), int(m.group(2))
    if not (320 <= w <= 10000 and 240 <= h <= 10000):
        raise UserError(f"size {w}x{h} is out of range (320x240 to 10000x10000)")
    return w, h


def _radius(raw: str | None) -> int | None:
    from finder.domain.geo import check_radius

    return None if raw is None else round(check_radius(raw))


# Reverse-DNS application id: the desktop file, AppStream metainfo and icon names use it
# (packaging/linux/, resources/icons/), so a Wayland compositor or task bar can match the window.
APP_ID = "io.github.program_finder.ProgramFinder"


def app_icon():
    """The window icon: every PNG size rendered from resources/icons/APP_ID.svg."""
    from PySide6.QtGui import QIcon

    from finder.paths import resource_path

    icon = QIcon()
    for png in sorted(resource_path("icons").glob(f"{APP_ID}-*.png")):
        icon.addFile(str(png))
    return icon


def window_language(settings=None) -> str:
    """The window's language: the `language` setting, else the system's (LANG=es_US.UTF-8 → Spanish)."""
    from finder.reports.i18n import system_language
    from finder.ui.settings import Settings

    return (settings or Settings()).language() or system_language()


def apply_language(settings=None) -> str:
    """Install the window's translators (ours and Qt's own, qtbase_es.qm); returns the code."""
    from finder.reports.i18n import install_app_language

    return install_app_language(window_language(settings))


def _plain_buttons_style():
    from PySide6.QtWidgets import QProxyStyle, QStyle

    class PlainButtonsStyle(QProxyStyle):
        """The platform's style, but the buttons of dialogs and message boxes carry words only
        ("Delete", "Cancel"), never the desktop theme's old stock icons beside them."""

        def styleHint(self, hint, option=None, widget=None, returnData=None):
            if hint == QStyle.StyleHint.SH_DialogButtonBox_ButtonsHaveIcons:
                return 0
            return super().styleHint(hint, option, widget, returnData)

    return PlainButtonsStyle


def PlainButtonsStyle(base: str):  # a class made on first use, so Qt loads after the CLI's checks
    return _plain_buttons_style()(base)


def _application(settings=None):
    from PySide6.QtWidgets import QApplication

    from finder.paths import resource_path

    app = QApplication.instance() or QApplication(sys.argv[:1])
    app.setStyle(PlainButtonsStyle(app.style().name()))
    try:
        apply_language(settings)
    except UserError as exc:  # a missing catalogue: the window stays English, the log says why
        import logging

        logging.getLogger("finder.ui").warning("%s", exc)
    app.setApplicationName("Program Finder")
    app.setOrganizationName("finder")
    app.setApplicationDisplayName("Program Finder")
    app.setDesktopFileName(APP_ID)
    style = resource_path("style.qss")
    if style.exists():
        app.setStyleSheet(style.read_text(encoding="utf-8"))
    app.setWindowIcon(app_icon())
    from finder.ui.dialog_kit import readable_palette

    app.setPalette(readable_palette(app.palette()))  # selection and greyed text at 4.5:1 in any theme
    return app


CANCELLED_LOAD = "loading the bundled directory was cancelled; nothing was kept"


def _open_directory(location: str, progress):
    """On the worker: open (and on first use, seed) the directory, honouring a late Cancel."""
    from finder.services.opening import open_database
    from finder.ui.operations import Cancelled

    db = open_database(location, progress=progress)
    if progress.cancelled() and db.created:
        # the load finished after the user pressed Cancel (its last step reports no progress):
        # honour the cancel and leave no half-wanted database behind
        _discard(db)
        raise Cancelled()
    return db


def _discard(db) -> None:
    from pathlib import Path

    path = db.path
    db.dispose()
    if path is not None:
        for suffix in ("", "-wal", "-shm"):
            Path(str(path) + suffix).unlink(missing_ok=True)


def open_with_progress(location: str):
    """Open the database on a worker thread; a first-run load shows a cancellable progress dialog."""
    from PySide6.QtCore import QEventLoop, Qt
    from PySide6.QtWidgets import QProgressDialog

    from finder.ui.operations import QueryOp
    from finder.ui.texts import translate

    dialog = QProgressDialog(
        translate("App", "Loading the bundled program directory (first start only)…"),
        translate("App", "Cancel"),
        0,
        100,
    )
    dialog.setWindowTitle("Program Finder")
    dialog.setWindowModality(Qt.WindowModality.ApplicationModal)
    dialog.setMinimumDuration(0)
    dialog.setAutoClose(False)
    dialog.setAutoReset(False)
    dialog.reset()
    dialog.hide()  # shown only when there is something to load (a first start)
    outcome: dict = {}

    def progress(done: int, total: int) -> None:
        if not dialog.isVisible():
            dialog.show()
        dialog.setMaximum(total or 0)
        dialog.setValue(min(done, total) if total else 0)
        dialog.setLabelText(
            translate("App", "Loading the bundled program directory (first start only): %1 of %2 entries")
            .replace("%1", f"{done:,}")
            .replace("%2", f"{total:,}")
        )

    loop = QEventLoop()

    def end(**what) -> None:
        outcome.update(what)
        loop.quit()

    op = QueryOp(
        None,
        lambda p: _open_directory(location, p),
        lambda db: end(db=db),
        lambda msg: end(error=msg),
        url=location,
        on_cancelled=lambda: end(error=CANCELLED_LOAD),
    )
    op.with_progress(on_progress=progress, dialog=False)
    dialog.canceled.connect(op.cancel)
    dialog.rejected.connect(op.cancel)  # Esc
    op.run()
    if not outcome:
        loop.exec()
    dialog.close()
    dialog.deleteLater()
    if "error" in outcome:
        raise UserError(outcome["error"])
    return outcome["db"]


def _wait_for(signal, timeout_ms: int, done=lambda: False) -> bool:
    """Spin an event loop until `signal` fires (or `done()` is already true); False on timeout."""
    from PySide6.QtCore import QEventLoop, QTimer

    if done():
        return True
    loop = QEventLoop()
    fired = []
    signal.connect(lambda *_a: (fired.append(1), loop.quit()))
    QTimer.singleShot(timeout_ms, loop.quit)
    loop.exec()
    return bool(fired) or done()


def take_screenshot(win, out: str) -> None:
    from PySide6.QtWidgets import QApplication

    win.run_search()
    if not _wait_for(win.searchFinished, SCREENSHOT_TIMEOUT_MS):
        raise UserError("the search did not finish in time; no screenshot written")
    if win.last_error:
        raise UserError(win.last_error)
    if win.selected_program_id() is not None:
        _wait_for(win.detailsShown, 5_000, lambda: win.details.program_id == win.selected_program_id())
    win.runner.wait(10_000)  # directory line and completion names
    QApplication.processEvents()
    if not win.grab().save(out, "PNG"):
        raise UserError(f"cannot write the screenshot to {out}")


# the benchmark's start-up measure: the wall-clock time of the window's first paint goes to this file
FIRST_PAINT_ENV = "FINDER_FIRST_PAINT_FILE"


def _report_first_paint(win) -> None:
    """When $FINDER_FIRST_PAINT_FILE is set, write {"painted_at": time.time(), "focused": bool}
    once the window has first painted (the Near field is drawn with the rest), then close it."""
    out = os.environ.get(FIRST_PAINT_ENV)
    if not out:
        return
    import json
    import time
    from pathlib import Path

    from finder.ui.workers import after_next_paint

    def record() -> None:
        Path(out).write_text(json.dumps({"painted_at": time.time(), "focused": win.panel.origin.hasFocus()}))
        win.close()

    after_next_paint(win.panel.origin, record)


# the benchmark's window search measure (python -m finder.bench): origins in, timings out
TIMED_SEARCHES_ENV = "FINDER_TIMED_SEARCHES"  # "OUT.json;90012,10001,...;REPS"
PAINT_WAIT_S = 5.0
REST_S = 0.15  # between one search's paint and the next Enter


def _rest(app, win) -> None:
    """Until the window has done what the last search started (its details come after its paint)
    and REST_S has passed: a person types the next place long after the last one showed."""
    import time

    until = time.perf_counter() + REST_S
    while time.perf_counter() < until or win.runner.busy():
        app.processEvents()
        time.sleep(0.002)


def _time_searches(app, win, spec: str) -> None:
    """Type each origin into the Near field, press Enter and time until the table and the map
    have both painted the new search (the map alone when nothing is found: the table then gives
    way to a message). Writes {"p50_ms", "p95_ms", "searches"} to OUT, then closes the window."""
    import json
    import statistics
    import time
    from pathlib import Path

    from PySide6.QtCore import QEvent, QObject, Qt
    from PySide6.QtTest import QTest

    out, origins, reps = spec.split(";")
    table, chart = win.table.viewport(), win.map
    painted: dict[int, float] = {}

    class Watch(QObject):
        def eventFilter(self, obj, event):
            if event.type() == QEvent.Type.Paint:
                painted[id(obj)] = time.perf_counter()
            return False

    watch = Watch(win)
    for w in (table, chart):
        w.installEventFilter(watch)
    finished: list[float] = []
    win.searchFinished.connect(lambda: finished.append(time.perf_counter()))
    times, each = [], []
    for _ in range(int(reps)):
        for q in origins.split(","):
            win.panel.origin.setText(q)
            _rest(app, win)
            finished.clear()
            painted.clear()
            t0 = time.perf_counter()
            QTest.keyClick(win.panel.origin, Qt.Key.Key_Return)
            while time.perf_counter() < t0 + PAINT_WAIT_S:
                app.processEvents()
                shown = (table, chart) if win.stack.currentWidget() is win.table else (chart,)
                if finished and all(painted.get(id(w), 0) > finished[0] for w in shown):
                    break
                time.sleep(0.0005)
            else:
                raise UserError(f"no painted result near {q} within {PAINT_WAIT_S} s")
            if win.last_error:
                raise UserError(f"search near {q} failed: {win.last_error}")
            times.append((max(painted[id(w)] for w in shown) - t0) * 1000)
            each.append([q, round(times[-1], 2)])
    p95 = statistics.quantiles(times, n=20, method="inclusive")[-1] if len(times) > 1 else times[0]
    Path(out).write_text(
        json.dumps({"p50_ms": statistics.median(times), "p95_ms": p95, "searches": len(times), "each": each})
    )
    win.close()


def install_error_dialog() -> None:
    """An unexpected error in the window goes to the log and to a dialog that names the log file."""
    import logging

    def hook(kind, exc, tb) -> None:
        if issubclass(kind, KeyboardInterrupt):
            sys.__excepthook__(kind, exc, tb)
            return
        logging.getLogger("finder.ui").error("unexpected error in the window", exc_info=(kind, exc, tb))
        import threading

        from PySide6.QtWidgets import QApplication, QMessageBox

        from finder.ui.workers import unexpected_message

        app = QApplication.instance()
        # a dialog only from the GUI thread of a running app: PySide reports an error in a worker's
        # run() here too, and a box made there (or while the app closes) aborts the whole process
        if (
            app is not None
            and not app.closingDown()
            and threading.current_thread() is threading.main_thread()
        ):
            from finder.ui.texts import translate

            message = unexpected_message(exc)
            QMessageBox.critical(
                QApplication.activeWindow(),
                translate("App", "Something went wrong"),
                message[0].upper() + message[1:] + ". " + translate("App", "What you saved so far is kept."),
            )

    sys.excepthook = hook


def run_gui(args) -> int:
    from finder.ui.main_window import MainWindow
    from finder.ui.settings import Settings, database_location

    # everything a user can get wrong on the command line is checked before any window opens
    width, height = parse_size(args.size)
    radius = _radius(args.radius)
    settings = Settings()
    from finder.services.history import set_user_name

    set_user_name(settings.user_name())  # who edits and answers are recorded as ($FINDER_USER wins)
    if args.near and (args.screenshot or not settings.online_lookup()):
        from finder.services.origins import resolve_offline

        resolve_offline(args.near)

    app = _application(settings)
    location = database_location(args.db, settings)
    install_error_dialog()  # the start itself is logged by finder.cli.main
    from finder.logs import trace_crashes

    trace_crashes()
    try:
        db = open_with_progress(location)
    except UserError as exc:
        if "://" in location and not args.screenshot:  # a shared server: say so in a window too
            from PySide6.QtWidgets import QMessageBox

            from finder.ui.texts import translate

            QMessageBox.critical(
                None, translate("App", "Program Finder — cannot open the directory"), str(exc)
            )
        raise
    # a screenshot shows this search only: not the saved filters, never an online lookup
    win = MainWindow(db, settings, remember=not args.screenshot, allow_online=not args.screenshot)
    try:
        if args.near:
            win.panel.origin.setText(args.near)
        if radius is not None:
            win.panel.radius.setValue(radius)
        if args.screenshot:
            win.resize(width, height)
            win.show()
            take_screenshot(win, args.screenshot)
            win.close()
            return 0
        _report_first_paint(win)
        win.show()
        timed = os.environ.get(TIMED_SEARCHES_ENV)
        if timed:
            win.resize(width, height)
            _time_searches(app, win, timed)
            return 0
        if win.panel.query():
            win.run_search()
        return app.exec()
    finally:
        win.runner.wait_idle()
        win.db.dispose()  # the window's database: a restored backup replaces the one opened here
        if win.db is not db:
            db.dispose()
