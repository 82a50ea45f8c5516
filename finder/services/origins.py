"""Turning what the user typed into a search origin: ZIP, `City, ST`, `lat,lon`, or (opt-in) a street address."""

from __future__ import annotations

import re
import threading
import time
from dataclasses import dataclass
from datetime import datetime
from typing import Protocol

from finder.domain.geo import valid_latlon
from finder.errors import Message, UserError
from finder.services.gazetteer import US_STATES, gazetteer


@dataclass(frozen=True)
class Origin:
    query: str
    latitude: float
    longitude: float
    resolved_as: str  # "zip" | "city" | "coordinates" | "address"
    label: str = ""
    warning: Message | None = None  # a fallback was used: why, and from where it searches instead
    state: str = ""  # "CA" where the ZIP or city says; "" for coordinates and addresses

    def as_json(self) -> dict:
        return {
            "query": self.query,
            "latitude": round(self.latitude, 6),
            "longitude": round(self.longitude, 6),
            "resolved_as": self.resolved_as,
        }


class Geocoder(Protocol):
    """The one boundary to the network: geopy's Nominatim, or a fake in tests."""

    def geocode(self, query: str):  # -> object with .latitude, .longitude, .address, or None
        ...


MAX_PLACES_NAMED = 8
_LATLON = re.compile(r"^\s*([-+]?\d+(?:\.\d+)?)\s*[, ]\s*([-+]?\d+(?:\.\d+)?)\s*$")
_CITY_ST = re.compile(r"^\s*([A-Za-z][A-Za-z .'\-]*?)\s*,\s*([A-Za-z]{2})\s*$")


def resolve_offline(query: str) -> Origin:
    q = (query or "").strip()
    if not q:
        raise UserError("no-origin")
    m = _LATLON.match(q)
    if m:
        lat, lon = float(m.group(1)), float(m.group(2))
        if not valid_latlon(lat, lon):
            raise UserError("bad-latlon", q)
        return Origin(q, lat, lon, "coordinates", f"{lat:.4f}, {lon:.4f}")
    if re.fullmatch(r"\d{5}(-\d{4})?", q):
        place = gazetteer().zip(q[:5])
        if place is None:
            raise UserError("zip-not-found", q[:5])
        return Origin(
            q,
            place.latitude,
            place.longitude,
            "zip",
            f"{place.city}, {place.state} {place.zip}",
            state=place.state,
        )
    m = _CITY_ST.match(q)
    if m:
        city, state = m.group(1).strip(), m.group(2).upper()
        if state not in US_STATES:
            raise UserError("origin-bad-state", state, q)
        hit = gazetteer().city(city, state)
        if hit is None:
            raise UserError("city-not-found", city, state)
        return Origin(q, hit[0], hit[1], "city", f"{hit[2]}, {state}", state=state)
    if re.fullmatch(r"[A-Za-z][A-Za-z .'\-]*", q):
        places = gazetteer().states_of(q)
        if places:  # a town typed without its state: name the ones it could be
            shown = places[:MAX_PLACES_NAMED]
            more = len(places) - len(shown)
            raise UserError("city-needs-state", q, "; ".join(shown) + (f"; … (+{more})" if more else ""))
    raise UserError(
        "unreadable-origin",
        q,
    )


def _fallback(query: str) -> Origin | None:
    """The ZIP, else the 'City, ST', inside a street address."""
    zips = re.findall(r"\b(\d{5})(?:-\d{4})?\b", query)
    for z in reversed(zips):
        try:
            return resolve_offline(z)
        except UserError:
            pass
    parts = [p.strip() for p in query.split(",")]
    for i in range(len(parts) - 1, 0, -1):
        state = parts[i].split()[0] if parts[i].split() else ""
        try:
            return resolve_offline(f"{parts[i - 1]}, {state}")
        except UserError:
            continue
    return None


# Nominatim's usage policy: an application's own user agent that says how to reach its makers,
# and at most one request a second from the whole app (every search thread shares the lock)
CONTACT_URL = "https://github.com/program-finder/program-finder"
MIN_REQUEST_INTERVAL = 1.0
_request_lock = threading.Lock()
_last_request = float("-inf")  # time.monotonic() when the last request ended


def user_agent() -> str:
    from finder import __version__

    return f"program-finder/{__version__} (+{CONTACT_URL})"


class NominatimGeocoder:
    """geopy's Nominatim with its usage policy: our own user agent, one request a second at most.

    `backend` replaces geopy's Nominatim (tests pass a fake; they never reach the network).
    """

    def __init__(self, timeout: float = 10, backend=None) -> None:
        if backend is None:
            from geopy.geocoders import Nominatim

            backend = Nominatim(user_agent=user_agent(), timeout=timeout)
        self._geo = backend

    def geocode(self, query: str):
        global _last_request
        # the wait and the request under one lock: two threads never both see "a second has passed"
        with _request_lock:
            wait = MIN_REQUEST_INTERVAL - (time.monotonic() - _last_request)
            if wait > 0:
                time.sleep(wait)
            try:
                return self._geo.geocode(query, country_codes="us")
            finally:
                _last_request = time.monotonic()


def resolve_origin(query: str, *, online: bool = False, geocoder: Geocoder | None = None, db=None) -> Origin:
    """Resolve an origin offline; with `online`, look up street addresses (cached in the database)."""
    try:
        return resolve_offline(query)
    except UserError:
        if not online:
            raise
    q = query.strip()
    cached = _cache_get(db, q)
    if cached:
        return cached
    try:
        geo = geocoder or NominatimGeocoder()
        hit = geo.geocode(q)
    except Exception as exc:  # noqa: BLE001 - geopy raises many kinds; all mean "could not look it up"
        hit = None
        why = Message("online-lookup-failed", type(exc).__name__)
    else:
        why = Message("online-lookup-empty")
    if hit is not None:
        origin = Origin(
            q, float(hit.latitude), float(hit.longitude), "address", str(getattr(hit, "address", q))
        )
        _cache_put(db, origin)
        return origin
    fb = _fallback(q)
    if fb is None:
        raise UserError("origin-not-found", q, why)
    return Origin(
        q,
        fb.latitude,
        fb.longitude,
        fb.resolved_as,
        fb.label,
        warning=Message("origin-fallback", why, fb.label),
        state=fb.state,
    )


def _cache_get(db, q: str) -> Origin | None:
    if db is None:
        return None
    from finder.db.models import GeocodeCache

    with db.Session() as s:
        row = s.get(GeocodeCache, q.lower())
        if row:
            return Origin(q, row.latitude, row.longitude, "address", row.label)
    return None


def _cache_put(db, origin: Origin) -> None:
    if db is None:
        return
    from finder.db.models import GeocodeCache

    with db.Session.begin() as s:
        s.merge(
            GeocodeCache(
                query=origin.query.lower(),
                latitude=origin.latitude,
                longitude=origin.longitude,
                label=origin.label,
                fetched_at=datetime.now(),
            )
        )
