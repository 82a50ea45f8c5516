"""The client's needs on a shortlist: met, not met or unknown per program, calls overriding the
directory; the comparison's "Meets the needs" row; the checklist asking about unknown needs first."""

from __future__ import annotations

import pytest
from sqlalchemy import select

from finder.db.models import HistoryEntry, Program
from finder.domain.checklist import QUESTIONS
from finder.errors import UserError
from finder.services import calls, needs
from finder.services import shortlists as sl
from finder.services.checklists import get_checklist
from finder.services.compare import ATTRIBUTE_KEYS, build_comparison
from finder.services.directory import export_csv, get_program, get_programs
from finder.services.importing import import_file
from finder.services.origins import resolve_offline
from finder.texts.availability import confirmation_of
from finder.texts.compare import needs_count, needs_gap, worded
from tests.helpers import SAMPLE_CSV

AKUA = 47  # IOP (substance-use directory), private insurance, no Medicaid, adults
DISCOVERY = 9  # mental-health directory only: IOP is not recorded; adolescents


@pytest.fixture
def case(sample_db):
    sl.create_shortlist(
        sample_db, "Case 7", origin=resolve_offline("92660"), client_needs="medicaid,adolescents,iop,evening"
    )
    sl.add_programs(sample_db, "Case 7", [AKUA, DISCOVERY])
    return sample_db


def met(db, name="Case 7"):
    return needs.needs_met(db, sl.get_shortlist(db, name))


def test_parse_needs_takes_slugs_of_any_vocabulary_in_the_order_given():
    assert needs.parse_needs(" medicaid, adolescents,iop , evening,medicaid,") == (
        "payments:medicaid",
        "populations:adolescents",
        "levels:iop",
        "schedule:evening",
    )
    assert needs.parse_needs(["therapies:trauma", "weekend"]) == ("therapies:trauma", "schedule:weekend")
    assert needs.parse_needs("") == () == needs.parse_needs(None)


@pytest.mark.parametrize(
    ("raw", "says"),
    [
        ("medicade", "'medicade' is not a need"),
        ("trauma", "say which, e.g. populations:trauma"),
        ("phone", "'phone' is not a need"),
        ("levels:evening", "levels has iop"),
        ("times:evening", "no vocabulary 'times'"),
    ],
)
def test_a_bad_need_is_one_line_naming_it(raw, says):
    with pytest.raises(UserError, match=says) as err:
        needs.parse_needs(f"iop,{raw}")
    assert "\n" not in str(err.value)


def test_each_program_meets_misses_or_leaves_unknown_each_need(case):
    m = met(case)
    akua, disc = m[AKUA], m[DISCOVERY]
    # Akua: IOP yes; no Medicaid and no adolescents in the directory; nobody said about evenings
    assert (akua.met, akua.total, akua.not_met, akua.unknown) == (
        1,
        4,
        ["payments:medicaid", "populations:adolescents"],
        ["schedule:evening"],
    )
    assert needs_count(akua) == "1 of 4 needs"
    assert needs_gap(akua) == "No: Medicaid, Adolescents · Unknown: Evening hours"
    # Discovery: adolescents yes; its directory cannot say IOP, so unknown rather than no
    assert disc.state("levels:iop") == needs.UNKNOWN and disc.state("populations:adolescents") == needs.MET
    assert needs_gap(disc) == "No: Medicaid · Unknown: IOP, Evening hours"
    assert akua.as_json() == {
        "met": 1,
        "total": 4,
        "not_met": ["medicaid", "adolescents"],
        "unknown": ["evening"],
    }


def test_what_a_call_confirmed_overrides_the_directory_both_ways(case):
    calls.log_call(
        case,
        DISCOVERY,
        outcome="reached",
        confirm=calls.parse_confirmations(["medicaid=yes", "iop=no", "evening=yes"]),
    )
    calls.log_call(case, AKUA, outcome="reached", confirm=calls.parse_confirmations(["evening=no"]))
    m = met(case)
    assert needs_gap(m[DISCOVERY]) == "No: IOP" and needs_count(m[DISCOVERY]) == "3 of 4 needs"
    assert m[AKUA].not_met == ["payments:medicaid", "populations:adolescents", "schedule:evening"]
    assert m[AKUA].unknown == []
    # the schedule a call confirmed is the program's, and no directory said "no" before it
    assert get_program(case, DISCOVERY).schedule == ["evening"]
    said = calls.confirmations(case, AKUA)["schedule:evening"]
    assert said.directory_value is None
    assert confirmation_of("schedule:evening", said).startswith("Evening hours: no — by phone")
    assert "directory says" not in confirmation_of("schedule:evening", said)


def test_all_met(case):
    sl.set_needs(case, "Case 7", "iop")
    m = met(case)
    assert needs_gap(m[AKUA]) == "All met" and needs_count(m[AKUA]) == "1 of 1 need"
    assert (m[AKUA].met, m[AKUA].total, m[AKUA].not_met, m[AKUA].unknown) == (1, 1, [], [])


