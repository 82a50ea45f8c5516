"""What calls found out reads in the printout's language: the Spanish room sentence in a `--lang es`
checklist PDF and comparison CSV, the English one in English (the words: finder/texts/availability.py,
tested in tests/texts/test_availability.py)."""

from __future__ import annotations

import csv
from datetime import date, datetime

from finder.reports.i18n import locale_for
from finder.services import calls
from finder.services.compare import build_comparison
from finder.services.origins import resolve_offline
from finder.services.shortlists import add_programs, create_shortlist
from finder.texts.availability import room
from finder.texts.compare import worded

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
    english = room(cl.program.room)
    assert english.startswith("accepting · wait ≈ 14 days · said today")
    write_checklist_pdf(cl, tmp_path / "es.pdf", lang="es")
    write_checklist_pdf(cl, tmp_path / "en.pdf", lang="en")
    es, en = text_of(tmp_path / "es.pdf"), text_of(tmp_path / "en.pdf")
    assert "acepta personas nuevas · espera ≈ 14 días · lo dijo" in es and "accepting" not in es
    assert english in en


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
    assert rows["Cupo (última llamada)"][0].startswith("acepta personas nuevas · espera ≈ 14 días · lo dijo")
    assert rows["Cupo (última llamada)"][1] == "ninguna llamada lo dijo"
    assert rows["Última llamada"][1].startswith("Buzón de voz, ")
    english = _csv(tmp_path / "en.csv")
    words = {r.key: r.cells for r in worded(c).rows}
    assert english["Room (latest call)"] == words["room"] and english["Room (latest call)"][0].startswith(
        "accepting"
    )
    assert english["Last call"] == words["last-call"]
    # a comparison with some columns chosen keeps the values its cells are worded from
    picked = c.select([1, 0])
    assert [v is not None for v in picked.row("room").values] == [False, True]
    assert locale_for("es").name() == "es_US"
