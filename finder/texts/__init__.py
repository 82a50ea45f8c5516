"""The text layer: every word a person reads, in English or Spanish, from one gettext catalogue.

Qt-free, so the window, the printouts, the CSVs and the command line all speak through it:

    from finder.texts import _, n_, p_, N_
    _("Room")                         # in the current language
    n_("%n program", "%n programs", n)  # plural forms of the language; %n is the number
    p_("verb", "Open")                # when one English word has two meanings
    N_("Medicaid")                    # marks a word for the catalogue without translating it (registries)

The catalogue is finder/i18n/<lang>.po (the source, edited by people) compiled to <lang>.mo (read
here, by Python's own gettext). English is the language of the code: en.po holds only plural
forms. `python -m finder.texts.catalogue update` extracts every marked text from the code into
the .po files; docs/texts.md says how to add a sentence, a term and a language.

The language is the process's (`set_language`, the window's Language setting or the CLI's) unless
a block asks for another in its thread (`use_language`, a printout in the family's language).
Below this layer (finder/domain, finder/db, finder/services) nothing builds a sentence: they return
values and error codes, and the functions in this package word them.
"""

from __future__ import annotations

import gettext as _gettext
import threading
from collections.abc import Iterator
from contextlib import contextmanager
from functools import cache
from importlib.resources import files

LANGUAGES = {"en": "English", "es": "Spanish (español)"}
SOURCE_LANGUAGE = "en"  # the texts in the code
DOMAIN = "finder"

_process = [SOURCE_LANGUAGE]
_local = threading.local()


def N_(text: str) -> str:
    """Mark a text for the catalogue; translated later where it is shown (a registry's labels)."""
    return text


def NP_(context: str, text: str) -> str:
    """Mark a text with its context (the msgctxt) for the catalogue; returns the text."""
    return text


def normal_language(lang: str | None) -> str | None:
    """'en' or 'es' from 'es', 'ES', 'es_US', 'es-MX', 'es_US.UTF-8'; None for anything else."""
    code = (lang or "").strip().lower().replace("-", "_").split(".")[0].split("_")[0]
    return code if code in LANGUAGES else None


@cache
def compiled(lang: str) -> _gettext.NullTranslations:
    """The compiled catalogue of a language (empty when it is missing: the code's English shows)."""
    resource = files("finder") / "i18n" / f"{lang}.mo"
    try:
        with resource.open("rb") as fh:
            return _gettext.GNUTranslations(fh)
    except OSError:
        return _gettext.NullTranslations()


def language() -> str:
    """The language texts are given in now, in this thread."""
    return getattr(_local, "lang", None) or _process[0]


def set_language(lang: str) -> str:
    """Make `lang` the process's language (the window's, the CLI's); returns its code ('en' when unknown)."""
    code = normal_language(lang) or SOURCE_LANGUAGE
    _process[0] = code
    return code


def process_language() -> str:
    return _process[0]


@contextmanager
def use_language(lang: str) -> Iterator[str]:
    """Speak `lang` inside the block, in this thread only (a printout in the family's language)."""
    code = normal_language(lang) or SOURCE_LANGUAGE
    before = getattr(_local, "lang", None)
    _local.lang = code
    try:
        yield code
    finally:
        _local.lang = before


def _(text: str) -> str:
    """`text` in the current language."""
    return compiled(language()).gettext(text)


def p_(context: str, text: str) -> str:
    """`text` in the current language, in a context (one English word, two meanings)."""
    return compiled(language()).pgettext(context, text)


def n_(singular: str, plural: str, n: int) -> str:
    """The form for `n` in the current language, with %n (and {n}) replaced by the number."""
    return _number(compiled(language()).ngettext(singular, plural, n), n)


def np_(context: str, singular: str, plural: str, n: int) -> str:
    return _number(compiled(language()).npgettext(context, singular, plural, n), n)


def _number(text: str, n: int) -> str:
    return text.replace("%n", str(n)).replace("{n}", str(n))


def lookup(source: str, context: str | None = None, n: int = -1) -> str | None:
    """What Qt's tr() asks (finder.ui.catalogue_bridge): the translation, or None when there is none."""
    cat = compiled(language())
    if n >= 0:
        got = cat.npgettext(context, source, source, n) if context else cat.ngettext(source, source, n)
    else:
        got = cat.pgettext(context, source) if context else cat.gettext(source)
    return got if got is not source else None
