"""Origins resolve offline; street addresses only go online when asked (with a fake geocoder here)."""

import pytest

from finder.errors import UserError
from finder.services.gazetteer import normalize_zip
from finder.services.origins import resolve_offline, resolve_origin


def test_zip_resolves_to_its_centroid():
    o = resolve_origin("92660")
    assert o.resolved_as == "zip"
    assert o.latitude == pytest.approx(33.6295) and o.longitude == pytest.approx(-117.8684)
    assert "Newport Beach" in o.label


def test_city_is_mean_of_its_zip_centroids():
    import zipcodes

    zs = zipcodes.filter_by(city="Newport Beach", state="CA")
    o = resolve_origin("newport beach, ca")
    assert o.resolved_as == "city"
    assert o.latitude == pytest.approx(sum(float(z["lat"]) for z in zs) / len(zs))
    assert o.longitude == pytest.approx(sum(float(z["long"]) for z in zs) / len(zs))


def test_lat_lon():
    o = resolve_origin("41.88, -87.63")
    assert (o.latitude, o.longitude, o.resolved_as) == (41.88, -87.63, "coordinates")


@pytest.mark.parametrize(
    "query, words",
    [
        ("00000", "ZIP code 00000 was not found"),
        ("Nowhere, QQ", "'QQ' is not a US state"),
        ("Atlantisville, CA", "not found"),
        ("95,200", "latitude must be"),
        ("", "no origin"),
        ("1 Main St, Springfield", "online lookup"),
    ],
)
def test_unknown_origins_say_what_was_not_found(query, words):
    with pytest.raises(UserError, match=words):
        resolve_origin(query)


def test_zip_normalisation():
    assert normalize_zip("7030") == "07030"
    assert normalize_zip("602") == "00602"
    assert normalize_zip("92660-1234") == "92660"
    assert normalize_zip("926601234") == "92660"
    assert normalize_zip("abc") is None


class FakeGeocoder:
    def __init__(self, hit=None, fail=False):
        self.hit, self.fail, self.calls = hit, fail, []

    def geocode(self, query):
        self.calls.append(query)
        if self.fail:
            raise OSError("network down")
        return self.hit


class Hit:
    latitude, longitude, address = 39.80, -89.65, "1 Main St, Springfield, IL"


def test_online_address_lookup_uses_the_geocoder_and_caches(empty_db):
    geo = FakeGeocoder(Hit())
    o = resolve_origin("1 Main St, Springfield, IL", online=True, geocoder=geo, db=empty_db)
    assert (o.latitude, o.resolved_as) == (39.80, "address")
    again = resolve_origin(
        "1 Main St, Springfield, IL", online=True, geocoder=FakeGeocoder(fail=True), db=empty_db
    )
    assert again.latitude == 39.80  # from the cache, no second lookup needed
    assert geo.calls == ["1 Main St, Springfield, IL"]


def test_online_failure_falls_back_to_city_or_zip_and_says_so():
    o = resolve_origin("1 Main St, Springfield, IL 62701", online=True, geocoder=FakeGeocoder(fail=True))
    assert o.resolved_as == "zip" and "62701" in o.label
    assert "failed" in str(o.warning)
    o = resolve_origin("1 Main St, Springfield, IL", online=True, geocoder=FakeGeocoder(fail=True))
    assert o.resolved_as == "city" and "Springfield, IL" in o.label


def test_a_town_without_its_state_names_the_states_that_have_one():
    """'Newport Beach' said only '(--online)'; it now offers 'Newport Beach, CA'."""
    with pytest.raises(UserError, match=r"'Newport Beach' needs its state: Newport Beach, CA$"):
        resolve_offline("Newport Beach")
    with pytest.raises(UserError) as many:
        resolve_offline("springfield")
    text = str(many.value)
    assert "Springfield, IL" in text and "Springfield, MA" in text and "(+" in text
    with pytest.raises(UserError, match="cannot read the origin"):
        resolve_offline("Qwxz Nowhere")
