"""`--agency-load URL --users N --seconds S`: N case managers working at once on one shared server.

Each simulated case manager is a process of its own with a login of its own (`finder_load_01` …,
made with `db add-user` by the owner whose URL is given; the login is process-wide in the app, as
on a workstation). After a set-up that is not timed (a private shortlist with a few programs near a
place), all start together and, for S seconds, repeat a human-ish mix: search (half of the
actions), read their shortlist, answer a checklist question, log a call, with 0.5-2 s of thought
between two actions. Every action's time and every error is kept; every call and answer written
is then looked for in the database (a write that is not there is "lost").

Use a copy or a throwaway database: the load leaves its shortlists, answers and calls behind
(private, and their logins are removed at the end). The directory must have programs
(`finder --db URL db seed`). The logins get random passwords, handed to libpq in a temporary
passfile (0600), so this works over TCP with scram-sha-256 as well as on a local socket.
"""

from __future__ import annotations

import multiprocessing as mp
import os
import queue as queue_mod
import random
import secrets
import sys
import tempfile
import time
from pathlib import Path

OPS = ("search", "read_list", "answer", "log_call")
MIX = (0.5, 0.2, 0.15, 0.15)
THINK_S = (0.5, 2.0)
PROGRAMS_ON_LIST = 5
TARGETS = {"search_p95_ms": 50, "errors": 0, "lost_writes": 0}


def _say(msg: str) -> None:
    print(f"bench: {msg}", file=sys.stderr, flush=True)


def _login_url(owner_url: str, name: str) -> str:
    from sqlalchemy.engine import make_url

    return make_url(owner_url).set(username=name).render_as_string(hide_password=False)


def prepare(owner_url: str, users: int, folder: Path) -> tuple[list[str], list[tuple[float, float]]]:
    """Migrate, make the logins (with passwords in a passfile), pick the places users search from."""
    from finder.services.agency import add_user
    from finder.services.opening import open_database

    db = open_database(owner_url, seed=False)
    try:
        with db.engine.connect() as conn:
            located = conn.exec_driver_sql(
                "SELECT latitude, longitude FROM programs WHERE latitude IS NOT NULL "
                "ORDER BY random() LIMIT 300"
            ).all()
        if not located:
            raise SystemExit(
                "bench: the directory has no located programs; load it first (finder --db URL db seed)"
            )
        names, lines = [], []
        for i in range(1, users + 1):
            name = f"finder_load_{i:02d}"
            add_user(db, name)
            password = secrets.token_hex(16)
            with db.engine.begin() as conn:  # the name is ours and plain: no quoting needed
                conn.exec_driver_sql(f"ALTER ROLE {name} PASSWORD '{password}'")
            names.append(name)
            lines.append(f"*:*:*:{name}:{password}")
    finally:
        db.dispose()
    passfile = folder / "pgpass"
    passfile.write_text("\n".join(lines) + "\n")
    passfile.chmod(0o600)
    os.environ["PGPASSFILE"] = str(passfile)  # the workers inherit it
    return names, [(float(a), float(b)) for a, b in located]


def remove_logins(owner_url: str, names: list[str]) -> None:
    from finder.services.agency import remove_user
    from finder.services.opening import open_database

    db = open_database(owner_url, seed=False)
    try:
        for name in names:
            remove_user(db, name)
    finally:
        db.dispose()


