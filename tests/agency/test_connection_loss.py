"""The server going away mid-work: one clear line, nothing typed is lost, saved once it is back."""

from __future__ import annotations

import pytest

from finder.cli import main
from finder.services import shortlists as sl
from finder.services.checklists import AnswerChange, get_checklist, record_answers
from finder.services.editing import add_program
from finder.services.opening import open_database
from finder.services.pending_answers import pending_path
from finder.texts.connection import connection_problem

pytestmark = pytest.mark.qt_log_ignore("does not support propagateSizeHints")


@pytest.fixture
def served(own_pg, as_user):
    db = open_database(own_pg.url, seed=False)
    pid = add_program(db, {"name": "Harbor Path IOP", "zip": "92660", "types": ["addiction"]}).id
    sl.create_shortlist(db, "Case 5")
    sl.add_programs(db, "Case 5", [pid])
    yield own_pg, db, pid
    db.dispose()


def test_a_save_while_the_server_is_down_fails_with_one_line_then_works_again(served, capsys):
    cluster, db, pid = served
    cluster.stop()
    with pytest.raises(Exception) as err:
        record_answers(db, pid, "Case 5", [AnswerChange("fit-similar-issues", "yes")])
    line = connection_problem(err.value, db.url)
    assert line and "\n" not in line and "database server" in line
    assert main(["--db", cluster.url, "shortlist", "list"]) == 2
    out = capsys.readouterr()
    assert out.out == "" and out.err.count("\n") == 1 and "Traceback" not in out.err
    assert out.err.startswith("finder: cannot reach the database server")
    cluster.start()
    cl = record_answers(db, pid, "Case 5", [AnswerChange("fit-similar-issues", "yes")])  # the pool reconnects
    assert cl.answer("fit-similar-issues").answer == "yes"


def test_missing_database_and_closed_socket_are_named(pg_server, tmp_path, capsys):
    url = pg_server()
    missing = url.replace("/t_", "/nosuch_")
    assert main(["--db", missing, "shortlist", "list"]) == 2
    assert "has no such database" in capsys.readouterr().err
    closed = f"postgresql+psycopg://me@/finder?host={tmp_path}&port=5999"
    assert main(["--db", closed, "search", "--near", "92660"]) == 2
    err = capsys.readouterr().err
    assert err.count("\n") == 1 and "cannot reach" in err
    # a password in the URL is refused before anything connects, and not repeated back
    assert main(["--db", closed.replace("me@", "me:secret@"), "search", "--near", "92660"]) == 2
    err = capsys.readouterr().err
    assert err.count("\n") == 1 and ".pgpass" in err and "secret" not in err


def test_checklist_dialog_keeps_answers_until_the_server_is_back(served, qtbot, monkeypatch):
    from finder.ui import checklist_dialog

    cluster, db, pid = served
    monkeypatch.setattr(checklist_dialog, "RETRY_MS", 200)
    d = checklist_dialog.ChecklistDialog(db, "Case 5", pid)
    qtbot.addWidget(d)
    qtbot.waitUntil(d.is_loaded, timeout=10_000)  # read off the GUI thread
    cluster.stop()
    d.rows["fit-similar-issues"].buttons["yes"].click()
    d.rows["fit-similar-issues"].note.setText("18 and over")
    d.rows["fit-similar-issues"].note.textEdited.emit("18 and over")
    assert d.save_now() is False
    qtbot.waitUntil(lambda: "Not saved" in d.status.text(), timeout=15_000)  # tried off the GUI thread
    assert "Not saved" in d.status.text() and "kept" in d.status.text()
    assert d.has_unsaved() and pending_path(db.url, "Case 5", pid).exists()
    assert d.rows["fit-similar-issues"].answer() == "yes"
    cluster.start()
    qtbot.waitUntil(lambda: not d.has_unsaved(), timeout=15_000)  # the retry timer saves it
    a = get_checklist(db, pid, "Case 5").answer("fit-similar-issues")
    # the server records its login (this cluster's owner, postgres), whatever $FINDER_USER says
    assert (a.answer, a.note, a.answered_by) == ("yes", "18 and over", "postgres")
    assert not pending_path(db.url, "Case 5", pid).exists()
    d.close()


def test_answers_left_unsaved_at_closing_are_restored_and_saved_next_time(served, qtbot):
    from finder.ui.checklist_dialog import ChecklistDialog

    cluster, db, pid = served
    d = ChecklistDialog(db, "Case 5", pid)
    qtbot.addWidget(d)
    qtbot.waitUntil(d.is_loaded, timeout=10_000)
    cluster.stop()
    d.rows["cost-insurance"].buttons["no"].click()
    d.close()  # the save on closing fails: the answer waits in the pending file
    qtbot.waitUntil(lambda: pending_path(db.url, "Case 5", pid).exists(), timeout=15_000)
    assert pending_path(db.url, "Case 5", pid).exists()
    cluster.start()
    again = ChecklistDialog(db, "Case 5", pid)
    qtbot.addWidget(again)
    qtbot.waitUntil(again.is_loaded, timeout=10_000)
    assert again.rows["cost-insurance"].answer() == "no"
    qtbot.waitUntil(lambda: not again.has_unsaved(), timeout=10_000)
    assert get_checklist(db, pid, "Case 5").answer("cost-insurance").answer == "no"
    assert not pending_path(db.url, "Case 5", pid).exists()
    again.close()
