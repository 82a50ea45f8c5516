"""The family handout PDF: every program's name and phone as real text, in English or in Spanish throughout."""

import re
import unicodedata
from datetime import date, datetime

import pytest
from pypdf import PdfReader

from finder.services import calls
from finder.services.handout import build_handout
from finder.services.origins import resolve_offline
from finder.services.shortlists import add_programs, create_shortlist
from tests.helpers import finder

AKUA, DISCOVERY, NSIGHT = 47, 9, 12
PHONES = ("949-777-2283", "855-818-2029", "949-629-3730")
# what the family reads first in each part of the handout, in English ...
EN_HEADINGS = (
    "Treatment programs to consider",
    "Need help now?",
    "What is an intensive outpatient program",
    "What a week looks like",
    "Ways to pay",
    "Kinds of care",
    "Room for new people",
    "Questions to ask them",
    "Your notes",
    "What to bring to the first visit",
    "Words used on this sheet",
    "Where this information comes from",
    "Page 1 of",
)
# ... and in Spanish
ES_HEADINGS = (
    "Programas de tratamiento para considerar",
    "¿Necesita ayuda ahora?",
    "¿Qué es un programa intensivo ambulatorio (IOP)?",
    "Cómo es una semana",
    "Formas de pago",
    "Tipos de atención",
    "Cupo para personas nuevas",
    "Preguntas para hacerles",
    "Sus notas",
    "Qué llevar a la primera cita",
    "Palabras que usamos en esta hoja",
    "De dónde viene esta información",
    "Página 1 de",
)


def text_of(path) -> str:
    pages = [p.extract_text() for p in PdfReader(path).pages]
    return re.sub(r"\s+", " ", unicodedata.normalize("NFKC", " ".join(pages)))


@pytest.fixture
def handout(sample_db):
    create_shortlist(sample_db, "Case 7", origin=resolve_offline("Newport Beach, CA"))
    add_programs(sample_db, "Case 7", [AKUA, DISCOVERY, NSIGHT])
    calls.log_call(
        sample_db,
        AKUA,
        outcome="reached",
        accepting="yes",
        wait_days=14,
        next_intake="2026-03-20",
        confirm=calls.parse_confirmations(["medicaid=yes"]),
        at=datetime(2026, 3, 4, 10),
    )
    return build_handout(sample_db, "Case 7", today=date(2026, 3, 10))


def test_english_handout_names_every_program_and_phone(handout, tmp_path):
    from finder.reports.handout import write_handout_pdf

    out = tmp_path / "handout.pdf"
    pages = write_handout_pdf(handout, out, lang="en", paper="letter")
    reader = PdfReader(out)
    assert pages == len(reader.pages) >= 2
    assert round(float(reader.pages[0].mediabox.width)) == 612  # US letter
    text = text_of(out)
    for p, phone in zip(handout.programs, PHONES):
        assert p.name in text and phone in text
    for heading in EN_HEADINGS:
        assert heading in text, heading
    assert "Prepared on March 10, 2026" in text and "information as of December 2024" in text
    assert "The wait is about 14 days." in text and "6 days ago (March 4, 2026)" in text
    assert "988" in text and "1-800-662-4357" in text and "911" in text
    assert "healthcare professional" in text
    assert "A program for teens" in text and "Treats: Teen" not in text
    assert "Case 7" not in text and " id " not in text  # no case reference, no internal ids


def test_spanish_handout_is_spanish_throughout(handout, tmp_path):
    from finder.reports.handout import write_handout_pdf

    out = tmp_path / "folleto.pdf"
    write_handout_pdf(handout, out, lang="es", paper="a4")
    assert round(float(PdfReader(out).pages[0].mediabox.width)) == 595  # A4
    text = text_of(out)
    for p, phone in zip(handout.programs, PHONES):
        assert p.name in text and phone in text
    for heading in ES_HEADINGS:
        assert heading in text, heading
    for heading in EN_HEADINGS:
        assert heading not in text, f"English left in the Spanish handout: {heading!r}"
    # dates and plurals the Spanish way
    assert "Preparado el 10 de marzo de 2026." in text
    assert "La espera es de más o menos 14 días." in text
    assert (
        "hace 6 días (4 de marzo de 2026)" in text
        and "Próxima fecha para empezar: 20 de marzo de 2026." in text
    )
    assert "datos de diciembre de 2024" in text
    assert "Un programa para adolescentes" in text and "Formas de pago: Medicaid ✓" in text
    assert "marque 2 para español" in text and "profesional de la salud" in text
    for english in ("Alcohol or drug use", "Private health insurance", "Sessions by video or phone", "miles"):
        assert english not in text, english


