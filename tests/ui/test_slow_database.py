"""The window over a database whose every statement takes 200 ms: the window keeps turning.

Every statement sleeps 200 ms (a SQLAlchemy "before_cursor_execute" event, as a far-away
PostgreSQL server would feel). A 10 ms timer on the GUI thread notes how long each turn of the
event loop took while the user searches, opens a checklist, types answers, edits a program and
compares: a database call made on the GUI thread would show as a gap of 200 ms or more. The
statement hook also notes the thread of every statement; none may run on the GUI thread.
"""

from __future__ import annotations

import gc
import os
import subprocess
import sys
import threading
import time
from pathlib import Path

import pytest
from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import QApplication
from sqlalchemy import event, select

from finder.db.models import Program
from finder.services import shortlists as sl
from finder.services.directory import get_program
from tests.ui.helpers import loaded, search, settle
from tests.ui.helpers import select as select_program

pytestmark = pytest.mark.qt_log_ignore("does not support propagateSizeHints")

STATEMENT_S = 0.2
MAX_GAP_MS = 100
WAIT_MS = 120_000  # every step takes seconds at 200 ms a statement


class Gaps:
    """A 10 ms timer on the GUI thread; `worst` is the longest time between two of its ticks."""

    def __init__(self) -> None:
        self.timer = QTimer()
        self.timer.setInterval(10)
        self.timer.timeout.connect(self._tick)
        self.last = None
        self.worst = 0.0
        self.where = ""
        self.step = ""
        self.building = False  # a new window is being built and first laid out and painted
        self.worst_building = 0.0

    def built(self, fn):
        """Wrap the real `fn` that builds a window: that turn (and the first paint after it) is
        widget work the GUI thread does by nature, measured apart; the database never runs there
        (the statement hook shows it)."""

        def wrapper(*args, **kwargs):
            self.building = True
            return fn(*args, **kwargs)

        return wrapper

    def start(self, step: str) -> None:
        self.step = step
        self.last = time.monotonic()
        self.timer.start()

    def _tick(self) -> None:
        now = time.monotonic()
        gap = (now - self.last) * 1000
        if self.building:
            self.building = False
            self.worst_building = max(self.worst_building, gap)
        elif gap > self.worst:
            self.worst, self.where = gap, self.step
        self.last = now

    def stop(self) -> None:
        self.timer.stop()


@pytest.fixture
def slow_db(sample_db):
    """The sample directory with a shortlist of three; from then on every statement is slow."""
    with sample_db.Session() as s:
        ids = s.scalars(select(Program.id).where(Program.zip == "92660").order_by(Program.id)).all()[:3]
    sl.create_shortlist(sample_db, "Case 4410")
    sl.add_programs(sample_db, "Case 4410", ids)
    on_gui = []

    def slow(conn, cursor, statement, *args):
        if threading.current_thread() is threading.main_thread():
            on_gui.append(statement.split("\n")[0][:80])
        time.sleep(STATEMENT_S)

    event.listen(sample_db.engine, "before_cursor_execute", slow)
    sample_db.statements_on_gui = on_gui
    yield sample_db, ids
    event.remove(sample_db.engine, "before_cursor_execute", slow)


def _edit_when_open(done: list) -> None:
    """Play the user in the modal edit dialog: once the program shows, change the city and save."""
    from finder.ui.edit_dialog import EditDialog

    dlg = QApplication.activeModalWidget()
    if not isinstance(dlg, EditDialog) or not dlg.is_loaded():
        QTimer.singleShot(20, lambda: _edit_when_open(done))
        return
    dlg.edits["city"].setText("Newport Beach (slow)")
    dlg.save_button.click()
    done.append(dlg)


CHILD = "FINDER_SLOW_DB_CHILD"


