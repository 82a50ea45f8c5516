"""UserError messages: an error code and its values, English as before on the command line, Spanish in the window.

The domain, the database, the imports and the settings raise `UserError("zip-not-found", zip)`: the
code's English template lives in finder/texts/errors_*.py, N_-marked for the catalogue; str() is the
English sentence (the log, and what tests match), finder.texts.errors.message the sentence in the
current language. A string that is no code is still its own template.
"""

from __future__ import annotations

import ast
import pickle
import re
from pathlib import Path

import pytest

from finder.errors import Message, UserError
from finder.texts import catalogue
from finder.texts.error_codes import TEMPLATES
from tests.helpers import finder_here, one_line_error

ROOT = Path(__file__).resolve().parents[2]
# the layers whose raises are all by code (finder/texts/errors_data.py): each message-making call's
# template argument is a code of the registry, never English, never built at run time
BY_CODE = ("finder/domain", "finder/db", "finder/services/importing", "finder/settings.py")
TEMPLATE_ARG = {"UserError": 0, "Message": 0, "FieldError": 1, "RowError": 1}
NOT_WORDS = {"%1"}  # a ValidationError's frame around its joined parts
CODE = re.compile(r"[a-z0-9]+(-[a-z0-9]+)*")


def spanish_catalogue() -> dict[str, str]:
    """English template -> Spanish, from the one catalogue."""
    return {m.id: m.string for m in catalogue.read("es") if isinstance(m.id, str) and m.id and m.string}


def by_code_files() -> list[Path]:
    return sorted(
        p
        for layer in BY_CODE
        for p in ([ROOT / layer] if layer.endswith(".py") else (ROOT / layer).rglob("*.py"))
    )


def template_arguments(path: Path):
    """(line, the template argument's node) of every UserError / Message / FieldError / RowError call."""
    for call in ast.walk(ast.parse(path.read_text(encoding="utf-8"), str(path))):
        if isinstance(call, ast.Call) and isinstance(call.func, ast.Name) and call.func.id in TEMPLATE_ARG:
            i = TEMPLATE_ARG[call.func.id]
            if len(call.args) > i:
                yield call.lineno, call.args[i]


# ---------------------------------------------------------------- English stays what it was


def test_a_template_reads_as_the_english_sentence():
    exc = UserError("cannot read %1: %2", "/tmp/x.csv", "No such file or directory")
    assert str(exc) == "cannot read /tmp/x.csv: No such file or directory"
    assert exc.template == "cannot read %1: %2" and exc.values == ("/tmp/x.csv", "No such file or directory")
    assert exc.args == ("cannot read /tmp/x.csv: No such file or directory",)


def test_a_plain_message_and_a_value_with_places_stay_as_typed():
    assert str(UserError("there are no backups yet")) == "there are no backups yet"
    assert UserError("there are no backups yet").values == ()
    assert str(UserError("100% sure, %1", "50%")) == "100% sure, 50%"  # no values: nothing replaced
    assert str(UserError("no shortlist named '%1'", "Case %2 %1")) == "no shortlist named 'Case %2 %1'"


def test_a_message_value_and_a_copy_through_pickle_keep_the_english():
    hint = Message("online lookup failed (%1)", "Timeout")
    exc = UserError("'%1' could not be found: %2, and it holds no known ZIP or 'City, ST'", "1 Main St", hint)
    assert (
        str(exc)
        == "'1 Main St' could not be found: online lookup failed (Timeout), and it holds no known ZIP or 'City, ST'"
    )
    again = pickle.loads(pickle.dumps(exc))
    assert str(again) == str(exc) and again.template == exc.template


def test_the_cli_says_a_bad_zip_in_the_same_one_line(capsys, sample_db):
    p = finder_here(capsys, sample_db.path, "search", "--near", "00000")
    one_line_error(p)
    assert p.stderr.strip() == "finder: ZIP code 00000 was not found in the offline ZIP list"


def test_the_cli_says_a_shortlist_name_clash_and_a_bad_file_as_before(capsys, sample_db, tmp_path):
    assert finder_here(capsys, sample_db.path, "shortlist", "create", "Case 2291").returncode == 0
    p = finder_here(capsys, sample_db.path, "shortlist", "create", "case 2291")
    one_line_error(p)
    assert p.stderr.strip() == (
        "finder: a shortlist named 'Case 2291' already exists; choose another name or add to that one"
    )
    empty = tmp_path / "programs.csv"
    empty.write_text("")
    p = finder_here(capsys, sample_db.path, "import", empty)
    one_line_error(p)
    assert p.stderr.strip() == "finder: programs.csv is empty"


# ---------------------------------------------------------------- codes, and the catalogue sees every template


def test_the_domain_db_imports_and_settings_raise_by_code():
    """A literal template there is a code of the registry; an f-string, a join or a %-format is refused
    (the values would be in the English, and nothing left to translate)."""
    wrong = []
    for path in by_code_files():
        for line, node in template_arguments(path):
            where = f"{path.relative_to(ROOT)}:{line}"
            if isinstance(node, ast.Constant) and isinstance(node.value, str):
                if node.value not in TEMPLATES and node.value not in NOT_WORDS:
                    wrong.append(f"{where}: {node.value!r} is no error code")
            elif isinstance(node, (ast.JoinedStr, ast.BinOp)) or (
                isinstance(node, ast.Call)
                and isinstance(node.func, ast.Attribute)
                and node.func.attr in ("format", "join")
            ):
                wrong.append(f"{where}: built at run time")
    assert wrong == [], (
        "raise UserError('some-code', value) and give the code its English in finder/texts/errors_data.py:\n"
        + "\n".join(wrong)
    )


