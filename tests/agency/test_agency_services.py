"""The same service behaviours on SQLite and on PostgreSQL (the `any_db` fixtures)."""

from __future__ import annotations

import pytest

from finder.errors import UserError
from finder.services import shortlists as sl
from finder.services.checklists import AnswerChange, get_checklist, record_answers
from finder.services.conflicts import AnswerConflict, EditConflict
from finder.services.directory import get_program
from finder.services.editing import edit_program, mark_verified
from finder.services.history import program_history
from finder.services.importing import import_file
from finder.services.origins import resolve_origin
from finder.services.search import SearchCriteria, search_programs
from tests.agency.conftest import FIXTURES


def _first(db) -> int:
    return search_programs(db, resolve_origin("92660"), SearchCriteria(radius_miles=25)).results[0].id


def test_search_matches_the_sqlite_reference(any_sample_db, sample_db):
    origin = resolve_origin("Newport Beach, CA")
    crit = {"radius_miles": 40, "types": ["addiction"], "payments": ["medicaid", "private"], "text": ""}
    got = search_programs(any_sample_db, origin, SearchCriteria(**crit))
    ref = search_programs(sample_db, origin, SearchCriteria(**crit))
    assert got.total == ref.total > 0 and got.unlocated_skipped == ref.unlocated_skipped
    assert [(r.name, round(r.distance_miles, 3)) for r in got.results] == [
        (r.name, round(r.distance_miles, 3)) for r in ref.results
    ]


def test_reimport_changes_nothing_and_keeps_hand_edits(any_sample_db, as_user):
    pid = _first(any_sample_db)
    edit_program(any_sample_db, pid, {"phone": "949-555-0100"})
    again = import_file(any_sample_db, FIXTURES / "directory_sample.csv", backup=False)
    assert (again.added, again.updated) == (0, 0)
    assert get_program(any_sample_db, pid).phone == "949-555-0100"


def test_edits_record_who_and_when(any_sample_db, as_user):
    pid = _first(any_sample_db)
    old_city = get_program(any_sample_db, pid).city
    edit_program(any_sample_db, pid, {"city": "Irvine", "phone": "949-555-0100"})
    as_user("bob")
    mark_verified(any_sample_db, pid)
    rows = program_history(any_sample_db, pid)
    by_field = {r.field: r for r in rows}
    assert (by_field["city"].old_value, by_field["city"].new_value, by_field["city"].who) == (
        old_city,
        "Irvine",
        "alice",
    )
    assert by_field["phone"].new_value == "949-555-0100"
    assert by_field["verified_by"].who == "bob" and by_field["verified_by"].new_value == "bob"
    assert rows[0].at >= rows[-1].at and rows[0].field.startswith("verified")


def test_second_save_of_the_same_field_is_refused_with_their_value(any_sample_db, as_user):
    pid = _first(any_sample_db)
    loaded = get_program(any_sample_db, pid).version
    edit_program(any_sample_db, pid, {"phone": "949-555-0101"}, expected_version=loaded)
    as_user("bob")
    with pytest.raises(EditConflict) as err:
        edit_program(any_sample_db, pid, {"phone": "949-555-0199"}, expected_version=loaded)
    msg = str(err.value)
    assert "alice" in msg and "Phone" in msg and "949-555-0101" in msg and "\n" not in msg
    assert isinstance(err.value, UserError)
    assert get_program(any_sample_db, pid).phone == "949-555-0101"
    # bob chooses "overwrite with mine": the version the conflict reported
    edit_program(any_sample_db, pid, {"phone": "949-555-0199"}, expected_version=err.value.current_version)
    assert get_program(any_sample_db, pid).phone == "949-555-0199"


def test_changes_to_other_fields_are_merged(any_sample_db, as_user):
    pid = _first(any_sample_db)
    loaded = get_program(any_sample_db, pid).version
    edit_program(any_sample_db, pid, {"phone": "949-555-0101"}, expected_version=loaded)
    as_user("bob")
    p = edit_program(any_sample_db, pid, {"website": "https://example.org"}, expected_version=loaded)
    assert (p.phone, p.website) == ("949-555-0101", "https://example.org")


def _shortlisted(db, pid, name="Case 7"):
    sl.create_shortlist(db, name)
    sl.add_programs(db, name, [pid])
    return name


def test_answers_record_who_and_when_and_appear_in_history(any_sample_db, as_user):
    pid = _first(any_sample_db)
    name = _shortlisted(any_sample_db, pid)
    cl = record_answers(any_sample_db, pid, name, [AnswerChange("fit-similar-issues", "yes", "18 and up")])
    a = cl.answer("fit-similar-issues")
    assert (a.answer, a.note, a.answered_by, a.version) == ("yes", "18 and up", "alice", 1)
    assert a.answered_at is not None
    hist = [r for r in program_history(any_sample_db, pid) if r.entity == "answer"]
    assert {(r.field, r.new_value, r.who, r.shortlist) for r in hist} == {
        ("answer", "yes", "alice", name),
        ("note", "written", "alice", name),
    }


