"""Distances and bounding boxes, pure maths.

Search screens candidates with a cheap spherical (haversine) distance, which
settles the clear cases: the sphere differs from the WGS-84 ellipsoid by less
than 0.6 %, so anything further than 0.75 % from the radius is decided by it.
Every distance shown, and every program near the radius edge, gets the
ellipsoidal distance from Vincenty's inverse formula (sub-millimetre for the
distances we search, about 15x cheaper in Python than geographiclib). When
Vincenty does not converge (nearly antipodal points) or a point sits within a
millimetre of the edge, Karney's algorithm in geographiclib (what geopy uses)
has the last word.
"""

from __future__ import annotations

import math
import threading
from functools import lru_cache

from finder.errors import UserError

# the radius a search accepts, in statute miles (PRODUCT.md "Searching"): CLI, window, services
MIN_RADIUS_MILES = 1
MAX_RADIUS_MILES = 500
DEFAULT_RADIUS_MILES = 25
APPROX_MARK = "≈"  # before a distance measured from a ZIP centre
NO_DISTANCE = "—"

METERS_PER_MILE = 1609.344
EARTH_MEAN_RADIUS_MI = 6371008.8 / METERS_PER_MILE
SPHERE_REL_ERROR = 0.0075  # bound on |sphere - ellipsoid| / distance, with room to spare
ABS_SLACK_MI = 0.001

_A = 6378137.0
_F = 1 / 298.257223563
_B = _A * (1 - _F)
_EP2 = (_A * _A - _B * _B) / (_B * _B)
_TIE_MI = 1e-6  # closer than this to the edge: ask geographiclib


@lru_cache(maxsize=1)
def _karney():
    from geographiclib.geodesic import Geodesic  # ~50 ms to import; rarely needed at all

    return Geodesic.WGS84, Geodesic.DISTANCE


def geodesic_miles(lat1: float, lon1: float, lat2: float, lon2: float) -> float:
    """Exact distance on the WGS-84 ellipsoid (Karney's algorithm, as geopy), in statute miles."""
    wgs84, distance = _karney()
    return wgs84.Inverse(lat1, lon1, lat2, lon2, distance)["s12"] / METERS_PER_MILE


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


def check_radius(value) -> float:
    """A search radius in miles from a number or the text typed ("25", "12.5").

    Raises UserError with a one-line message when it is not a number or not within
    MIN_RADIUS_MILES..MAX_RADIUS_MILES.
    """
    try:
        miles = float(value)
    except (TypeError, ValueError):
        raise UserError("radius-not-a-number", value) from None
    if not MIN_RADIUS_MILES <= miles <= MAX_RADIUS_MILES:  # also refuses nan and inf
        raise UserError(
            "radius-out-of-range",
            MIN_RADIUS_MILES,
            MAX_RADIUS_MILES,
            f"{miles:g}",
        )
    return miles


def format_distance(miles: float | None, approx: bool = False, *, unit: bool = True) -> str:
    """'≈3.2 mi' (≈ when measured from a ZIP centre), to 0.1 mi; '—' when there is no distance.

    `unit=False` leaves out ' mi', for a column already headed "Miles": '≈3.2'.
    """
    if miles is None:
        return NO_DISTANCE
    return f"{APPROX_MARK if approx else ''}{miles:.1f}{' mi' if unit else ''}"


def valid_latlon(lat: float, lon: float) -> bool:
    return (
        isinstance(lat, (int, float))
        and isinstance(lon, (int, float))
        and math.isfinite(lat)
        and math.isfinite(lon)
        and -90 <= lat <= 90
        and -180 <= lon <= 180
    )


class DistancesFrom:
    """Ellipsoidal distances in miles from one origin, with the origin's trigonometry done once."""

    __slots__ = ("_cu1", "_memo", "_su1", "lat0", "lon0")

    def __init__(self, lat0: float, lon0: float) -> None:
        self.lat0, self.lon0 = lat0, lon0
        u1 = math.atan((1 - _F) * math.tan(math.radians(lat0)))
        self._su1, self._cu1 = math.sin(u1), math.cos(u1)
        self._memo: dict[tuple[float, float], float] = {}

    def miles(self, lat: float, lon: float) -> float:
        """Geodesic distance; many programs share a ZIP centroid, so results are remembered."""
        key = (lat, lon)
        d = self._memo.get(key)
        if d is None:
            d = self._vincenty(lat, lon)
            if d is None:
                d = geodesic_miles(self.lat0, self.lon0, lat, lon)
            self._memo[key] = d
        return d

    def remembered(self) -> int:
        """How many points' distances are remembered."""
        return len(self._memo)

    def _vincenty(self, lat: float, lon: float) -> float | None:
        sin, cos, sqrt, atan2 = math.sin, math.cos, math.sqrt, math.atan2
        if abs(lat) >= 90.0 or abs(self.lat0) >= 90.0:
            return None
        su1, cu1 = self._su1, self._cu1
        u2 = math.atan((1 - _F) * math.tan(math.radians(lat)))
        su2, cu2 = sin(u2), cos(u2)
        big_l = math.radians(lon - self.lon0)
        lam = big_l
        for _ in range(30):
            sl, cl = sin(lam), cos(lam)
            t = cu1 * su2 - su1 * cu2 * cl
            ss = sqrt((cu2 * sl) ** 2 + t * t)
            if ss == 0.0:
                return 0.0
            cs = su1 * su2 + cu1 * cu2 * cl
            sigma = atan2(ss, cs)
            sa = cu1 * cu2 * sl / ss
            c2a = 1.0 - sa * sa
            c2sm = cs - 2.0 * su1 * su2 / c2a if c2a else 0.0
            c = _F / 16 * c2a * (4 + _F * (4 - 3 * c2a))
            prev = lam
            lam = big_l + (1 - c) * _F * sa * (sigma + c * ss * (c2sm + c * cs * (2 * c2sm * c2sm - 1)))
            if abs(lam - prev) < 1e-12:
                break
        else:
            return None  # nearly antipodal: Vincenty does not converge
        u_sq = c2a * _EP2
        a_k = 1 + u_sq / 16384 * (4096 + u_sq * (-768 + u_sq * (320 - 175 * u_sq)))
        b_k = u_sq / 1024 * (256 + u_sq * (-128 + u_sq * (74 - 47 * u_sq)))
        d_sigma = (
            b_k
            * ss
            * (
                c2sm
                + b_k
                / 4
                * (cs * (2 * c2sm * c2sm - 1) - b_k / 6 * c2sm * (4 * ss * ss - 3) * (4 * c2sm * c2sm - 3))
            )
        )
        return _B * a_k * (sigma - d_sigma) / METERS_PER_MILE


