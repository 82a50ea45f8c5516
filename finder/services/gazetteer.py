"""Offline place lookup: ZIP centroids and `City, ST` from the `zipcodes` package."""

from __future__ import annotations

import csv
import gzip
import io
import re
import threading
from dataclasses import dataclass
from functools import lru_cache

from finder.paths import resource_path

US_STATES = frozenset(
    "AL AK AZ AR CA CO CT DE DC FL GA HI ID IL IN IA KS KY LA ME MD MA MI MN MS MO MT NE NV NH NJ NM NY "
    "NC ND OH OK OR PA RI SC SD TN TX UT VT VA WA WV WI WY PR GU VI AS MP UM FM MH PW".split())  # noqa: SIM905


@dataclass(frozen=True)
class Place:
    zip: str
    city: str
    state: str
    county: str
    latitude: float
    longitude: float


class Gazetteer:
    def __init__(self) -> None:
        self.by_zip: dict[str, Place] = {}
        cities: dict[tuple[str, str], list[Place]] = {}
        for place in _load_places():
            self.by_zip[place.zip] = place
            cities.setdefault((_norm_city(place.city), place.state), []).append(place)
        self.cities: dict[tuple[str, str], tuple[float, float, str]] = {}
        for (city, state), places in cities.items():
            lat = sum(p.latitude for p in places) / len(places)
            lon = sum(p.longitude for p in places) / len(places)
            self.cities[(city, state)] = (lat, lon, places[0].city)

    def zip(self, code: str) -> Place | None:
        return self.by_zip.get(code)

    def city(self, name: str, state: str) -> tuple[float, float, str] | None:
        return self.cities.get((_norm_city(name), state.upper()))

    def city_names(self) -> list[str]:
        """'City, ST' strings for completion, sorted."""
        return sorted(f"{label}, {state}" for (_c, state), (_a, _b, label) in self.cities.items())


def _load_places():
    """ZIP centroids from resources/gazetteer.csv.gz (made from `zipcodes`), else from the package."""
    path = resource_path("gazetteer.csv.gz")
    if path.exists():
        text = gzip.decompress(path.read_bytes()).decode("utf-8")
        rows = csv.reader(io.StringIO(text))
        next(rows)
        for zip_, city, state, county, lat, lon in rows:
            yield Place(zip_, city, state, county, float(lat), float(lon))
        return
    import zipcodes

    for z in zipcodes.list_all():
        try:
            yield Place(z["zip_code"], z["city"], z["state"], z.get("county") or "",
                        float(z["lat"]), float(z["long"]))
        except (TypeError, ValueError):
            continue


def _norm_city(name: str) -> str:
    name = re.sub(r"[.\s]+", " ", name.strip().lower())
    return re.sub(r"^(saint|st) ", "st ", name)


_LOCK = threading.Lock()


@lru_cache(maxsize=1)
def _build() -> Gazetteer:
    return Gazetteer()


def gazetteer() -> Gazetteer:
    """The shared gazetteer, built once even when several threads ask at the same time."""
    with _LOCK:
        return _build()


def normalize_zip(raw: str) -> str | None:
    """'7030' -> '07030', '92660-1234' -> '92660', '602' -> '00602'; None when it is no ZIP."""
    raw = (raw or "").strip()
    m = re.fullmatch(r"(\d{3,5})(?:[- ]?\d{4})?", raw)
    if not m:
        return None
    if len(raw.replace("-", "").replace(" ", "")) == 9:
        return raw[:5]
    return m.group(1).zfill(5)
