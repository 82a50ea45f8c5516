"""Below the text layer nothing is worded: finder/domain, finder/db and finder/services hold no English sentence.

They return values and raise error codes (finder/texts/errors_*.py hold each code's English
template); finder/texts words them in the user's language. A string literal there that reads as
a sentence (three or more words with spaces) is a text that cannot be translated. Not counted:

- docstrings and other bare string statements (comments for the reader);
- what is written for developers: arguments of logging calls, assert messages, and the messages of
  exceptions that mean a bug (TypeError, RuntimeError, AssertionError, NotImplementedError);
- catalogue keys marked in place with N_() / NP_() (a registry's labels);
- SQL, and text matched against someone else's words: an operand of `in` / `==` / `!=`, of
  str.startswith / endswith, what str.replace looks for, a regular expression's pattern, and the
  keys of a dict literal (what is looked up: the driver's messages, a file's column or state names);
- ALLOWED below: data that is a sentence by nature, each with its reason.
"""

from __future__ import annotations

import ast
import re
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
LAYERS = ("finder/domain", "finder/db", "finder/services")

WORD = re.compile(r"[A-Za-z]{2,}")
SQL = re.compile(
    r"^\s*\(?\s*(SELECT|INSERT|UPDATE|DELETE|CREATE|ALTER|DROP|GRANT|REVOKE|PRAGMA|WITH|WHERE|AND|OR|"
    r"FROM|JOIN|LEFT|ORDER|GROUP|LIMIT|SET|VALUES|ON|LOGIN|BEGIN|COMMIT|REFERENCES)\b"
)
LOG_METHODS = {"debug", "info", "warning", "warn", "error", "exception", "critical", "log"}
BUG_EXCEPTIONS = {"TypeError", "RuntimeError", "AssertionError", "NotImplementedError"}
MARKERS = {"N_", "NP_"}
SQL_CALLS = {"text", "exec_driver_sql", "execute", "executemany", "executescript", "literal_column"}
MATCHING_METHODS = {"startswith", "endswith"}
REGEX_FUNCTIONS = {"compile", "search", "match", "fullmatch", "sub", "subn", "findall", "finditer", "split"}

# (file, literal) -> why it may stay: data, not words for a person
ALLOWED: dict[tuple[str, str], str] = {
    (
        "finder/services/backups.py",
        "before restore of the copy from ",
    ): "a backup's recorded reason (data in its .json, as older versions wrote it); finder/texts/backups.py words it",
    (
        "finder/services/backups.py",
        "before import of ",
    ): "a backup's recorded reason (data in its .json, as older versions wrote it); finder/texts/backups.py words it",
    (
        "finder/services/calls.py",
        "closed — call on ",
    ): "the status reason a 'closed' call stores with the program (data, like a reason a user types)",
    (
        "finder/services/seeding.py",
        "SAMHSA National Directories of Drug and Alcohol Use and Mental Health Treatment Facilities",
    ): "the title of the publication the bundled directory comes from (a proper name, shown as its source)",
    ("finder/db/models.py", "all, delete-orphan"): "SQLAlchemy's cascade option, not words",
}

# files still being converted by their owners: expected to fail until that lands (strict=False: an
# xpass is fine). Temporary: take a file off the list once it passes.
PENDING: dict[str, str] = {}
# what names an error: its template argument is a code of finder/texts/errors_*.py, never English
TEMPLATE_ARG = {"UserError": 0, "Message": 0, "FieldError": 1, "RowError": 1}
NOT_WORDS = {"%1"}  # a ValidationError's frame around its joined parts


def layer_files() -> list[str]:
    return sorted(p.relative_to(ROOT).as_posix() for layer in LAYERS for p in (ROOT / layer).rglob("*.py"))


def reads_as_sentence(text: str) -> bool:
    return " " in text.strip() and len(WORD.findall(text)) >= 3


def _name(func: ast.expr) -> str:
    if isinstance(func, ast.Attribute):
        return func.attr
    if isinstance(func, ast.Name):
        return func.id
    return ""


def _not_for_people(tree: ast.Module) -> set[int]:
    """ids of the nodes whose strings are not words for a person (see the module's docstring)."""
    skip: set[ast.AST] = set()
    for node in ast.walk(tree):
        if isinstance(node, ast.Expr) and isinstance(node.value, (ast.Constant, ast.JoinedStr)):
            skip.add(node.value)  # a docstring or a bare string
        elif isinstance(node, ast.Assert) and node.msg is not None:
            skip.add(node.msg)
        elif (
            isinstance(node, ast.Raise)
            and isinstance(node.exc, ast.Call)
            and _name(node.exc.func) in BUG_EXCEPTIONS
        ):
            skip.update(node.exc.args)
        elif isinstance(node, ast.Compare):
            skip.update([node.left, *node.comparators])
        elif isinstance(node, ast.Dict):
            skip.update(k for k in node.keys if k is not None)
        elif isinstance(node, ast.Call):
            name = _name(node.func)
            receiver = ast.unparse(node.func.value) if isinstance(node.func, ast.Attribute) else ""
            if (
                name in LOG_METHODS
                and "log" in receiver.lower()
                or name in MARKERS
                or name in SQL_CALLS
                or name in MATCHING_METHODS
            ):
                skip.update(node.args)
            elif (name in REGEX_FUNCTIONS and receiver == "re" or name == "replace") and node.args:
                skip.add(node.args[0])
    ids: set[int] = set()
    for node in skip:
        ids.update(id(n) for n in ast.walk(node))
    return ids


