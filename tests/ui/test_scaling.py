"""The window at 1280×800 and at 200 % (QT_SCALE_FACTOR=2, 1280×800 logical on a 2560×1600 screen).

Qt reads the scale factor once, when the application starts, so each case runs in a child
process: this module run as a script (`python -m tests.ui.test_scaling DB OUT.png OUT.json`)
builds the window, searches near 92660, selects a program, saves a screenshot (QWidget.grab)
and measures what a person would find cut: column headers narrower than their text, buttons and
one-line labels narrower than their text, controls outside the window, and how many Treats,
Levels and Payment cells fit whole in their row (as tests/ui/test_reading_results.py measures
them: Qt's own wrapping against the row's height, so a cut or "…" cell never counts). The tests compare those numbers; the screenshots are in the test's temp folder
(and in /tmp/finder-scaling-*.png when FINDER_KEEP_SHOTS=1) for a person to look at.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
AKUA = 1
SCREEN = {
    "name": "Offscreen",
    "x": 0,
    "y": 0,
    "width": 2560,
    "height": 1600,
    "logicalDpi": 96,
    "logicalBaseDpi": 96,
    "dpr": 1,
}


def run_window(tmp_path: Path, db_path: Path, *, scale: int, lang: str, size=(1280, 800)) -> dict:
    config = tmp_path / f"screen-{scale}.json"
    screen = dict(SCREEN) if scale > 1 else {**SCREEN, "width": 1920, "height": 1080}
    config.write_text(json.dumps({"screens": [screen]}))
    shot, out = tmp_path / f"window-{scale}x-{lang}.png", tmp_path / f"window-{scale}x-{lang}.json"
    env = {
        **os.environ,
        "QT_QPA_PLATFORM": f"offscreen:configfile={config}",
        "QT_SCALE_FACTOR": str(scale),
        "FINDER_NO_SEED": "1",
        "FINDER_TEST_LANG": lang,
        "PYTHONPATH": str(ROOT),
    }
    env.pop("QT_SCREEN_SCALE_FACTORS", None)
    p = subprocess.run(
        [
            sys.executable,
            "-m",
            "tests.ui.test_scaling",
            str(db_path),
            str(shot),
            str(out),
            f"{size[0]}x{size[1]}",
        ],
        capture_output=True,
        text=True,
        env=env,
        cwd=ROOT,
        timeout=120,
        check=False,
    )
    assert p.returncode == 0, p.stderr[-3000:]
    if os.environ.get("FINDER_KEEP_SHOTS"):
        Path(f"/tmp/finder-scaling-{scale}x-{lang}.png").write_bytes(shot.read_bytes())
    return json.loads(out.read_text())


@pytest.fixture(scope="module")
def db_file(tmp_path_factory):
    """The sample directory in a file the child processes open (made once for the module)."""
    from finder.services.importing import import_file
    from finder.services.opening import open_database
    from tests.conftest import FIXTURES

    path = tmp_path_factory.mktemp("scaling") / "directory.db"
    db = open_database(str(path), seed=False)
    import_file(db, FIXTURES / "directory_sample.csv", backup=False)
    db.dispose()
    return path


CASES = [(1, "en"), (2, "en"), (1, "es"), (2, "es")]


@pytest.fixture(scope="module")
def measured(db_file, tmp_path_factory):
    out = {}
    for scale, lang in CASES:
        out[scale, lang] = run_window(
            tmp_path_factory.mktemp(f"w{scale}{lang}"), db_file, scale=scale, lang=lang
        )
    return out


@pytest.mark.parametrize("scale,lang", CASES)
def test_the_window_is_1280_by_800_logical_and_the_picture_is_sharp(measured, scale, lang):
    m = measured[scale, lang]
    assert m["window"] == [1280, 800]
    assert m["dpr"] == scale
    assert m["grab"] == [1280 * scale, 800 * scale]  # drawn at the screen's pixels, not blown up
    assert m["rows"] > 5 and m["details"]


@pytest.mark.parametrize("scale,lang", CASES)
def test_nothing_is_cut_or_off_the_window(measured, scale, lang):
    m = measured[scale, lang]
    assert m["headers_cut"] == []
    assert m["buttons_cut"] == []
    assert m["labels_cut"] == []
    assert m["outside"] == []
    assert not m["legend_cut"]


@pytest.mark.parametrize("lang", ["en", "es"])
def test_200_percent_reads_like_100_percent(measured, lang):
    """Logical sizes match, so at 200 % the same cells fit as at 100 % (give or take a row of rounding)."""
    one, two = measured[1, lang], measured[2, lang]
    for col in ("Treats", "Levels", "Payment"):
        assert abs(one["whole"][col] - two["whole"][col]) <= 1, (col, one["whole"], two["whole"])


@pytest.mark.parametrize("scale,lang", CASES)
def test_treats_levels_and_payment_are_whole_at_1280(measured, scale, lang):
    """Every list whole in its row (a row grows past two lines only where its list needs it, to
    five at most, and few rows take four or more: the table still shows several programs)."""
    m = measured[scale, lang]
    assert m["whole"] == {col: m["rows"] for col in ("Treats", "Levels", "Payment")}
    assert set(m["row_lines"]) <= {"2", "3", "4", "5"}, m["row_lines"]
    assert m["row_lines"].get("4", 0) + m["row_lines"].get("5", 0) <= m["rows"] / 3, m["row_lines"]


# --- the child process -------------------------------------------------------------------


def _measure(win) -> dict:
    from PySide6.QtCore import QPoint, QRect
    from PySide6.QtWidgets import QAbstractButton, QLabel

    from finder.ui.results_model import COLUMNS
    from tests.ui.test_reading_results import _fits_in_row

    table, header = win.table, win.table.horizontalHeader()
    rows = win.model.rowCount()
    whole = {}
    for col in (3, 4, 5):
        key = ("Treats", "Levels", "Payment")[col - 3]
        whole[key] = sum(
            _fits_in_row(table, r, col, str(win.model.data(win.model.index(r, col)) or ""))
            for r in range(rows)
        )
    line_h = table.fontMetrics().lineSpacing()
    lines = [round((table.rowHeight(r) - table.row_height(0)) / line_h) for r in range(rows)]  # each row's
    inside = QRect(0, 0, win.width(), win.height())
    buttons_cut, labels_cut, outside = [], [], []
    for b in win.findChildren(QAbstractButton):
        if (
            not b.isVisibleTo(win)
            or not b.text()
            or type(b).__name__ == "QToolButton"
            and b.parent() is header
        ):
            continue
        if b.width() + 1 < b.sizeHint().width() and b.minimumSizeHint().width() > b.width():
            buttons_cut.append(f"{b.text()!r} {b.width()}<{b.sizeHint().width()}")
        rect = QRect(b.mapTo(win, QPoint(0, 0)), b.size())
        if _in_scroll_area(b, win):  # reached by scrolling that pane, and Tab scrolls to it
            continue
        if not inside.contains(rect) and b.isVisible():
            outside.append(f"{b.text()!r} at {rect.getRect()}")
    for lab in win.findChildren(QLabel):
        if not lab.isVisible() or lab.wordWrap() or not lab.text() or lab.parent() is None:
            continue
        if lab.minimumSizeHint().width() > lab.width() + 1:
            labels_cut.append(f"{lab.text()[:50]!r} {lab.width()}<{lab.minimumSizeHint().width()}")
    legend_cut = _legend_cut(win.map)
    headers_cut = [
        COLUMNS[i].title for i in range(header.count()) if header.sectionSize(i) < header.sectionSizeHint(i)
    ]
    return {
        "whole": whole,
        "rows": rows,
        "row_lines": {n: lines.count(n) for n in sorted(set(lines))},
        "columns": [table.columnWidth(i) for i in range(header.count())],
        "viewport": table.viewport().width(),
        "buttons_cut": buttons_cut,
        "labels_cut": labels_cut,
        "outside": outside,
        "headers_cut": headers_cut,
        "legend_cut": legend_cut,
    }


def _in_scroll_area(w, top) -> bool:
    from PySide6.QtWidgets import QScrollArea

    p = w.parentWidget()
    while p is not None and p is not top:
        if isinstance(p, QScrollArea):
            return True
        p = p.parentWidget()
    return False


def _legend_cut(view) -> bool:
    """Whether the map's legend line (origin, marks, credit) is wider than the map."""
    from finder.ui.map_view import legend_texts

    fm = view.fontMetrics()
    text, credit = legend_texts(view.origin_label)
    return fm.horizontalAdvance(text) + fm.horizontalAdvance(credit) + 24 > view.width()