_RECENT_ORIGINS = 8  # a filter click searches the same origin again: its distances are known
_MEMO_CAP = 50_000  # points remembered per origin (a million-program state search stays bounded)
_recent: dict[tuple[float, float], DistancesFrom] = {}
_recent_lock = threading.Lock()


def distances_from(lat0: float, lon0: float) -> DistancesFrom:
    """The DistancesFrom for this origin, shared by the last few searches from it."""
    key = (lat0, lon0)
    with _recent_lock:  # searches run on worker threads
        dist = _recent.pop(key, None)
        if dist is None or dist.remembered() > _MEMO_CAP:
            dist = DistancesFrom(lat0, lon0)
        _recent[key] = dist  # the newest last
        while len(_recent) > _RECENT_ORIGINS:
            del _recent[next(iter(_recent))]
    return dist


def forget_distances() -> None:
    """Forget every origin's distances (the benchmark times each search as the first from its place)."""
    with _recent_lock:
        _recent.clear()


def select_within(
    origin: tuple[float, float], points, radius_mi: float, limit: int
) -> tuple[int, list[tuple[object, float]]]:
    """Of (key, lat, lon) points, count those within the radius and return the `limit` nearest.

    Returns (count, [(key, geodesic miles)] nearest first). Membership is exact (the
    sphere only settles cases far from the edge); the returned distances are geodesic.
    """
    lat0, lon0 = origin
    dist = distances_from(lat0, lon0)
    p0 = math.radians(lat0)
    cos_p0 = math.cos(p0)
    inner = radius_mi * (1 - SPHERE_REL_ERROR) - ABS_SLACK_MI
    outer = radius_mi * (1 + SPHERE_REL_ERROR) + ABS_SLACK_MI
    # compare squared half-chords instead of distances: no asin/sqrt for most points
    h_in = math.sin(min(math.pi / 2, inner / (2 * EARTH_MEAN_RADIUS_MI))) ** 2 if inner > 0 else -1.0
    h_out = math.sin(min(math.pi / 2, outer / (2 * EARTH_MEAN_RADIUS_MI))) ** 2
    sin, cos = math.sin, math.cos
    rad = math.pi / 180
    half_rad = rad / 2
    inside: list[tuple[float, object, float, float]] = []
    exact: dict[object, float] = {}
    append = inside.append
    for key, lat, lon in points:
        a = sin((lat - lat0) * half_rad) ** 2 + cos_p0 * cos(lat * rad) * sin((lon - lon0) * half_rad) ** 2
        if a <= h_in:
            append((a, key, lat, lon))
        elif a <= h_out:
            d = dist.miles(lat, lon)
            if abs(d - radius_mi) < _TIE_MI:
                d = geodesic_miles(lat0, lon0, lat, lon)
            if d <= radius_mi:
                append((a, key, lat, lon))
                exact[key] = d
    total = len(inside)
    if total > limit:
        # haversine order = sphere-distance order; only points that could still be among the
        # first `limit` on the ellipsoid need the exact distance
        nth = sorted(t[0] for t in inside)[limit - 1]
        d_nth = 2 * EARTH_MEAN_RADIUS_MI * math.asin(min(1.0, math.sqrt(nth)))
        cutoff = d_nth * (1 + SPHERE_REL_ERROR) / (1 - SPHERE_REL_ERROR) + 2 * ABS_SLACK_MI
        h_cut = math.sin(min(math.pi / 2, cutoff / (2 * EARTH_MEAN_RADIUS_MI))) ** 2
        pool = [t for t in inside if t[0] <= h_cut]
    else:
        pool = inside
    miles = dist.miles
    ranked = [(k, exact[k] if k in exact else miles(lat, lon)) for _a, k, lat, lon in pool]
    ranked.sort(key=lambda t: t[1])
    return total, ranked[:limit]


def within_radius(origin: tuple[float, float], points, radius_mi: float):
    """(key, geodesic miles) for every (key, lat, lon) within the radius, nearest first."""
    points = list(points)
    return select_within(origin, points, radius_mi, max(1, len(points)))[1]
