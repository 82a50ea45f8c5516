"""Output captured to a file or a pipe prints every character, with a stream that cannot.

Windows Python writes a redirected stdout in cp1252, which has no "≈" (a distance measured from
a ZIP centre): `finder search ... > out.txt` crashed there. PYTHONIOENCODING=cp1252 gives a
Linux child process the same stream.
"""

from __future__ import annotations

import io
import os
import subprocess
import sys

import pytest

from tests.helpers import SAMPLE_CSV
from tests.helpers import finder as run_finder


@pytest.fixture(scope="module")
def db(tmp_path_factory):
    path = tmp_path_factory.mktemp("enc") / "d.db"
    p = run_finder("import", SAMPLE_CSV, db=path)
    assert p.returncode == 0, p.stderr
    return path


def finder_to_file(db, out, *args, encoding="cp1252"):
    cmd = [sys.executable, "-m", "finder", "--db", str(db), *args]
    env = {**os.environ, "FINDER_NO_SEED": "1", "PYTHONIOENCODING": encoding}
    with open(out, "wb") as fh:
        return subprocess.run(cmd, stdout=fh, stderr=subprocess.PIPE, env=env, timeout=120, check=False)


def test_a_table_with_approximate_distances_saved_to_a_file_is_utf8(db, tmp_path):
    out = tmp_path / "out.txt"
    p = finder_to_file(db, out, "search", "--near", "92660", "--radius", "25")
    assert p.returncode == 0, p.stderr.decode("utf-8", "replace")
    text = out.read_bytes().decode("utf-8")  # readable, not cut short by an encoding error
    assert "≈" in text  # the sample has programs placed by their ZIP centre
    assert "Miles" in text or "mi" in text


def test_a_narrow_search_near_newport_beach_piped_to_a_file_exits_0(db, tmp_path):
    out = tmp_path / "near.txt"
    p = finder_to_file(db, out, "search", "--near", "92660", "--radius", "3")
    assert p.returncode == 0, p.stderr.decode("utf-8", "replace")
    out.read_bytes().decode("utf-8")


@pytest.mark.parametrize("fmt", ["csv", "json"])
def test_csv_and_json_to_a_cp1252_file_keep_every_character(db, tmp_path, fmt):
    out = tmp_path / f"out.{fmt}"
    p = finder_to_file(db, out, "search", "--near", "92660", "--radius", "25", "--format", fmt)
    assert p.returncode == 0, p.stderr.decode("utf-8", "replace")
    assert out.read_bytes().decode("utf-8").strip()


def test_a_console_that_cannot_show_a_character_gets_a_stand_in_not_a_crash(monkeypatch):
    from finder.cli import _text_streams_take_any_character

    class Console(io.TextIOWrapper):
        def isatty(self):
            return True

    console = Console(io.BytesIO(), encoding="cp1252")
    monkeypatch.setattr(sys, "stdout", console)
    _text_streams_take_any_character()
    print("≈3.2 mi", file=console)
    console.flush()
    assert console.encoding == "cp1252"
    assert console.buffer.getvalue().startswith(b"?3.2 mi")


def test_a_redirected_cp1252_stream_becomes_utf8(monkeypatch):
    from finder.cli import _text_streams_take_any_character

    piped = io.TextIOWrapper(io.BytesIO(), encoding="cp1252")
    monkeypatch.setattr(sys, "stdout", piped)
    _text_streams_take_any_character()
    print("≈3.2 mi", file=piped)
    piped.flush()
    assert piped.buffer.getvalue().decode("utf-8").startswith("≈3.2 mi")


def test_offscreen_qt_on_windows_reads_the_system_fonts_folder(tmp_path, monkeypatch):
    """A checklist PDF from the command line on Windows printed boxes: Qt found no fonts."""
    from finder.cli import _offscreen_qt_finds_windows_fonts

    (tmp_path / "Fonts").mkdir()
    monkeypatch.setattr(sys, "platform", "win32")
    monkeypatch.setenv("WINDIR", str(tmp_path))
    monkeypatch.delenv("QT_QPA_FONTDIR", raising=False)
    _offscreen_qt_finds_windows_fonts()
    assert os.environ["QT_QPA_FONTDIR"] == str(tmp_path / "Fonts")


def test_a_font_folder_given_by_the_user_is_kept(monkeypatch):
    from finder.cli import _offscreen_qt_finds_windows_fonts

    monkeypatch.setattr(sys, "platform", "win32")
    monkeypatch.setenv("QT_QPA_FONTDIR", "D:\\MyFonts")
    _offscreen_qt_finds_windows_fonts()
    assert os.environ["QT_QPA_FONTDIR"] == "D:\\MyFonts"


def test_the_command_line_sets_the_windows_font_folder_before_anything_runs(monkeypatch):
    import finder.cli

    calls = []
    monkeypatch.setattr(finder.cli, "_offscreen_qt_finds_windows_fonts", lambda: calls.append(True))
    with pytest.raises(SystemExit):
        finder.cli.main(["--version"])
    assert calls == [True]


def test_csv_rows_end_in_one_crlf_where_the_stream_translates_newlines(db, monkeypatch):
    """Windows' stdout turns each "\\n" into "\\r\\n": csv's own "\\r\\n" came out as "\\r\\r\\n"."""
    from finder.cli import main

    windows_stdout = io.TextIOWrapper(io.BytesIO(), encoding="utf-8", newline="\r\n")
    monkeypatch.setattr(sys, "stdout", windows_stdout)
    assert main(["--db", str(db), "search", "--near", "92660", "--radius", "25", "--format", "csv"]) == 0
    windows_stdout.flush()
    data = windows_stdout.buffer.getvalue()
    assert data.count(b"\r\n") > 2 and b"\r\r\n" not in data
