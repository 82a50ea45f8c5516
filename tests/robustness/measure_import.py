"""Run `finder import` and report its peak resident memory and its time (a script the tests run).

python tests/robustness/measure_import.py OUT.json DB FILE
"""

from __future__ import annotations

import contextlib
import io
import json
import resource
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[2]))

if __name__ == "__main__":
    out, db, file = sys.argv[1:4]
    resource.setrlimit(resource.RLIMIT_AS, (4 * 1024**3, 4 * 1024**3))
    from finder.cli import main

    start = time.monotonic()
    err = io.StringIO()
    with contextlib.redirect_stderr(err):
        try:
            code = main(["--db", db, "import", file])
        except MemoryError:
            code = "MemoryError"
    seconds = time.monotonic() - start
    # VmHWM, not ru_maxrss: the latter survives exec, so a child started by a large parent (the
    # test that built the hostile file) would report the parent's peak
    status = Path("/proc/self/status").read_text()
    hwm = next((line.split()[1] for line in status.splitlines() if line.startswith("VmHWM:")), None)
    peak_mb = int(hwm) / 1024 if hwm else resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    Path(out).write_text(
        json.dumps({"code": code, "stderr": err.getvalue(), "seconds": seconds, "peak_mb": peak_mb})
    )