def test_the_window_keeps_turning_in_a_process_of_its_own():
    """The timing runs in a fresh process: what earlier tests leave behind in this one (an
    accessibility layer switched on, their widgets and timers) is not the window's doing."""
    root = Path(__file__).resolve().parents[2]
    for attempt in (1, 2):  # a stall of the machine itself (a busy virtual host) gets one more go;
        # a window that really blocks (a save on the GUI thread stalls 3 s) fails both
        run = subprocess.run(
            [
                sys.executable,
                "-m",
                "pytest",
                "-q",
                "-s",
                "-p",
                "no:cacheprovider",
                f"{__file__}::test_the_window_keeps_turning_while_every_statement_takes_200_ms",
            ],
            cwd=root,
            env={**os.environ, CHILD: "1", "QT_QPA_PLATFORM": "offscreen"},
            capture_output=True,
            text=True,
            timeout=600,
            check=False,
        )
        print(f"attempt {attempt}:", run.stdout[-2000:])
        stalled_only = (
            "the window stalled" in run.stdout and "statements ran on the GUI thread" not in run.stdout
        )
        if run.returncode == 0 or not stalled_only:
            break
    assert run.returncode == 0, run.stdout[-3000:] + run.stderr[-2000:]
    assert "1 passed" in run.stdout


@pytest.mark.skipif(os.environ.get(CHILD) != "1", reason="runs in its own process, from the test above")
def test_the_window_keeps_turning_while_every_statement_takes_200_ms(
    qtbot, make_window, slow_db, monkeypatch, request
):
    from finder.ui.checklist_dialog import ChecklistDialog
    from finder.ui.compare_dialog import CompareDialog
    from finder.ui.edit_dialog import EditDialog

    db, ids = slow_db
    # the bundled map is decoded once per process when the map first paints: CPU work on the
    # GUI thread (about 0.3 s here), not the database; read it before the clock starts
    from finder.services.basemap import atlas

    atlas()
    # what the test session made so far is set aside: a full collection of it (hundreds of ms
    # late in a long run) would be the collector's pause, not the database's
    gc.collect()
    gc.freeze()
    request.addfinalizer(gc.unfreeze)
    gaps = Gaps()
    for cls, name in ((ChecklistDialog, "_build"), (EditDialog, "__init__"), (CompareDialog, "__init__")):
        monkeypatch.setattr(cls, name, gaps.built(getattr(cls, name)))
    win = make_window(db)  # building the widgets holds the loop by nature; its reads are checked below
    gaps.start("loading the shortlist bar")
    win.shortlists.panel.reload(select="Case 4410")
    settle(qtbot, WAIT_MS)

    gaps.step = "searching"
    search(qtbot, win, "92660")  # waits for the results, as a user does
    select_program(qtbot, win, ids[0])

    gaps.step = "opening a checklist"
    dialog = loaded(qtbot, win.shortlists.open_checklist(ids[0]), WAIT_MS)

    gaps.step = "typing answers"
    row = dialog.rows["cost-insurance"]
    qtbot.mouseClick(row.buttons["yes"], Qt.MouseButton.LeftButton)
    qtbot.keyClicks(row.note, "Medi-Cal and Blue Shield")
    qtbot.keyClicks(dialog.rows["fit-ages"].note, "adults 18+")
    qtbot.waitUntil(lambda: not dialog.has_unsaved(), timeout=WAIT_MS)
    dialog.close()
    settle(qtbot, WAIT_MS)

    gaps.step = "editing a program"
    edited: list = []
    QTimer.singleShot(0, lambda: _edit_when_open(edited))
    win.directory_actions.edit_selected()  # modal: returns once the program is saved
    assert edited and edited[0].result_program is not None
    settle(qtbot, WAIT_MS)

    gaps.step = "comparing"
    assert win.shortlists.compare()
    qtbot.waitUntil(lambda: win.shortlists.comparison is not None, timeout=WAIT_MS)
    comparison = win.shortlists.comparison
    settle(qtbot, WAIT_MS)
    gaps.stop()
    on_gui = list(db.statements_on_gui)  # (the checks below read on the test's own thread)

    # it all happened, for real
    db_answers = {a.id: (a.answer, a.note) for a in dialog.checklist.answers}
    assert db_answers["cost-insurance"] == ("yes", "Medi-Cal and Blue Shield")
    assert get_program(db, ids[0]).city == "Newport Beach (slow)"
    assert comparison.model.program_ids() == ids
    comparison.close()
    print(
        f"\nlongest turn of the event loop: {gaps.worst:.0f} ms ({gaps.where}); "
        f"building a window: {gaps.worst_building:.0f} ms"
    )
    assert gaps.worst < MAX_GAP_MS, f"the window stalled {gaps.worst:.0f} ms while {gaps.where}"
    assert on_gui == [], "statements ran on the GUI thread"
