"""Issue 34 (agency): a password in a database URL's query (`?password=`) is refused like one in
its authority, everywhere a URL enters: --db, $FINDER_DB, `finder config set database`, the
Preferences check, opening a directory; and what the app writes (pending answers) never keeps one.
"""

from __future__ import annotations

import pytest

from finder.cli import main
from finder.errors import UserError
from finder.settings import settings_file

URLS = [
    "postgresql://casey@dbserver/finder?password=hunter2",
    "postgresql+psycopg://casey@dbserver/finder?sslmode=verify-full&PASSWORD=hunter2",
    "postgresql://casey@dbserver/finder?pass%77ord=hunter2",
]  # %77 is 'w'


@pytest.mark.parametrize("url", URLS)
def test_the_command_line_and_the_environment_refuse_it(url, monkeypatch, capsys):
    assert main(["--db", url, "shortlist", "list"]) == 2
    err = capsys.readouterr().err
    assert "~/.pgpass" in err and "hunter2" not in err and err.count("\n") == 1
    monkeypatch.setenv("FINDER_DB", url)
    assert main(["shortlist", "list"]) == 2
    err = capsys.readouterr().err
    assert "~/.pgpass" in err and "hunter2" not in err


@pytest.mark.parametrize("url", URLS)
def test_the_settings_file_never_stores_it(url, capsys):
    assert main(["config", "set", "database", url]) == 2
    assert "~/.pgpass" in capsys.readouterr().err
    assert not settings_file().exists() or "hunter2" not in settings_file().read_text()


@pytest.mark.parametrize("url", URLS)
def test_opening_a_directory_refuses_it(url):
    from finder.services.opening import open_database

    with pytest.raises(UserError, match="pgpass"):
        open_database(url, seed=False)


def test_files_the_app_writes_keep_no_password():
    from finder.services.checklists import AnswerChange
    from finder.services.pending_answers import save_pending

    path = save_pending(URLS[0], "Case 1", 7, [AnswerChange("fit-similar-issues", "yes", "")])
    assert "hunter2" not in path.read_text() and "dbserver" in path.read_text()
