"""The family handout's data: the shortlist's programs in order, values (slugs, question ids, the latest
word on room), no notes unless asked; a family's words for them (finder/texts/handout.py)."""

from datetime import date, datetime

import pytest

from finder.domain.checklist import QUESTIONS
from finder.services import calls
from finder.services.checklists import AnswerChange, record_answers
from finder.services.editing import set_status
from finder.services.handout import TO_ASK, build_handout
from finder.services.origins import resolve_offline
from finder.services.shortlists import add_programs, create_shortlist, set_note
from finder.texts import handout as words

AKUA = 47  # Akua Behavioral Health Inc, Newport Beach: addiction + dual diagnosis, IOP, Joint Commission
DISCOVERY = (
    9  # Center for Discovery, Newport Beach: a teen eating-disorder program, mental-health directory only
)
NSIGHT = 12  # Nsight PHP/IOP Program, Newport Beach: staff speak Spanish
TODAY = date(2026, 3, 10)


@pytest.fixture
def case(sample_db):
    create_shortlist(sample_db, "Case 7", origin=resolve_offline("Newport Beach, CA"))
    add_programs(sample_db, "Case 7", [AKUA, DISCOVERY, NSIGHT])
    return sample_db


def test_programs_in_shortlist_order_with_how_to_reach_them(case):
    h = build_handout(case, "Case 7", today=TODAY)
    assert [p.name for p in h.programs] == [
        "Akua Behavioral Health Inc",
        "Center for Discovery",
        "Nsight Mental Health and Wellness",
    ]
    akua = h.programs[0]
    assert akua.name2 == "Akua Mind and Body"
    assert akua.address == "20271 SW Birch Street, Suite 200, Newport Beach, CA 92660"
    assert (akua.phone, akua.intake_phone) == ("949-777-2283", "949-337-1439")
    assert akua.distance_miles is not None and akua.distance_miles < 5 and akua.distance_approx
    assert h.origin_label.startswith("Newport Beach, CA")
    assert h.made_on == TODAY and h.directory_as_of == date(2024, 12, 1)
    assert not hasattr(akua, "id")  # no internal ids on a family's paper


def test_what_a_program_offers_reads_in_plain_words(case):
    akua, discovery, nsight = build_handout(case, "Case 7", today=TODAY).programs
    assert akua.types == ["addiction", "dual-diagnosis"]  # slugs: the words are the text layer's
    treats = [w for w, _confirmed in words.offers(akua, "types")]
    assert treats == ["Alcohol or drug use", "Mental health and substance use together"]
    assert (
        words.offers(akua, "levels")[0][0].startswith("Intensive outpatient (IOP)") and not akua.iop_unknown
    )
    assert ("Help with paying", False) in words.offers(akua, "payments")
    assert akua.accreditation == ["Joint Commission"]
    # a teen program says who it is for; "Treats: Teen" would read oddly
    assert [w for w, _c in words.program_for(discovery)] == [
        "A program for teens",
        "A program for eating disorders",
    ]
    assert not any("een" in w or "ating" in w for w, _c in words.offers(discovery, "types"))
    assert discovery.iop_unknown  # the mental-health directory does not record IOP: ask
    assert "spanish" in nsight.languages  # slugs: the printout names them in its language


def test_room_is_the_latest_call_with_its_age_and_confirmed_facts_mark_the_lists(case):
    calls.log_call(
        case,
        AKUA,
        outcome="reached",
        accepting="yes",
        wait_days=14,
        next_intake="2026-03-20",
        confirm=calls.parse_confirmations(["medicaid=yes", "phone=yes"]),
        at=datetime(2026, 3, 4, 10),
    )
    akua = build_handout(case, "Case 7", today=TODAY).programs[0]
    r = akua.room
    assert (r.accepting, r.wait_days, r.next_intake, r.said_on.date()) == (
        True,
        14,
        date(2026, 3, 20),
        date(2026, 3, 4),
    )
    assert r.age_days(TODAY) == 6 and not r.stale(TODAY)
    assert "medicaid" in akua.payments and "payments:medicaid" in akua.confirmed_tags
    assert ("Medicaid", True) in words.offers(akua, "payments")  # printed with ✓
    assert words.room(akua, TODAY).startswith("They are taking new people. The wait is about 14 days.")
    assert akua.confirmed_yes("phone") and akua.last_confirmed == date(2026, 3, 4)
    assert build_handout(case, "Case 7", today=date(2026, 4, 20)).programs[0].room.stale(date(2026, 4, 20))
    assert build_handout(case, "Case 7", today=TODAY).programs[1].room is None


