"""The Qt binding the app runs on survives a day of painting (PySide6 6.12.0 does not)."""

from __future__ import annotations

import os
import subprocess
import sys

CODE = """
from PySide6.QtGui import QGuiApplication, QImage, QPainter
app = QGuiApplication([])
image = QImage(8, 8, QImage.Format.Format_ARGB32)
painter = QPainter(image)
for _ in range(60_000):  # about what the map and the results table paint in a few hours
    painter.save()
    painter.restore()
painter.end()
print("survived")
"""


def test_many_calls_that_return_nothing_do_not_abort_the_process():
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen"}
    r = subprocess.run(
        [sys.executable, "-c", CODE], capture_output=True, text=True, env=env, timeout=120, check=False
    )
    assert r.returncode == 0 and "survived" in r.stdout, r.stderr[-500:]