def sentences(source: str, rel: str) -> list[str]:
    """'file:line: text' for each literal in the source that reads as a sentence and is not exempt."""
    tree = ast.parse(source, rel)
    exempt = _not_for_people(tree)
    sql_fstrings = {
        id(part)
        for node in ast.walk(tree)
        if isinstance(node, ast.JoinedStr)
        and node.values
        and isinstance(node.values[0], ast.Constant)
        and SQL.match(str(node.values[0].value))
        for part in ast.walk(node)
    }
    out = []
    for node in ast.walk(tree):
        if not (isinstance(node, ast.Constant) and isinstance(node.value, str)):
            continue
        text = node.value
        if id(node) in exempt or id(node) in sql_fstrings or SQL.match(text) or not reads_as_sentence(text):
            continue
        if (rel, text) in ALLOWED:
            continue
        out.append(f"{rel}:{node.lineno}: {text!r}")
    return out


def _cases():
    for rel in layer_files():
        marks = [pytest.mark.xfail(strict=False, reason=PENDING[rel])] if rel in PENDING else []
        yield pytest.param(rel, marks=marks, id=rel)


@pytest.mark.parametrize("rel", list(_cases()))
def test_no_english_sentence_below_the_text_layer(rel):
    found = sentences((ROOT / rel).read_text(encoding="utf-8"), rel)
    assert found == [], (
        "English built below the text layer: raise an error code (finder/texts/errors_*.py) or return "
        "values that finder/texts words; data that is a sentence by nature goes into ALLOWED with its reason:\n"
        + "\n".join(found)
    )


def _raises_by_text(source: str, rel: str) -> list[str]:
    from finder.texts.error_codes import TEMPLATES

    out = []
    for call in ast.walk(ast.parse(source, rel)):
        if (
            isinstance(call, ast.Call)
            and _name(call.func) in TEMPLATE_ARG
            and len(call.args) > TEMPLATE_ARG[_name(call.func)]
        ):
            node = call.args[TEMPLATE_ARG[_name(call.func)]]
            if isinstance(node, ast.Constant) and isinstance(node.value, str):
                if node.value not in TEMPLATES and node.value not in NOT_WORDS:
                    out.append(f"{rel}:{call.lineno}: {node.value!r} is no error code")
            elif isinstance(node, ast.JoinedStr | ast.BinOp):
                out.append(f"{rel}:{call.lineno}: built at run time")
    return out


@pytest.mark.parametrize("rel", list(_cases()))
def test_every_error_is_raised_by_its_code(rel):
    """UserError / Message / FieldError / RowError name a code (however short the English would be)."""
    found = _raises_by_text((ROOT / rel).read_text(encoding="utf-8"), rel)
    assert found == [], (
        "raise UserError('some-code', value); its English goes into finder/texts/errors_*.py:\n"
        + ("\n".join(found))
    )


def test_every_allowed_text_is_still_there():
    """An entry of ALLOWED whose text is gone is taken out, so the list stays short and true."""
    stale = [
        f"{rel}: {text!r}"
        for rel, text in ALLOWED
        if not (ROOT / rel).exists() or text not in (ROOT / rel).read_text(encoding="utf-8")
    ]
    assert stale == []


def test_a_planted_sentence_is_caught_and_the_exempt_ones_are_not(tmp_path):
    planted = tmp_path / "planted.py"
    planted.write_text(
        '"""A module docstring is for the reader."""\n'
        "import logging, re\n"
        "from finder.errors import Message, UserError\n"
        "from finder.texts import N_\n"
        "log = logging.getLogger(__name__)\n"
        "LABEL = N_('Insurance carriers we know')\n"
        "COLUMNS = {'Name of the facility': 'name'}\n"
        "def f(raw):\n"
        "    '''A docstring.'''\n"
        "    log.info('the backup of the directory was made')\n"
        "    assert raw, 'a caller passes something to check'\n"
        "    if 'password authentication failed' in raw or re.search(r'role \"x\" does not exist', raw):\n"
        "        raise UserError('no-such-user', raw)\n"
        "    if raw.startswith('before import of '):\n"
        "        return 'SELECT id FROM programs WHERE name = :n'\n"
        "    if raw == 'x':\n"
        "        raise UserError(f'the shortlist {raw} is private to someone else')\n"
        "    return Message('no backups were made yet'), raw or 'nothing to back up'\n",
        encoding="utf-8",
    )
    found = sentences(planted.read_text(encoding="utf-8"), "planted.py")
    assert sorted(found) == [
        "planted.py:17: ' is private to someone else'",
        "planted.py:18: 'no backups were made yet'",
        "planted.py:18: 'nothing to back up'",
    ]


def test_a_raise_by_english_is_caught():
    source = "raise UserError('no-such-shortlist', x)\nraise UserError('no such list %1', x)\nMessage(f'{x} gone')\n"
    assert _raises_by_text(source, "p.py") == [
        "p.py:2: 'no such list %1' is no error code",
        "p.py:3: built at run time",
    ]


def test_the_two_error_registries_share_no_code():
    """errors_data.py and errors_work.py are merged into one: a code in both would hide one sentence."""
    from finder.texts.errors_data import TEMPLATES as DATA
    from finder.texts.errors_work import TEMPLATES as WORK

    assert sorted(set(DATA) & set(WORK)) == []
