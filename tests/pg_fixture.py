"""A throwaway PostgreSQL cluster for the agency-mode tests (initdb + pg_ctl in a temp folder).

Skipped with a reason when PostgreSQL is not installed, except in CI (CI=true), where
its absence is a failure: agency mode must be tested there.
"""

from __future__ import annotations

import glob
import os
import random
import shutil
import subprocess
import tempfile
import time
import uuid

import pytest


def _pg_bin() -> str | None:
    found = shutil.which("initdb")
    if found:
        return os.path.dirname(found)
    candidates = sorted(glob.glob("/usr/lib/postgresql/*/bin/initdb"))
    return os.path.dirname(candidates[-1]) if candidates else None


def _socket_port() -> int:
    # only names the unix socket file inside our private folder: no TCP port is opened
    return random.randint(20000, 60000)


def _run(cmd: list[str], as_postgres: bool) -> None:
    if as_postgres:
        cmd = ["runuser", "-u", "postgres", "--", *cmd]
    subprocess.run(cmd, check=True, capture_output=True, timeout=120)


@pytest.fixture(scope="session")
def pg_server():
    """Start a cluster listening on a unix socket only; yield a URL factory; stop it at the end."""
    bindir = _pg_bin()
    try:
        import psycopg  # noqa: F401
    except ImportError:
        bindir = None
    if bindir is None:
        if os.environ.get("CI") == "true":
            pytest.fail("PostgreSQL (initdb) and psycopg are required in CI for the agency-mode tests")
        pytest.skip("PostgreSQL is not installed (apt-get install postgresql; pip install psycopg[binary])")
    as_postgres = os.geteuid() == 0  # initdb refuses to run as root
    base = tempfile.mkdtemp(prefix="finder-pg-")
    os.chmod(base, 0o777)
    data, sock = os.path.join(base, "data"), os.path.join(base, "sock")
    os.mkdir(sock)
    os.chmod(sock, 0o777)
    port = _socket_port()
    _run(
        [f"{bindir}/initdb", "-D", data, "-U", "postgres", "-A", "trust", "--no-sync", "-E", "UTF8"],
        as_postgres,
    )
    _run(
        [
            f"{bindir}/pg_ctl",
            "-D",
            data,
            "-w",
            "-l",
            os.path.join(base, "log"),
            "-o",
            f"-k {sock} -p {port} -c listen_addresses='' -c fsync=off -c full_page_writes=off",
            "start",
        ],
        as_postgres,
    )

    def make_db() -> str:
        name = f"t_{uuid.uuid4().hex[:10]}"
        import psycopg

        with psycopg.connect(host=sock, port=port, user="postgres", dbname="postgres", autocommit=True) as c:
            c.execute(f'CREATE DATABASE "{name}"')
        return f"postgresql+psycopg://postgres@/{name}?host={sock}&port={port}"

    try:
        yield make_db
    finally:
        try:
            _run([f"{bindir}/pg_ctl", "-D", data, "-m", "immediate", "stop"], as_postgres)
        finally:
            time.sleep(0.2)
            shutil.rmtree(base, ignore_errors=True)


@pytest.fixture
def pg_url(pg_server) -> str:
    return pg_server()
