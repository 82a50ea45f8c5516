"""What a UserError (or a Message) says, in the current language: the one place errors are worded.

Qt-free, for the window, the printouts and the command line alike. A value that is itself a
Message (a hint, a field's rule) is worded the same way; other values (a path, a ZIP, a slug)
stay as given.
"""

from __future__ import annotations

from finder import texts
from finder.errors import Joined, Message, UserError, fill
from finder.texts.errors_data import TEMPLATES as _DATA
from finder.texts.errors_referrals import TEMPLATES as _REFERRALS
from finder.texts.errors_work import TEMPLATES as _WORK

# error code -> English template with %1 %2 … (marked for the catalogue with N_): one registry per area
TEMPLATES: dict[str, str] = {**_DATA, **_WORK, **_REFERRALS}


def template(code: str) -> str:
    """The English template of an error code; a string that is no code is its own template."""
    return TEMPLATES.get(code, code)


def english(item: object) -> str:
    """The sentence in English whatever the current language (str(exc), the log)."""
    with texts.use_language(texts.SOURCE_LANGUAGE):
        return _text(item)


def message(exc: BaseException | Message) -> str:
    """The sentence of a UserError or Message in the current language; anything else: str(exc)."""
    return _text(exc) if isinstance(exc, (UserError, Message)) else str(exc)


def _text(item: object) -> str:
    if isinstance(item, Joined):
        return item.separator.join(_text(part) for part in item.values)
    template = getattr(item, "template", None)
    if not isinstance(template, str):  # a plain value
        return str(item)
    words = texts._(TEMPLATES.get(template, template)) if template else template
    values = getattr(item, "values", ())
    return fill(words, tuple(_text(v) for v in values)) if values else words
