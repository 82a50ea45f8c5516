"""`python -m finder.bench [--programs N] [--format json|table] [--db URL] [--postgres URL]`: the speed benchmark.

`python -m finder.bench --agency-load URL --users N --seconds S`: many case managers at once on a
shared PostgreSQL directory (finder/bench/agency_load.py).

Builds a directory of N synthetic programs in a temp folder (or uses --db), then
measures what PRODUCT.md "Speed" promises. A script, not a test: numbers depend
on the machine and on whatever else it is doing.
"""

from __future__ import annotations

import argparse
import json
import resource
import sys
import tempfile
import time
from pathlib import Path

from finder.bench import dataset, measure

KEYS = (
    "search_p50_ms",
    "search_p95_ms",
    "bbox_floor_p50_ms",
    "ratio_to_floor",
    "naive_p50_ms",
    "seed_load_s",
    "startup_s",
    "checklist_pdf_s",
    "peak_rss_mb",
    "programs",
    "gui_search_p95_ms",
)
# PRODUCT.md "Speed" and issue 22 (p95 and memory targets are for a million programs)
TARGETS = {
    "postgres_ratio_to_sqlite": 1.5,
    "search_p50_ms": 20,
    "search_p95_ms": 50,
    "ratio_to_floor": 3,
    "seed_load_s": 15,
    "startup_s": 1,
    "checklist_pdf_s": 1,
    "peak_rss_mb": 600,
    "gui_search_p95_ms": 60,
}


def _say(msg: str) -> None:
    print(f"bench: {msg}", file=sys.stderr, flush=True)


def build_in_child(path: Path, n: int, profile_db: Path) -> float:
    """Generate the directory in a child process so its memory does not count as the app's."""
    t0 = time.perf_counter()
    code, _rss, err = measure.run_child(
        [
            sys.executable,
            "-m",
            "finder.bench",
            "--build-only",
            str(path),
            "--programs",
            str(n),
            "--profile-db",
            str(profile_db),
        ],
        timeout=3600,
    )
    if code != 0:
        raise SystemExit(f"bench: building the directory failed: {err.strip()[-500:]}")
    return time.perf_counter() - t0


def run(args) -> dict:
    with tempfile.TemporaryDirectory(prefix="finder-bench-") as tmp:
        folder = Path(tmp)
        _say("loading the bundled national directory into a fresh database ...")
        seed_load_s = measure.time_seed_load(folder)
        seeded = folder / "seeded.db"
        if args.db:
            location = args.db
        else:
            location = str(folder / "bench.db")
            _say(f"building {args.programs:,} programs ...")
            _say(f"built in {build_in_child(Path(location), args.programs, seeded):.1f} s")
        from finder.services.opening import open_database

        db = open_database(location, seed=False)
        with db.engine.connect() as conn:
            programs = conn.exec_driver_sql("SELECT count(*) FROM programs").scalar_one()
        _say(f"timing searches from {len(measure.ORIGINS)} origins ...")
        timings = measure.time_searches(db, args.reps)
        _say("timing the naive search ...")
        naive = measure.time_naive(db)
        _say("timing start-up and a checklist PDF ...")
        startup_s, gui_rss = measure.time_startup(seeded, folder)
        pdf_s, pdf_rss = measure.time_checklist_pdf(Path(location)) if db.path is not None else (None, 0.0)
        pg = {}
        if args.postgres and db.path is not None:
            _say("copying the programs to PostgreSQL and timing the same searches there ...")
            from finder.bench.postgres import time_postgres

            pg = time_postgres(db, args.postgres, args.reps)
        _say("timing Enter -> table and map painted in the window (bundled directory) ...")
        gui_p95, gui_search_rss = measure.time_gui_search(seeded, folder)
        db.dispose()
    _say(f"search p50 with the window's 1000-row limit: {timings.pop('gui_limit_p50_ms'):.2f} ms")
    own = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    _say(
        f"peak memory: this process (first-run load + searches) {own:.0f} MB, GUI start {gui_rss:.0f} MB, "
        f"checklist PDF {pdf_rss:.0f} MB, window searches {gui_search_rss:.0f} MB"
    )
    out = {
        **timings,
        "ratio_to_floor": timings["search_p50_ms"] / timings["bbox_floor_p50_ms"],
        "naive_p50_ms": naive,
        "seed_load_s": seed_load_s,
        "startup_s": startup_s,
        "checklist_pdf_s": pdf_s,
        "peak_rss_mb": max(own, gui_rss, pdf_rss, gui_search_rss),
        "programs": programs,
        "gui_search_p95_ms": gui_p95,
    }
    out.update(pg)  # only with --postgres
    return {k: (round(v, 3) if isinstance(v, float) else v) for k, v in out.items() if k in KEYS or k in pg}


def print_table(result: dict) -> None:
    for key, value in result.items():
        target = TARGETS.get(key)
        verdict = ""
        if target is not None and value is not None:
            verdict = f"  (target <= {target}: {'ok' if value <= target else 'MISSED'})"
        print(f"{key:18} {'n/a' if value is None else value}{verdict}")


def main(argv: list[str] | None = None) -> int:
    p = argparse.ArgumentParser(prog="python -m finder.bench", description=__doc__.splitlines()[0])
    p.add_argument("--programs", type=int, default=100_000, help="directory size to build (default 100000)")
    p.add_argument("--format", choices=("json", "table"), default="table")
    p.add_argument("--db", help="measure this existing database (path or URL) instead of building one")
    p.add_argument(
        "--postgres",
        metavar="URL",
        help="also time the searches on this empty PostgreSQL database "
        "(its owner's URL), filled with the same programs",
    )
    p.add_argument("--reps", type=int, default=7, help="timed searches per origin (default 7)")
    p.add_argument(
        "--agency-load",
        metavar="URL",
        help="instead: simulated case managers, each with a login of its own, working at once on "
        "this PostgreSQL directory (its owner's URL; use a copy: the load leaves data behind)",
    )
    p.add_argument("--users", type=int, default=50, help="with --agency-load: how many (default 50)")
    p.add_argument("--seconds", type=float, default=60, help="with --agency-load: for how long (default 60)")
    p.add_argument("--build-only", metavar="PATH", help=argparse.SUPPRESS)
    p.add_argument("--profile-db", metavar="PATH", help=argparse.SUPPRESS)
    args = p.parse_args(argv)
    if args.build_only:
        dataset.build_directory(Path(args.build_only), args.programs, Path(args.profile_db))
        return 0
    if args.agency_load:
        if args.users < 1 or args.seconds <= 0:
            p.error("--users must be at least 1 and --seconds more than 0")
        from finder.bench.agency_load import print_load, run_load

        result = run_load(args.agency_load, args.users, args.seconds)
        print(json.dumps(result) if args.format == "json" else "", end="\n" if args.format == "json" else "")
        if args.format != "json":
            print_load(result)
        return 0
    if args.programs < 1:
        p.error("--programs must be at least 1")
    result = run(args)
    if args.format == "json":
        print(json.dumps(result))
    else:
        print_table(result)
    return 0


if __name__ == "__main__":
    sys.exit(main())