# --- one case manager (a process of its own) -------------------------------------------------
class _User:
    def __init__(self, url: str, name: str, places: list[tuple[float, float]], seed: int) -> None:
        from finder.domain.checklist import QUESTIONS, YES_NO
        from finder.services.opening import open_database

        self.db = open_database(url, seed=False)
        self.name = name
        self.rng = random.Random(seed)
        self.places = places
        self.questions = [q.id for q in QUESTIONS if q.kind == YES_NO]
        self.list_name = f"Load case {name}"
        self.calls: list[tuple[int, str]] = []  # (id, note)
        self.answers: dict[tuple[int, str], str] = {}  # (program, question) -> last answer written
        self.n = 0

    def _origin(self):
        from finder.services.origins import Origin

        lat, lon = self.rng.choice(self.places)
        return Origin(f"{lat:.5f},{lon:.5f}", lat, lon, "coordinates", "load")

    def set_up(self) -> None:
        from finder.errors import UserError
        from finder.services import shortlists as sl
        from finder.services.search import SearchCriteria, search_programs

        try:
            sl.delete_shortlist(self.db, self.list_name)  # left by an earlier run
        except UserError:
            pass
        origin = self._origin()
        sl.create_shortlist(self.db, self.list_name, origin, private=True)
        found = search_programs(self.db, origin, SearchCriteria(radius_miles=100, limit=PROGRAMS_ON_LIST))
        ids = [r.id for r in found.results] or [self._any_program()]
        sl.add_programs(self.db, self.list_name, ids)
        self.programs = ids

    def _any_program(self) -> int:
        with self.db.engine.connect() as conn:
            return conn.exec_driver_sql("SELECT min(id) FROM programs").scalar_one()

    def search(self) -> None:
        from finder.services.search import SearchCriteria, search_programs

        payments = self.rng.choice(([], [], ["medicaid"]))
        search_programs(
            self.db,
            self._origin(),
            SearchCriteria(radius_miles=self.rng.choice((10, 25, 25, 50)), payments=payments),
        )

    def read_list(self) -> None:
        from finder.services import shortlists as sl

        sl.get_shortlist(self.db, self.list_name)

    def answer(self) -> None:
        from finder.services.checklists import AnswerChange, record_answers

        pid, qid = self.rng.choice(self.programs), self.rng.choice(self.questions)
        value = self.rng.choice(("yes", "no"))
        record_answers(self.db, pid, self.list_name, [AnswerChange(qid, value, f"{self.name} {self.n}")])
        self.answers[(pid, qid)] = value

    def log_call(self) -> None:
        from finder.services.calls import log_call

        note = f"{self.name} call {self.n}"
        call = log_call(
            self.db,
            self.rng.choice(self.programs),
            outcome=self.rng.choice(("reached", "voicemail")),
            shortlist=self.list_name,
            note=note,
            accepting=self.rng.choice((True, False, None)),
        )
        self.calls.append((call.id, note))

    def run(self, seconds: float) -> dict:
        timings: dict[str, list[float]] = {op: [] for op in OPS}
        errors: dict[str, int] = dict.fromkeys(OPS, 0)
        first_errors: list[str] = []
        end = time.monotonic() + seconds
        while time.monotonic() < end:
            op = self.rng.choices(OPS, MIX)[0]
            self.n += 1
            t0 = time.perf_counter()
            try:
                getattr(self, op)()
            except Exception as exc:  # noqa: BLE001 (counted and reported, the load goes on)
                errors[op] += 1
                if len(first_errors) < 3:
                    first_errors.append(f"{self.name} {op}: {type(exc).__name__}: {str(exc)[:200]}")
            else:
                timings[op].append((time.perf_counter() - t0) * 1000)
            time.sleep(min(self.rng.uniform(*THINK_S), max(0.0, end - time.monotonic())))
        return {
            "name": self.name,
            "timings": timings,
            "errors": errors,
            "first_errors": first_errors,
            "calls": self.calls,
            "answers": [(p, q, a) for (p, q), a in self.answers.items()],
            "list": self.list_name,
        }


def _worker(url: str, name: str, places, seed: int, ready, start, seconds: float, out) -> None:
    try:
        user = _User(url, name, places, seed)
        user.set_up()
    except Exception as exc:  # noqa: BLE001
        out.put({"name": name, "setup_error": f"{type(exc).__name__}: {str(exc)[:300]}"})
        ready.put(name)
        return
    ready.put(name)
    start.wait()
    try:
        out.put(user.run(seconds))
    finally:
        user.db.dispose()


# --- after the load: is every write there? ---------------------------------------------------
def count_lost(url: str, result: dict) -> int:
    """Calls (with their note) and last answers this user wrote that the database does not have."""
    import psycopg
    from sqlalchemy.engine import make_url

    u = make_url(url)
    params = {k: v for k, v in u.query.items() if isinstance(v, str)}
    kwargs = {"host": u.host, "port": u.port, "user": u.username, "dbname": u.database, **params}
    if not u.query.get("sslmode"):
        kwargs["sslmode"] = "verify-full"
    lost = 0
    with psycopg.connect(**{k: v for k, v in kwargs.items() if v is not None}) as conn:
        ids = [cid for cid, _note in result["calls"]]
        have = (
            dict(conn.execute("SELECT id, note FROM calls WHERE id = ANY(%s)", (ids,)).fetchall())
            if ids
            else {}
        )
        lost += sum(1 for cid, note in result["calls"] if have.get(cid) != note)
        for pid, qid, answer in result["answers"]:
            row = conn.execute(
                "SELECT a.answer FROM checklist_answers a JOIN shortlists s ON s.id = a.shortlist_id "
                "WHERE s.name = %s AND s.owner = %s AND a.program_id = %s AND a.question_id = %s",
                (result["list"], result["name"], pid, qid),
            ).fetchone()
            lost += row is None or row[0] != answer
    return lost


