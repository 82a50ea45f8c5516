"""Checklist and comparison printouts in the family's language (`--lang en|es`), with the word list and
programs for teens or eating disorders said as what they are."""

from __future__ import annotations

import csv
import re
from datetime import date

from finder.services.origins import resolve_offline
from finder.services.shortlists import add_programs, create_shortlist
from tests.helpers import finder
from tests.reports.test_handout_pdf import AKUA, DISCOVERY, NSIGHT, text_of


def _shortlist(sample_db, tmp_path):
    create_shortlist(sample_db, "Case 7", origin=resolve_offline("Newport Beach, CA"))
    add_programs(sample_db, "Case 7", [AKUA, DISCOVERY, NSIGHT])
    return tmp_path / "directory.db"  # the sample_db fixture's file


def test_spanish_checklist_from_the_command_line(sample_db, tmp_path):
    db = _shortlist(sample_db, tmp_path)
    out = tmp_path / "lista.pdf"
    p = finder(
        "checklist",
        str(AKUA),
        "--shortlist",
        "Case 7",
        "--set",
        "cost-insurance=yes",
        "--pdf",
        out,
        "--lang",
        "es",
        db=db,
    )
    assert p.returncode == 0, p.stderr
    text = text_of(out)
    for spanish in (
        "Si es adecuado",
        "Seguro y costo",
        "¿Quién dirige las sesiones de grupo?",
        "Por qué preguntar:",
        "☒ Sí",
        "No está claro",
        "Dirección",
        "Página 1 de",
    ):
        assert spanish in text, spanish
    assert re.search(r"\d{1,2} de [a-z]+ de 20\d\d", text)  # the printed date the Spanish way
    for english in ("Who leads the group sessions?", "Why ask:", "Insurance & cost", "Page 1 of"):
        assert english not in text, english


def test_a_wrong_language_is_one_line_and_exit_2(sample_db, tmp_path):
    db = _shortlist(sample_db, tmp_path)
    for args in (
        ("checklist", str(AKUA), "--pdf", tmp_path / "x.pdf", "--lang", "xx"),
        ("compare", "Case 7", "--pdf", tmp_path / "x.pdf", "--lang", "xx"),
        ("compare", "Case 7", "--csv", tmp_path / "x.csv", "--lang", "fr"),
    ):
        p = finder(*args, db=db)
        assert p.returncode == 2 and p.stderr.count("\n") == 1, p.stderr
        assert "en (English)" in p.stderr and "es (Spanish" in p.stderr
        assert not (tmp_path / "x.pdf").exists() and not (tmp_path / "x.csv").exists()
    p = finder("checklist", str(AKUA), "--shortlist", "Case 7", "--lang", "es", db=db)
    assert p.returncode == 2 and "--pdf" in p.stderr


def test_spanish_comparison_pdf_and_csv(sample_db, tmp_path):
    db = _shortlist(sample_db, tmp_path)
    pdf, table = tmp_path / "comparacion.pdf", tmp_path / "comparacion.csv"
    p = finder("compare", "Case 7", "--pdf", pdf, "--csv", table, "--lang", "es", db=db)
    assert p.returncode == 0, p.stderr
    text = text_of(pdf)
    for spanish in (
        "Comparación de programas · Case 7",
        "Sobre los programas",
        "Niveles de atención",
        "Ambulatorio intensivo (IOP)",
        "un programa para adolescentes",
        "No se preguntó",
        "Dónde están · Case 7",
        "Palabras que usamos en esta hoja",
        "Facilitación de 12 pasos",
        "Página 1 de",
    ):
        assert spanish in text, spanish
    for english in ("Levels of care", "About the programs", "Not asked", "Words used on this sheet", "Teen"):
        assert english not in text, english
    rows = list(csv.reader(table.read_text(encoding="utf-8-sig").splitlines()))
    assert rows[0][0] == "Programa"
    labels = [r[0] for r in rows]
    assert "Atiende" in labels and "Formas de pago aceptadas" in labels and "Para quién" in labels
    assert any(label.startswith("Preguntas · Seguro y costo: ¿Aceptan") for label in labels)


def test_english_comparison_closes_with_the_word_list_and_says_who_a_program_is_for(sample_db, tmp_path):
    from finder.reports.compare_report import write_comparison_pdf
    from finder.services.compare import build_comparison

    _shortlist(sample_db, tmp_path)
    out = tmp_path / "c.pdf"
    write_comparison_pdf(build_comparison(sample_db, "Case 7"), out)
    text = text_of(out)
    assert text.index("Words used on this sheet") > text.index("Where they are")  # the glossary closes it
    for word in (
        "IOP (intensive outpatient program)",
        "PHP / day treatment",
        "Residential",
        "Detox",
        "MAT",
        "CARF",
        "Joint Commission",
        "12-step facilitation",
        "CBT",
        "DBT",
    ):
        assert word in text, word
    assert "a program for teens" in text and "a program for eating disorders" in text
    assert ", Teen" not in text and "Eating disorder" not in text


def test_the_comparison_s_values_read_in_spanish():
    """The service gives values; the text layer words each cell, once, in the current language."""
    from finder.services.compare import Phones, Progress, TagsCell
    from finder.services.needs import NeedCheck, NeedsMet
    from finder.texts import use_language
    from finder.texts.compare import cell

    needs = NeedsMet(1, (NeedCheck("payments:medicaid", "no"), NeedCheck("levels:iop", "unknown")))
    with use_language("es"):
        assert cell("needs", needs) == "No: Medicaid · No se sabe: IOP"
        assert cell("needs", NeedsMet(1, (NeedCheck("levels:iop", "met"),))) == "Cumple todo"
        assert (
            cell("phones", Phones("949-777-2283", "949-337-1439"))
            == "principal 949-777-2283 · admisión 949-337-1439"
        )
        assert cell("verified", date(2024, 12, 1)) == "1 de diciembre de 2024"
        assert cell("asked", Progress(3, 29)) == "3 de 29 preguntadas"
        assert (
            cell("types", TagsCell("types", ("addiction", "teen", "eating-disorder")))
            == "Adicciones; un programa para adolescentes; un programa para trastornos de la alimentación"
        )
    assert cell("types", TagsCell("types", ("mental-health", "teen"))) == "Mental health; a program for teens"