def _child(db_path: str, shot: str, out: str, size: str) -> int:
    import tempfile

    os.environ["XDG_CONFIG_HOME"] = tempfile.mkdtemp()
    os.environ["XDG_DATA_HOME"] = tempfile.mkdtemp()
    from PySide6.QtWidgets import QApplication

    app = QApplication([])
    from finder.reports.i18n import install_app_language
    from finder.services.opening import open_database
    from finder.ui.app import _wait_for
    from finder.ui.main_window import MainWindow
    from finder.ui.settings import Settings

    lang = os.environ.get("FINDER_TEST_LANG", "en")
    if lang != "en":
        install_app_language(lang)
    db = open_database(db_path, seed=False)
    win = MainWindow(db, Settings(), remember=False, allow_online=False)
    w, h = (int(x) for x in size.split("x"))
    win.resize(w, h)
    win.show()
    _wait_for(win.searchFinished, 100, lambda: win.facts is not None)
    win.panel.origin.setText("92660")
    win.run_search()
    assert _wait_for(win.searchFinished, 20_000), "no search result"
    win.select_program(AKUA)
    _wait_for(win.detailsShown, 5_000, lambda: win.details.program_id == AKUA)
    win.runner.wait(10_000)
    for _ in range(5):
        app.processEvents()
    picture = win.grab()
    picture.save(shot, "PNG")
    data = _measure(win)
    data.update(
        window=[win.width(), win.height()],
        dpr=win.devicePixelRatioF(),
        grab=[picture.width(), picture.height()],
        details=bool(win.details.text()),
    )
    Path(out).write_text(json.dumps(data, ensure_ascii=False, indent=1))
    win.close()
    return 0


if __name__ == "__main__":
    raise SystemExit(_child(*sys.argv[1:5]))
