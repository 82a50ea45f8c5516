"""Nominatim's usage policy for the opt-in online lookup: one request a second from the whole app,
and a user agent that says who we are. A fake backend stands in for geopy: no test reaches the network."""

from __future__ import annotations

import re
import threading
import time
from types import SimpleNamespace

from finder.services import origins
from finder.services.origins import NominatimGeocoder, resolve_origin, user_agent


class SlowBackend:
    """Records when each request started and ended; takes a little while, as the network does."""

    def __init__(self) -> None:
        self.calls: list[tuple[float, float]] = []
        self._lock = threading.Lock()

    def geocode(self, query, **kwargs):
        start = time.monotonic()
        time.sleep(0.2)
        with self._lock:
            self.calls.append((start, time.monotonic()))
        return SimpleNamespace(latitude=39.8, longitude=-89.65, address=f"{query} (found)")


def test_two_threads_at_once_send_requests_a_second_apart(monkeypatch):
    monkeypatch.setattr(origins, "_last_request", float("-inf"))
    backend = SlowBackend()
    barrier = threading.Barrier(2)
    found, failed = [], []

    def search(query: str) -> None:
        geo = NominatimGeocoder(backend=backend)  # each search builds its own, as the window does
        barrier.wait()
        try:
            found.append(resolve_origin(query, online=True, geocoder=geo))
        except Exception as exc:  # noqa: BLE001 - reported below
            failed.append(exc)

    threads = [
        threading.Thread(target=search, args=(q,))
        for q in ("1 Main St, Springfield, IL", "2 Oak Ave, Springfield, IL")
    ]
    for t in threads:
        t.start()
    for t in threads:
        t.join(10)
    assert not failed and len(found) == 2
    assert {o.resolved_as for o in found} == {"address"}
    (_, end1), (start2, _) = sorted(backend.calls)
    # the second request starts a full second after the first one finished, not at the same instant
    assert start2 - end1 >= 0.99, backend.calls


def test_a_request_right_after_another_waits(monkeypatch):
    monkeypatch.setattr(origins, "_last_request", float("-inf"))
    backend = SlowBackend()
    geo = NominatimGeocoder(backend=backend)
    geo.geocode("1 Main St, Springfield, IL")
    NominatimGeocoder(backend=backend).geocode("2 Oak Ave, Springfield, IL")
    (_, end1), (start2, _) = backend.calls
    assert start2 - end1 >= 0.99


def test_user_agent_names_the_project_and_a_contact_url():
    from finder import __version__

    agent = user_agent()
    assert agent.startswith(f"program-finder/{__version__} ")
    assert re.search(r"https://\S+", agent)
    assert origins.CONTACT_URL in agent


def test_nominatim_is_built_with_that_user_agent():
    # building geopy's Nominatim sends nothing; it only keeps the headers for later requests
    geo = NominatimGeocoder()
    assert geo._geo.headers["User-Agent"] == user_agent()
