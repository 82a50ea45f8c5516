"""Agency-mode fixtures: the same service tests on SQLite and on PostgreSQL.

`any_db` is parametrised over both back ends (PostgreSQL from tests/pg_fixture.py: skipped
with a reason where it is not installed, a failure in CI). `own_pg` is a private cluster a
test may stop and start again (connection lost during a save).
"""

from __future__ import annotations

import os
import shutil
import subprocess
import tempfile
from pathlib import Path

import pytest

from finder.services.opening import open_database

FIXTURES = Path(__file__).parent.parent / "fixtures"


@pytest.fixture(params=["sqlite", "postgresql"])
def backend(request) -> str:
    return request.param


CASE_MANAGERS = ("alice", "bob")
_ON_SERVER: list[bool] = [False]  # the test's directory is on PostgreSQL: as_user switches the login


def without_user(url: str) -> str:
    """The URL with no user name in it: libpq then logs in as $PGUSER (what as_user sets)."""
    return url.replace("postgresql+psycopg://postgres@/", "postgresql+psycopg:///", 1)


def as_login(url: str, name: str) -> str:
    return url.replace("postgresql+psycopg://postgres@/", f"postgresql+psycopg://{name}@/", 1)


def prepare_agency(owner_url: str) -> None:
    """Migrate as the owner (postgres) and add the case managers' logins with `db add-user`."""
    from finder.cli import main

    assert main(["--db", owner_url, "db", "upgrade"]) == 0
    for name in CASE_MANAGERS:
        assert main(["--db", owner_url, "db", "add-user", name]) == 0


@pytest.fixture
def any_admin_url(backend, tmp_path, request) -> str:
    """An empty database: a SQLite file, or a PostgreSQL database its owner (postgres) connects to."""
    if backend == "sqlite":
        return f"sqlite:///{tmp_path / 'agency.db'}"
    return request.getfixturevalue("pg_url")


@pytest.fixture
def any_db_url(backend, any_admin_url, monkeypatch, capsys):
    """SQLite: a file path. PostgreSQL: a migrated directory with the login roles alice and bob,
    as a URL without a user name (each connection logs in as $PGUSER, alice unless as_user says)."""
    if backend == "sqlite":
        yield any_admin_url
        return
    prepare_agency(any_admin_url)
    capsys.readouterr()
    monkeypatch.setenv("PGUSER", "alice")
    _ON_SERVER[0] = True
    yield without_user(any_admin_url)
    _ON_SERVER[0] = False


@pytest.fixture
def any_db(any_db_url):
    """A migrated, empty directory on SQLite or on PostgreSQL."""
    db = open_database(any_db_url, seed=False)
    _OPEN_ON_SERVER.append(db)
    yield db
    _OPEN_ON_SERVER.remove(db)
    db.dispose()


@pytest.fixture
def any_sample_db(any_db):
    from finder.services.importing import import_file

    import_file(any_db, FIXTURES / "directory_sample.csv", backup=False)
    return any_db


_OPEN_ON_SERVER: list = []


@pytest.fixture
def as_user(monkeypatch):
    """as_user("alice") makes the following calls record (and see) as alice: on SQLite by
    $FINDER_USER; on PostgreSQL by logging in as the role alice (new connections, $PGUSER)."""
    from finder.db.database import set_current_login

    def switch(name: str) -> None:
        monkeypatch.setenv("FINDER_USER", name)
        if _ON_SERVER[0]:
            monkeypatch.setenv("PGUSER", name)
            for db in _OPEN_ON_SERVER:
                db.engine.dispose()  # the pool's connections are logged in as the previous user
            set_current_login(name)

    switch("alice")
    return switch


class Cluster:
    """A PostgreSQL cluster of one test's own, on a unix socket in a temp folder."""

    def __init__(self) -> None:
        from tests.pg_fixture import _pg_bin

        self.bindir = _pg_bin()
        self.as_postgres = os.geteuid() == 0
        self.base = tempfile.mkdtemp(prefix="finder-pg-own-")
        os.chmod(self.base, 0o777)
        self.data, self.sock = os.path.join(self.base, "data"), os.path.join(self.base, "sock")
        os.mkdir(self.sock)
        os.chmod(self.sock, 0o777)
        from tests.pg_fixture import _socket_port

        self.port = _socket_port()
        self._run("initdb", "-D", self.data, "-U", "postgres", "-A", "trust", "--no-sync", "-E", "UTF8")
        self.start()
        import psycopg

        with psycopg.connect(
            host=self.sock, port=self.port, user="postgres", dbname="postgres", autocommit=True
        ) as c:
            c.execute('CREATE DATABASE "own"')
        self.url = f"postgresql+psycopg://postgres@/own?host={self.sock}&port={self.port}"

    def _run(self, tool: str, *args: str) -> None:
        cmd = [f"{self.bindir}/{tool}", *args]
        if self.as_postgres:
            cmd = ["runuser", "-u", "postgres", "--", *cmd]
        subprocess.run(cmd, check=True, capture_output=True, timeout=120)

    def start(self) -> None:
        self._run(
            "pg_ctl",
            "-D",
            self.data,
            "-w",
            "-l",
            os.path.join(self.base, "log"),
            "-o",
            f"-k {self.sock} -p {self.port} -c listen_addresses='' -c fsync=off",
            "start",
        )

    def stop(self) -> None:
        self._run("pg_ctl", "-D", self.data, "-w", "-m", "fast", "stop")

    def remove(self) -> None:
        try:
            self._run("pg_ctl", "-D", self.data, "-m", "immediate", "stop")
        except subprocess.CalledProcessError:
            pass  # already stopped
        shutil.rmtree(self.base, ignore_errors=True)


@pytest.fixture
def own_pg(pg_server):
    """A cluster this test may stop (pg_ctl stop) and start again; needs what pg_server needs."""
    cluster = Cluster()
    yield cluster
    cluster.remove()
