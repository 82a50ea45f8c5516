"""The benchmark's measurements, one function each. Timings use perf_counter."""

from __future__ import annotations

import json
import os
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

from finder.domain import geo
from finder.services.opening import open_database
from finder.services.origins import resolve_offline
from finder.services.search import (
    SearchCriteria,
    bbox_params,
    candidate_sql,
    run_driver_sql,
    search_programs,
    tag_params,
)

# 20 origins: the three densest metros first, then big and mid-size cities, then small ones
ORIGINS = (
    "90012",
    "10001",
    "60601",
    "77002",
    "85004",
    "19107",
    "78205",
    "92101",
    "75201",
    "98101",
    "80202",
    "02108",
    "30303",
    "33130",
    "55401",
    "92660",
    "87102",
    "83702",
    "59101",
    "04401",
)
FILTER_PAIRS = (
    {"types": ["addiction"], "payments": ["medicaid"]},
    {"types": ["mental-health"], "levels": ["outpatient"]},
    {"levels": ["iop"], "payments": ["private"]},
    {"types": ["teen"], "payments": ["medicaid"]},
)
RADIUS = 25.0


def criteria_for(i: int) -> SearchCriteria:
    return SearchCriteria(radius_miles=RADIUS, **FILTER_PAIRS[i % len(FILTER_PAIRS)])


