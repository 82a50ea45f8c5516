"""Keeping the catalogue: extract every marked text from the code, update the .po files, compile the .mo.

    python -m finder.texts.catalogue update     # after adding or changing texts (make translations)
    python -m finder.texts.catalogue fill es FILE.json   # {"English": "Spanish", …} into es.po
    python -m finder.texts.catalogue check      # untranslated and unused messages (exit 1 if any)

What counts as marked, in finder/**/*.py, literal strings only:
    _(s)  N_(s)  p_(ctx, s)  NP_(ctx, s)  n_(s, plural, n)  np_(ctx, s, plural, n)    (finder.texts)
    self.tr(s[, disambiguation[, n]])  QCoreApplication.translate(qt_context, s[, disambiguation[, n]])
    translate_n(qt_context, s, n)      (finder.reports.i18n: a Qt-style "%n …" plural)
    QT_TR_NOOP(s)  QT_TRANSLATE_NOOP(qt_context, s)                                   (Qt's own calls)
Qt's tr() context (a class name) is not part of a message: one English text has one translation
everywhere. A disambiguation (Qt) or a p_ context becomes the message's msgctxt. A Qt call with an
`n` is a plural message whose msgid and msgid_plural are the same "%n …" text.

Babel is a development tool here (reading and writing .po, plural rules, compiling); the app reads
the .mo files with Python's gettext.
"""

from __future__ import annotations

import ast
import json
import sys
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from pathlib import Path

from finder.paths import translations_dir

CATALOGUE_DIR = translations_dir()  # finder/i18n/ (a development tool: a source checkout's)
PACKAGE = CATALOGUE_DIR.parent  # finder/
LANGS = ("en", "es")
GLOSSARY_HEADER = "Glossary"  # the .po header comment lines that say one Spanish word per term
# Two forms in both languages (one, other), as the window always had; CLDR's third Spanish form
# ("many", for round millions) never occurs in counts of programs or days.
LANGUAGE_TEAMS = {"en": "English", "es": "Spanish"}
PLURAL_FORMS = {"en": (2, "(n != 1)"), "es": (2, "(n != 1)")}


@dataclass
class Found:
    msgid: str
    context: str | None
    plural: str | None = None
    places: list[tuple[str, int]] = field(default_factory=list)


def _literal(node: ast.AST | None) -> str | None:
    if isinstance(node, ast.Constant) and isinstance(node.value, str):
        return node.value
    return None


def _name(func: ast.AST) -> str:
    if isinstance(func, ast.Attribute):
        return func.attr
    if isinstance(func, ast.Name):
        return func.id
    return ""


def _arg(call: ast.Call, i: int) -> ast.AST | None:
    return call.args[i] if len(call.args) > i else None


def messages_in_call(call: ast.Call) -> Iterator[tuple[str, str | None, str | None]]:
    """(msgid, context, plural) for a marking call with literal texts; nothing for other calls."""
    name = _name(call.func)
    a = [_literal(x) for x in call.args]
    if name in ("_", "N_", "QT_TR_NOOP") and a and a[0]:
        yield a[0], None, None
    elif name in ("p_", "NP_") and len(a) >= 2 and a[0] and a[1]:
        yield a[1], a[0], None
    elif name == "n_" and len(a) >= 2 and a[0] and a[1]:
        yield a[0], None, a[1]
    elif name == "np_" and len(a) >= 3 and a[0] and a[1] and a[2]:
        yield a[1], a[0], a[2]
    elif name == "QT_TRANSLATE_NOOP" and len(a) >= 2 and a[0] and a[1]:
        yield a[1], None, None
    elif name == "tr" and a and a[0]:
        context = a[1] if len(a) > 1 and a[1] else None
        plural = a[0] if len(call.args) > 2 else None
        yield a[0], context, plural
    elif name == "_n" and a and a[0]:  # a module's own shorthand for translate_n(its context, s, n, …)
        yield a[0], None, a[0]
    elif name == "translate_n" and len(a) >= 2 and a[1]:  # finder.reports.i18n.translate_n(qt_context, s, n)
        yield a[1], None, a[1]
    elif name == "translate" and len(a) >= 2 and a[0] and a[1]:
        context = a[2] if len(a) > 2 and a[2] else None
        plural = a[1] if len(call.args) > 3 else None
        yield a[1], context, plural


def extract(root: Path = PACKAGE) -> dict[tuple[str | None, str], Found]:
    """Every marked message in the package, keyed by (context, msgid), in a stable order."""
    found: dict[tuple[str | None, str], Found] = {}
    for path in sorted(root.rglob("*.py")):
        rel = str(path.relative_to(root.parent))
        tree = ast.parse(path.read_text(encoding="utf-8"), rel)
        for node in ast.walk(tree):
            if not isinstance(node, ast.Call):
                continue
            for msgid, context, plural in messages_in_call(node):
                item = found.setdefault((context, msgid), Found(msgid, context, plural))
                item.plural = item.plural or plural
                item.places.append((rel, node.lineno))
    return dict(sorted(found.items(), key=lambda kv: (kv[0][1], kv[0][0] or "")))