def test_a_wrong_number_is_told(case):
    calls.log_call(case, NSIGHT, outcome="wrong-number", at=datetime(2026, 3, 1, 9))
    nsight = build_handout(case, "Case 7", today=TODAY).programs[2]
    assert nsight.wrong_phone is not None and nsight.wrong_phone.on == date(2026, 3, 1)


def test_answers_become_what_we_found_out_and_what_is_left_to_ask(case):
    record_answers(
        case,
        AKUA,
        "Case 7",
        [
            AnswerChange("sched-day-evening", "yes"),
            AnswerChange("cost-insurance", "unsure"),
            AnswerChange("sched-hours", note="3 evenings, 3 hours each"),
        ],
    )
    akua, discovery, _ = build_handout(case, "Case 7", today=TODAY).programs
    assert akua.found_out == [("sched-day-evening", "yes")]
    assert words.found_out(akua) == ["There are daytime and evening groups."]
    assert "sched-day-evening" not in akua.to_ask and "sched-hours" not in akua.to_ask
    assert "cost-insurance" in akua.to_ask  # "unsure" is still worth asking
    assert akua.to_ask[0] == "fit-intake"
    assert words.to_ask(akua)[0] == "How does the first visit work, and what should we bring?"
    # school and nutrition questions only where they matter
    assert "appr-school" not in akua.to_ask and "appr-school" in discovery.to_ask
    assert "med-eating-disorder" in discovery.to_ask
    # every question the service may ask for has a family's words, and every phrase a real question
    assert set(TO_ASK) == set(words.TO_ASK) <= {q.id for q in QUESTIONS}
    assert {k for k, _ in words.FOUND_OUT} <= {q.id for q in QUESTIONS}


def test_typed_notes_stay_off_unless_asked(case):
    set_note(case, "Case 7", AKUA, "Client prefers evenings; court date in May")
    record_answers(case, AKUA, "Case 7", [AnswerChange("fit-intake", note="Bring ID and insurance card")])
    plain = build_handout(case, "Case 7", today=TODAY).programs[0]
    assert plain.note == "" and plain.told_us == []
    noted = build_handout(case, "Case 7", with_notes=True, today=TODAY).programs[0]
    assert noted.note == "Client prefers evenings; court date in May"
    assert [(t.question_id, t.note) for t in noted.told_us] == [("fit-intake", "Bring ID and insurance card")]


def test_do_not_refer_programs_are_left_out(case):
    set_status(case, DISCOVERY, "do-not-refer", "license lapsed")
    h = build_handout(case, "Case 7", today=TODAY)
    assert [p.name for p in h.programs] == ["Akua Behavioral Health Inc", "Nsight Mental Health and Wellness"]
    assert h.left_out == 1


def test_a_program_the_new_edition_no_longer_lists_is_left_out_and_counted(case):
    """It was printed as program 3 with its phone and address, and nothing said it may have closed."""
    from datetime import datetime

    from finder.db.models import Program

    with case.Session.begin() as s:
        s.get(Program, NSIGHT).delisted_since = datetime(2026, 3, 1)
    set_status(case, DISCOVERY, "do-not-refer", "license lapsed")
    h = build_handout(case, "Case 7", today=TODAY)
    assert [p.name for p in h.programs] == ["Akua Behavioral Health Inc"]
    assert (h.left_out, h.left_out_delisted) == (1, 1)


def test_without_an_origin_there_is_no_distance(sample_db):
    create_shortlist(sample_db, "Case 8")
    add_programs(sample_db, "Case 8", [AKUA])
    h = build_handout(sample_db, "Case 8", today=TODAY)
    assert h.origin_label == "" and h.programs[0].distance_miles is None
