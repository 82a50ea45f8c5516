"""A second app process for the robustness tests (run as a script; not collected by pytest).

python tests/robustness/worker.py import DB FILE
python tests/robustness/worker.py answers DB SHORTLIST PID          # saves forever, prints each round
python tests/robustness/worker.py mixed DB SHORTLIST PID TAG SECONDS PARITY [IMPORT_FILE]
"""

from __future__ import annotations

import json
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[2]))

from finder.domain.checklist import QUESTIONS
from finder.services.checklists import AnswerChange, record_answers
from finder.services.opening import open_database


def _answer(question, yes_no: str) -> str:
    """An open question is answered by its note; a yes/no one takes the answer."""
    return "answered" if question.is_open else yes_no


def answers(db_path: str, shortlist: str, pid: str) -> None:
    db = open_database(db_path, seed=False)
    n = 0
    while True:
        n += 1
        record_answers(
            db,
            pid,
            shortlist,
            [AnswerChange(q.id, _answer(q, "yes" if n % 2 else "no"), f"round {n}") for q in QUESTIONS],
            answered_by="worker",
        )
        print(n, flush=True)


def mixed(
    db_path: str,
    shortlist: str,
    pid: str,
    tag: str,
    seconds: str,
    parity: str,
    import_file: str | None = None,
) -> None:
    """Save answers, search and edit for a while; report what was acknowledged and every error."""
    from finder.services.editing import edit_program
    from finder.services.importing import import_file as run_import
    from finder.services.origins import resolve_offline
    from finder.services.search import SearchCriteria, search_programs

    db = open_database(db_path, seed=False)
    mine = [q for i, q in enumerate(QUESTIONS) if i % 2 == int(parity)]
    origin = resolve_offline("92660")
    last: dict[str, str] = {}
    errors: list[str] = []
    counts = {"saves": 0, "searches": 0, "edits": 0, "imports": 0}
    end = time.monotonic() + float(seconds)
    n = 0
    while time.monotonic() < end:
        n += 1
        question = mine[n % len(mine)]
        qid, answer = question.id, _answer(question, "unsure")
        note = f"{tag} {n}"
        steps = [
            (
                "saves",
                lambda qid=qid, note=note, answer=answer: record_answers(
                    db, pid, shortlist, [AnswerChange(qid, answer, note)], answered_by=tag
                ),
            ),
            ("searches", lambda: search_programs(db, origin, SearchCriteria(radius_miles=50))),
        ]
        if n % 7 == 0:
            steps.append(("edits", lambda n=n: edit_program(db, pid, {"notes": f"{tag} edit {n}"})))
        if import_file and n == 20:
            steps.append(("imports", lambda: run_import(db, import_file)))
        for kind, step in steps:
            try:
                step()
            except Exception as exc:  # noqa: BLE001 - the test wants to see every kind of failure
                errors.append(f"{kind}: {type(exc).__name__}: {exc}")
                continue
            counts[kind] += 1
            if kind == "saves":
                last[qid] = note
    print(json.dumps({"last": last, "errors": errors, "counts": counts}), flush=True)


if __name__ == "__main__":
    mode, *rest = sys.argv[1:]
    if mode == "import":
        from finder.cli import main

        sys.exit(main(["--db", rest[0], "import", rest[1]]))
    elif mode == "answers":
        answers(*rest)
    elif mode == "mixed":
        mixed(*rest)
