"""One phone style everywhere: NNN-NNN-NNNN, an extension kept as " ext. N" (issue 13, item 16)."""

from __future__ import annotations

import pytest

from finder.domain.validation import FieldError, check_phone, format_phone


@pytest.mark.parametrize(
    ("typed", "stored"),
    [
        ("949-777-2283", "949-777-2283"),
        ("9497772283", "949-777-2283"),
        ("+1 949.777.2283", "949-777-2283"),
        ("1 (949) 777 2283", "949-777-2283"),
        ("(562) 273-0799 x12", "562-273-0799 ext. 12"),
        ("(949) 777-2283 ext. 405", "949-777-2283 ext. 405"),
        ("988", "988"),
        ("+44 20 7946 0958", "+44 20 7946 0958"),
    ],
)
def test_an_edited_phone_is_stored_like_the_imported_ones(typed, stored):
    assert check_phone(typed) == stored


@pytest.mark.parametrize(
    ("stored", "shown"),
    [
        ("(562) 273-0799 ext. 12", "562-273-0799 ext. 12"),  # saved by an older version
        ("(949) 555-0100", "949-555-0100"),
        ("714-540-9070", "714-540-9070"),  # SAMHSA's own style is left alone
        ("714.540.9070 x3", "714-540-9070 ext. 3"),
        ("", ""),
        ("988", "988"),
        ("+44 20 7946 0958", "+44 20 7946 0958"),
        ("call the front desk", "call the front desk"),  # not a number: shown as stored
        ("012-345-6789", "012-345-6789"),
    ],
)
def test_format_phone_shows_every_stored_number_one_way(stored, shown):
    assert format_phone(stored) == shown


def test_the_error_gives_an_example_in_the_same_style():
    with pytest.raises(FieldError, match="949-555-0100"):
        check_phone("555-0100")
