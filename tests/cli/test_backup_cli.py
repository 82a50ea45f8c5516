"""`finder backup list | create | restore N`."""

import re

from finder.cli import main
from tests.services.test_import_formats import PR, SAMPLE


def test_list_create_restore(tmp_path, capsys):
    db = str(tmp_path / "d.db")
    assert main(["--db", db, "import", str(SAMPLE)]) == 0
    assert main(["--db", db, "backup", "list"]) == 0
    capsys.readouterr()
    assert main(["--db", db, "backup", "create"]) == 0
    assert main(["--db", db, "import", str(PR)]) == 0  # backs up first
    capsys.readouterr()
    assert main(["--db", db, "backup", "list"]) == 0
    lines = capsys.readouterr().out.splitlines()
    assert len(lines) == 3  # before the first import, by hand, before the second import
    assert all(re.match(r"^\d+\t\d{4}-\d\d-\d\d \d\d:\d\d:\d\d\t\d+(\.\d)? [km]B\t", ln) for ln in lines)
    assert lines[0].startswith("1\t") and lines[0].split("\t")[1] >= lines[1].split("\t")[1]
    assert main(["--db", db, "backup", "restore", "1"]) == 0
    capsys.readouterr()
    assert main(["--db", db, "search", "--near", "00918", "--radius", "5", "--format", "csv"]) == 0
    assert "Clínica" not in capsys.readouterr().out
    assert main(["--db", db, "backup", "restore", "9"]) == 2
    assert "no backup 9" in capsys.readouterr().err
