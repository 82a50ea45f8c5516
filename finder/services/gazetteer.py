"""Offline place lookup: ZIP centroids and `City, ST` from the shipped gazetteer.

finder/data/gazetteer.csv.gz is made from the `zipcodes` package by scripts/build_gazetteer.py;
the app reads only the file, so `zipcodes` is a tool of that script, not a run-time dependency.
"""

from __future__ import annotations

import csv
import gzip
import io
import re
import threading
from dataclasses import dataclass
from functools import lru_cache

from finder.domain.validation import US_STATES as ALL_STATE_CODES
from finder.paths import resource_path

# places an origin can be in: the states, DC and territories (the military mail codes have no place)
MILITARY_MAIL_CODES = frozenset(("AA", "AE", "AP"))
US_STATES = ALL_STATE_CODES - MILITARY_MAIL_CODES


@dataclass(frozen=True)
class Place:
    zip: str
    city: str
    state: str
    county: str
    latitude: float
    longitude: float


class Gazetteer:
    """ZIP centroids, and 'City, ST' as the mean of a city's ZIP centroids (built on first use)."""

    def __init__(self) -> None:
        self.by_zip: dict[str, Place] = {p.zip: p for p in _load_places()}
        self._cities: dict[tuple[str, str], tuple[float, float, str]] | None = None
        self._cities_lock = threading.Lock()

    @property
    def cities(self) -> dict[tuple[str, str], tuple[float, float, str]]:
        # a ZIP search never needs the city index, so it is made only when a city is asked for
        with self._cities_lock:
            if self._cities is None:
                groups: dict[tuple[str, str], list[Place]] = {}
                for place in self.by_zip.values():
                    groups.setdefault((_norm_city(place.city), place.state), []).append(place)
                self._cities = {
                    key: (
                        sum(p.latitude for p in ps) / len(ps),
                        sum(p.longitude for p in ps) / len(ps),
                        ps[0].city,
                    )
                    for key, ps in groups.items()
                }
            return self._cities

    def zip(self, code: str) -> Place | None:
        return self.by_zip.get(code)

    def city(self, name: str, state: str) -> tuple[float, float, str] | None:
        return self.cities.get((_norm_city(name), state.upper()))

    def states_of(self, name: str) -> list[str]:
        """'City, ST' for each state that has a place called `name` (a city typed without its state)."""
        key = _norm_city(name)
        return sorted(f"{label}, {state}" for (c, state), (_a, _b, label) in self.cities.items() if c == key)

    def city_names(self) -> list[str]:
        """'City, ST' strings for completion, sorted."""
        return sorted(f"{label}, {state}" for (_c, state), (_a, _b, label) in self.cities.items())


def _load_places():
    """ZIP centroids from finder/data/gazetteer.csv.gz (package data, always shipped)."""
    text = gzip.decompress(resource_path("gazetteer.csv.gz").read_bytes()).decode("utf-8")
    rows = csv.reader(io.StringIO(text))
    next(rows)
    for zip_, city, state, county, lat, lon in rows:
        place = Place(zip_, city, state, county, float(lat), float(lon))
        if _located(place):
            yield place


def _located(place: Place) -> bool:
    """The ZIP list has some 870 ZIPs (mostly military mail) at 0,0: they have no real location."""
    return not (place.latitude == 0 and place.longitude == 0)


_SPACES = re.compile(r"[.\s]+")
_SAINT = re.compile(r"^(saint|st) ")


def _norm_city(name: str) -> str:
    return _SAINT.sub("st ", _SPACES.sub(" ", name.strip().lower()))


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
