"""The one exception type for mistakes a user can make and fix, and its translatable messages.

    raise UserError("zip-not-found", zip_code)

An error is a code and its values: the code names a sentence of the text layer
(finder/texts/errors_*.py: "zip-not-found" -> "ZIP code %1 was not found in the offline ZIP list",
an English template with Qt-style numbered places %1, %2 …, N_-marked for the catalogue). `str(exc)`
is that sentence in English with the values put in (the log, and what tests match); the window and
the command line word it in the user's language (finder.texts.errors.message). A value may itself be
a Message (a translatable part such as a hint, or a field's label), worded the same way; other values
(a path, a ZIP, a slug) stay as given. A string that is no code is its own English template: the
layers above the text layer may raise `UserError(N_("… %1 …"), value)`. Qt-free: the domain, db and
services raise it.
"""

from __future__ import annotations

import re
from collections.abc import Iterable

_PLACE = re.compile(r"%(\d+)")


def fill(template: str, values: tuple) -> str:
    """The template with %1 %2 … replaced by the values (as str), in one pass; unknown places stay."""
    if not values:
        return template

    def one(m: re.Match) -> str:
        i = int(m.group(1))
        return str(values[i - 1]) if 1 <= i <= len(values) else m.group(0)

    return _PLACE.sub(one, template)


def english(item: object) -> str:
    """An error or message worded in English (str(exc), the log): its code's template, values put in.

    A value that is itself a Message is worded the same way; other values stay as given.
    """
    if isinstance(item, Joined):
        return item.separator.join(english(part) for part in item.values)
    template = getattr(item, "template", None)
    if not isinstance(template, str):  # a plain value
        return str(item)
    from finder.texts.error_codes import TEMPLATES  # data only: the English of every code

    words = TEMPLATES.get(template, template)
    values = getattr(item, "values", ())
    return fill(words, tuple(english(v) for v in values)) if values else words


class Message:
    """An English template and its values: a sentence (or a part of one) that can be translated."""

    __slots__ = ("template", "values")

    def __init__(self, template: str, *values: object) -> None:
        self.template = template
        self.values = values

    def __str__(self) -> str:
        return english(self)

    def __repr__(self) -> str:
        return f"Message({self.template!r}{''.join(', ' + repr(v) for v in self.values)})"

    def __eq__(self, other: object) -> bool:
        return isinstance(other, Message) and (self.template, self.values) == (other.template, other.values)

    def __hash__(self) -> int:
        return hash((self.template, self.values))


class Joined(Message):
    """Messages shown one after another with a separator ("; "), each translated on its own."""

    __slots__ = ("separator",)

    def __init__(self, separator: str, parts: Iterable[object]) -> None:
        super().__init__("", *parts)
        self.separator = separator

    def __str__(self) -> str:
        return self.separator.join(str(p) for p in self.values)


class UserError(Exception):
    """A problem the user caused and can act on (bad ZIP, bad file, unknown id).

    The CLI prints the message on one line and exits 2; the GUI shows it in a dialog, translated.
    `template` and `values` keep the parts; `UserError("text")` is a template without values.
    """

    def __init__(self, template: object = "", *values: object) -> None:
        if isinstance(template, Message):  # a ready message (e.g. one shared by two raises)
            self.template, self.values = template.template, template.values + values
        else:
            self.template, self.values = str(template), values
        super().__init__(english(self))

    def __reduce__(
        self,
    ) -> tuple[
        type, tuple[object, ...]
    ]:  # a copy (pickle, a worker thread's result) keeps the code and its values
        return (type(self), (self.template, *self.values))
