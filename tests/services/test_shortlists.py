"""Shortlists: names are case references, unique; programs in order with distances; deletion is complete."""

import pytest
from sqlalchemy import func, select, text

from finder.db.models import ChecklistAnswer, Program, ShortlistItem
from finder.errors import UserError
from finder.services.checklists import AnswerChange, record_answers
from finder.services.origins import resolve_offline
from finder.services.shortlists import (
    add_programs,
    create_shortlist,
    delete_shortlist,
    get_shortlist,
    list_shortlists,
    remove_programs,
    set_note,
    set_origin,
)


@pytest.fixture
def ids(sample_db):
    with sample_db.Session() as s:
        near = s.scalars(select(Program.id).where(Program.zip == "92660").order_by(Program.id)).all()
        far = s.scalars(select(Program.id).where(Program.state == "IL").order_by(Program.id)).all()
    return near[:3] + far[:1]


def _count(db, model, **where):
    with db.Session() as s:
        q = select(func.count()).select_from(model)
        for k, v in where.items():
            q = q.where(getattr(model, k) == v)
        return s.scalar(q)


def test_create_and_list(sample_db, ids):
    info = create_shortlist(sample_db, "  Case   2291 ", origin=resolve_offline("92660"))
    assert info.name == "Case 2291" and info.has_origin and "92660" in info.origin_label
    assert add_programs(sample_db, "Case 2291", ids) == ids
    assert add_programs(sample_db, "case 2291", [ids[0]]) == []  # already there; lookup ignores case
    sl = get_shortlist(sample_db, "Case 2291")
    assert [p.program_id for p in sl.programs] == ids
    assert sl.programs[0].distance_miles < 5 and sl.programs[0].distance_label.startswith("≈")
    assert sl.programs[-1].distance_miles > 1000  # the Chicago one
    assert [s.name for s in list_shortlists(sample_db)] == ["Case 2291"]
    data = sl.as_json()
    assert data["origin"]["query"] == "92660" and data["programs"][0]["asked"] == 0


def test_duplicate_name_is_refused(sample_db):
    create_shortlist(sample_db, "Case 2291")
    with pytest.raises(UserError, match="already exists"):
        create_shortlist(sample_db, "CASE 2291")
    with pytest.raises(UserError, match="case reference"):
        create_shortlist(sample_db, "   ")


def test_no_origin_means_no_distance(sample_db, ids):
    create_shortlist(sample_db, "Case 7")
    add_programs(sample_db, "Case 7", ids[:1])
    entry = get_shortlist(sample_db, "Case 7").programs[0]
    assert entry.distance_miles is None and entry.distance_label == "—"
    set_origin(sample_db, "Case 7", resolve_offline("Chicago, IL"))
    assert get_shortlist(sample_db, "Case 7").programs[0].distance_miles > 1000


def test_unknown_things_are_clear_errors(sample_db, ids):
    with pytest.raises(UserError, match="no shortlist named 'Nope'"):
        add_programs(sample_db, "Nope", ids[:1])
    create_shortlist(sample_db, "Case 1")
    with pytest.raises(UserError, match="no program with id 999999"):
        add_programs(sample_db, "Case 1", [ids[0], 999999])
    assert get_shortlist(sample_db, "Case 1").programs == []  # all or nothing
    with pytest.raises(UserError, match="not on the shortlist"):
        remove_programs(sample_db, "Case 1", [ids[0]])
    with pytest.raises(UserError, match="not a program id"):
        add_programs(sample_db, "Case 1", ["abc"])


def test_note_per_program(sample_db, ids):
    create_shortlist(sample_db, "Case 1")
    add_programs(sample_db, "Case 1", ids[:2])
    set_note(sample_db, "Case 1", ids[1], "waitlist two weeks")
    notes = {p.program_id: p.note for p in get_shortlist(sample_db, "Case 1").programs}
    assert notes == {ids[0]: "", ids[1]: "waitlist two weeks"}


def test_remove_takes_the_answers_too(sample_db, ids):
    create_shortlist(sample_db, "Case 1")
    add_programs(sample_db, "Case 1", ids[:2])
    record_answers(sample_db, ids[0], "Case 1", [AnswerChange("fit-similar-issues", "yes")])
    record_answers(sample_db, ids[1], "Case 1", [AnswerChange("fit-similar-issues", "no")])
    remove_programs(sample_db, "Case 1", [ids[0]])
    assert [p.program_id for p in get_shortlist(sample_db, "Case 1").programs] == [ids[1]]
    assert _count(sample_db, ChecklistAnswer) == 1


def test_delete_cascades_to_items_and_answers(sample_db, ids):
    create_shortlist(sample_db, "Case 1")
    create_shortlist(sample_db, "Case 2")
    for name in ("Case 1", "Case 2"):
        add_programs(sample_db, name, ids[:2])
        record_answers(
            sample_db,
            ids[0],
            name,
            [
                AnswerChange("fit-similar-issues", "yes", "secret note"),
                AnswerChange("cost-insurance", "unsure"),
            ],
        )
    assert delete_shortlist(sample_db, "Case 1") == 2
    assert [s.name for s in list_shortlists(sample_db)] == ["Case 2"]
    assert _count(sample_db, ChecklistAnswer) == 2  # only Case 2's remain
    assert _count(sample_db, ShortlistItem) == 2
    with sample_db.engine.connect() as conn:
        assert conn.execute(text("PRAGMA secure_delete")).scalar() == 1
    with pytest.raises(UserError, match="no shortlist"):
        delete_shortlist(sample_db, "Case 1")
