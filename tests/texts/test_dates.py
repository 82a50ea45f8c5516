"""Dates in words from the catalogue, without Qt or the C library's locale."""

from datetime import date, datetime

from finder.texts import use_language
from finder.texts.dates import iso_day, long_date, month_year, short_date


def test_english_dates():
    assert month_year(date(2024, 12, 1)) == "December 2024"
    assert long_date(date(2024, 12, 15)) == "December 15, 2024"
    assert long_date(datetime(2025, 5, 3, 9)) == "May 3, 2025"
    assert short_date(date(2025, 5, 3)) == "May 3" and short_date(date(2024, 9, 30)) == "Sep 30"
    assert month_year("as stored") == "as stored"  # a directory date that is no month stays as it is


def test_spanish_dates():
    with use_language("es"):
        assert month_year(date(2024, 12, 1)) == "diciembre de 2024"
        assert long_date(date(2024, 12, 15)) == "15 de diciembre de 2024"
        assert long_date(date(2025, 5, 3)) == "3 de mayo de 2025"
        assert short_date(date(2025, 5, 3)) == "3 may" and short_date(date(2024, 12, 2)) == "2 dic"
    assert month_year(date(2024, 12, 1)) == "December 2024"  # only inside the block


def test_iso_days():
    assert iso_day("2025-03-04") == date(2025, 3, 4) and iso_day("") is None and iso_day("soon") is None
