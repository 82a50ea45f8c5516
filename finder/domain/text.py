"""Words for counts: one helper so every count line reads "1 program", "2 programs" (Qt-free)."""

from __future__ import annotations


def plural_word(n: int, word: str, many: str | None = None) -> str:
    """The noun alone, singular for exactly one: plural_word(2, "program") -> "programs"."""
    return word if n == 1 else (many or word + "s")


def plural(n: int, word: str, many: str | None = None) -> str:
    """A count with its noun, thousands grouped: plural(1, "program") -> "1 program",
    plural(17634, "program") -> "17,634 programs"; `many` for irregular plurals ("matches")."""
    return f"{n:,} {plural_word(n, word, many)}"


def verb(n: int, one: str, many: str) -> str:
    """The verb that agrees with a count: verb(1, "has", "have") -> "has"."""
    return one if n == 1 else many
