"""Where the map's words go: ring labels, "×n" counts and town names, each clear of what is placed.

finder/reports/map_render.py paints them. Placement checks a label against what is already
there through a grid of 48-pixel cells, so a dense search (hundreds of marks around New York)
costs a few hundred rectangle tests rather than tens of thousands.
"""

from __future__ import annotations

import math
from collections.abc import Iterable

from PySide6.QtCore import QPointF, QRectF

from finder.domain.projection import ring_distances

CELL = 48.0  # the grid's cell, in pixels
CROSS_ARM = 7  # the origin's cross: a ring label never sits on it
LABEL_ANGLES = (
    45,
    30,
    60,
    15,
    75,
    0,
    90,
    105,
    135,
    120,
    150,
    165,
    180,
    330,
    315,
    300,
    345,
    285,
    270,
    210,
    225,
    240,
    195,
    255,
)  # where a ring label may sit, clockwise from east


class RectGrid:
    """Rectangles put down so far, bucketed by grid cell."""

    def __init__(self, rects: Iterable[QRectF] = ()) -> None:
        self._cells: dict[tuple[int, int], list[QRectF]] = {}
        for r in rects:
            self.add(r)

    @staticmethod
    def _keys(r: QRectF):
        left, top, w, h = r.getRect()
        x0, x1 = int(left // CELL), int((left + w) // CELL)
        y0, y1 = int(top // CELL), int((top + h) // CELL)
        if x0 == x1 and y0 == y1:  # most marks and labels sit in one cell
            return ((x0, y0),)
        return [(gx, gy) for gx in range(x0, x1 + 1) for gy in range(y0, y1 + 1)]

    def add(self, r: QRectF) -> None:
        cells = self._cells
        for key in self._keys(r):
            found = cells.get(key)
            if found is None:
                cells[key] = [r]
            else:
                found.append(r)

    def free(self, r: QRectF) -> bool:
        """Whether r overlaps none of the rectangles put down."""
        cells = self._cells
        for key in self._keys(r):
            for other in cells.get(key, ()):
                if r.intersects(other):
                    return False
        return True


def ring_labels(
    radius_mi: float,
    proj,
    fm,
    width: float,
    height: float,
    points: list[tuple[float, float]],
    taken: list[QRectF],
) -> list[tuple[str, QRectF]]:
    """Each ring's label on a free spot of its ring (lower right first), clear of labels, legend,
    origin and marks: of the spots clear of the others, the one hiding the fewest mark points."""
    area = QRectF(0, 0, width, height)
    placed: list[tuple[str, QRectF]] = []
    cx, cy = proj.cx, proj.cy
    for miles in ring_distances(radius_mi):
        r = proj.to_pixels(miles)
        text = f"{miles:g} mi"
        box = QRectF(fm.boundingRect(text)).adjusted(-3, 0, 3, 0)
        if r < box.height() / 2 + CROSS_ARM + 2:
            continue  # too near the origin to tell which ring it names
        # only points this close to the ring can fall inside a label centred on it
        reach = math.hypot(box.width() / 2 + 4, box.height() / 2 + 4) + 1
        near = [(x, y) for x, y in points if abs(math.hypot(x - cx, y - cy) - r) <= reach]
        best = None
        for deg in LABEL_ANGLES:
            a = math.radians(deg)
            cand = QRectF(box)
            cand.moveCenter(QPointF(cx + r * math.cos(a), cy + r * math.sin(a)))
            if (
                not area.contains(cand)
                or any(cand.intersects(b) for b in taken)
                or any(cand.intersects(b) for _t, b in placed)
            ):
                continue
            left, top, right, bottom = cand.left() - 4, cand.top() - 4, cand.right() + 4, cand.bottom() + 4
            hidden = sum(1 for x, y in near if left <= x <= right and top <= y <= bottom)
            if best is None or hidden < best[0]:
                best = (hidden, cand)
            if hidden == 0:
                break
        if best is not None:
            placed.append((text, best[1]))
    return placed


def count_labels(groups, fm, taken: list[QRectF]) -> list[tuple[str, QRectF]]:
    """'×n' beside each spot several programs share, where it hides no ring label (nor another count)."""
    out: list[tuple[str, QRectF]] = []
    placed = RectGrid()
    sizes: dict[str, QRectF] = {}
    for g in groups:
        if len(g.marks) > 1:  # numbered marks (paper): every number at the spot, beside it
            text = ", ".join(map(str, g.numbers)) if g.numbers else f"×{len(g.marks)}"
            size = sizes.get(text)
            if size is None:
                size = sizes[text] = QRectF(fm.boundingRect(text))
            box = QRectF(size)
            box.moveTopLeft(QPointF(g.at.x() + g.size + 2, g.at.y() - box.height() / 2))
            if not any(box.intersects(b) for b in taken) and placed.free(box):
                out.append((text, box))
                placed.add(box)
    return out


def town_labels(
    towns, proj, fm, width: float, height: float, taken: Iterable[QRectF], widths: dict[str, float]
) -> list[tuple[str, QPointF, QRectF]]:
    """Town names, most ZIPs first, each beside its dot where it overlaps nothing placed; at most
    about one name per 95 x 95 px. widths: name -> its advance in fm, kept between paints."""
    k = proj.px_per_mile
    area = QRectF(0, 0, width, height)
    grid = RectGrid(taken)
    budget = max(8, int(width * height / 9000))  # a calm map: about one name per 95 x 95 px
    placed: list[tuple[str, QPointF, QRectF]] = []
    tried = 0
    th = fm.height()
    for name, x_mi, y_mi in towns:
        x, y = proj.cx + x_mi * k, proj.cy + y_mi * k
        if not (0 <= x <= width and 0 <= y <= height):
            continue
        tried += 1  # the biggest towns in view are tried; the long tail of villages need not be
        if len(placed) >= budget or tried > 8 * budget:
            break
        dot = QRectF(x - 3, y - 3, 6, 6)
        if not grid.free(dot):
            continue
        tw = widths.get(name)
        if tw is None:
            tw = widths[name] = fm.horizontalAdvance(name) + 4
        for cand in (
            QRectF(x + 4, y - th / 2, tw, th),
            QRectF(x - 4 - tw, y - th / 2, tw, th),
            QRectF(x - tw / 2, y - 4 - th, tw, th),
            QRectF(x - tw / 2, y + 4, tw, th),
        ):
            if area.contains(cand) and grid.free(cand):
                grid.add(cand)
                grid.add(dot)
                placed.append((name, QPointF(x, y), cand))
                break
    return placed
