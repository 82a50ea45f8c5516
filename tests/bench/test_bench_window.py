"""The benchmark's window measures: start-up to the first paint, and Enter -> table and map painted."""

from __future__ import annotations

import json
import os
import subprocess
import sys

from finder.bench import measure
from finder.cli import COMMAND_MODULES, GUI_MODULE, _starts_the_window, build_parser


def test_the_window_reports_its_first_paint_with_the_near_field_focused(empty_db, tmp_path):
    path = str(empty_db.path)
    empty_db.dispose()
    mark = tmp_path / "first-paint.json"
    env = {
        **os.environ,
        "QT_QPA_PLATFORM": "offscreen",
        "FINDER_NO_SEED": "1",
        "FINDER_FIRST_PAINT_FILE": str(mark),
    }
    subprocess.run(
        [sys.executable, "-m", "finder", "--db", path], env=env, check=True, timeout=120, capture_output=True
    )
    seen = json.loads(mark.read_text())
    assert seen["focused"] is True and seen["painted_at"] > 0


def test_enter_in_the_window_is_timed_until_table_and_map_paint(empty_db, tmp_path):
    path = empty_db.path
    empty_db.dispose()
    p95, _peak = measure.time_gui_search(path, tmp_path)
    assert p95 is not None and p95 > 0


def test_only_the_window_skips_the_other_command_groups():
    assert _starts_the_window([]) and _starts_the_window(["--db", "x.db"]) and _starts_the_window(["gui"])
    assert not _starts_the_window(["search", "--near", "92660"])
    assert not _starts_the_window(["--help"]) and not _starts_the_window(["--db=x.db", "--version"])
    full = build_parser(COMMAND_MODULES).format_help()
    assert "search" in full and "shortlist" in full
    assert build_parser((GUI_MODULE,)).parse_args(["--db", "x.db", "gui", "--near", "92660"]).near == "92660"