def test_one_day_is_singular(handout, tmp_path):
    from finder.reports.handout import write_handout_pdf

    handout.programs[0].room = type(handout.programs[0].room)(True, 1, None, datetime(2026, 3, 9, 10), "")
    write_handout_pdf(handout, tmp_path / "es.pdf", lang="es")
    write_handout_pdf(handout, tmp_path / "en.pdf", lang="en")
    assert "más o menos 1 día." in text_of(tmp_path / "es.pdf") and "hace 1 día " in text_of(
        tmp_path / "es.pdf"
    )
    assert "about 1 day." in text_of(tmp_path / "en.pdf") and "1 day ago" in text_of(tmp_path / "en.pdf")


def test_the_language_of_a_printout_is_undone_after_it(handout, tmp_path):
    from PySide6.QtCore import QCoreApplication, QLocale

    from finder.reports.handout import write_handout_pdf
    from finder.reports.i18n import install_app_language, report_language

    before = QLocale().name()
    write_handout_pdf(handout, tmp_path / "es.pdf", lang="es")
    assert QCoreApplication.translate("Handout", "Phone") == "Phone" and QLocale().name() == before
    # a Spanish window still prints an English handout, and is Spanish again afterwards
    install_app_language("es")
    try:
        with report_language("en") as locale:
            assert QCoreApplication.translate("Handout", "Phone") == "Phone" and locale.name() == "en_US"
        assert QCoreApplication.translate("Handout", "Phone") == "Teléfono" and QLocale().name() == "es_US"
    finally:
        install_app_language("en")
        QLocale.setDefault(QLocale(before))


def test_qt_own_strings_come_in_spanish_too():
    from PySide6.QtCore import QCoreApplication

    from finder.reports.i18n import report_language

    with report_language("es"):
        assert QCoreApplication.translate("QPlatformTheme", "Cancel") == "Cancelar"  # from qtbase_es.qm


def test_command_line(sample_db, tmp_path):
    create_shortlist(sample_db, "Case 7", origin=resolve_offline("92660"))
    add_programs(sample_db, "Case 7", [AKUA])
    db = tmp_path / "directory.db"  # the sample_db fixture's file
    out = tmp_path / "h.pdf"
    p = finder("handout", "Case 7", "--pdf", out, "--lang", "es", db=db)
    assert p.returncode == 0, p.stderr
    assert "Akua Behavioral Health Inc" in text_of(out) and "Programas de tratamiento" in text_of(out)
    bad = finder("handout", "Case 7", "--pdf", out, "--lang", "xx", db=db)
    assert bad.returncode == 2 and bad.stderr.count("\n") == 1 and "en" in bad.stderr and "es" in bad.stderr
    missing = finder("handout", "Nobody", "--pdf", out, db=db)
    assert missing.returncode == 2 and "no shortlist named 'Nobody'" in missing.stderr


def test_command_line_says_what_it_left_out(sample_db, tmp_path):
    from finder.db.models import Program
    from finder.services.editing import set_status

    create_shortlist(sample_db, "Case 7", origin=resolve_offline("92660"))
    add_programs(sample_db, "Case 7", [AKUA, DISCOVERY, NSIGHT])
    with sample_db.Session.begin() as s:
        s.get(Program, NSIGHT).delisted_since = datetime(2026, 3, 1)
    set_status(sample_db, DISCOVERY, "do-not-refer", "license lapsed")
    out = tmp_path / "h.pdf"
    p = finder("handout", "Case 7", "--pdf", out, db=tmp_path / "directory.db")
    assert p.returncode == 0, p.stderr
    assert "Saved a handout of 1 program " in p.stdout
    assert "Left out 1 program marked do-not-refer." in p.stdout
    assert "Left out 1 program no longer in the directory." in p.stdout
    text = text_of(out)
    assert "Akua Behavioral Health Inc" in text and "Nsight" not in text and "949-629-3730" not in text


