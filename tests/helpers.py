"""What many tests share: where the fixture files are, and running `finder` as a user does."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

FIXTURES = Path(__file__).parent / "fixtures"
SAMPLE_CSV = FIXTURES / "directory_sample.csv"


def finder(
    *args, db=None, env: dict | None = None, cwd=None, timeout: int = 120
) -> subprocess.CompletedProcess:
    """Run the command line in a child process (`--db DB` first when given); never seeds."""
    cmd = [sys.executable, "-m", "finder", *(["--db", str(db)] if db is not None else []), *map(str, args)]
    e = {**os.environ, "FINDER_NO_SEED": "1", **(env or {})}
    # the command line writes UTF-8 to a pipe on every system (Windows' locale would read cp1252)
    return subprocess.run(
        cmd, capture_output=True, encoding="utf-8", env=e, cwd=cwd, timeout=timeout, check=False
    )


def finder_here(capsys, db, *args) -> subprocess.CompletedProcess:
    """The same command in this process (fast): a CompletedProcess with its exit code and output."""
    from finder.cli import main

    capsys.readouterr()
    rc = main(["--db", str(db), *map(str, args)])
    out = capsys.readouterr()
    return subprocess.CompletedProcess(args, rc, out.out, out.err)


def one_line_error(p: subprocess.CompletedProcess, *words) -> None:
    """Exit 2 with one line on stderr, "finder: ...", naming each of `words`."""
    assert p.returncode == 2, (p.stdout, p.stderr)
    lines = p.stderr.strip().splitlines()
    assert len(lines) == 1 and lines[0].startswith("finder: "), p.stderr
    for w in words:
        assert w in lines[0], lines[0]
