"""`finder gui --near Q --screenshot OUT.png`, run as a user (or a script) runs it."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

FIXTURE = Path(__file__).resolve().parent.parent / "fixtures" / "directory_sample.csv"


def _finder(*args, env_extra=None):
    env = {**os.environ, "FINDER_NO_SEED": "1", "QT_QPA_PLATFORM": "offscreen", **(env_extra or {})}
    return subprocess.run(
        [sys.executable, "-m", "finder", *args],
        capture_output=True,
        text=True,
        env=env,
        timeout=90,
        check=False,
    )


@pytest.fixture
def sample_db_path(tmp_path):
    db = tmp_path / "gui.db"
    p = _finder("--db", str(db), "import", str(FIXTURE))
    assert p.returncode == 0, p.stderr
    return db


def test_screenshot_is_a_png_of_the_asked_size(tmp_path, sample_db_path):
    from PySide6.QtGui import QImage

    out = tmp_path / "shot.png"
    p = _finder(
        "--db",
        str(sample_db_path),
        "gui",
        "--near",
        "92660",
        "--radius",
        "10",
        "--screenshot",
        str(out),
        "--size",
        "1024x700",
    )
    assert p.returncode == 0, p.stderr
    assert p.stderr == ""
    img = QImage(str(out))
    assert (img.width(), img.height()) == (1024, 700)
    assert out.stat().st_size > 10_000
    # the picture is not blank: many distinct colours (text, table, map)
    colours = {img.pixel(x, y) for x in range(0, 1024, 7) for y in range(0, 700, 7)}
    assert len(colours) > 5


def test_screenshot_default_size(tmp_path, sample_db_path):
    from PySide6.QtGui import QImage

    out = tmp_path / "shot.png"
    p = _finder("--db", str(sample_db_path), "gui", "--near", "Chicago, IL", "--screenshot", str(out))
    assert p.returncode == 0, p.stderr
    img = QImage(str(out))
    assert (img.width(), img.height()) == (1280, 800)


def test_unresolvable_origin_says_so_like_search_and_exits_2(tmp_path, sample_db_path):
    out = tmp_path / "shot.png"
    gui = _finder("--db", str(sample_db_path), "gui", "--near", "99999", "--screenshot", str(out))
    cli = _finder("--db", str(sample_db_path), "search", "--near", "99999")
    assert gui.returncode == 2 and cli.returncode == 2
    assert gui.stderr == cli.stderr
    assert gui.stderr.startswith("finder: ") and gui.stderr.count("\n") == 1
    assert not out.exists()


def test_bad_size_is_a_user_error(tmp_path, sample_db_path):
    p = _finder(
        "--db",
        str(sample_db_path),
        "gui",
        "--near",
        "92660",
        "--screenshot",
        str(tmp_path / "x.png"),
        "--size",
        "big",
    )
    assert p.returncode == 2
    assert "WIDTHxHEIGHT" in p.stderr


def test_dialog_buttons_carry_words_not_stock_icons(qapp):
    from PySide6.QtWidgets import QDialogButtonBox, QStyle

    from finder.ui.app import PlainButtonsStyle

    style = PlainButtonsStyle("Fusion")
    assert style.styleHint(QStyle.StyleHint.SH_DialogButtonBox_ButtonsHaveIcons) == 0
    box = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
    box.setStyle(style)
    assert all(b.icon().isNull() for b in box.buttons())
