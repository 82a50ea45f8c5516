"""What calls found out, as sentences (finder/reports/call_texts.py): in English exactly what the
services write for the command line; in Spanish plain sentences, dates the Spanish way, a stale
word on room said in words; and the Spanish room sentence in `--lang es` checklist PDFs and
comparison CSVs."""

from __future__ import annotations

import csv
from datetime import date, datetime

import pytest
from PySide6.QtCore import QLocale

from finder.reports import call_texts
from finder.reports.i18n import locale_for, remove_app_language, report_language
from finder.services import calls
from finder.services.availability import Availability
from finder.services.calls import CallRecord, Confirmation
from finder.services.compare import build_comparison, last_call_text
from finder.services.importing.report import DelistedMark
from finder.services.origins import resolve_offline
from finder.services.shortlists import add_programs, create_shortlist

TODAY = date(2026, 11, 26)
EN = QLocale("en_US")


def _room(accepting=True, wait=None, intake=None, days_ago=6, by="D. Rivera") -> Availability:
    return Availability(
        accepting,
        wait,
        intake,
        datetime(2026, 11, 26 - min(days_ago, 25), 10, 0) if days_ago <= 25 else datetime(2026, 10, 1, 9, 0),
        by,
    )


ROOMS = [
    _room(),
    _room(False, 1),
    _room(None, 14, date(2026, 12, 15)),
    _room(True, 14, date(2026, 12, 15), days_ago=0),
    _room(True, None, date(2027, 1, 5), days_ago=1, by=""),
    _room(False, 0, None, days_ago=0, by=""),
    _room(None, None, None, days_ago=1),
    _room(True, 3650, None, days_ago=3, by=""),
    _room(False, 30, date(2026, 10, 20), days_ago=56),  # stale: more than 30 days
    _room(None, 2, None, days_ago=56, by=""),
]


@pytest.mark.parametrize("room", ROOMS, ids=lambda r: r.text(TODAY))
def test_english_room_sentence_is_the_services_own(room):
    assert call_texts.room_text(room, EN, TODAY) == room.text(TODAY)
    with report_language("en") as locale:  # an English printout, its catalogue installed
        assert call_texts.room_text(room, locale, TODAY) == room.text(TODAY)


def test_english_room_sentence_of_today_by_default():
    room = Availability(True, 14, None, datetime.combine(date.today(), datetime.min.time()), "D. Rivera")
    assert call_texts.room_text(room) == room.text() == "accepting · wait ≈ 14 days · said today by D. Rivera"


def test_spanish_room_sentences(spanish):
    es = QLocale()
    assert (
        call_texts.room_text(_room(True, 14, date(2026, 12, 15)), es, TODAY)
        == "acepta personas nuevas · espera ≈ 14 días · próxima admisión 15 dic · lo dijo D. Rivera hace 6 días"
    )
    assert (
        call_texts.room_text(_room(False, 1, days_ago=1, by=""), es, TODAY)
        == "no acepta personas nuevas · espera ≈ 1 día · lo dijeron ayer"
    )
    assert (
        call_texts.room_text(_room(None, None, days_ago=0), es, TODAY)
        == "no se sabe si hay cupo · lo dijo D. Rivera hoy"
    )
    old = call_texts.room_text(_room(True, None, days_ago=56, by=""), es, TODAY)
    assert old == "acepta personas nuevas · lo dijeron hace 56 días (hace más de 30 días: vuelva a llamar)"


def test_a_printout_in_spanish_from_an_english_window():
    with report_language("es") as locale:
        text = call_texts.room_text(_room(False, 2), locale, TODAY)
    assert text == "no acepta personas nuevas · espera ≈ 2 días · lo dijo D. Rivera hace 6 días"
    assert call_texts.room_text(_room(False, 2), EN, TODAY).startswith("not accepting · wait ≈ 2 days")


MARKS = [
    DelistedMark("2026-01-05", "N-SUMHSS 2025.xlsx", "2025"),
    DelistedMark("2026-01-05", "old.csv"),
    DelistedMark("2026-01-05", ""),
]


def test_delisted_notes(spanish):
    assert (
        call_texts.delisted_text(MARKS[0])
        == "No aparece en el directorio 2025 — puede que haya cerrado; llame para confirmarlo"
    )
    assert call_texts.delisted_text(MARKS[1]).startswith("No aparece en old.csv — ")
    assert "directorio más reciente" in call_texts.delisted_text(MARKS[2])
    remove_app_language()
    for mark in MARKS:
        assert call_texts.delisted_text(mark) == mark.text()


