"""The command line speaks the user's language: Spanish for a Spanish locale or setting, English
exactly as before otherwise; JSON and CSV (keys, slugs) are the same in both."""

from __future__ import annotations

import json

import pytest

from finder import texts
from finder.texts.cli import cli_language, locale_language
from tests.helpers import SAMPLE_CSV, finder, one_line_error

SPANISH = {"LANG": "es_US.UTF-8", "LC_ALL": "", "LC_MESSAGES": ""}
ENGLISH = {"LANG": "en_US.UTF-8", "LC_ALL": "", "LC_MESSAGES": ""}
C_LOCALE = {"LANG": "C", "LC_ALL": "", "LC_MESSAGES": ""}


@pytest.fixture(scope="module")
def db(tmp_path_factory):
    path = tmp_path_factory.mktemp("spanish") / "d.db"
    p = finder("import", SAMPLE_CSV, db=path, env=C_LOCALE)
    assert p.returncode == 0, p.stderr
    return path


# ---------------------------------------------------------------- which language


def test_the_locale_decides_when_nothing_is_set():
    assert cli_language("", {"LANG": "es_US.UTF-8"}) == "es"
    assert cli_language(None, {"LANG": "es_MX"}) == "es"
    assert cli_language("", {"LANG": "en_US.UTF-8"}) == "en"
    assert cli_language("", {"LANG": "C"}) == "en"
    assert cli_language("", {"LANG": "fr_FR.UTF-8"}) == "en"  # a language the app does not have
    assert cli_language("", {}) == "en"


def test_the_first_locale_variable_set_wins_as_in_setlocale():
    assert locale_language({"LC_ALL": "C", "LANG": "es_US.UTF-8"}) is None
    assert locale_language({"LC_ALL": "", "LC_MESSAGES": "es_ES.UTF-8", "LANG": "C"}) == "es"
    assert locale_language({"LC_MESSAGES": "en_GB", "LANG": "es_US"}) == "en"


def test_the_setting_beats_the_locale():
    assert cli_language("es", {"LANG": "C"}) == "es"
    assert cli_language("en", {"LANG": "es_US.UTF-8"}) == "en"


# ---------------------------------------------------------------- Spanish


def test_search_prints_a_spanish_table(db):
    p = finder("search", "--near", "92660", db=db, env=SPANISH)
    assert p.returncode == 0, p.stderr
    head = p.stdout.splitlines()[0].split()
    assert head == ["Número", "Millas", "Programa", "Ciudad", "Niveles", "Teléfono"]
    assert "programas a menos de 25 mi de Newport Beach, CA 92660" in p.stdout
    assert "distancia desde el centro del código postal" in p.stdout
    assert "Miles" not in p.stdout and "programs within" not in p.stdout


def test_show_words_its_fields_and_tags_in_spanish(db):
    data = json.loads(finder("search", "--near", "92660", "--format", "json", db=db).stdout)
    p = finder("show", data["results"][0]["id"], db=db, env=SPANISH)
    assert p.returncode == 0, p.stderr
    assert (
        "Teléfono: " in p.stdout and "Situación: " in p.stdout and "Origen: directory_sample.csv" in p.stdout
    )
    assert "Tipos: Adicciones" in p.stdout  # the registry's label, translated
    assert "Phone: " not in p.stdout and "Source: " not in p.stdout


def test_help_is_spanish_throughout():
    top = finder("--help", env=SPANISH)
    assert top.returncode == 0
    assert top.stdout.startswith("uso: finder ")
    assert "argumentos posicionales:" in top.stdout and "opciones:" in top.stdout
    assert "muestra esta ayuda y termina" in top.stdout
    assert "programas cerca de un lugar, primero los más cercanos" in top.stdout
    search = finder("search", "--help", env=SPANISH)
    assert search.stdout.startswith("uso: finder search ")
    assert "--near LUGAR" in search.stdout and "millas, 1-500 (por omisión 25)" in search.stdout
    assert "basta con uno" in search.stdout
    for english in ("usage:", "options:", "show this help", "positional arguments", "nearest first"):
        assert english not in top.stdout + search.stdout, english


