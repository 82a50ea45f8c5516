"""The client's needs on SQLite and on PostgreSQL: they follow the shortlist's privacy (row-level
security on the server), and a colleague's call settles a need for everyone on a shared list."""

from __future__ import annotations

import pytest
from sqlalchemy import text

from finder.errors import UserError
from finder.services import calls, needs
from finder.services import shortlists as sl
from finder.services.origins import resolve_origin
from finder.services.search import SearchCriteria, search_programs
from finder.texts.compare import needs_count, needs_gap


def _first(db) -> int:
    return search_programs(db, resolve_origin("92660"), SearchCriteria(radius_miles=25)).results[0].id


def test_needs_of_a_private_shortlist_are_its_owners_alone(any_sample_db, backend, as_user):
    pid = _first(any_sample_db)
    sl.create_shortlist(any_sample_db, "Case 3", private=True, client_needs="medicaid,adolescents")
    sl.add_programs(any_sample_db, "Case 3", [pid])
    assert sl.get_shortlist(any_sample_db, "Case 3").needs == ("payments:medicaid", "populations:adolescents")
    as_user("bob")
    assert sl.list_shortlists(any_sample_db) == []
    with pytest.raises(UserError):
        sl.set_needs(any_sample_db, "Case 3", "iop")
    if backend == "postgresql":  # the server itself hides the row, needs and all
        with any_sample_db.engine.connect() as conn:
            assert conn.execute(text("SELECT needs FROM shortlists")).all() == []
    as_user("alice")
    assert sl.get_shortlist(any_sample_db, "Case 3").needs == ("payments:medicaid", "populations:adolescents")


def test_a_colleagues_call_settles_a_need_on_a_shared_list(any_sample_db, as_user):
    pid = _first(any_sample_db)
    sl.create_shortlist(any_sample_db, "Case 4", client_needs="evening")
    sl.add_programs(any_sample_db, "Case 4", [pid])
    assert needs.needs_met(any_sample_db, sl.get_shortlist(any_sample_db, "Case 4"))[pid].unknown == [
        "schedule:evening"
    ]
    as_user("bob")
    calls.log_call(
        any_sample_db, pid, shortlist="Case 4", outcome="reached", confirm={"schedule:evening": True}
    )
    sl.set_needs(any_sample_db, "Case 4", "evening,weekend")  # a shared list: anyone may change its needs
    as_user("alice")
    met = needs.needs_met(any_sample_db, sl.get_shortlist(any_sample_db, "Case 4"))[pid]
    assert (needs_count(met), needs_gap(met)) == ("1 of 2 needs", "Unknown: Weekend hours")