def test_answer_changed_underneath_is_a_conflict_naming_question_person_and_value(any_sample_db, as_user):
    pid = _first(any_sample_db)
    name = _shortlisted(any_sample_db, pid)
    base = get_checklist(any_sample_db, pid, name).answer("fit-similar-issues").version  # both open it at 0
    record_answers(
        any_sample_db,
        pid,
        name,
        [AnswerChange("fit-similar-issues", "yes", "adults only", base_version=base)],
    )
    as_user("bob")
    with pytest.raises(AnswerConflict) as err:
        record_answers(
            any_sample_db,
            pid,
            name,
            [
                AnswerChange("fit-similar-issues", "no", base_version=base),
                AnswerChange("cost-payment-help", "yes", base_version=0),
            ],
        )
    msg = str(err.value)
    assert "alice" in msg and "'yes'" in msg and "adults only" in msg
    assert "treated" in msg.lower()  # the question's text
    cl = get_checklist(any_sample_db, pid, name)
    assert cl.answer("fit-similar-issues").answer == "yes"
    assert cl.answer("cost-payment-help").answer == "not-asked"  # all or nothing
    # "overwrite with mine"
    v = err.value.versions["fit-similar-issues"]
    cl = record_answers(
        any_sample_db,
        pid,
        name,
        [
            AnswerChange("fit-similar-issues", "no", base_version=v),
            AnswerChange("cost-payment-help", "yes", base_version=0),
        ],
    )
    assert (cl.answer("fit-similar-issues").answer, cl.answer("fit-similar-issues").answered_by) == (
        "no",
        "bob",
    )


def test_same_answer_from_both_is_not_a_conflict(any_sample_db, as_user):
    pid = _first(any_sample_db)
    name = _shortlisted(any_sample_db, pid)
    record_answers(any_sample_db, pid, name, [AnswerChange("fit-similar-issues", "yes", base_version=0)])
    as_user("bob")
    cl = record_answers(any_sample_db, pid, name, [AnswerChange("fit-similar-issues", "yes", base_version=0)])
    assert cl.answer("fit-similar-issues").answered_by == "alice"  # nothing changed: who and when kept


def test_private_shortlists_are_their_owners_only(any_sample_db, backend, as_user):
    pid = _first(any_sample_db)
    sl.create_shortlist(any_sample_db, "Case 1 private", private=True)
    sl.create_shortlist(any_sample_db, "Case 2 shared")
    sl.add_programs(any_sample_db, "Case 1 private", [pid])
    mine = {s.name: (s.owner, s.shared) for s in sl.list_shortlists(any_sample_db)}
    assert mine == {"Case 1 private": ("alice", False), "Case 2 shared": ("alice", True)}
    as_user("bob")
    assert [s.name for s in sl.list_shortlists(any_sample_db)] == ["Case 2 shared"]
    # on a shared directory someone else's private shortlist is not even named as existing
    hidden = "no shortlist named 'Case 1 private'" if backend == "postgresql" else "private to alice"
    for attempt in (
        lambda: sl.get_shortlist(any_sample_db, "Case 1 private"),
        lambda: sl.add_programs(any_sample_db, "Case 1 private", [pid]),
        lambda: get_checklist(any_sample_db, pid, "Case 1 private"),
        lambda: sl.delete_shortlist(any_sample_db, "Case 1 private"),
        lambda: sl.set_shared(any_sample_db, "Case 1 private", True),
    ):
        with pytest.raises(UserError, match=hidden) as err:
            attempt()
        assert backend == "sqlite" or "alice" not in str(err.value)
    if backend == "postgresql":  # names are unique per owner there: bob's own "case 1 PRIVATE"
        assert sl.create_shortlist(any_sample_db, "case 1 PRIVATE").owner == "bob"
        sl.delete_shortlist(any_sample_db, "case 1 PRIVATE")
    else:
        with pytest.raises(UserError, match="already exists"):
            sl.create_shortlist(any_sample_db, "case 1 PRIVATE")
    sl.add_programs(any_sample_db, "Case 2 shared", [pid])  # shared: anyone may use it
    as_user("alice")
    sl.set_shared(any_sample_db, "Case 1 private", True)
    as_user("bob")
    assert sl.get_shortlist(any_sample_db, "Case 1 private").owner == "alice"


def test_answer_history_of_private_lists_is_hidden_and_goes_with_the_list(any_sample_db, as_user):
    pid = _first(any_sample_db)
    sl.create_shortlist(any_sample_db, "Case 9", private=True)
    sl.add_programs(any_sample_db, "Case 9", [pid])
    record_answers(any_sample_db, pid, "Case 9", [AnswerChange("fit-similar-issues", "yes", "private note")])
    assert any(r.entity == "answer" for r in program_history(any_sample_db, pid))
    as_user("bob")
    assert not any(r.entity == "answer" for r in program_history(any_sample_db, pid))
    as_user("alice")
    sl.delete_shortlist(any_sample_db, "Case 9")
    assert not any(r.entity == "answer" for r in program_history(any_sample_db, pid))
