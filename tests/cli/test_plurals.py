"""Count lines read right for one and for many, in the CLI and in the window's sentences."""

from __future__ import annotations

import pytest
from sqlalchemy import text

from finder.cli import main
from finder.texts import n_


@pytest.mark.parametrize(("n", "words"), [(0, "0 programs"), (1, "1 program"), (2, "2 programs")])
def test_plural(n, words):
    assert n_("%n program", "%n programs", n) == words


@pytest.fixture
def db_path(sample_db, tmp_path):
    return str(tmp_path / "directory.db")  # the file sample_db loaded


def test_search_table_says_1_program(db_path, capsys):
    assert main(["--db", db_path, "search", "--near", "92660", "--text", "Ocean Recovery"]) == 0
    out = capsys.readouterr().out
    assert "\n1 program within 25 mi of Newport Beach, CA" in out
    assert "1 programs" not in out


def test_search_table_says_1_matching_program_has_no_location(sample_db, db_path, capsys):
    with sample_db.engine.begin() as conn:
        conn.execute(
            text("UPDATE programs SET latitude=NULL, longitude=NULL, location_precision=NULL WHERE id = 54")
        )
    assert main(["--db", db_path, "search", "--near", "92660", "--text", "Ocean Recovery"]) == 0
    out = capsys.readouterr().out
    assert "0 programs within 25 mi" in out and "1 matching program has no location" in out


def test_cli_shows_old_style_phones_in_the_one_style(sample_db, db_path, capsys):
    with sample_db.engine.begin() as conn:
        conn.execute(text("UPDATE programs SET phone='(562) 273-0799 ext. 12' WHERE id = 54"))
    assert main(["--db", db_path, "search", "--near", "92660", "--text", "Ocean Recovery"]) == 0
    assert "562-273-0799 ext. 12" in capsys.readouterr().out
    assert main(["--db", db_path, "show", "54", "--history", "0"]) == 0
    out = capsys.readouterr().out
    assert "Phone: 562-273-0799 ext. 12" in out and "(562)" not in out


def test_window_sentences_for_one_program():
    from types import SimpleNamespace

    from finder.services.search import SearchCriteria
    from finder.ui import result_texts

    origin = SimpleNamespace(label="Newport Beach, CA 92660", query="92660")
    row = SimpleNamespace(location_precision="exact")
    one = SimpleNamespace(
        origin=origin, criteria=SearchCriteria(), total=1, unlocated_skipped=1, results=[row]
    )
    assert result_texts.count_line(one).startswith("1 program within 25 mi of Newport Beach, CA 92660")
    empty = SimpleNamespace(
        origin=origin, criteria=SearchCriteria(), total=0, unlocated_skipped=1, results=[]
    )
    outcome = SimpleNamespace(result=empty, without_filters=None, wider_radius=50.0, wider_total=1)
    words = result_texts.empty_text(outcome)
    assert "finds 1 program." in words
    assert "1 program matches but has no location, so a distance search cannot include it." in words
    facts = SimpleNamespace(as_of="", total=1, zip_only=0, unlocated=0, source="")
    assert result_texts.directory_line(facts) == "Directory · 1 program"


def test_start_state_count_line_is_not_the_hint_again():
    from finder.ui import result_texts

    assert result_texts.START_COUNT and result_texts.START_COUNT != result_texts.START_TEXT
    assert len(result_texts.START_COUNT) < 30