CONFIRMED = [
    ("types:medicaid", Confirmation(False, datetime(2026, 11, 28, 9), "me", True)),
    ("payments:medicaid", Confirmation(True, datetime(2026, 11, 28, 9), "me", None)),
    ("phone", Confirmation(False, datetime(2026, 12, 2, 9), "me", None)),
    ("phone", Confirmation(True, datetime(2026, 12, 2, 9), "me", True)),
    ("website", Confirmation(True, datetime(2026, 9, 5, 9), "me", False)),
]


@pytest.mark.parametrize(("key", "c"), CONFIRMED)
def test_english_confirmations_are_the_services_own(key, c):
    assert call_texts.confirmation_text(key, c, EN) == calls.confirmation_text(key, c)


def test_spanish_confirmations(spanish):
    key, c = CONFIRMED[4]
    assert (
        call_texts.confirmation_text(key, c)
        == "Sitio web: sí — por teléfono el 5 sept (el directorio dice no)"
    )
    key, c = CONFIRMED[2]
    assert call_texts.confirmation_text(key, c) == "Teléfono: número equivocado — por teléfono el 2 dic"


def _call(outcome, at, follow_up=None, done=False) -> CallRecord:
    return CallRecord(1, 47, at, "me", "", outcome, "", "", None, None, None, follow_up, done)


LAST = [
    _call("voicemail", datetime(2026, 11, 28, 9), date(2026, 12, 2)),
    _call("reached", datetime(2026, 1, 3, 9), date(2026, 1, 9), done=True),
    _call("no-answer", datetime(2026, 5, 1)),
]


def test_last_calls(spanish):
    assert call_texts.last_call_text(LAST[0]) == "Buzón de voz, 28 nov (volver a llamar el 2 dic)"
    remove_app_language()
    for record in LAST:
        assert call_texts.last_call_text(record, EN) == last_call_text(record)


# ---------------------------------------------------------------- printouts


def _called_shortlist(sample_db):
    create_shortlist(sample_db, "Case 7", origin=resolve_offline("Newport Beach, CA"))
    add_programs(sample_db, "Case 7", [47, 9])
    calls.log_call(
        sample_db,
        47,
        outcome="reached",
        accepting="yes",
        wait_days=14,
        at=datetime.combine(date.today(), datetime.min.time()).replace(hour=8),
    )
    calls.log_call(sample_db, 9, outcome="voicemail", at=datetime.combine(date.today(), datetime.min.time()))


def test_spanish_checklist_pdf_says_the_room_in_spanish(sample_db, tmp_path):
    from finder.reports.printing import write_checklist_pdf
    from finder.services.checklists import get_checklist
    from tests.reports.test_handout_pdf import text_of

    _called_shortlist(sample_db)
    cl = get_checklist(sample_db, 47, "Case 7")
    assert cl.program.availability.startswith("accepting · wait ≈ 14 days · said today")
    write_checklist_pdf(cl, tmp_path / "es.pdf", lang="es")
    write_checklist_pdf(cl, tmp_path / "en.pdf", lang="en")
    es, en = text_of(tmp_path / "es.pdf"), text_of(tmp_path / "en.pdf")
    assert "acepta personas nuevas · espera ≈ 14 días · lo dijo" in es and "accepting" not in es
    assert cl.program.availability in en


def _csv(path) -> dict[str, list[str]]:
    with open(path, encoding="utf-8-sig", newline="") as fh:
        return {r[0]: r[1:] for r in csv.reader(fh)}


def test_spanish_comparison_csv_says_the_room_and_last_call_in_spanish(sample_db, tmp_path):
    from finder.reports.compare_report import write_translated_csv

    _called_shortlist(sample_db)
    c = build_comparison(sample_db, "Case 7")
    write_translated_csv(c, tmp_path / "es.csv", lang="es")
    write_translated_csv(c, tmp_path / "en.csv", lang="en")
    rows = _csv(tmp_path / "es.csv")
    assert rows["Lugar (última llamada)"][0].startswith("acepta personas nuevas · espera ≈ 14 días · lo dijo")
    assert rows["Lugar (última llamada)"][1] == "ninguna llamada lo dijo"
    assert rows["Última llamada"][1].startswith("Buzón de voz, ")
    english = _csv(tmp_path / "en.csv")
    room = next(r for r in c.rows if r.key == "room")
    assert english["Room (latest call)"] == room.values
    assert english["Last call"] == next(r for r in c.rows if r.key == "last-call").values
    # a comparison with some columns chosen keeps what its cells were made from
    picked = c.select([1, 0])
    assert [f is not None for f in next(r for r in picked.rows if r.key == "room").facts] == [False, True]
    assert locale_for("es").name() == "es_US"
