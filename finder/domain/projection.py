"""A local map projection centred on the search origin: north up, miles <-> pixels.

Equirectangular with the east-west scale taken at the origin's latitude (cos(latitude)),
which at the radii we search (up to 500 mi) keeps shapes recognisable, and is cheap enough
to project every vertex of the base map on each zoom. Longitudes are taken the short way
round from the origin, so an origin near the 180th meridian (the Aleutians) still works.
"""

from __future__ import annotations

import math
from dataclasses import dataclass, replace

MILES_PER_DEG_LAT = 69.05  # the same figure the results map has always used
FIT_SHARE = 0.9  # the radius circle's diameter, as a share of the shorter side


def wrap_lon(dlon: float) -> float:
    """A longitude difference in [-180, 180)."""
    return (dlon + 180.0) % 360.0 - 180.0


def miles_per_deg_lon(lat: float) -> float:
    return MILES_PER_DEG_LAT * max(0.01, math.cos(math.radians(lat)))


@dataclass(frozen=True)
class LocalProjection:
    """lat0/lon0 (the origin) lands on pixel (cx, cy); px_per_mile is the zoom."""

    lat0: float
    lon0: float
    px_per_mile: float
    cx: float = 0.0
    cy: float = 0.0

    @classmethod
    def fit(
        cls, lat0: float, lon0: float, radius_mi: float, width: float, height: float, share: float = FIT_SHARE
    ) -> LocalProjection:
        """The origin at the centre and the radius circle `share` of the shorter side across."""
        return cls(lat0, lon0, share * min(width, height) / (2 * radius_mi), width / 2, height / 2)

    @property
    def _kx(self) -> float:
        return miles_per_deg_lon(self.lat0)

    def miles(self, lat: float, lon: float) -> tuple[float, float]:
        """(east, north) miles from the origin."""
        return wrap_lon(lon - self.lon0) * self._kx, (lat - self.lat0) * MILES_PER_DEG_LAT

    def latlon(self, east: float, north: float) -> tuple[float, float]:
        return self.lat0 + north / MILES_PER_DEG_LAT, wrap_lon(self.lon0 + east / self._kx)

    def pixel(self, lat: float, lon: float) -> tuple[float, float]:
        east, north = self.miles(lat, lon)
        return self.cx + east * self.px_per_mile, self.cy - north * self.px_per_mile

    def pixels(self, points) -> list[tuple[float, float]]:
        """pixel() of many (lat, lon) at once (the same figures, without a call per point)."""
        kx, k, lat0, lon0, cx, cy = self._kx, self.px_per_mile, self.lat0, self.lon0, self.cx, self.cy
        return [
            (cx + ((lon - lon0 + 180.0) % 360.0 - 180.0) * kx * k, cy - (lat - lat0) * MILES_PER_DEG_LAT * k)
            for lat, lon in points
        ]

    def from_pixel(self, x: float, y: float) -> tuple[float, float]:
        """The (lat, lon) under a pixel."""
        return self.latlon((x - self.cx) / self.px_per_mile, (self.cy - y) / self.px_per_mile)

    def to_pixels(self, miles: float) -> float:
        return miles * self.px_per_mile

    def to_miles(self, pixels: float) -> float:
        return pixels / self.px_per_mile

    def view_miles(self, width: float, height: float) -> tuple[float, float, float, float]:
        """What a width x height picture shows: (west, east, south, north) in miles from the origin."""
        k = self.px_per_mile
        return -self.cx / k, (width - self.cx) / k, (self.cy - height) / k, self.cy / k

    def panned(self, dx: float, dy: float) -> LocalProjection:
        """The map moved by (dx, dy) pixels (a drag): the origin's pixel moves with it."""
        return replace(self, cx=self.cx + dx, cy=self.cy + dy)

    def zoomed(self, factor: float, x: float, y: float) -> LocalProjection:
        """Zoomed by `factor` keeping the point under pixel (x, y) where it is (wheel zoom)."""
        return replace(
            self,
            px_per_mile=self.px_per_mile * factor,
            cx=x + (self.cx - x) * factor,
            cy=y + (self.cy - y) * factor,
        )


def ring_step(radius_mi: float) -> float:
    """A round distance so that 2-5 rings fit inside the radius."""
    for step in (0.5, 1, 2, 2.5, 5, 10, 20, 25, 50, 100, 200, 250, 500):
        if radius_mi / step <= 5:
            return step
    return radius_mi


def ring_distances(radius_mi: float) -> list[float]:
    """The distances drawn as rings around the origin, the search radius last."""
    if radius_mi <= 0:
        return []
    step = ring_step(radius_mi)
    # a round ring closer to the radius than a third of a step would crowd it (and its label)
    out = [
        step * i
        for i in range(1, int(radius_mi / step + 1e-9) + 1)
        if radius_mi - step * i >= step / 3 - 1e-9
    ]
    out.append(radius_mi)
    return out
