"""Issue 34 (agency): a shortlist name typed by a case manager never lands in a colleague's list.

alice has a private `Case A-7781`; bob has a shared `case a-7781` (names are unique per owner,
ignoring case, so both may exist). What alice types resolves to her own list first; a name that
matches lists of several other people is refused in one line, never resolved silently.
"""

from __future__ import annotations

import pytest

from finder.errors import UserError
from finder.services import shortlists as sl
from finder.services.importing import import_file
from tests.agency.conftest import FIXTURES
from tests.agency.test_security_roles import _open, _sql, agency  # noqa: F401 (fixture)

NOTE = "client prefers a woman counsellor"


@pytest.fixture
def two_lists(agency):  # noqa: F811
    db = _open(agency, "alice")
    try:
        import_file(db, FIXTURES / "directory_sample.csv", backup=False)
        with _sql(agency, "alice") as c:
            pid = c.execute("SELECT min(id) FROM programs").fetchone()[0]
        sl.create_shortlist(db, "Case A-7781", private=True)
        sl.add_programs(db, "Case A-7781", [pid])
    finally:
        db.dispose()
    db = _open(agency, "bob")
    try:
        sl.create_shortlist(db, "case a-7781")
        sl.add_programs(db, "case a-7781", [pid])
    finally:
        db.dispose()
    return agency, pid


def test_a_name_differing_in_case_resolves_to_your_own_list(two_lists):
    url, pid = two_lists
    db = _open(url, "alice")
    try:
        sl.set_note(db, "case a-7781", pid, NOTE)  # lower case, as bob spelled his
        assert sl.get_shortlist(db, "case a-7781").owner == "alice"
    finally:
        db.dispose()
    with _sql(url, "bob") as c:  # nothing of alice's note reached bob's shared list
        assert c.execute("SELECT count(*) FROM shortlist_items WHERE note = %s", (NOTE,)).fetchone() == (0,)
    with _sql(url, "alice") as c:
        assert c.execute(
            "SELECT s.owner, s.shared FROM shortlist_items i JOIN shortlists s "
            "ON s.id = i.shortlist_id WHERE i.note = %s",
            (NOTE,),
        ).fetchall() == [("alice", False)]


def test_a_name_shared_by_several_others_is_refused_in_one_line(two_lists):
    url, pid = two_lists
    db = _open(url, "alice")  # alice shares hers: dana now sees two lists of that name
    try:
        sl.set_shared(db, "Case A-7781", True)
    finally:
        db.dispose()
    from finder.cli import main

    assert main(["--db", url, "db", "add-user", "dana"]) == 0  # roles are the cluster's
    db = _open(url, "dana")
    try:
        for typed in ("Case A-7781", "case a-7781"):  # even the exact spelling of one of them
            with pytest.raises(UserError) as err:
                sl.set_note(db, typed, pid, NOTE)
            text = str(err.value)
            assert "\n" not in text and "several shared shortlists" in text
            assert "alice" in text and "bob" in text
    finally:
        db.dispose()
        assert main(["--db", url, "db", "remove-user", "dana"]) == 0
    with _sql(url, "alice") as c:
        assert c.execute("SELECT count(*) FROM shortlist_items WHERE note = %s", (NOTE,)).fetchone() == (0,)