def test_errors_are_spanish_on_stderr_with_exit_2(db):
    missing = finder("search", db=db, env=SPANISH)  # argparse's own error
    one_line_error(missing, "faltan estos argumentos obligatorios: --near")
    bad_choice = finder("search", "--near", "92660", "--format", "xml", db=db, env=SPANISH)
    one_line_error(bad_choice, "opción no válida", "'xml'")
    ours = finder("checklist", db=db, env=SPANISH)  # the command line's own UserError
    one_line_error(ours, "indique el número de un programa")
    spanish = finder("show", "987654321", db=db, env=SPANISH)  # a service's UserError
    english = finder("show", "987654321", db=db, env=C_LOCALE)
    one_line_error(spanish, "987654321")
    one_line_error(english, "987654321")
    assert spanish.stderr != english.stderr


def test_the_language_setting_beats_the_locale(db):
    assert finder("config", "set", "language", "es", env=C_LOCALE).returncode == 0
    p = finder("search", "--near", "92660", db=db, env=C_LOCALE)
    assert p.stdout.split()[:2] == ["Número", "Millas"]
    assert finder("config", "set", "language", "en", env=C_LOCALE).returncode == 0
    p = finder("search", "--near", "92660", db=db, env=SPANISH)
    assert p.stdout.split()[:2] == ["ID", "Miles"]


# ---------------------------------------------------------------- English stays as it was


@pytest.mark.parametrize("env", [C_LOCALE, ENGLISH], ids=["C", "en_US"])
def test_english_is_unchanged(db, env):
    p = finder("search", "--near", "92660", "--limit", "3", db=db, env=env)
    lines = p.stdout.splitlines()
    assert lines[0].split() == ["ID", "Miles", "Program", "City", "Levels", "Phone"]
    assert lines[-1].startswith(
        f"{json_total(db)} programs within 25 mi of Newport Beach, CA 92660, showing 3."
    )
    assert lines[-1].endswith(". ≈ = distance from the ZIP centre.")
    top = finder("--help", env=env).stdout
    assert top.startswith("usage: finder ") and "\npositional arguments:\n" in top and "\noptions:\n" in top
    assert "  -h, --help            show this help message and exit\n" in top
    assert "show program's version number and exit" in top
    one_line_error(finder("search", db=db, env=env), "the following arguments are required: --near")


def json_total(db) -> int:
    return json.loads(finder("search", "--near", "92660", "--format", "json", db=db, env=C_LOCALE).stdout)[
        "total"
    ]


# ---------------------------------------------------------------- the contract is one language


def test_json_and_csv_are_the_same_in_both_languages(db):
    args = ("search", "--near", "92660", "--format", "json")
    es = json.loads(finder(*args, db=db, env=SPANISH).stdout)
    en = json.loads(finder(*args, db=db, env=C_LOCALE).stdout)
    assert es == en and es["results"]
    pid = en["results"][0]["id"]
    show_es = json.loads(finder("show", pid, "--format", "json", db=db, env=SPANISH).stdout)
    show_en = json.loads(finder("show", pid, "--format", "json", db=db, env=C_LOCALE).stdout)
    assert show_es == show_en
    csv_args = ("search", "--near", "92660", "--format", "csv")
    assert finder(*csv_args, db=db, env=SPANISH).stdout == finder(*csv_args, db=db, env=C_LOCALE).stdout


def test_main_leaves_the_process_language_as_it_found_it(db, capsys, monkeypatch):
    from finder.cli import main

    monkeypatch.setenv("LANG", "es_US.UTF-8")
    monkeypatch.delenv("LC_ALL", raising=False)
    monkeypatch.delenv("LC_MESSAGES", raising=False)
    assert main(["--db", str(db), "search", "--near", "92660", "--limit", "1"]) == 0
    assert capsys.readouterr().out.startswith("Número")
    assert texts.process_language() == "en"


def test_windows_names_its_locale_in_words():
    from finder.texts.cli import locale_language, windows_language

    assert windows_language("Spanish_United States") == "es"
    assert windows_language("English_United States") == "en"
    assert windows_language("es_MX") == "es" and windows_language("French_France") is None
    assert locale_language({}, platform="linux") is None  # no variable set: English, as before
