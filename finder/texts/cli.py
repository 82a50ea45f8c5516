"""The command line's language: which one it speaks, and argparse's own words in it.

    code = start_cli_language(settings.load().language)   # the setting, else the locale, else English

The rule is the window's: the `language` setting when it is set (`finder config set language es`),
else the locale the environment names (LC_ALL, then LC_MESSAGES, then LANG: the first one set
decides, as in C's setlocale), else English. `es_US.UTF-8` is Spanish; `C`, `POSIX` or a language
the app does not have is English.

argparse words its usage lines, its group titles and its errors with its module's `_` and
`ngettext` (Python's gettext, whose catalogue we do not ship). They are answered from our catalogue
instead: the English texts are marked below, so `--help` and a mistyped option read in the
user's language like everything else. English stays byte for byte what argparse prints.
Qt-free, like the rest of finder.texts.
"""

from __future__ import annotations

import argparse
import os
import sys
from collections.abc import Mapping

from finder import texts
from finder.texts import N_, n_

LOCALE_VARIABLES = ("LC_ALL", "LC_MESSAGES", "LANG")

# argparse's own English (Python 3.11 to 3.13), marked for the catalogue: what a user can read
# (usage, headings, the help option, mistakes on the command line). The parser's programming
# errors (conflicting options, a bad dest=) never reach a user and stay English.
ARGPARSE_TEXTS = (
    N_("usage: "),
    N_("positional arguments"),
    N_("options"),
    N_("subcommands"),
    N_("show this help message and exit"),
    N_("show program's version number and exit"),
    N_("argument %(argument_name)s: %(message)s"),
    N_("unrecognized arguments: %s"),
    N_("the following arguments are required: %s"),
    N_("one of the arguments %s is required"),
    N_("not allowed with argument %s"),
    N_("ignored explicit argument %r"),
    N_("expected one argument"),
    N_("expected at most one argument"),
    N_("expected at least one argument"),
    N_("ambiguous option: %(option)s could match %(matches)s"),
    N_("unexpected option string: %s"),
    N_("invalid %(type)s value: %(value)r"),
    N_("invalid choice: %(value)r (choose from %(choices)s)"),
    N_("unknown parser %(parser_name)r (choices: %(choices)s)"),
    N_("can't open '%(filename)s': %(error)s"),
    N_("%(prog)s: error: %(message)s\n"),
)


def _argparse_plurals() -> None:  # never called: marks argparse's plural texts for the catalogue
    n_("expected %s argument", "expected %s arguments", 1)


def locale_language(environ: Mapping[str, str] | None = None, platform: str = sys.platform) -> str | None:
    """'es' or 'en' from the locale variables; None when none is set or it names another language.

    Windows sets none of them: there the user's locale as Windows names it decides
    ("Spanish_United States"), as it does for the window.
    """
    environ = os.environ if environ is None else environ
    for name in LOCALE_VARIABLES:
        value = (environ.get(name) or "").strip()
        if value:
            return texts.normal_language(value)
    if platform == "win32":
        import locale

        return windows_language(locale.getlocale()[0] or "")
    return None


def windows_language(name: str) -> str | None:
    """'es' for 'Spanish_United States' or 'es_US', 'en' for 'English_United States'; else None."""
    words = {"spanish": "es", "english": "en"}
    return words.get(name.split("_")[0].strip().lower()) or texts.normal_language(name)


def cli_language(setting: str | None, environ: Mapping[str, str] | None = None) -> str:
    """The language the command line speaks: the setting ('' or None: unset), else the locale, else English."""
    return texts.normal_language(setting) or locale_language(environ) or texts.SOURCE_LANGUAGE


def argparse_gettext(text):
    """argparse's `_`: its English in the current language (anything that is not text as given)."""
    return texts._(text) if isinstance(text, str) and text else text


def argparse_ngettext(singular: str, plural: str, n: int) -> str:
    """argparse's `ngettext`: the plural form of the current language (argparse puts the number in)."""
    return texts.compiled(texts.language()).ngettext(singular, plural, n)


def speak_argparse() -> None:
    """Route argparse's words through the catalogue (it looks `_` and `ngettext` up when it speaks)."""
    argparse._ = argparse_gettext  # type: ignore[attr-defined]  # argparse's own, not in its stubs
    argparse.ngettext = argparse_ngettext  # type: ignore[attr-defined]


def start_cli_language(setting: str | None, environ: Mapping[str, str] | None = None) -> str:
    """Choose the command line's language, make it the process's, and let argparse speak it."""
    code = texts.set_language(cli_language(setting, environ))
    speak_argparse()
    return code
