"""The whole window, frame and status bar included, is on the screen at its first start (a
screen-sized window put "Follow-ups (1 due)" and every "Saved …" below the edge at 1280×800)."""

from __future__ import annotations

import json
import os
import subprocess
import sys

import pytest

CHILD = r"""
import json, sys
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication
app = QApplication(sys.argv)
from finder.services.opening import open_database
from finder.ui.main_window import MainWindow
from finder.ui.settings import Settings
from finder.ui.window_memory import FRAME_ALLOWANCE_H
settings = Settings()
if len(sys.argv) > 2:  # remembered from a larger screen
    from PySide6.QtCore import QRect
    big = MainWindow(open_database(sys.argv[1], seed=False), settings, allow_online=False)
    big.setGeometry(QRect(0, 0, 2400, 1500))
    settings.set_geometry(big.saveGeometry())
    big.close()
win = MainWindow(open_database(sys.argv[1], seed=False), settings, allow_online=False)
win.show()
def report():
    avail = win.screen().availableGeometry()
    bar = win.statusBar()
    bottom = bar.mapToGlobal(bar.rect().bottomLeft()).y()
    print(json.dumps({"avail": [avail.width(), avail.height()], "frame": [win.frameGeometry().width(),
          win.frameGeometry().height()], "inner": [win.width(), win.height()], "top": win.frameGeometry().y(), "bar_bottom": bottom,
          "allowance": FRAME_ALLOWANCE_H, "min": [win.minimumSizeHint().width(), win.minimumSizeHint().height()]}))
    app.quit()
QTimer.singleShot(300, report)
app.exec()
"""


@pytest.mark.parametrize("scale,remembered", [(1, False), (2, False), (1, True)])
def test_the_window_and_its_status_bar_fit_the_available_screen(tmp_path, sample_db, scale, remembered):
    config = tmp_path / "screen.json"
    size = {"width": 1280 * scale, "height": 800 * scale}
    config.write_text(
        json.dumps(
            {
                "screens": [
                    {"name": "S", "x": 0, "y": 0, **size, "logicalDpi": 96, "logicalBaseDpi": 96, "dpr": 1}
                ]
            }
        )
    )
    env = {
        **os.environ,
        "QT_QPA_PLATFORM": f"offscreen:configfile={config}",
        "QT_SCALE_FACTOR": str(scale),
        "HOME": str(tmp_path),
        "XDG_CONFIG_HOME": str(tmp_path / "config"),
    }
    args = [sys.executable, "-c", CHILD, str(sample_db.path)] + (["remembered"] if remembered else [])
    done = subprocess.run(args, env=env, capture_output=True, text=True, timeout=120, check=False)
    assert done.returncode == 0, done.stderr[-2000:]
    m = json.loads(done.stdout.strip().splitlines()[-1])
    avail_w, avail_h = m["avail"]
    # a window system's title bar and borders go around what Qt has here: room is left for them
    assert m["frame"][0] <= avail_w and m["inner"][1] + m["allowance"] <= avail_h, m
    assert m["top"] >= 0 and m["bar_bottom"] <= m["top"] + m["frame"][1] <= avail_h, m


ROWS_CHILD = r"""
import json, sys
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication
app = QApplication(sys.argv)
from finder.services.opening import open_database
from finder.ui.main_window import MainWindow
from finder.ui.settings import Settings
win = MainWindow(open_database(sys.argv[1], seed=False), Settings(), allow_online=False)
win.show()
win.panel.origin.setText("92660")
def searched():
    t, vh = win.table, win.table.verticalHeader()
    whole = [r for r in range(t.model().rowCount()) if 0 <= vh.sectionViewportPosition(r)
             and vh.sectionViewportPosition(r) + vh.sectionSize(r) <= t.viewport().height()]
    print(json.dumps({"rows": t.model().rowCount(), "whole": len(whole),
                      "lines": max(vh.sectionSize(r) for r in range(t.model().rowCount())) // t.fontMetrics().lineSpacing()}))
    app.quit()
win.searchFinished.connect(lambda: QTimer.singleShot(300, searched))
QTimer.singleShot(300, win.run_search)
app.exec()
"""


def test_at_200_percent_on_a_1920_by_1080_screen_the_results_show_whole_rows(tmp_path, sample_db):
    """The table showed about a row and a half at 200 % on a laptop's 1920×1080."""
    config = tmp_path / "screen.json"
    config.write_text(
        json.dumps(
            {
                "screens": [
                    {
                        "name": "S",
                        "x": 0,
                        "y": 0,
                        "width": 1920,
                        "height": 1080,
                        "logicalDpi": 96,
                        "logicalBaseDpi": 96,
                        "dpr": 1,
                    }
                ]
            }
        )
    )
    env = {
        **os.environ,
        "QT_QPA_PLATFORM": f"offscreen:configfile={config}",
        "QT_SCALE_FACTOR": "2",
        "HOME": str(tmp_path),
        "XDG_CONFIG_HOME": str(tmp_path / "config"),
    }
    done = subprocess.run(
        [sys.executable, "-c", ROWS_CHILD, str(sample_db.path)],
        env=env,
        capture_output=True,
        text=True,
        timeout=120,
        check=False,
    )
    assert done.returncode == 0, done.stderr[-2000:]
    m = json.loads(done.stdout.strip().splitlines()[-1])
    assert m["rows"] >= 8 and m["whole"] >= 3 and m["lines"] <= 2, m  # it was 0 whole rows, 3-5 lines each
