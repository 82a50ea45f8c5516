"""Languages and supports as the client's needs: settled by calls and checklist answers, shown in
the checklist header, and said in plain words on the family's handout (issue 36)."""

from __future__ import annotations

from datetime import date, datetime

import pytest

from finder.domain.checklist import ANSWER_SETTLES, NEED_QUESTIONS, QUESTIONS, questions_for_need
from finder.services import calls, needs
from finder.services import shortlists as sl
from finder.services.checklists import AnswerChange, get_checklist, record_answers
from finder.services.handout import build_handout
from finder.services.origins import resolve_offline
from finder.services.search import SearchCriteria, search_programs
from finder.texts import handout as words

TODAY = date(2026, 12, 7)


def _ids(db, **filters) -> list[int]:
    rows = search_programs(db, resolve_offline("92660"), SearchCriteria(radius_miles=15, **filters)).results
    return [r.id for r in rows]


@pytest.fixture
def case(sample_db):
    spanish_ride = _ids(sample_db, languages=["spanish"], supports=["transportation"])[0]
    neither = next(
        i
        for i in _ids(sample_db)
        if i not in set(_ids(sample_db, languages=["spanish"]) + _ids(sample_db, supports=["transportation"]))
    )
    sl.create_shortlist(
        sample_db, "Case 36", origin=resolve_offline("92660"), client_needs="languages:spanish,transportation"
    )
    sl.add_programs(sample_db, "Case 36", [spanish_ride, neither])
    return sample_db, spanish_ride, neither


def test_the_needs_read_as_typed_and_are_met_from_the_directory(case):
    db, good, other = case
    assert needs.parse_needs("languages:spanish, transportation") == (
        "languages:spanish",
        "supports:transportation",
    )
    assert needs.parse_needs("spanish") == ("languages:spanish",)
    m = needs.needs_met(db, sl.get_shortlist(db, "Case 36"))
    assert m[good].met == 2 and m[other].not_met == ["languages:spanish", "supports:transportation"]


def test_a_call_and_the_checklist_settle_them_like_any_tag(case):
    db, _good, other = case
    calls.log_call(
        db,
        other,
        outcome="reached",
        confirm=calls.parse_confirmations(["spanish=yes"]),
        at=datetime(2026, 1, 5),
    )
    record_answers(db, other, "Case 36", [AnswerChange("sched-rides", "yes")])
    assert needs.needs_met(db, sl.get_shortlist(db, "Case 36"))[other].met == 2
    record_answers(db, other, "Case 36", [AnswerChange("fit-spanish", "no")])  # newer than the call
    assert needs.needs_met(db, sl.get_shortlist(db, "Case 36"))[other].not_met == ["languages:spanish"]


def test_the_questions_that_settle_them_exist():
    ids = {q.id for q in QUESTIONS}
    assert {"fit-spanish", "fit-language", "sched-rides", "cost-telehealth-rules"} <= ids
    assert ANSWER_SETTLES["fit-spanish"] == (("languages:spanish",), ("languages:spanish",))
    assert ANSWER_SETTLES["sched-rides"] == (("supports:transportation",), ("supports:transportation",))
    assert questions_for_need("languages:spanish") == ("fit-spanish",)
    assert questions_for_need("languages:korean") == ("fit-language",)
    assert "cost-telehealth-rules" in questions_for_need("levels:telehealth")
    assert all(q in ids for qs in NEED_QUESTIONS.values() for q in qs)
    rules = next(q for q in QUESTIONS if q.id == "cost-telehealth-rules")
    assert "vary by state and by insurer" in rules.text


def test_the_checklist_header_knows_languages_and_supports(case):
    db, good, _other = case
    p = get_checklist(db, good, "Case 36").program
    assert "spanish" in p.languages and "transportation" in p.supports
    assert p.as_json()["languages"] == list(p.languages)


def test_the_handout_says_who_speaks_spanish_and_who_helps_with_rides(case):
    db, _good, other = case
    h = build_handout(db, "Case 36", today=TODAY)
    first, second = h.programs
    assert first.language_needs == [("spanish", True)] and second.language_needs == [("spanish", None)]
    assert words.language_needs(first) == [("Groups or sessions in Spanish", True)]
    assert "transportation" in first.supports and "transportation" not in second.supports
    assert ("They can help with rides.", False) in words.offers(first, "supports")
    # what is worth asking: rides and Spanish only where the client needs them and they are not listed
    assert {"sched-rides", "fit-spanish"} <= set(second.to_ask)
    assert not {"sched-rides", "fit-spanish"} & set(first.to_ask)
    assert "Can you help with rides?" in words.to_ask(second)
    calls.log_call(db, other, outcome="reached", confirm=calls.parse_confirmations(["spanish=no"]))
    record_answers(db, other, "Case 36", [AnswerChange("sched-rides", "yes")])
    second = build_handout(db, "Case 36", today=TODAY).programs[1]
    assert second.language_needs == [("spanish", False)]
    assert words.language_needs(second) == [
        ("They told us they have no groups or sessions in Spanish.", False)
    ]
    assert ("sched-rides", "yes") in second.found_out and "They can help with rides." in words.found_out(
        second
    )
