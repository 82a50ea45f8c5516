"""Benchmark helper run as a child process: time one filled checklist PDF.

`python -m finder.bench.pdf_child DB OUT` writes the seconds to OUT; exit 3 when the
checklist or printing code is not there (the benchmark then reports null).
"""

from __future__ import annotations

import sys
import tempfile
import time
from pathlib import Path


def main(db_path: str, out: str) -> int:
    try:
        from finder.reports.printing import write_checklist_pdf
        from finder.services.checklists import AnswerChange, get_checklist, record_answers
        from finder.services.shortlists import add_programs, create_shortlist
    except ImportError as exc:
        print(f"checklist PDF not available yet: {exc}", file=sys.stderr)
        return 3
    from finder.domain.checklist import QUESTIONS
    from finder.services.opening import open_database
    from finder.services.origins import resolve_offline

    db = open_database(db_path, seed=False)
    with db.engine.connect() as conn:
        pid = conn.exec_driver_sql("SELECT min(id) FROM programs").scalar_one()
    name = f"bench {time.time_ns()}"
    create_shortlist(db, name, origin=resolve_offline("92660"))
    add_programs(db, name, [pid])
    record_answers(
        db,
        pid,
        name,
        [
            AnswerChange(q.id, "answered" if q.is_open else "yes", "asked on the phone")
            for q in QUESTIONS[::2]
        ],
    )
    with tempfile.TemporaryDirectory() as tmp:
        t0 = time.perf_counter()
        cl = get_checklist(db, pid, name)
        write_checklist_pdf(cl, Path(tmp) / "checklist.pdf")
        elapsed = time.perf_counter() - t0
    Path(out).write_text(f"{elapsed:.4f}")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1], sys.argv[2]))
