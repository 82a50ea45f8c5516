"""What many tests share: where the fixture files are, and running `finder` as a user does."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

FIXTURES = Path(__file__).parent / "fixtures"
SAMPLE_CSV = FIXTURES / "directory_sample.csv"


def finder(*args, db=None, env: dict | None = None, cwd=None, timeout: int = 120) -> subprocess.CompletedProcess:
    """Run the command line in a child process (`--db DB` first when given); never seeds."""
    cmd = [sys.executable, "-m", "finder", *(["--db", str(db)] if db is not None else []), *map(str, args)]
    e = {**os.environ, "FINDER_NO_SEED": "1", **(env or {})}
    return subprocess.run(cmd, capture_output=True, text=True, env=e, cwd=cwd, timeout=timeout, check=False)
