"""A synthetic directory of N programs for the benchmark, shaped like the real one.

Where programs are: ZIP centroids weighted by how many real programs the bundled
national directory has in each ZIP (so Los Angeles, New York and Chicago come out
dense), plus a small weight on every other ZIP so rural areas are not empty.
What they offer: tag masks drawn from real programs' tag combinations.
The rows are written with bulk inserts straight into the app's own schema (the
database is created and migrated by `open_database`), so a million rows take
seconds, not hours.
"""

from __future__ import annotations

import math
import random
import sqlite3
from datetime import datetime
from pathlib import Path

from finder.services.gazetteer import gazetteer
from finder.services.opening import open_database

MASK_COLUMNS = (
    "types_mask",
    "levels_mask",
    "payments_mask",
    "populations_mask",
    "therapies_mask",
    "languages_mask",
    "supports_mask",
)
RURAL_WEIGHT = 0.15  # per ZIP with no real program, against 1.0 per real program
EXACT_SHARE = 0.6  # the rest sit on their ZIP centroid, as geocoded seeds do
UNLOCATED_SHARE = 0.01
JITTER_MI = 1.5
CHUNK = 20_000

_COLUMNS = (
    "name",
    "name2",
    "street1",
    "street2",
    "city",
    "state",
    "zip",
    "county",
    "phone",
    "intake_phone",
    "website",
    "latitude",
    "longitude",
    "location_precision",
    *MASK_COLUMNS,
    "accreditation",
    "insurers",
    "status",
    "status_reason",
    "verified_on",
    "verified_by",
    "notes",
    "search_text",
    "merge_key",
    "user_edited",
    "created_at",
    "updated_at",
    "version",
)


def real_profile(seeded_db: Path) -> tuple[dict[str, int], list[tuple[int, ...]]]:
    """Programs per ZIP, and every real program's tag masks, from a seeded directory."""
    con = sqlite3.connect(f"file:{seeded_db}?mode=ro", uri=True)
    try:
        per_zip = dict(con.execute("SELECT zip, count(*) FROM programs WHERE zip != '' GROUP BY zip"))
        masks = con.execute(f"SELECT {', '.join(MASK_COLUMNS)} FROM programs").fetchall()
    finally:
        con.close()
    return per_zip, masks


def _zip_weights(per_zip: dict[str, int]) -> tuple[list, list[float]]:
    # the ZIP list has some entries at 0,0 (no known location): leave those out
    places = [p for p in gazetteer().by_zip.values() if (p.latitude, p.longitude) != (0.0, 0.0)]
    weights = [per_zip.get(p.zip, 0) or RURAL_WEIGHT for p in places]
    return places, weights


def generate_rows(n: int, per_zip: dict[str, int], masks: list[tuple[int, ...]], seed: int = 8):
    """Yield n program rows as tuples in `_COLUMNS` order (deterministic for a seed)."""
    rng = random.Random(seed)
    places, weights = _zip_weights(per_zip)
    now = datetime(2026, 1, 1).isoformat(sep=" ")
    statuses = ["active"] * 49 + ["do-not-refer"]
    done = 0
    while done < n:
        k = min(CHUNK, n - done)
        chosen = rng.choices(places, weights=weights, k=k)
        tags = rng.choices(masks, k=k)
        for place, mask in zip(chosen, tags):
            done += 1
            r = rng.random()
            if r < UNLOCATED_SHARE:
                lat = lon = prec = None
            elif r < UNLOCATED_SHARE + EXACT_SHARE:
                # a street address somewhere around the ZIP centroid
                dist = abs(rng.gauss(0, JITTER_MI))
                bearing = rng.random() * 2 * math.pi
                lat = place.latitude + dist * math.cos(bearing) / 69.0
                coslat = max(0.05, math.cos(math.radians(place.latitude)))
                lon = place.longitude + dist * math.sin(bearing) / (69.17 * coslat)
                lat, lon, prec = max(-90.0, min(90.0, lat)), max(-180.0, min(180.0, lon)), "exact"
            else:
                lat, lon, prec = place.latitude, place.longitude, "zip"
            name = f"Bench Program {done}"
            name2 = rng.choice(("", "", "Outpatient Clinic", "Recovery Center", "Family Services"))
            city = place.city.title()
            yield (
                name,
                name2,
                f"{rng.randint(1, 9999)} Main St",
                "",
                city,
                place.state,
                place.zip,
                place.county,
                f"555-{done % 10_000:04d}",
                "",
                "",
                lat,
                lon,
                prec,
                *mask,
                "",
                "",
                rng.choice(statuses),
                "",
                "",
                "",
                "",
                f"{name} | {name2} | {city}".lower(),
                f"bench program {done}|{name2.lower()}|main st|{place.zip}",
                "",
                now,
                now,
                1,
            )


def build_directory(path: Path, n: int, seeded_db: Path, seed: int = 8) -> None:
    """Create the database at `path` (schema by the app) and bulk-load n synthetic programs."""
    per_zip, masks = real_profile(seeded_db)
    db = open_database(str(path), seed=False)
    db.dispose()
    con = sqlite3.connect(str(path))
    try:
        con.execute("PRAGMA journal_mode=WAL")
        con.execute("PRAGMA synchronous=OFF")
        # bulk load without the indexes, then build them once
        indexes = con.execute(
            "SELECT name, sql FROM sqlite_master WHERE type='index' "
            "AND tbl_name='programs' AND sql IS NOT NULL"
        ).fetchall()
        for name, _sql in indexes:
            con.execute(f'DROP INDEX "{name}"')
        placeholders = ", ".join("?" * len(_COLUMNS))
        with con:
            con.executemany(
                f"INSERT INTO programs ({', '.join(_COLUMNS)}) VALUES ({placeholders})",
                generate_rows(n, per_zip, masks, seed),
            )
        with con:
            for _name, sql in indexes:
                con.execute(sql)
        con.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    finally:
        con.close()