def test_set_needs_replaces_clears_and_refuses_bad_input_without_changing_anything(case):
    info = sl.set_needs(case, "Case 7", "evening, weekend")
    assert info.needs == ("schedule:evening", "schedule:weekend")
    assert info.as_json()["needs"] == ["evening", "weekend"]
    with pytest.raises(UserError, match="medicade"):
        sl.set_needs(case, "Case 7", "evening,medicade")
    assert sl.get_shortlist(case, "Case 7").needs == ("schedule:evening", "schedule:weekend")
    with pytest.raises(UserError, match="no shortlist named 'Nope'"):
        sl.set_needs(case, "Nope", "iop")
    assert sl.set_needs(case, "Case 7", "").needs == ()
    assert all(n.total == 0 and needs_count(n) == "" for n in met(case).values())
    assert sl.get_shortlist(case, "Case 7").as_json()["needs"] == []
    with case.Session() as s:  # who changed the needs, and when, is in the shortlist's history
        changes = [
            (h.old_value, h.new_value)
            for h in s.scalars(
                select(HistoryEntry).where(HistoryEntry.field == "needs").order_by(HistoryEntry.id)
            )
        ]
    assert changes == [
        ("", "payments:medicaid,populations:adolescents,levels:iop,schedule:evening"),
        (
            "payments:medicaid,populations:adolescents,levels:iop,schedule:evening",
            "schedule:evening,schedule:weekend",
        ),
        ("schedule:evening,schedule:weekend", ""),
    ]


def test_create_refuses_a_bad_need_and_makes_nothing(sample_db):
    with pytest.raises(UserError, match="medicade"):
        sl.create_shortlist(sample_db, "Case 8", client_needs="medicade")
    assert sl.list_shortlists(sample_db) == []


def test_needs_and_schedules_survive_a_reimport_and_an_export_round_trip(case, tmp_path):
    calls.log_call(case, AKUA, outcome="reached", confirm={"schedule:evening": True})
    import_file(case, SAMPLE_CSV)
    assert get_program(case, AKUA).schedule == ["evening"]
    assert met(case)[AKUA].state("schedule:evening") == needs.MET
    export_csv(case, tmp_path / "out.csv")
    from finder.services.opening import open_database

    other = open_database(str(tmp_path / "other.db"), seed=False)
    try:
        import_file(other, tmp_path / "out.csv", backup=False)
        with other.Session() as s:
            ids = list(s.scalars(select(Program.id)))
        [p] = [p for p in get_programs(other, ids) if p.name == get_program(case, AKUA).name]
        assert p.schedule == ["evening"]
    finally:
        other.dispose()


# ---------------------------------------------------------------- the comparison


def test_comparison_has_the_needs_row_only_when_the_shortlist_has_needs(case):
    w = worded(build_comparison(case, "Case 7"))
    assert [r.label for r in w.rows][:2] == ["Distance", "Meets the needs"]
    row = next(r for r in w.rows if r.key == "needs")
    assert row.cells == [
        "No: Medicaid, Adolescents · Unknown: Evening hours",
        "No: Medicaid · Unknown: IOP, Evening hours",
    ]
    assert row.differs
    assert ["Meets the needs", *row.cells] in w.table()  # the CSV (and the PDF) show it as it is
    sl.set_needs(case, "Case 7", "")
    rows = build_comparison(case, "Case 7").rows
    assert "needs" not in [r.key for r in rows]
    assert [r.key for r in rows][: len(ATTRIBUTE_KEYS)] == ATTRIBUTE_KEYS


def test_comparison_says_a_schedule_is_not_recorded_rather_than_none(case):
    calls.log_call(case, AKUA, outcome="reached", confirm={"schedule:weekend": True})
    row = next(r for r in worded(build_comparison(case, "Case 7")).rows if r.key == "schedule")
    assert row.label == "Schedule" and row.cells == ["Weekend hours", "— (not recorded; ask)"]


def test_comparison_questions_keep_the_bank_order_whatever_each_checklist_puts_first(case):
    rows = [r for r in build_comparison(case, "Case 7").rows if r.is_question]
    assert [r.key for r in rows] == [f"q:{q.id}" for q in QUESTIONS]


# ---------------------------------------------------------------- the checklist


def test_checklist_asks_about_unknown_needs_first_and_only_reorders(case):
    bank = [q.id for q in QUESTIONS]
    disc = get_checklist(case, DISCOVERY, "Case 7")
    ids = [a.id for a in disc.answers]
    # IOP and evenings are unknown for Discovery: the IOP track, the hours and the day/evening tracks
    assert ids[:3] == ["sched-iop-track", "sched-hours", "sched-day-evening"]
    assert sorted(ids) == sorted(bank) and ids[3:] == [q for q in bank if q not in ids[:3]]
    assert disc.unknown_needs == ["levels:iop", "schedule:evening"]
    assert disc.need_questions == ids[:3] and disc.sections[0] == "Structure & schedule"
    assert all(a.section == next(q.section for q in QUESTIONS if q.id == a.id) for a in disc.answers)
    # Akua runs IOP: only the evening questions come first
    assert [a.id for a in get_checklist(case, AKUA, "Case 7").answers][:2] == [
        "sched-hours",
        "sched-day-evening",
    ]
    # once a call said so, nothing is unknown and the bank's order is back
    calls.log_call(
        case, DISCOVERY, outcome="reached", confirm={"levels:iop": True, "schedule:evening": False}
    )
    again = get_checklist(case, DISCOVERY, "Case 7")
    assert [a.id for a in again.answers] == bank and again.unknown_needs == []
