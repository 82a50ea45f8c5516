"""The one radius rule (1-500 miles) and the one way a distance is written ("≈3.2 mi")."""

import math

import pytest

from finder.domain.geo import (
    DEFAULT_RADIUS_MILES,
    MAX_RADIUS_MILES,
    MIN_RADIUS_MILES,
    check_radius,
    format_distance,
)
from finder.errors import UserError


def test_limits_are_the_documented_ones():
    assert (MIN_RADIUS_MILES, DEFAULT_RADIUS_MILES, MAX_RADIUS_MILES) == (1, 25, 500)


@pytest.mark.parametrize(
    "typed, miles",
    [("25", 25.0), ("1", 1.0), ("500", 500.0), ("12.5", 12.5), (40, 40.0), (2.5, 2.5), (" 7 ", 7.0)],
)
def test_radius_accepted_from_text_or_number(typed, miles):
    assert check_radius(typed) == miles and isinstance(check_radius(typed), float)


@pytest.mark.parametrize("typed", [0, "0.99", 500.01, "501", -3, "nan", math.inf])
def test_radius_out_of_range_says_the_range_in_one_line(typed):
    with pytest.raises(UserError) as err:
        check_radius(typed)
    message = str(err.value)
    assert "between 1 and 500 miles" in message and "\n" not in message


@pytest.mark.parametrize("typed", ["far", "", None, "25mi"])
def test_radius_that_is_no_number_is_named(typed):
    with pytest.raises(UserError, match="is not a number of miles"):
        check_radius(typed)


def test_distance_text():
    assert format_distance(3.24) == "3.2 mi"
    assert format_distance(3.26, approx=True) == "≈3.3 mi"  # ≈: measured from a ZIP centre
    assert format_distance(0.04, True) == "≈0.0 mi"
    assert format_distance(1234.56) == "1234.6 mi"
    # under a "Miles" heading the unit is left out
    assert format_distance(7.06, True, unit=False) == "≈7.1"
    # no origin, or a program without a location
    assert format_distance(None) == "—" and format_distance(None, True, unit=False) == "—"
