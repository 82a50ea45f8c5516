"""What calls found out, in words (finder/texts/availability.py): one sentence per thing, in English as
the command line has always printed it, in Spanish plain and with Spanish dates; a stale word on room
said in words. No Qt."""

from __future__ import annotations

from datetime import date, datetime

import pytest

from finder.services.availability import Availability
from finder.services.calls import CallRecord, Confirmation
from finder.texts import availability as words
from finder.texts import use_language

TODAY = date(2026, 11, 26)


def _room(accepting=True, wait=None, intake=None, days_ago=6, by="D. Rivera") -> Availability:
    said = datetime(2026, 11, 26 - days_ago, 10, 0) if days_ago <= 25 else datetime(2026, 10, 1, 9, 0)
    return Availability(accepting, wait, intake, said, by)


@pytest.fixture
def spanish():
    with use_language("es"):
        yield


def test_english_room_sentences():
    assert (
        words.room(_room(True, 14, date(2026, 12, 15)), TODAY)
        == "accepting · wait ≈ 14 days · next intake Dec 15 · said 6 days ago by D. Rivera"
    )
    assert (
        words.room(_room(False, 1, days_ago=1, by=""), TODAY)
        == "not accepting · wait ≈ 1 day · said yesterday"
    )
    assert words.room(_room(None, None, days_ago=0), TODAY) == "room unknown · said today by D. Rivera"
    old = words.room(_room(True, None, days_ago=56, by=""), TODAY)
    assert old == "accepting · said 56 days ago (more than 30 days old: call again)"
    today = Availability(True, 14, None, datetime.combine(date.today(), datetime.min.time()), "D. Rivera")
    assert words.room(today) == "accepting · wait ≈ 14 days · said today by D. Rivera"


def test_spanish_room_sentences(spanish):
    assert (
        words.room(_room(True, 14, date(2026, 12, 15)), TODAY)
        == "acepta personas nuevas · espera ≈ 14 días · próxima admisión 15 dic · lo dijo D. Rivera hace 6 días"
    )
    assert (
        words.room(_room(False, 1, days_ago=1, by=""), TODAY)
        == "no acepta personas nuevas · espera ≈ 1 día · lo dijeron ayer"
    )
    assert (
        words.room(_room(None, None, days_ago=0), TODAY) == "no se sabe si hay cupo · lo dijo D. Rivera hoy"
    )
    old = words.room(_room(True, None, days_ago=56, by=""), TODAY)
    assert old == "acepta personas nuevas · lo dijeron hace 56 días (hace más de 30 días: vuelva a llamar)"


def test_the_short_cell_and_its_tip():
    assert words.room_short(_room(), TODAY) == "Has room · 6 d ago"
    assert words.room_short(_room(False, days_ago=56), TODAY) == "No room · 56 d ago (old)"
    assert words.room_short(None) == "—" and words.room_tip(None).startswith("No call has said")
    with use_language("es"):
        assert words.room_short(_room(), TODAY) == "Hay cupo · hace 6 d"


def test_a_family_reads_plain_sentences():
    room = _room(True, 14, date(2026, 12, 15))
    assert words.family_room(room, TODAY) == (
        "They are taking new people. The wait is about 14 days. Next start date: December 15, 2026. "
        "We learned this by phone 6 days ago (November 20, 2026)."
    )
    assert words.family_room(None).startswith("Not known yet")
    with use_language("es"):
        text = words.family_room(_room(False, None, days_ago=56), TODAY)
    assert text == (
        "Por ahora no están recibiendo personas nuevas. Lo supimos por teléfono hace 56 días "
        "(1 de octubre de 2026). Ya pasó un tiempo: llame para confirmarlo."
    )


def test_delisted_notes(spanish):
    assert (
        words.delisted("2025")
        == "No aparece en el directorio 2025 — puede que haya cerrado; llame para confirmarlo"
    )
    assert words.delisted("", "old.csv").startswith("No aparece en old.csv — ")
    assert "directorio más reciente" in words.delisted()
    assert words.delisted_since("2026-01-05", "x.csv") == "(desde 5 de enero de 2026, x.csv)"


def test_english_delisted_notes():
    assert words.delisted("2025") == "Not in the 2025 directory — may have closed; call to check"
    assert words.delisted("", "old.csv") == "Not in old.csv — may have closed; call to check"
    assert words.delisted_short("2025") == "not in 2025 directory" and words.delisted_short() == "delisted"


def test_confirmations():
    c = Confirmation(False, datetime(2026, 11, 28, 9), "me", True)
    assert (
        words.confirmation_of("payments:medicaid", c) == "Medicaid: no — by phone Nov 28 (directory says yes)"
    )
    wrong = Confirmation(False, datetime(2026, 12, 2, 9), "me", None)
    assert words.confirmation_of("phone", wrong) == "Phone: wrong number — by phone Dec 2"
    with use_language("es"):
        site = Confirmation(True, datetime(2026, 9, 5, 9), "me", False)
        assert (
            words.confirmation_of("website", site)
            == "Sitio web: sí — por teléfono el 5 sept (el directorio dice no)"
        )
        assert words.confirmation_of("phone", wrong) == "Teléfono: número equivocado — por teléfono el 2 dic"


def _call(outcome, at, follow_up=None, done=False) -> CallRecord:
    return CallRecord(1, 47, at, "me", "", outcome, "", "", None, None, None, follow_up, done)


def test_last_calls():
    assert words.last_call_of(_call("voicemail", datetime(2026, 11, 28, 9), date(2026, 12, 2))) == (
        "Voicemail, Nov 28 (follow up Dec 2)"
    )
    done = _call("reached", datetime(2026, 1, 3, 9), date(2026, 1, 9), done=True)
    assert words.last_call_of(done) == "Reached, Jan 3" and words.last_call_of(None) == "none logged"
    with use_language("es"):
        assert words.last_call_of(_call("voicemail", datetime(2026, 11, 28, 9), date(2026, 12, 2))) == (
            "Buzón de voz, 28 nov (volver a llamar el 2 dic)"
        )