def test_the_codes_are_slugs_and_their_english_is_marked_for_the_catalogue():
    from finder.texts.errors_data import TEMPLATES as DATA

    assert [c for c in DATA if not CODE.fullmatch(c)] == []
    found = {msgid for _ctx, msgid in catalogue.extract()}
    assert [t for t in TEMPLATES.values() if t not in found] == []
    assert TEMPLATES["field-required"] == "is required" and TEMPLATES["import-empty"] == "%1 is empty"


def test_every_template_has_spanish_with_the_same_places():
    have = spanish_catalogue()
    templates = list(TEMPLATES.values())
    missing = [t for t in templates if not have.get(t)]
    assert missing == [], "no Spanish in finder/i18n/es.po for:\n" + "\n".join(missing)
    for t in templates:
        assert sorted(set(re.findall(r"%\d+", have[t]))) == sorted(set(re.findall(r"%\d+", t))), (t, have[t])


def test_a_code_and_its_values_survive_a_copy_and_read_as_before():
    exc = UserError("import-empty", "programs.csv")
    assert str(exc) == "programs.csv is empty" and exc.args == ("programs.csv is empty",)
    again = pickle.loads(pickle.dumps(exc))  # a worker thread's result, a process pool
    assert (again.template, again.values, str(again)) == ("import-empty", ("programs.csv",), str(exc))
    nested = UserError("db-damaged", "/tmp/x.db", "page 5", Message("db-no-backup-hint"))
    copy = pickle.loads(pickle.dumps(nested))
    assert copy.values[2] == Message("db-no-backup-hint") and str(copy) == str(nested)
    assert str(copy).startswith("the database /tmp/x.db is damaged (page 5); there is no backup of it")


# ---------------------------------------------------------------- in the window's language


def test_user_message_in_spanish(spanish):
    from finder.reports.i18n import user_message

    exc = UserError("ZIP code %1 was not found in the offline ZIP list", "00000")
    assert user_message(exc) == "el código postal 00000 no está en la lista de códigos postales sin conexión"
    assert str(exc) == "ZIP code 00000 was not found in the offline ZIP list"  # the log and the CLI: English
    assert user_message(UserError("there are no backups yet")) == "todavía no hay copias de seguridad"
    nested = UserError(
        "'%1' could not be found: %2, and it holds no known ZIP or 'City, ST'",
        "x",
        Message("online lookup found nothing"),
    )
    assert user_message(nested) == (
        "no se pudo encontrar 'x': la búsqueda en línea no encontró nada, "
        "y no contiene ningún código postal ni 'Ciudad, ST' conocido"
    )


def test_a_message_nobody_translated_stays_english(spanish):
    from finder.reports.i18n import user_message

    assert (
        user_message(UserError("a sentence made at run time, 42 of them"))
        == "a sentence made at run time, 42 of them"
    )
    assert user_message(OSError("disk full")) == "disk full"


def test_a_validation_error_names_each_field_in_spanish(spanish):
    from finder.domain.validation import ValidationError, validate_changes
    from finder.reports.i18n import user_message

    with pytest.raises(ValidationError) as caught:
        validate_changes({"zip": "abc", "name": ""}, {"name": "Akua", "types": ["addiction"]})
    exc = caught.value
    assert str(exc) == "ZIP: 'abc' is not a ZIP code: use 5 digits, e.g. 07030; Name: is required"
    assert exc.errors == {"zip": "'abc' is not a ZIP code: use 5 digits, e.g. 07030", "name": "is required"}
    assert user_message(exc) == (
        "Código postal: 'abc' no es un código postal: use 5 dígitos, p. ej., 07030; Nombre: es obligatorio"
    )
    assert user_message(exc.problems["name"]) == "es obligatorio"


def test_a_bad_row_refuses_the_import_in_english_and_in_spanish(tmp_path):
    from finder.reports.i18n import install_app_language, remove_app_language, user_message
    from finder.services.importing.run import read_records

    header, first = (
        (Path(__file__).parents[1] / "fixtures" / "directory_sample.csv").read_text().splitlines()[:2]
    )
    bad = tmp_path / "directory.csv"
    bad.write_text(header + "\n" + first.replace(",92627,", ",ABCDE,") + "\n")
    with pytest.raises(UserError) as caught:
        read_records(bad)
    assert str(caught.value) == (
        "directory.csv was not imported, nothing changed: row 2: ZIP 'ABCDE' is not a ZIP "
        "code (5 digits or ZIP+4, e.g. 92660)"
    )
    install_app_language("es")
    try:
        assert user_message(caught.value) == (
            "directory.csv no se importó y no cambió nada: fila 2: el código postal "
            "'ABCDE' no es válido (5 dígitos o ZIP+4, p. ej., 92660)"
        )
    finally:
        remove_app_language()


def test_the_reports_and_settings_messages_read_in_spanish_too(spanish, tmp_path):
    """A PDF that cannot be written, a bad paper size or setting: English on the command line, Spanish in a Spanish window."""
    from PySide6.QtGui import QPdfWriter

    from finder.reports.i18n import user_message
    from finder.reports.printing import setup_page
    from finder.settings import check_bool

    with pytest.raises(UserError) as bad_paper:
        setup_page(QPdfWriter(str(tmp_path / "x.pdf")), "legal")
    assert str(bad_paper.value) == "unknown paper size 'legal'; use letter or a4"
    assert user_message(bad_paper.value) == "tamaño de papel desconocido «legal»; use letter o a4"
    with pytest.raises(UserError) as bad_word:
        check_bool("maybe")
    assert str(bad_word.value) == "online-lookup: 'maybe' is not on or off; use true or false"
    assert user_message(bad_word.value).startswith("online-lookup: «maybe» no dice")
