"""A damaged directory file is refused with a way out, and `finder backup restore 1` takes it."""

from pathlib import Path

from tests.cli.test_cli_search import FIXTURE, finder


def test_restore_over_a_damaged_file(tmp_path):
    db = tmp_path / "d.db"
    assert finder(db, "import", FIXTURE).returncode == 0
    good = finder(db, "search", "--near", "92660", "--format", "json").stdout
    assert finder(db, "backup", "create").returncode == 0
    db.write_bytes(b"this is not a database any more" * 100)

    refused = finder(db, "search", "--near", "92660")
    assert refused.returncode == 2 and "finder backup restore 1" in refused.stderr

    listed = finder(db, "backup", "list")
    assert listed.returncode == 0 and listed.stdout.startswith("1\t")
    restored = finder(db, "backup", "restore", "1")
    assert restored.returncode == 0, restored.stderr
    assert finder(db, "search", "--near", "92660", "--format", "json").stdout == good
    kept = [p for p in Path(tmp_path).iterdir() if ".damaged-" in p.name]
    assert len(kept) == 1 and kept[0].read_bytes().startswith(b"this is not")
