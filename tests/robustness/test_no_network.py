"""Without online lookup switched on, the app never touches the network (PRODUCT.md: works offline)."""

from __future__ import annotations

import os
import socket
import subprocess
import sys
import textwrap

import pytest

from finder.services.importing import import_file
from finder.services.origins import resolve_offline
from finder.services.search import SearchCriteria, search_programs
from tests.conftest import FIXTURES
from tests.robustness.conftest import write_directory_csv


def test_sockets_really_are_blocked_in_tests():
    with pytest.raises(Exception, match="(?i)socket"):
        socket.socket(socket.AF_INET, socket.SOCK_STREAM)


def test_search_and_import_make_no_network_call(empty_db, tmp_path, monkeypatch):
    calls = []

    def record(name):
        def blocked(*args, **kwargs):
            calls.append((name, args[:1]))
            raise OSError(f"network call {name} in an offline path")

        return blocked

    # name lookups do not go through socket.socket, so pytest-socket alone would not see them
    for name in ("getaddrinfo", "gethostbyname", "create_connection"):
        monkeypatch.setattr(socket, name, record(name))
    import_file(empty_db, FIXTURES / "directory_sample.csv", backup=True)
    import_file(empty_db, write_directory_csv(tmp_path / "more.csv", 50), backup=True)
    for q in ("92660", "Newport Beach, CA", "33.6,-117.9"):
        search_programs(empty_db, resolve_offline(q), SearchCriteria(radius_miles=50, types=["addiction"]))
    assert calls == []


BLOCKER = textwrap.dedent("""
    import socket, sys
    def _no(*a, **k):
        raise SystemExit("NETWORK CALL: " + repr(a[:1]))
    socket.socket.connect = _no
    socket.getaddrinfo = socket.create_connection = socket.gethostbyname = _no
    sys.argv = ["finder", *sys.argv[1:]]
    from finder.cli import main
    sys.exit(main())
""")


def test_the_command_line_stays_offline(tmp_path):
    env = {**os.environ, "FINDER_NO_SEED": "1"}
    db = str(tmp_path / "d.db")
    for args in (
        ["import", str(FIXTURES / "directory_sample.csv")],
        ["search", "--near", "Irvine, CA"],
        ["search", "--near", "92660", "--format", "json"],
    ):
        proc = subprocess.run(
            [sys.executable, "-c", BLOCKER, "--db", db, *args],
            capture_output=True,
            text=True,
            env=env,
            timeout=120,
            check=False,
        )
        assert "NETWORK CALL" not in proc.stderr
        assert proc.returncode == 0, proc.stderr[-800:]
