"""Every rule a user's edit must satisfy, as the dialog and `finder edit` see them."""

from datetime import date

import pytest

from finder.domain.validation import (
    FieldError,
    ValidationError,
    check_coordinates,
    check_phone,
    check_state,
    check_website,
    check_zip,
    parse_location,
    possibly_out_of_date,
    validate_changes,
    verification_state,
)


@pytest.mark.parametrize(
    ("typed", "stored"),
    [("07030", "07030"), (" 92660 ", "92660"), ("92660-1234", "92660"), ("926601234", "92660"), ("", "")],
)
def test_zip_is_five_digits(typed, stored):
    assert check_zip(typed) == stored


@pytest.mark.parametrize("typed", ["7030", "602", "9266O", "92660-12", "ABCDE"])
def test_zip_refuses_anything_else(typed):
    with pytest.raises(FieldError, match="5 digits"):
        check_zip(typed)


def test_state_is_a_us_code():
    assert check_state("ca") == "CA"
    assert check_state("PR") == "PR"
    with pytest.raises(FieldError, match="not a US state"):
        check_state("ZZ")
    with pytest.raises(FieldError):
        check_state("California")


@pytest.mark.parametrize(
    ("typed", "stored"),
    [
        ("949-777-2283", "949-777-2283"),
        ("9497772283", "949-777-2283"),
        ("+1 949.777.2283", "949-777-2283"),
        ("1 (949) 777 2283", "949-777-2283"),
        ("949-777-2283 x12", "949-777-2283 ext. 12"),
        ("(949) 777-2283 ext. 405", "949-777-2283 ext. 405"),
        ("988", "988"),
        ("+44 20 7946 0958", "+44 20 7946 0958"),
    ],
)
def test_phone_normalised_when_it_is_a_us_number(typed, stored):
    assert check_phone(typed) == stored


@pytest.mark.parametrize("typed", ["777-2283", "call us", "949-777-22833", "049-777-2283"])
def test_phone_refuses_what_cannot_be_dialled(typed):
    with pytest.raises(FieldError):
        check_phone(typed)


def test_website_http_or_https_only():
    assert check_website("https://akuamentalhealth.com/") == "https://akuamentalhealth.com/"
    assert check_website("HTTP://example.org/a?b=1") == "http://example.org/a?b=1"
    assert check_website("www.example.org") == "https://www.example.org"
    for bad in ("javascript:alert(1)", "ftp://example.org", "file:///etc/passwd", "not a site", "http://x"):
        with pytest.raises(FieldError):
            check_website(bad)


def test_coordinates_in_range():
    assert parse_location("33.62, -117.93") == (33.62, -117.93)
    assert check_coordinates("-90", "180") == (-90.0, 180.0)
    for bad in ("91,0", "0,181", "nan,0", "33.6", "a,b", "1,2,3"):
        with pytest.raises(FieldError):
            parse_location(bad)


def test_name_required_and_text_at_most_500_characters():
    with pytest.raises(ValidationError) as e:
        validate_changes({"name": "  "}, {"name": "Old", "types": ["addiction"]})
    assert e.value.errors == {"name": "is required"}
    with pytest.raises(ValidationError) as e:
        validate_changes({"city": "x" * 501}, {"name": "Old", "types": ["addiction"]})
    assert "500" in e.value.errors["city"]
    assert validate_changes({"city": " Costa   Mesa "}, {"name": "A"}) == {"city": "Costa Mesa"}


def test_at_least_one_type():
    with pytest.raises(ValidationError) as e:
        validate_changes({"name": "New place", "zip": "92660"})
    assert "types" in e.value.errors
    with pytest.raises(ValidationError):
        validate_changes({"types": []}, {"name": "A", "types": ["addiction"]})
    with pytest.raises(ValidationError, match="unknown types"):
        validate_changes({"types": ["rehab"]}, {"name": "A"})
    # an edit of another field does not trip over a program imported without types
    assert validate_changes({"city": "Irvine"}, {"name": "A", "types": []}) == {"city": "Irvine"}


def test_do_not_refer_needs_a_reason():
    current = {"name": "A", "types": ["addiction"], "status": "active", "status_reason": ""}
    with pytest.raises(ValidationError, match="reason"):
        validate_changes({"status": "do-not-refer"}, current)
    ok = validate_changes({"status": "do-not-refer", "status_reason": "closed"}, current)
    assert ok == {"status": "do-not-refer", "status_reason": "closed"}
    with pytest.raises(ValidationError, match="not a status"):
        validate_changes({"status": "closed"}, current)


def test_every_broken_rule_is_reported_at_once():
    with pytest.raises(ValidationError) as e:
        validate_changes({"zip": "123", "state": "ZZ", "website": "ftp://x.org"}, {"name": "A"})
    assert set(e.value.errors) == {"zip", "state", "website"}
    assert "ZIP:" in str(e.value) and "State:" in str(e.value)


def test_every_field_and_vocabulary_has_a_label_before_its_rule():
    from finder.domain.taxonomy import VOCABULARIES
    from finder.domain.validation import LABELS, TEXT_FIELDS

    assert set(VOCABULARIES) | set(TEXT_FIELDS) <= set(LABELS)
    assert LABELS["populations"] == "Serves" and LABELS["types"] == "Types"


def test_possibly_out_of_date_after_a_year():
    today = date(2025, 6, 1)
    assert possibly_out_of_date("2024-05-31", today)
    assert not possibly_out_of_date("2024-06-01", today)
    assert not possibly_out_of_date("", today)
    assert verification_state("", today) == "never"
    assert verification_state("2025-01-01", today) == "current"
