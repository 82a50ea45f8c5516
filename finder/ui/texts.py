"""Translating the window's texts: `translate(context, text)` and counted texts with `translate_n`.

`translate` is QCoreApplication.translate under the name pyside6-lupdate looks for, so every
call with literal strings lands in finder/i18n/finder_es.ts (`make translations`).

Plurals (%n): pyside6-lupdate 6.12 records a message as a plural only when its count is a
number literal, so each plural is spelled out once, with a literal 2, in a never-called
`_plurals_for_lupdate()` beside the code that uses it; `translate_n` then picks the form at
run time. Without any translator installed (the tests) the English forms come from
finder_en.qm, so "1 program" and "5 programs" read right in English too; counts of a thousand
and more are grouped ("17,634").
"""

from __future__ import annotations

import re
from functools import cache

from PySide6.QtCore import QCoreApplication, QTranslator

translate = QCoreApplication.translate


@cache
def _english() -> QTranslator | None:
    from finder.reports.i18n import catalogue_dir

    t = QTranslator()
    return t if t.load(str(catalogue_dir() / "finder_en.qm")) else None


def translate_n(context: str, text: str, n: int) -> str:
    """The plural form of `text` for n in the window's language, %n replaced by n ("1,234")."""
    out = QCoreApplication.translate(context, text, None, n)
    if out == text.replace("%n", str(n)):  # no translator answered: the English forms
        english = _english()
        form = english.translate(context, text, None, n) if english is not None else ""
        out = (form or text).replace("%n", str(n))
    if abs(n) >= 1000:
        out = out.replace(str(n), f"{n:,}", 1)
    return out


def arg(template: str, *values) -> str:
    """Qt's %1 %2 … placeholders (a translation may move them); values as given."""
    def one(m: re.Match) -> str:
        i = int(m.group(1))
        return str(values[i - 1]) if 1 <= i <= len(values) else m.group(0)

    return re.sub(r"%(\d+)", one, template)  # one pass: a value's own "%2" stays as typed
