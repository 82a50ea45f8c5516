"""What the map is made of, apart from how it is painted: the scene, its marks, the palette.

finder/reports/map_render.py paints these; the window, `finder map` and the reports build them.
"""

from __future__ import annotations

import ctypes
import math
import sys
from collections.abc import Iterable, Iterator, Sequence
from contextlib import contextmanager
from dataclasses import dataclass, field
from typing import NamedTuple

from PySide6.QtCore import QBuffer, QByteArray, QIODevice, QPointF
from PySide6.QtGui import QColor, QImage, QPalette

from finder.domain.projection import LocalProjection
from finder.errors import UserError
from finder.texts import N_


def _drops_none() -> bool:
    before = sys.getrefcount(None)
    QColor().setAlpha(255)
    return sys.getrefcount(None) < before


# PySide6 6.12.0 on Python 3.11 loses a reference to None on every call of a method that returns
# nothing (6.11 does not, and from Python 3.12 None is immortal). A map paint makes thousands of
# such calls, so without this the process dies with "deallocating None" after a few paints.
_LOSES_NONE = _drops_none()


@contextmanager
def _none_kept() -> Iterator[None]:
    """Give back the references to None that the Qt calls inside took (nothing on a sound PySide6)."""
    before = sys.getrefcount(None) if _LOSES_NONE else 0
    try:
        yield
    finally:
        if _LOSES_NONE:
            for _ in range(max(0, before - sys.getrefcount(None))):
                ctypes.pythonapi.Py_IncRef(ctypes.py_object(None))


@dataclass(frozen=True)
class MapPalette:
    water: QColor
    land: QColor
    coast: QColor
    state_line: QColor
    county_line: QColor
    town: QColor
    ring: QColor  # the inner distance rings
    ink: QColor  # the radius circle, marks, origin and ring labels
    paper: QColor  # behind labels and inside hollow marks
    selected: QColor

    @classmethod
    def light(cls) -> MapPalette:
        c = QColor
        return cls(
            c("#cddfec"),
            c("#f4f1ea"),
            c("#7fa3bf"),
            c("#8e86a3"),
            c("#d9d2c3"),
            c("#55585e"),
            c("#6a6e75"),
            c("#202124"),
            c("#f4f1ea"),
            c("#1a66d2"),
        )

    @classmethod
    def dark(cls) -> MapPalette:
        c = QColor
        return cls(
            c("#14202c"),
            c("#2a2c30"),
            c("#4d6f8c"),
            c("#8a83a0"),
            c("#45484f"),
            c("#b9bdc5"),
            c("#a3a7ae"),
            c("#eceef1"),
            c("#2a2c30"),
            c("#6aa8ff"),
        )

    @classmethod
    def for_palette(cls, palette: QPalette) -> MapPalette:
        """The light or dark map, whichever the window's palette is, with its highlight colour."""
        base = palette.color(QPalette.ColorRole.Base)
        chosen = cls.dark() if base.lightness() < 128 else cls.light()
        return MapPalette(**{**chosen.__dict__, "selected": palette.color(QPalette.ColorRole.Highlight)})


class MapMark(NamedTuple):  # a tuple: a search makes hundreds, and a frozen dataclass is 3x slower to build
    id: int
    name: str
    lat: float
    lon: float
    exact: bool  # False: the program's ZIP centre
    number: int | None = None  # shown in the mark (the handout's list numbers)


def marks_from_rows(rows: Iterable, numbers: dict[int, int] | None = None) -> list[MapMark]:
    """Marks for search results (ResultRow-like: id, name, latitude, longitude, location_precision);
    rows without a location are left out."""
    numbers = numbers or {}
    return [
        MapMark(r.id, r.name, r.latitude, r.longitude, r.location_precision != "zip", numbers.get(r.id))
        for r in rows
        if r.latitude is not None and r.longitude is not None
    ]


@dataclass(frozen=True)
class MapScene:
    lat: float
    lon: float
    radius_mi: float
    marks: Sequence[MapMark] = ()
    selected_id: int | None = None
    origin_label: str = ""


@dataclass
class MarkGroup:
    at: QPointF
    marks: list[MapMark]
    size: float
    exact: bool = False  # one of its programs' locations is exact (a filled mark)
    numbers: tuple[int, ...] = ()  # the handout numbers of its programs, in order


@dataclass
class PaintedMap:
    """What one paint put where, for hover and clicks."""

    projection: LocalProjection
    groups: list[MarkGroup] = field(default_factory=list)

    def marks_at(self, x: float, y: float, slack: float = 9.0) -> list[MapMark]:
        """The marks under a pixel, nearest first."""
        hits = []
        for g in self.groups:
            d = math.hypot(g.at.x() - x, g.at.y() - y)
            if d <= max(slack, g.size + 2):
                hits += [(d, m.id, m) for m in g.marks]
        return [m for _d, _i, m in sorted(hits, key=lambda h: (h[0], h[1]))]


def parse_size(text: str, lo: int = 64, hi: int = 8000) -> tuple[int, int]:
    """'1280x800' -> (1280, 800); anything else is one line a person can act on."""
    w, sep, h = (text or "").lower().strip().partition("x")
    if not sep or not w.isdigit() or not h.isdigit():
        raise UserError(N_("size '%1' is not WIDTHxHEIGHT in pixels, such as 1280x800"), text)
    size = int(w), int(h)
    if not all(lo <= v <= hi for v in size):
        raise UserError(N_("size '%1': width and height must each be %2-%3 pixels"), text, lo, hi)
    return size


def png_bytes(image: QImage) -> bytes:
    """The image as PNG, made in memory so that writing it fails as a Python OSError."""
    data = QByteArray()
    buffer = QBuffer(data)
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    image.save(buffer, "PNG")
    buffer.close()
    return bytes(data.data())
