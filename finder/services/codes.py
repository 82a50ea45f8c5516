"""Meanings of SAMHSA service codes, from finder/data/seeds/service_codes.csv (keyed by directory and code)."""

from __future__ import annotations

import csv
from functools import lru_cache

from finder.paths import seeds_dir


@lru_cache(maxsize=1)
def code_names() -> dict[tuple[str, str], str]:
    out: dict[tuple[str, str], str] = {}
    path = seeds_dir() / "service_codes.csv"
    if not path.exists():
        return out
    with path.open(newline="", encoding="utf-8") as fh:
        for row in csv.DictReader(fh):
            out[(row["category"], row["code"])] = row["name"].replace("\ufffd", "")
    return out


def code_meaning(code: str, directory_type: str = "") -> str:
    names = code_names()
    return (
        names.get((directory_type, code))
        or names.get(("substance", code))
        or names.get(("mental", code))
        or ""
    )