def floor_query(db, origin, crit: SearchCriteria) -> list[tuple]:
    """The same bounding box and filters as a bare SQL query: what SQLite alone costs."""
    box = bbox_params(origin, crit.radius_miles)
    with db.engine.connect() as conn:
        return run_driver_sql(
            conn, candidate_sql(conn.dialect, crit, len(box) // 4), {**box, **tag_params(crit)}
        )


def time_searches(db, reps: int) -> dict:
    """p50/p95 of the real search and of the floor, interleaved so machine noise hits both alike."""
    (t,) = _timed(reps, db)
    return {**t, "gui_limit_p50_ms": _gui_limit_p50(db)}


def time_searches_paired(db, other, reps: int) -> tuple[dict, dict]:
    """The same as time_searches on two databases at once, each search on one then the other."""
    return _timed(reps, db, other)


def _timed(reps: int, *dbs) -> tuple[dict, ...]:
    """Per origin and repeat, the search on each database in turn, then the floor on each: a
    search follows a search, not another kind of query (on PostgreSQL a floor query just before
    made the next search 20-30% slower, on a busy or a quiet machine alike)."""
    search_ms: list[list[float]] = [[] for _ in dbs]
    floor_ms: list[list[float]] = [[] for _ in dbs]
    for i, q in enumerate(ORIGINS):
        origin = resolve_offline(q)
        crit = criteria_for(i)
        for db in dbs:
            search_programs(db, origin, criteria_for(i))  # warm the page cache and the SQL cache
            floor_query(db, origin, crit)
        for _ in range(reps):
            for k, db in enumerate(dbs):
                geo.forget_distances()  # each timed search measures its own distances, as a new place does
                t0 = time.perf_counter()
                search_programs(db, origin, criteria_for(i))
                search_ms[k].append((time.perf_counter() - t0) * 1000)
            for k, db in enumerate(dbs):
                t0 = time.perf_counter()
                floor_query(db, origin, crit)
                floor_ms[k].append((time.perf_counter() - t0) * 1000)
    return tuple(
        {
            "search_p50_ms": statistics.median(s),
            "search_p95_ms": _p95(s),
            "bbox_floor_p50_ms": statistics.median(f),
        }
        for s, f in zip(search_ms, floor_ms)
    )


def _gui_limit_p50(db, limit: int = 1000) -> float:
    """The same searches with the window's row limit (1000): more exact distances and rows to fetch."""
    times = []
    for i, q in enumerate(ORIGINS):
        origin = resolve_offline(q)
        for _ in range(3):
            crit = criteria_for(i)
            crit.limit = limit
            geo.forget_distances()
            t0 = time.perf_counter()
            search_programs(db, origin, crit)
            times.append((time.perf_counter() - t0) * 1000)
    return statistics.median(times)


def _p95(values: list[float]) -> float:
    return statistics.quantiles(values, n=20, method="inclusive")[-1]


def naive_search(db, origin, crit: SearchCriteria) -> tuple[int, list[tuple[int, float]]]:
    """The obvious way: every program matching the filters, a geodesic for each."""
    params = tag_params(crit)
    params.update(s0=-90.0, n0=90.0, w0=-180.0, e0=180.0)
    with db.engine.connect() as conn:
        rows = run_driver_sql(conn, candidate_sql(conn.dialect, crit, 1), params)
    hits = []
    for pid, lat, lon in rows:
        d = geo.geodesic_miles(origin.latitude, origin.longitude, lat, lon)
        if d <= crit.radius_miles:
            hits.append((pid, d))
    hits.sort(key=lambda t: t[1])
    return len(hits), hits[: crit.limit]


def time_naive(db, n_origins: int = 3) -> float:
    """Median time of the naive search from the densest origins; also checks that both ways agree."""
    times = []
    for i, q in enumerate(ORIGINS[:n_origins]):
        origin = resolve_offline(q)
        t0 = time.perf_counter()
        total, _hits = naive_search(db, origin, criteria_for(i))
        times.append((time.perf_counter() - t0) * 1000)
        fast = search_programs(db, origin, criteria_for(i))
        if fast.total != total:
            print(f"bench: WARNING search found {fast.total}, brute force {total} near {q}", file=sys.stderr)
    return statistics.median(times)


def time_seed_load(folder: Path) -> float:
    """First use: create a database and load the bundled national directory into it."""
    t0 = time.perf_counter()
    db = open_database(str(folder / "seeded.db"), seed=True)
    elapsed = time.perf_counter() - t0
    db.dispose()
    return elapsed


# A forked child's ru_maxrss starts from the parent's size, so children report their own
# peak (VmHWM, reset by exec) from an atexit hook instead.
_PEAK_HOOK = (
    "import atexit, os, sys\n"
    "def _peak():\n"
    "    for line in open('/proc/self/status'):\n"
    "        if line.startswith('VmHWM:'):\n"
    "            open(os.environ['FINDER_BENCH_PEAK'], 'w').write(line.split()[1])\n"
    "if os.path.exists('/proc/self/status'):\n"
    "    atexit.register(_peak)\n"
    "import runpy\n"
    "sys.argv = sys.argv[1:]\n"
    "runpy.run_module(sys.argv[0], run_name='__main__', alter_sys=True)\n"
)


def run_child(args: list[str], env: dict | None = None, timeout: float = 300) -> tuple[int, float, str]:
    """Run `python -m MODULE ARGS...` in a child; (exit code, its peak RSS in MB or 0, stderr)."""
    assert args[:2] == [sys.executable, "-m"]
    with tempfile.TemporaryDirectory() as tmp:
        peak_file = Path(tmp) / "peak"
        env = {**(env or os.environ), "FINDER_BENCH_PEAK": str(peak_file)}
        with open(Path(tmp) / "err", "w+b") as err:
            try:
                proc = subprocess.run(
                    [sys.executable, "-c", _PEAK_HOOK, *args[2:]],
                    check=False,
                    stdout=subprocess.DEVNULL,
                    stderr=err,
                    env=env,
                    timeout=timeout,
                )
                code = proc.returncode
            except subprocess.TimeoutExpired:
                code = -9
            err.seek(0)
            text = err.read().decode(errors="replace")
        peak = int(peak_file.read_text()) / 1024 if peak_file.exists() else 0.0
        return code, peak, text


def time_startup(seeded_db: Path, folder: Path, runs: int = 3) -> tuple[float | None, float]:
    """Start to a usable window: `finder --db DB` on an already-loaded directory, until its first paint.

    The clock runs from just before the process is started to the moment the window has
    first painted with the directory open and the Near field focused (finder.ui.app writes
    that time to $FINDER_FIRST_PAINT_FILE and closes the window); the median of `runs` starts.
    """
    # "after the first run": one start that is not counted, and Python keeps the bytecode it
    # compiles, as on a user's machine (PYTHONDONTWRITEBYTECODE would recompile every module each start)
    env = {k: v for k, v in os.environ.items() if k != "PYTHONDONTWRITEBYTECODE"}
    env.update(
        {
            "QT_QPA_PLATFORM": "offscreen",
            "FINDER_NO_SEED": "1",
            "XDG_CONFIG_HOME": str(folder / "startup-config"),
        }
    )
    mark = folder / "first-paint.json"
    env["FINDER_FIRST_PAINT_FILE"] = str(mark)
    times, rss = [], 0.0
    run_child([sys.executable, "-m", "finder", "--db", str(seeded_db)], env=env)
    for _ in range(runs):
        mark.unlink(missing_ok=True)
        t0 = time.time()
        code, peak, err = run_child([sys.executable, "-m", "finder", "--db", str(seeded_db)], env=env)
        if code != 0 or not mark.exists():
            print(f"bench: the GUI did not start (exit {code}): {err.strip()[-300:]}", file=sys.stderr)
            return None, rss
        seen = json.loads(mark.read_text())
        if not seen["focused"]:
            print("bench: WARNING the Near field did not have the focus at first paint", file=sys.stderr)
        times.append(seen["painted_at"] - t0)
        rss = max(rss, peak)
    return statistics.median(times), rss


def time_checklist_pdf(db_path: Path) -> tuple[float | None, float]:
    """A filled checklist PDF, timed inside a child process (Qt stays out of this one)."""
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen", "FINDER_NO_SEED": "1"}
    with tempfile.TemporaryDirectory() as tmp:
        out = Path(tmp) / "seconds.txt"
        code, peak, err = run_child(
            [sys.executable, "-m", "finder.bench.pdf_child", str(db_path), str(out)], env=env
        )
        if code != 0 or not out.exists():
            print(f"bench: no checklist PDF timing ({err.strip()[-300:] or f'exit {code}'})", file=sys.stderr)
            return None, peak
        return float(out.read_text()), peak


def time_gui_search(seeded_db: Path, folder: Path, reps: int = 3) -> tuple[float | None, float]:
    """Enter -> table and map painted in the real window (offscreen), from the 20 origins; p95 in ms.

    The window does the typing and timing itself (finder.ui.app, $FINDER_TIMED_SEARCHES), in a
    child process: Qt stays out of the benchmark.
    """
    out = folder / "gui.json"
    env = {
        **os.environ,
        "QT_QPA_PLATFORM": "offscreen",
        "FINDER_NO_SEED": "1",
        "XDG_CONFIG_HOME": str(folder / "gui-config"),
        "FINDER_TIMED_SEARCHES": f"{out};{','.join(ORIGINS)};{reps}",
    }
    code, peak, err = run_child(
        [sys.executable, "-m", "finder", "--db", str(seeded_db), "gui", "--radius", "25"], env=env
    )
    if code != 0 or not out.exists():
        print(f"bench: no window search timing ({err.strip()[-300:] or f'exit {code}'})", file=sys.stderr)
        return None, peak
    return json.loads(out.read_text())["p95_ms"], peak
