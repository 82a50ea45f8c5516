"""The English templates of UserError messages, as messages for Qt's translator (context "Errors").

finder/domain, finder/db and finder/services raise `UserError("ZIP code %1 was not found …", zip)`
and stay Qt-free, so `pyside6-lupdate` cannot see those templates as translatable (the reports and
finder/settings.py raise them the same way: one rule everywhere). This module reads
their source (it imports nothing of them but the edit form's field labels) and writes every literal
template into finder/reports/error_strings.py, one QT_TRANSLATE_NOOP("Errors", …) line each:

    UserError("literal", …)            and its subclasses' super().__init__("literal", …)
    Message("literal", …)              a translatable part (a hint, a field's rule)
    FieldError(field, "literal", …)    a rule of the edit form
    RowError(row, "literal", …)        why an import refused a row
    UserError(NAME) / UserError(A if c else B) where NAME, A, B are module-level string constants

    python -m finder.reports.error_texts     # rewrite error_strings.py (`make translations` runs it)

tests/reports/test_error_texts.py fails when error_strings.py is stale or a message is not a literal
(an f-string would put the values into the English and leave nothing to translate); the catalogue
test then fails until the Spanish is there. Translated at run time by finder.reports.i18n.user_message.
"""

from __future__ import annotations

import ast
import sys
from pathlib import Path

CONTEXT = "Errors"
# where UserError is raised: the Qt-free layers, the reports and the settings file
LAYERS = ("finder/domain", "finder/db", "finder/services", "finder/reports", "finder/settings.py")
TEMPLATE_ARG = {"UserError": 0, "Message": 0, "FieldError": 1, "RowError": 1}
USER_ERROR = "UserError"
NOT_MESSAGES = {"", "%1"}  # a ValidationError's frame around its joined parts: nothing to translate


def _root() -> Path:
    return Path(__file__).resolve().parents[2]


def layer_files() -> list[Path]:
    root = _root()
    return sorted(
        p
        for layer in LAYERS
        for p in ([root / layer] if layer.endswith(".py") else (root / layer).rglob("*.py"))
    )


def _constants(tree: ast.Module) -> dict[str, str]:
    """Module-level NAME = "text" assignments (implicitly joined literals included)."""
    out = {}
    for node in tree.body:
        if (
            isinstance(node, ast.Assign)
            and isinstance(node.value, ast.Constant)
            and isinstance(node.value.value, str)
        ):
            out.update({t.id: node.value.value for t in node.targets if isinstance(t, ast.Name)})
    return out


def _error_classes(trees: list[ast.Module]) -> set[str]:
    """UserError and the classes (in these layers) that derive from it, by name."""
    names = {USER_ERROR}
    grew = True
    while grew:
        grew = False
        for tree in trees:
            for node in ast.walk(tree):
                if (
                    isinstance(node, ast.ClassDef)
                    and node.name not in names
                    and any(isinstance(b, ast.Name) and b.id in names for b in node.bases)
                ):
                    names.add(node.name)
                    grew = True
    return names


def _template_args(tree: ast.Module, error_classes: set[str]):
    """(node of the template argument, where) for every message-making call of one module."""
    for cls in ast.walk(tree):
        if not isinstance(cls, ast.ClassDef) or not any(
            isinstance(b, ast.Name) and b.id in error_classes for b in cls.bases
        ):
            continue
        for call in ast.walk(cls):
            if (
                isinstance(call, ast.Call)
                and isinstance(call.func, ast.Attribute)
                and call.func.attr == "__init__"
                and isinstance(call.func.value, ast.Call)
                and isinstance(call.func.value.func, ast.Name)
                and call.func.value.func.id == "super"
                and call.args
            ):
                yield call.args[0], call.lineno
    for call in ast.walk(tree):
        if isinstance(call, ast.Call) and isinstance(call.func, ast.Name) and call.func.id in TEMPLATE_ARG:
            i = TEMPLATE_ARG[call.func.id]
            if len(call.args) > i:
                yield call.args[i], call.lineno


def _literals(node: ast.expr, constants: dict[str, str]) -> list[str] | None:
    """The literal texts an argument can be, or None when it is not literal (an f-string, a variable …)."""
    if isinstance(node, ast.Constant) and isinstance(node.value, str):
        return [node.value]
    if isinstance(node, ast.Name) and node.id in constants:
        return [constants[node.id]]
    if isinstance(node, ast.IfExp):
        a, b = _literals(node.body, constants), _literals(node.orelse, constants)
        return None if a is None or b is None else a + b
    return None


def scan() -> tuple[list[str], list[str]]:
    """(every template in a stable order without repeats, 'file:line' of each message that is not literal).

    Only the f-strings, joins and %-formats count as not literal: a variable or call passed on
    (a Message made elsewhere, `exc.message`) is already a template found where it was made.
    """
    root = _root()
    trees = {p: ast.parse(p.read_text(encoding="utf-8"), filename=str(p)) for p in layer_files()}
    error_classes = _error_classes(list(trees.values()))
    found: list[str] = []
    formatted: list[str] = []
    for path, tree in trees.items():
        constants = _constants(tree)
        for node, line in _template_args(tree, error_classes):
            texts = _literals(node, constants)
            if texts is not None:
                found += texts
            elif isinstance(node, (ast.JoinedStr, ast.BinOp)) or (
                isinstance(node, ast.Call)
                and isinstance(node.func, ast.Attribute)
                and node.func.attr in ("format", "join")
            ):
                formatted.append(f"{path.relative_to(root)}:{line}")
    from finder.domain.validation import LABELS  # the field names a ValidationError puts before each rule
    from finder.texts.error_codes import TEMPLATES  # codes: their English is marked in texts/errors_*.py

    found += list(LABELS.values())
    return [t for t in dict.fromkeys(found) if t not in NOT_MESSAGES and t not in TEMPLATES], formatted


def error_messages() -> list[str]:
    return scan()[0]


def generated_source() -> str:
    from finder.reports.domain_texts import noop_source

    return noop_source(
        "finder.reports.error_texts",
        "finder/domain, db, services, reports, settings",
        "The UserError templates",
        [(CONTEXT, text) for text in error_messages()],
    )


def strings_path() -> Path:
    return Path(__file__).with_name("error_strings.py")


def main() -> int:
    strings_path().write_text(generated_source(), encoding="utf-8")
    print(f"wrote {strings_path()} ({len(error_messages())} messages); now run `make translations`")
    return 0


if __name__ == "__main__":
    sys.exit(main())
