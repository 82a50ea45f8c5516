"""Issue 34: text from the directory reaches a terminal as text, never as escape sequences.

A name or note holding ESC ] 52 (OSC 52) would write the user's clipboard when printed raw;
U+202E would show the rest of a line reversed. Output to a terminal spells such characters
out; typing them into a name or note is refused. The commands run on a real pseudo-terminal.
"""

from __future__ import annotations

import codecs
import os
import pty
import shutil
import sqlite3
import subprocess
import sys

import pytest

from tests.helpers import SAMPLE_CSV, finder, one_line_error

pytestmark = pytest.mark.skipif(sys.platform == "win32", reason="pseudo-terminals are POSIX")

OSC52 = "\x1b]52;c;ZWNobyBwd25lZA==\x07"  # "put `echo pwned` on the clipboard"
CSI = "\x9b2J"  # the one-byte C1 form of ESC [ (clear the screen)
RLO = "\u202e"
HOSTILE = (OSC52, CSI, RLO, "\x1b", "\x07", "\x9b", "\x9d")


@pytest.fixture(scope="module")
def loaded(tmp_path_factory):
    path = tmp_path_factory.mktemp("tty") / "d.db"
    assert finder("import", SAMPLE_CSV, db=path).returncode == 0
    assert finder("shortlist", "create", "Case 7", db=path).returncode == 0
    assert finder("shortlist", "add", "Case 7", 47, db=path).returncode == 0
    r = finder(
        "call",
        47,
        "--shortlist",
        "Case 7",
        "--outcome",
        "reached",
        "--spoke-to",
        "Dana",
        "--note",
        "evening group",
        db=path,
    )
    assert r.returncode == 0, r.stderr
    r = finder("checklist", 47, "--shortlist", "Case 7", "--note", "fit-intake=walk-ins", db=path)
    assert r.returncode == 0, r.stderr
    # what an older version (or a colleague on a shared directory) could have stored
    con = sqlite3.connect(path)
    with con:
        con.execute(
            "UPDATE programs SET name = ?, search_text = search_text || ' lmth' WHERE id = 47",
            (f"Harbor {OSC52}House{RLO}lmth.exe",),
        )
        con.execute("UPDATE shortlists SET name = ?", (f"Case 7{CSI}",))
        con.execute("UPDATE shortlist_items SET note = ?", (f"call back{OSC52}",))
        con.execute("UPDATE calls SET note = ?, spoke_to = ?", (f"evening{OSC52}", "Dana\x1b[8m"))
        con.execute("UPDATE checklist_answers SET note = ?", (f"walk-ins{OSC52}",))
    con.close()
    return path


def on_terminal(*args, db) -> str:
    """Run `finder` with stdout and stderr on a pseudo-terminal; what the terminal received."""
    main, child = pty.openpty()
    env = {**os.environ, "FINDER_NO_SEED": "1", "COLUMNS": "200"}
    proc = subprocess.Popen(
        [sys.executable, "-m", "finder", "--db", str(db), *map(str, args)],
        stdin=subprocess.DEVNULL,
        stdout=child,
        stderr=child,
        env=env,
    )
    os.close(child)
    chunks = []
    while True:
        try:
            chunk = os.read(main, 65536)
        except OSError:  # EIO: the child closed its side
            break
        if not chunk:
            break
        chunks.append(chunk)
    os.close(main)
    assert proc.wait(timeout=120) in (0, 2)
    return codecs.decode(b"".join(chunks), "utf-8", "replace")


@pytest.mark.parametrize(
    "command",
    [
        ["show", 47],
        ["calls", 47],
        ["shortlist", "list"],
        ["search", "--near", "92660", "--text", "lmth"],
        ["search", "--near", "92660", "--text", "lmth", "--format", "json"],
        ["checklist", 47, "--shortlist", f"Case 7{CSI}"],
        ["shortlist", "show", f"Case 7{CSI}"],
    ],
)
def test_nothing_a_terminal_would_obey_reaches_it(loaded, command):
    out = on_terminal(*command, db=loaded)
    assert out.strip(), "the command printed nothing"
    for bad in HOSTILE:
        assert bad not in out, f"{bad!r} reached the terminal raw: {out[:400]!r}"
    if command[0] in ("show", "search"):
        assert "Harbor" in out and "\\u202e" in out  # shown, spelled out (JSON spells ESC as \u001b)
        assert "\\x1b]52;c;" in out or "\\u001b]52;c;" in out


def test_an_error_line_naming_a_hostile_name_is_spelled_out(loaded):
    out = on_terminal("shortlist", "add", f"Case 9{OSC52}", 47, db=loaded)
    assert "finder: " in out and OSC52 not in out and "\\x1b" in out


def test_a_pipe_gets_the_stored_text(loaded):
    """Not a terminal: a script reading JSON gets exactly what is stored (json escapes C0 itself)."""
    import json

    r = finder("show", 47, "--format", "json", db=loaded)
    assert json.loads(r.stdout)["name"] == f"Harbor {OSC52}House{RLO}lmth.exe"


@pytest.fixture
def db(loaded, tmp_path):
    copy = tmp_path / "d.db"
    shutil.copy(loaded, copy)
    return copy


@pytest.mark.parametrize(
    "args",
    [
        ["shortlist", "create", f"Case {OSC52}"],
        ["shortlist", "create", f"Case {RLO}1"],
        ["call", 47, "--outcome", "reached", "--spoke-to", f"Dana{OSC52}"],
        ["call", 47, "--outcome", "reached", "--note", f"ok{CSI}"],
        ["edit", 47, "--name", f"Harbor{RLO}"],
    ],
)
def test_typing_a_control_character_is_refused(db, args):
    r = finder(*args, db=db)
    one_line_error(r, "control character")
    assert OSC52 not in r.stderr and RLO not in r.stderr


def test_a_note_may_still_run_over_lines(db):
    r = finder("call", 47, "--outcome", "reached", "--note", "line one\nline two\ttabbed", db=db)
    assert r.returncode == 0, r.stderr


def test_a_utf16_csv_says_so_and_how_to_fix_it(db, tmp_path):
    sheet = tmp_path / "from-excel.csv"
    sheet.write_bytes(SAMPLE_CSV.read_text(encoding="utf-8").encode("utf-16"))
    r = finder("import", sheet, db=db)
    one_line_error(r, "from-excel.csv", "UTF-16", "UTF-8")
    assert "not a text" not in r.stderr
