"""Regenerate finder/data/map/places.json, the town names the map may label, from our gazetteer.

A town is placed at the mean of its ZIP centroids (as `City, ST` searches are) and ranked by how
many ZIPs it has, a fair stand-in for its size. Kept: every town with at least MIN_ZIPS ZIPs, and
in every county the town with the most (nearest the county's middle on a tie), so rural maps get
names too. Most ZIPs first: the map labels in this order and skips a name that would collide.
Run after upgrading `zipcodes` or rebuilding the gazetteer: `python scripts/build_places.py`.
"""

from __future__ import annotations

import json
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
OUT = ROOT / "finder" / "data" / "map" / "places.json"
MIN_ZIPS = 3


def main() -> None:
    sys.path.insert(0, str(ROOT))
    from finder.services.gazetteer import gazetteer

    towns: dict[tuple[str, str], list] = {}
    for p in gazetteer().by_zip.values():
        towns.setdefault((p.city, p.state), []).append(p)
    rows = {}
    by_county: dict[tuple[str, str], list] = {}
    for (city, state), zips in towns.items():
        lat = sum(z.latitude for z in zips) / len(zips)
        lon = sum(z.longitude for z in zips) / len(zips)
        rows[(city, state)] = (city, state, round(lat, 4), round(lon, 4), len(zips))
        county = max({z.county for z in zips}, key=lambda c: sum(z.county == c for z in zips))
        if county:
            by_county.setdefault((county, state), []).append(rows[(city, state)])
    keep = {k for k, r in rows.items() if r[4] >= MIN_ZIPS}
    for members in by_county.values():
        mid_lat = sum(r[2] for r in members) / len(members)
        mid_lon = sum(r[3] for r in members) / len(members)
        best = min(members, key=lambda r: (-r[4], (r[2] - mid_lat) ** 2 + (r[3] - mid_lon) ** 2, r[0]))
        keep.add((best[0], best[1]))
    places = sorted((rows[k] for k in keep), key=lambda r: (-r[4], r[1], r[0]))
    data = {
        "source": "finder gazetteer (the `zipcodes` package): towns at the mean of their ZIP "
        "centroids, most ZIPs first; made by scripts/build_places.py",
        "columns": ["name", "state", "lat", "lon", "zips"],
        "places": [list(r) for r in places],
    }
    OUT.parent.mkdir(parents=True, exist_ok=True)
    OUT.write_text(json.dumps(data, ensure_ascii=False, separators=(",", ":")) + "\n", encoding="utf-8")
    print(f"wrote {len(places)} places to {OUT} ({OUT.stat().st_size // 1024} KB)")


if __name__ == "__main__":
    main()