def po_path(lang: str) -> Path:
    return CATALOGUE_DIR / f"{lang}.po"


def mo_path(lang: str) -> Path:
    return CATALOGUE_DIR / f"{lang}.mo"


def read(lang: str):
    from babel.messages.pofile import read_po

    with po_path(lang).open("rb") as fh:
        return read_po(fh, locale=lang, domain="finder")


def write(lang: str, catalog) -> None:
    from babel.messages.mofile import write_mo
    from babel.messages.pofile import write_po

    with po_path(lang).open("wb") as fh:
        write_po(fh, catalog, width=0, omit_header=False, no_location=True, sort_output=False)
    with mo_path(lang).open("wb") as fh:
        write_mo(fh, catalog, use_fuzzy=False)


@contextmanager
def locked() -> Iterator[None]:
    """One writer of the catalogue at a time (several people or tools may update it at once)."""
    with (CATALOGUE_DIR / ".lock").open("w") as fh:
        if sys.platform == "win32":
            import msvcrt

            msvcrt.locking(fh.fileno(), msvcrt.LK_LOCK, 1)
            try:
                yield
            finally:
                fh.seek(0)
                msvcrt.locking(fh.fileno(), msvcrt.LK_UNLCK, 1)
        else:
            import fcntl

            fcntl.flock(fh, fcntl.LOCK_EX)
            try:
                yield
            finally:
                fcntl.flock(fh, fcntl.LOCK_UN)


def _fresh(lang: str, old):
    from babel.messages.catalog import Catalog

    cat = Catalog(
        locale=lang,
        domain="finder",
        project="Program Finder",
        version="1",
        copyright_holder="the Program Finder developers",
        msgid_bugs_address="the project's issues",
        last_translator="the Program Finder developers",
        language_team=LANGUAGE_TEAMS[lang],
        fuzzy=False,
    )
    cat._num_plurals, cat._plural_expr = PLURAL_FORMS[lang]  # type: ignore[assignment]
    if old is not None:
        cat.header_comment = old.header_comment
        cat.creation_date = old.creation_date
    return cat


def update(langs: tuple[str, ...] = LANGS) -> dict[str, int]:
    """Rewrite each .po from the code: new messages added empty, gone ones dropped, translations kept."""
    found = extract()
    counts = {}
    with locked():
        for lang in langs:
            old = read(lang) if po_path(lang).exists() else None
            cat = _fresh(lang, old)
            for (context, msgid), item in found.items():
                if lang == "en" and not item.plural:
                    continue  # English is the code's: its catalogue holds plural forms only
                key = (msgid, item.plural) if item.plural else msgid
                before = old.get(msgid, context=context) if old is not None else None
                string = before.string if before is not None else ("", "") if item.plural else ""
                if item.plural and isinstance(string, str):
                    string = (string, string)
                if not item.plural and isinstance(string, tuple):
                    string = string[0]
                cat.add(key, string, context=context)
            write(lang, cat)
            counts[lang] = len(cat)
    return counts


def fill(lang: str, translations: dict[str, object], context: str | None = None) -> list[str]:
    """Put translations into a .po (a plural's value is a list of forms); returns msgids not in it."""
    missing = []
    with locked():
        cat = read(lang)
        for msgid, string in translations.items():
            message = cat.get(msgid, context=context)
            if message is None:
                missing.append(msgid)
                continue
            message.string = tuple(string) if isinstance(string, list) else string
        write(lang, cat)
    return missing


def problems(lang: str = "es") -> dict[str, list[str]]:
    """What keeps a catalogue from being whole: untranslated, unused and missing messages."""
    found = extract()
    cat = read(lang)
    wanted = {k for k, v in found.items() if lang != "en" or v.plural}
    have = {(m.context, m.id if isinstance(m.id, str) else m.id[0]): m for m in cat if m.id}
    untranslated = [
        msgid
        for (ctx, msgid), m in have.items()
        if (ctx, msgid) in wanted and (not m.string or (isinstance(m.string, tuple) and not all(m.string)))
    ]
    return {
        "untranslated": untranslated,
        "unused": [msgid for key in have if key not in wanted for msgid in [key[1]]],
        "missing": [msgid for key in wanted if key not in have for msgid in [key[1]]],
    }


def main(argv: list[str]) -> int:
    if argv[:1] == ["update"]:
        print(json.dumps(update()))
        return 0
    if argv[:1] == ["fill"] and len(argv) >= 3:
        data = json.loads(Path(argv[2]).read_text(encoding="utf-8"))
        missing = fill(argv[1], data, argv[3] if len(argv) > 3 else None)
        for m in missing:
            print(f"not in the catalogue: {m!r}", file=sys.stderr)
        return 1 if missing else 0
    if argv[:1] == ["check"]:
        bad = 0
        for lang in LANGS:
            for kind, items in problems(lang).items():
                for msgid in items:
                    bad += 1
                    print(f"{lang}: {kind}: {msgid!r}")
        return 1 if bad else 0
    print(__doc__.split("\n\n")[1], file=sys.stderr)
    return 2


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
