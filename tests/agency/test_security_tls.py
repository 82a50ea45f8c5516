"""Verified TLS by default on TCP (loopback too); sslmode=disable works and warns; sockets need none.

A cluster of this module's own with ssl=on, listening on 127.0.0.1 with a self-signed
certificate for 127.0.0.1 made here with openssl.
"""

from __future__ import annotations

import os
import shutil
import subprocess

import pytest

from finder.cli import main
from finder.services.opening import open_database


def _loopback_port() -> int:
    from tests.pg_fixture import _socket_port  # a random port; the server listens on 127.0.0.1 only

    return _socket_port()


@pytest.fixture(scope="module")
def tls_server(pg_server, tmp_path_factory):
    from tests.agency.conftest import Cluster

    if shutil.which("openssl") is None:
        pytest.skip("openssl is not installed")
    certs = tmp_path_factory.mktemp("certs")
    cert, key = certs / "server.crt", certs / "server.key"
    subprocess.run(
        [
            "openssl",
            "req",
            "-x509",
            "-newkey",
            "rsa:2048",
            "-nodes",
            "-days",
            "2",
            "-subj",
            "/CN=127.0.0.1",
            "-addext",
            "subjectAltName=IP:127.0.0.1",
            "-keyout",
            str(key),
            "-out",
            str(cert),
        ],
        check=True,
        capture_output=True,
        timeout=60,
    )
    cluster = Cluster()
    cluster.stop()
    for f in (cert, key):  # the server reads them from its own folder, the key its owner's alone
        shutil.copy(f, os.path.join(cluster.data, f.name))
        if cluster.as_postgres:
            shutil.chown(os.path.join(cluster.data, f.name), "postgres", "postgres")
        os.chmod(os.path.join(cluster.data, f.name), 0o600)
    port = _loopback_port()
    cluster._run(
        "pg_ctl",
        "-D",
        cluster.data,
        "-w",
        "-l",
        os.path.join(cluster.base, "log"),
        "-o",
        f"-k {cluster.sock} -p {port} -c listen_addresses=127.0.0.1 -c fsync=off -c ssl=on "
        "-c ssl_cert_file=server.crt -c ssl_key_file=server.key",
        "start",
    )
    yield cluster, port, cert
    cluster.remove()


def _tcp_url(port: int, query: str = "") -> str:
    return f"postgresql+psycopg://postgres@127.0.0.1:{port}/own{query}"


def _encrypted(db) -> bool:
    with db.engine.connect() as conn:
        return bool(conn.exec_driver_sql("SELECT ssl FROM pg_stat_ssl WHERE pid = pg_backend_pid()").scalar())


def test_tcp_without_a_certificate_to_check_is_refused_in_one_line(tls_server, capsys):
    _cluster, port, _cert = tls_server
    code = main(["--db", _tcp_url(port), "shortlist", "list"])
    err = capsys.readouterr().err
    assert code == 2 and err.count("\n") == 1 and "Traceback" not in err
    assert "cannot verify the database server 127.0.0.1" in err and "sslrootcert=" in err


def test_a_certificate_that_does_not_verify_is_refused(tls_server, tmp_path, capsys):
    _cluster, port, _cert = tls_server
    other = tmp_path / "other.crt"
    subprocess.run(
        [
            "openssl",
            "req",
            "-x509",
            "-newkey",
            "rsa:2048",
            "-nodes",
            "-days",
            "2",
            "-subj",
            "/CN=someone-else",
            "-keyout",
            str(tmp_path / "k"),
            "-out",
            str(other),
        ],
        check=True,
        capture_output=True,
        timeout=60,
    )
    code = main(["--db", _tcp_url(port, f"?sslrootcert={other}"), "shortlist", "list"])
    err = capsys.readouterr().err
    assert code == 2 and err.count("\n") == 1 and "could not be verified" in err


def test_the_name_on_the_certificate_must_match(tls_server, capsys):
    _cluster, port, cert = tls_server
    # reached at 127.0.0.1 (hostaddr) but asked for as db.example (no name lookup in tests)
    url = f"postgresql+psycopg://postgres@db.example:{port}/own?hostaddr=127.0.0.1&sslrootcert={cert}"
    code = main(["--db", url, "shortlist", "list"])
    err = capsys.readouterr().err
    assert code == 2 and err.count("\n") == 1 and "certificate for 127.0.0.1" in err


def test_with_the_certificate_the_connection_is_verified_and_encrypted(tls_server, capsys):
    _cluster, port, cert = tls_server
    db = open_database(_tcp_url(port, f"?sslrootcert={cert}"), seed=False)
    try:
        assert _encrypted(db)
    finally:
        db.dispose()
    assert "warning" not in capsys.readouterr().err


def test_sslmode_disable_works_and_warns_once(tls_server, capsys):
    _cluster, port, _cert = tls_server
    url = _tcp_url(port, "?sslmode=disable")
    for _ in range(2):
        db = open_database(url, seed=False)
        try:
            assert not _encrypted(db)
        finally:
            db.dispose()
    err = capsys.readouterr().err
    assert err.count("sslmode=disable") == 1 and "unencrypted" in err


def test_a_unix_socket_needs_no_tls(tls_server, capsys):
    cluster, port, _cert = tls_server
    db = open_database(f"postgresql+psycopg://postgres@/own?host={cluster.sock}&port={port}", seed=False)
    try:
        assert not _encrypted(db)
    finally:
        db.dispose()
    assert capsys.readouterr().err == ""


def test_a_password_in_the_url_is_refused(capsys):
    code = main(["--db", "postgresql://casey:secret@dbserver/finder", "shortlist", "list"])
    err = capsys.readouterr().err
    assert code == 2 and "~/.pgpass" in err and "secret" not in err