def _pct(values: list[float], p: float) -> float | None:
    if not values:
        return None
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, round(p / 100 * (len(ordered) - 1)))]


def run_load(owner_url: str, users: int, seconds: float) -> dict:
    """The figures: per action p50/p95 (ms) and count, errors, writes and lost writes."""
    with tempfile.TemporaryDirectory(prefix="finder-load-") as tmp:
        _say(f"making {users} logins and the places they search from ...")
        names, places = prepare(owner_url, users, Path(tmp))
        ctx = mp.get_context("spawn")
        ready, out, start = ctx.Queue(), ctx.Queue(), ctx.Event()
        procs = [
            ctx.Process(
                target=_worker,
                args=(_login_url(owner_url, n), n, places, i, ready, start, seconds, out),
                daemon=True,
            )
            for i, n in enumerate(names)
        ]
        try:
            for p in procs:
                p.start()
            _say(f"setting up {users} case managers (a private shortlist each) ...")
            for _ in procs:
                ready.get(timeout=300)
            _say(f"{users} case managers working for {seconds:g} s ...")
            load_before = os.getloadavg()[0]
            start.set()
            results = []
            for _ in procs:
                try:
                    results.append(out.get(timeout=seconds + 120))
                except queue_mod.Empty:
                    break
            for p in procs:
                p.join(timeout=30)
            load_after = os.getloadavg()[0]
            _say("checking that every write is there ...")
            figures = _figures(owner_url, results, users)
            # what else the machine was doing: the figures mean little on a busy one
            figures["load_1min_before"], figures["load_1min_after"] = (
                round(load_before, 2),
                round(load_after, 2),
            )
        finally:
            for p in procs:
                if p.is_alive():
                    p.kill()
            remove_logins(owner_url, names)
    figures["seconds"] = seconds
    return figures


def _figures(owner_url: str, results: list[dict], users: int) -> dict:
    out: dict = {"users": users}
    errors, first, writes, lost = 0, [], 0, 0
    missing = users - len(results)
    for r in results:
        if "setup_error" in r:
            errors += 1
            first.append(f"{r['name']} set-up: {r['setup_error']}")
    done = [r for r in results if "timings" in r]
    for op in OPS:
        values = [v for r in done for v in r["timings"][op]]
        out[f"{op}_count"] = len(values)
        out[f"{op}_p50_ms"] = _pct(values, 50)
        out[f"{op}_p95_ms"] = _pct(values, 95)
        out[f"{op}_errors"] = sum(r["errors"][op] for r in done)
        errors += out[f"{op}_errors"]
    for r in done:
        first += r["first_errors"]
        writes += len(r["calls"]) + len(r["answers"])
        lost += count_lost(_login_url(owner_url, r["name"]), r)
    out["errors"] = errors + missing
    out["writes"] = writes
    out["lost_writes"] = lost
    out["first_errors"] = first[:5]
    return {k: (round(v, 2) if isinstance(v, float) else v) for k, v in out.items()}


def print_load(result: dict) -> None:
    print(f"{result['users']} case managers for {result['seconds']:g} s")
    print(f"{'action':10} {'count':>6} {'p50 ms':>8} {'p95 ms':>8} {'errors':>6}")
    for op in OPS:
        p50, p95 = result[f"{op}_p50_ms"], result[f"{op}_p95_ms"]
        print(
            f"{op:10} {result[f'{op}_count']:>6} {'n/a' if p50 is None else p50:>8} "
            f"{'n/a' if p95 is None else p95:>8} {result[f'{op}_errors']:>6}"
        )
    for key, target in TARGETS.items():
        value = result.get(key)
        verdict = "n/a" if value is None else ("ok" if value <= target else "MISSED")
        print(f"{key:14} {value}  (target <= {target}: {verdict})")
    print(f"writes checked {result['writes']}")
    print(f"machine load (1 min) {result['load_1min_before']} before, {result['load_1min_after']} after")
    for line in result["first_errors"]:
        print(f"  {line}")
