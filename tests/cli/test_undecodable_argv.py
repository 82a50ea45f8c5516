"""Issue 34, item 14: an argument whose bytes are not UTF-8 is one clear line and exit 2, no traceback.

`finder shortlist create $'Case \\xff'` died with "this is a bug" and a UnicodeEncodeError in the
log; a --db path with such bytes made the log itself fail with a traceback on stderr.
"""

from __future__ import annotations

import os
import subprocess
import sys

import pytest

pytestmark = pytest.mark.skipif(sys.platform == "win32", reason="Windows passes arguments as UTF-16")


@pytest.mark.parametrize(
    "args",
    [
        [b"shortlist", b"create", b"Case \xff"],
        [b"search", b"--near", b"\xe9vry"],
        [b"--db", b"caf\xe9.db", b"search", b"--near", b"92660"],
    ],
)
def test_an_argument_that_is_not_utf8_is_refused_in_one_line(tmp_path, args):
    env = {
        **os.environ,
        "FINDER_NO_SEED": "1",
        "HOME": str(tmp_path),
        "XDG_STATE_HOME": str(tmp_path / "state"),
    }
    if args[0] != b"--db":
        args = [b"--db", os.fsencode(tmp_path / "d.db"), *args]
    r = subprocess.run(
        [sys.executable, "-m", "finder", *args],
        capture_output=True,
        env=env,
        cwd=tmp_path,
        timeout=60,
        check=False,
    )
    err = r.stderr.decode("utf-8", "replace")
    assert r.returncode == 2, err
    lines = err.strip().splitlines()
    assert len(lines) == 1 and lines[0].startswith("finder: ") and "UTF-8" in lines[0], err
    assert "\\x" in lines[0]  # the argument is shown, its bad byte spelled out
    logs = list((tmp_path / "state").rglob("*.log"))
    assert not any("Traceback" in f.read_text(errors="replace") for f in logs)