def _images(page) -> list[int]:
    xobjects = page["/Resources"].get("/XObject", {})
    return [x.get_object()["/Width"] for x in xobjects.values() if x.get_object()["/Subtype"] == "/Image"]


@pytest.mark.parametrize("lang", ["en", "es"])
def test_three_programs_fit_on_two_pages_with_the_numbered_map_and_word_list(handout, tmp_path, lang):
    from finder.reports.handout import write_handout_pdf

    out = tmp_path / f"{lang}.pdf"
    pages = write_handout_pdf(handout, out, lang=lang)
    reader = PdfReader(out)
    assert pages == len(reader.pages) <= 2
    assert _images(reader.pages[0]), "the map is on the first page"
    text = text_of(out)
    for i, p in enumerate(handout.programs, 1):  # numbered as on the map
        assert f"{i}. {p.name}" in text
    words = (
        ("Words used on this sheet", "CARF", "Joint Commission", "12-step facilitation", "DBT")
        if lang == "en"
        else ("Palabras que usamos en esta hoja", "Facilitación de 12 pasos", "Desintoxicación")
    )
    for w in words:
        assert w in text, w
    assert (
        "The numbers on the map are the programs below"
        if lang == "en"
        else "Los números del mapa son los programas de abajo"
    ) in text


def test_five_programs_in_spanish_still_fit_on_two_pages(sample_db, tmp_path):
    from finder.reports.handout import write_handout_pdf

    create_shortlist(sample_db, "Case 5", origin=resolve_offline("Newport Beach, CA"))
    add_programs(sample_db, "Case 5", [AKUA, DISCOVERY, NSIGHT, 1, 2])
    h = build_handout(sample_db, "Case 5", today=date(2026, 3, 10))
    assert len(h.programs) == 5 and all(p.latitude is not None for p in h.programs)
    assert write_handout_pdf(h, tmp_path / "es.pdf", lang="es") <= 2
    assert write_handout_pdf(h, tmp_path / "en.pdf", lang="en") <= 2


def test_no_map_without_a_starting_place(sample_db, tmp_path):
    from finder.reports.handout import write_handout_pdf

    create_shortlist(sample_db, "Case 6")
    add_programs(sample_db, "Case 6", [AKUA])
    out = tmp_path / "h.pdf"
    write_handout_pdf(build_handout(sample_db, "Case 6"), out)
    assert not any(_images(p) for p in PdfReader(out).pages)
    assert "The numbers on the map" not in text_of(out)


def test_sentences_found_out_on_the_phone_read_without_a_stray_semicolon(sample_db, tmp_path):
    """'They have helped people with similar problems.; They offer lower fees…' read '.;'."""
    from finder.reports.handout import write_handout_pdf
    from finder.services.checklists import AnswerChange, record_answers

    create_shortlist(sample_db, "Case 7", origin=resolve_offline("92660"))
    add_programs(sample_db, "Case 7", [AKUA])
    record_answers(
        sample_db,
        AKUA,
        "Case 7",
        [AnswerChange("fit-similar-issues", "yes"), AnswerChange("cost-payment-help", "yes")],
    )
    out = tmp_path / "h.pdf"
    write_handout_pdf(build_handout(sample_db, "Case 7"), out)
    text = text_of(out)
    assert "They have helped people with similar problems. They offer lower fees" in text
    assert ".;" not in text


def test_what_was_left_out_reads_in_the_window_language(handout):
    from finder.reports.handout import left_out_lines
    from finder.reports.i18n import report_language

    handout.left_out, handout.left_out_delisted = 2, 1
    assert left_out_lines(handout) == [
        "Left out 2 programs marked do-not-refer.",
        "Left out 1 program no longer in the directory.",
    ]
    with report_language("es"):
        assert left_out_lines(handout) == [
            "Se dejaron fuera 2 programas marcados como «no derivar».",
            "Se dejó fuera 1 programa que ya no está en el directorio.",
        ]
