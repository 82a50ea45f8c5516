"""Distances and bounding boxes, pure maths.

Search uses a cheap spherical distance to sort candidates and to settle the
clear cases, and the exact WGS-84 geodesic (Karney, via geographiclib, the
library geopy uses) for every distance it reports and for every program near
the radius edge. The sphere differs from the ellipsoid by less than 0.6 %, so
that margin decides which cases are "clear".
"""

from __future__ import annotations

import math

from geographiclib.geodesic import Geodesic

METERS_PER_MILE = 1609.344
EARTH_MEAN_RADIUS_MI = 6371008.8 / METERS_PER_MILE
SPHERE_REL_ERROR = 0.0075  # bound on |sphere - ellipsoid| / distance, with room to spare
ABS_SLACK_MI = 0.001

_WGS84 = Geodesic.WGS84
_DIST = Geodesic.DISTANCE


def geodesic_miles(lat1: float, lon1: float, lat2: float, lon2: float) -> float:
    """Exact distance on the WGS-84 ellipsoid, in statute miles."""
    return _WGS84.Inverse(lat1, lon1, lat2, lon2, _DIST)["s12"] / METERS_PER_MILE


def sphere_miles(lat1: float, lon1: float, lat2: float, lon2: float) -> float:
    """Great-circle (haversine) distance on the mean sphere, in miles."""
    p1 = math.radians(lat1)
    p2 = math.radians(lat2)
    dp = p2 - p1
    dl = math.radians(lon2 - lon1)
    a = math.sin(dp / 2) ** 2 + math.cos(p1) * math.cos(p2) * math.sin(dl / 2) ** 2
    return 2 * EARTH_MEAN_RADIUS_MI * math.asin(min(1.0, math.sqrt(a)))


def bounding_boxes(lat: float, lon: float, radius_mi: float) -> list[tuple[float, float, float, float]]:
    """Latitude/longitude boxes (south, north, west, east) that hold every point within the radius.

    Usually one box; two when the circle crosses the antimeridian. Deliberately a little
    too large: a degree of latitude is never shorter than 68.70 mi and a degree of
    longitude never shorter than 69.17 mi times the cosine of the latitude.
    """
    dlat = radius_mi / 68.70 * 1.001 + 1e-6
    south = max(-90.0, lat - dlat)
    north = min(90.0, lat + dlat)
    widest = max(abs(south), abs(north))
    if widest >= 89.9:
        return [(south, north, -180.0, 180.0)]
    dlon = radius_mi / (69.17 * math.cos(math.radians(widest))) * 1.001 + 1e-6
    if dlon >= 180:
        return [(south, north, -180.0, 180.0)]
    west, east = lon - dlon, lon + dlon
    if west < -180:
        return [(south, north, west + 360, 180.0), (south, north, -180.0, east)]
    if east > 180:
        return [(south, north, west, 180.0), (south, north, -180.0, east - 360)]
    return [(south, north, west, east)]


def valid_latlon(lat: float, lon: float) -> bool:
    return (isinstance(lat, (int, float)) and isinstance(lon, (int, float))
            and math.isfinite(lat) and math.isfinite(lon) and -90 <= lat <= 90 and -180 <= lon <= 180)


def within_radius(origin: tuple[float, float], points, radius_mi: float):
    """Yield (key, sphere_distance) for each (key, lat, lon) within the radius.

    Points clearly inside or outside are decided on the sphere; the ones near the
    edge get the exact geodesic. The returned distance is the sphere one (for
    ordering); call `geodesic_miles` for the distance you show.
    """
    lat0, lon0 = origin
    p0 = math.radians(lat0)
    cos_p0 = math.cos(p0)
    inner = radius_mi * (1 - SPHERE_REL_ERROR) - ABS_SLACK_MI
    outer = radius_mi * (1 + SPHERE_REL_ERROR) + ABS_SLACK_MI
    sin, cos, asin, sqrt, rad = math.sin, math.cos, math.asin, math.sqrt, math.radians
    two_r = 2 * EARTH_MEAN_RADIUS_MI
    for key, lat, lon in points:
        p = rad(lat)
        a = sin((p - p0) / 2) ** 2 + cos_p0 * cos(p) * sin(rad(lon - lon0) / 2) ** 2
        d = two_r * asin(min(1.0, sqrt(a)))
        if d <= inner:
            yield key, d
        elif d <= outer and geodesic_miles(lat0, lon0, lat, lon) <= radius_mi:
            yield key, d


def nearest_exact(origin: tuple[float, float], inside: list[tuple[object, float, float, float]], n: int):
    """The n nearest of `inside` [(key, sphere_d, lat, lon)] by exact geodesic, as [(key, miles)].

    Only the candidates whose sphere distance could still put them in the first n
    get the exact computation.
    """
    if not inside:
        return []
    inside = sorted(inside, key=lambda t: t[1])
    if len(inside) > n:
        cutoff = inside[n - 1][1] * (1 + SPHERE_REL_ERROR) / (1 - SPHERE_REL_ERROR) + 2 * ABS_SLACK_MI
        pool = [t for t in inside if t[1] <= cutoff]
    else:
        pool = inside
    lat0, lon0 = origin
    exact = [(key, geodesic_miles(lat0, lon0, lat, lon)) for key, _d, lat, lon in pool]
    exact.sort(key=lambda t: t[1])
    return exact[:n]
