"""What a UserError (or a Message) says, in the current language: the one place errors are worded.

Qt-free, for the window, the printouts and the command line alike. A value that is itself a
Message (a hint, a field's rule) is worded the same way; other values (a path, a ZIP, a slug)
stay as given.
"""

from __future__ import annotations

from finder import texts
from finder.errors import Joined, Message, UserError, english, fill
from finder.texts.error_codes import TEMPLATES

__all__ = ["TEMPLATES", "english", "message", "template"]


def template(code: str) -> str:
    """The English template of an error code; a string that is no code is its own template."""
    return TEMPLATES.get(code, code)


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
