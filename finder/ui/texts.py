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

from PySide6.QtCore import QCoreApplication

from finder.reports.i18n import arg, translate_n

translate = QCoreApplication.translate


__all__ = ["arg", "translate", "translate_n"]
