"""Regenerate finder/data/gazetteer.csv.gz from the `zipcodes` package.

The app reads this compact table (ZIP, city, state, county, latitude, longitude)
instead of the package's full records: a tenth of the memory and start-up time.
Run after upgrading `zipcodes`: `python scripts/build_gazetteer.py`.
"""

import csv
import gzip
import io
from pathlib import Path

import zipcodes

OUT = Path(__file__).resolve().parent.parent / "finder" / "data" / "gazetteer.csv.gz"


def main() -> None:
    buf = io.StringIO()
    w = csv.writer(buf, lineterminator="\n")
    w.writerow(["zip", "city", "state", "county", "latitude", "longitude"])
    n = 0
    for z in sorted(zipcodes.list_all(), key=lambda z: z["zip_code"]):
        if not z.get("lat") or not z.get("long"):
            continue
        w.writerow([z["zip_code"], z["city"], z["state"], z.get("county") or "", z["lat"], z["long"]])
        n += 1
    OUT.parent.mkdir(exist_ok=True)
    OUT.write_bytes(gzip.compress(buf.getvalue().encode("utf-8"), mtime=0))
    print(f"wrote {n} ZIPs to {OUT} ({OUT.stat().st_size // 1024} KB)")


if __name__ == "__main__":
    main()
