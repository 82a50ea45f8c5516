"""Issue 34 (agency): TLS is decided on the connection libpq makes, not on the URL's text.

A URL with no host reached the server over TCP through $PGHOSTADDR or a `service=` entry of a
pg_service.conf with no TLS demanded and no warning; `sslmode=require` and `verify-ca` were
accepted silently. Now verify-full is asked for unless the URL names a mode, and a connection
over TCP that is weaker than verify-full warns once, in words.
"""

from __future__ import annotations

import subprocess

import pytest

from finder.services.opening import open_database
from tests.agency.test_security_tls import _encrypted, tls_server  # noqa: F401 (fixture)


@pytest.fixture
def other_ca(tmp_path):
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
    return other


def _refused_unverified(url: str, capsys) -> None:
    from finder.cli import main

    code = main(["--db", url, "shortlist", "list"])
    err = capsys.readouterr().err
    assert code == 2 and err.count("\n") == 1 and "could not be verified" in err, err


def test_pghostaddr_is_tcp_and_gets_verified(tls_server, other_ca, monkeypatch, capsys):  # noqa: F811
    _cluster, port, _cert = tls_server
    monkeypatch.setenv("PGHOSTADDR", "127.0.0.1")
    _refused_unverified(f"postgresql+psycopg://postgres@/own?port={port}&sslrootcert={other_ca}", capsys)


def test_a_service_entry_is_tcp_and_gets_verified(tls_server, other_ca, tmp_path, monkeypatch, capsys):  # noqa: F811
    _cluster, port, _cert = tls_server
    conf = tmp_path / "pg_service.conf"
    conf.write_text(f"[finder]\nhost=127.0.0.1\nport={port}\ndbname=own\nuser=postgres\nsslmode=prefer\n")
    monkeypatch.setenv("PGSERVICEFILE", str(conf))
    _refused_unverified(f"postgresql+psycopg://postgres@/own?service=finder&sslrootcert={other_ca}", capsys)


@pytest.mark.parametrize(
    ("mode", "words"),
    [
        ("require", "does not check the server's certificate"),
        ("verify-ca", "does not check that the certificate is for"),
    ],
)
def test_weaker_modes_work_and_warn_once_in_words(tls_server, mode, words, capsys):  # noqa: F811
    _cluster, port, cert = tls_server
    url = f"postgresql+psycopg://postgres@127.0.0.1:{port}/own?sslmode={mode}&sslrootcert={cert}"
    for _ in range(2):
        db = open_database(url, seed=False)
        try:
            assert _encrypted(db)
        finally:
            db.dispose()
    err = capsys.readouterr().err
    assert err.count(f"sslmode={mode}") == 1 and words in err and "127.0.0.1" in err
