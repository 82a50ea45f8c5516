"""A program's phones in words: the one style for the numbers, the words in the current language."""

from __future__ import annotations

from finder import texts
from finder.texts.programs import phones_line


def test_both_phones_one_or_none():
    assert phones_line("(949) 555-0100", "9495550101") == "main 949-555-0100 · intake 949-555-0101"
    assert phones_line("", "949.555.0101") == "intake 949-555-0101"
    assert phones_line("949-555-0100 x12", "") == "main 949-555-0100 ext. 12"
    assert phones_line("", "") == ""


def test_the_words_in_spanish():
    with texts.use_language("es"):
        assert phones_line("9495550100", "9495550101") == "principal 949-555-0100 · admisión 949-555-0101"
