"""A plain drawing of where the results lie: the origin, distance rings and one mark per program.

No map tiles (nothing leaves the machine). Marks: filled = exact location, hollow = ZIP centre.
Several programs at one spot (a shared ZIP centre) show a count; clicking again cycles through them.
"""

from __future__ import annotations

import math
from dataclasses import dataclass

from PySide6.QtCore import QPointF, QRectF, QSize, Qt, Signal
from PySide6.QtGui import QBrush, QColor, QFontMetrics, QPainter, QPalette, QPen
from PySide6.QtWidgets import QSizePolicy, QToolTip, QWidget

from finder.ui.dialog_kit import literal

MILES_PER_DEG_LAT = 69.05
LEGEND_HEIGHT = 18  # the line under the drawing
CROSS_ARM = 7  # half the origin cross, in pixels
# where on its ring a label may sit, in order of preference (degrees, clockwise from east)
LABEL_ANGLES = (45, 30, 60, 15, 75, 0, 90, 105, 135, 120, 150, 165, 180, 330, 315, 300, 345,
                285, 270, 210, 225, 240, 195, 255)


def mix(a: QColor, b: QColor, share_a: float) -> QColor:
    """`share_a` of colour a over b: a quieter colour that still reads on b (light or dark)."""
    k = max(0.0, min(1.0, share_a))
    return QColor(round(a.red() * k + b.red() * (1 - k)), round(a.green() * k + b.green() * (1 - k)),
                  round(a.blue() * k + b.blue() * (1 - k)))


@dataclass
class MapPoint:
    id: int
    name: str
    x: float  # miles east of the origin
    y: float  # miles north of the origin
    exact: bool


def ring_step(radius: float) -> float:
    """A round distance so that 2-5 rings fit inside the radius."""
    for step in (0.5, 1, 2, 2.5, 5, 10, 20, 25, 50, 100, 200, 250, 500):
        if radius / step <= 5:
            return step
    return radius


class MapView(QWidget):
    programClicked = Signal(int)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("resultsMap")
        self.setAccessibleName("Map of results")
        self.setAccessibleDescription("The search origin, distance rings, and one mark per program; "
                                      "click a mark to select that program")
        self.setMouseTracking(True)
        self.setMinimumSize(160, 120)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)
        self.radius = 0.0
        self.origin_label = ""
        self.points: list[MapPoint] = []
        self.selected_id: int | None = None
        self._label_cache: tuple | None = None

    def sizeHint(self) -> QSize:
        return QSize(480, 260)

    # --- data -----------------------------------------------------------------------------
    def set_result(self, origin_lat: float, origin_lon: float, origin_label: str, radius: float,
                   rows, coords: dict[int, tuple[float, float]]) -> None:
        """rows: ResultRow-like objects; coords: id -> (lat, lon)."""
        self.radius, self.origin_label = radius, origin_label
        k = math.cos(math.radians(origin_lat)) * MILES_PER_DEG_LAT
        pts = []
        for r in rows:
            if r.id not in coords:
                continue
            lat, lon = coords[r.id]
            dlon = (lon - origin_lon + 540) % 360 - 180
            pts.append(MapPoint(r.id, r.name, dlon * k, (lat - origin_lat) * MILES_PER_DEG_LAT,
                                r.location_precision != "zip"))
        self.points = pts
        self._label_cache = None
        self.update()

    def clear(self) -> None:
        self.points, self.radius, self.origin_label, self.selected_id = [], 0.0, "", None
        self.update()

    def set_selected(self, program_id: int | None) -> None:
        self.selected_id = program_id
        self.update()

    # --- geometry -------------------------------------------------------------------------
    def _frame(self) -> tuple[QPointF, float]:
        margin = 28
        w, h = self.width(), self.height() - LEGEND_HEIGHT
        centre = QPointF(w / 2, h / 2)
        scale = max(1.0, min(w, h) / 2 - margin) / self.radius if self.radius else 1.0
        return centre, scale

    def _pos(self, p: MapPoint, centre: QPointF, scale: float) -> QPointF:
        return QPointF(centre.x() + p.x * scale, centre.y() - p.y * scale)

    def points_at(self, pos: QPointF, slack: float = 9.0) -> list[MapPoint]:
        """Marks under a pixel position, nearest first."""
        centre, scale = self._frame()
        hits = []
        for p in self.points:
            q = self._pos(p, centre, scale)
            d = math.hypot(q.x() - pos.x(), q.y() - pos.y())
            if d <= slack:
                hits.append((d, p))
        hits.sort(key=lambda t: t[0])
        return [p for _d, p in hits]

    def position_of(self, program_id: int) -> QPointF | None:
        centre, scale = self._frame()
        for p in self.points:
            if p.id == program_id:
                return self._pos(p, centre, scale)
        return None

    # --- events ---------------------------------------------------------------------------
    def mousePressEvent(self, event) -> None:
        hits = self.points_at(event.position())
        if not hits:
            return super().mousePressEvent(event)
        ids = [p.id for p in hits]
        # a shared ZIP centre holds several programs: each click moves to the next one
        nxt = ids[(ids.index(self.selected_id) + 1) % len(ids)] if self.selected_id in ids else ids[0]
        self.programClicked.emit(nxt)

    def mouseMoveEvent(self, event) -> None:
        hits = self.points_at(event.position())
        if hits:
            names = [p.name for p in hits[:6]] + ([f"… and {len(hits) - 6} more"] if len(hits) > 6 else [])
            QToolTip.showText(event.globalPosition().toPoint(), literal("\n".join(names)), self)
        else:
            QToolTip.hideText()

    # --- rings and their labels -----------------------------------------------------------
    def rings(self) -> list[float]:
        """The distances drawn as rings, the search radius last."""
        if not self.radius:
            return []
        step = ring_step(self.radius)
        out = [step * i for i in range(1, int(self.radius / step + 1e-9) + 1)]
        if not out or abs(out[-1] - self.radius) > 1e-6:
            out.append(self.radius)
        return out

    def ring_labels(self) -> list[tuple[str, QRectF]]:
        """Where each ring's label goes: (text, box). Every ring big enough to be told apart from
        the origin gets one, on a free spot of its own ring (lower right first), clear of the
        other labels, the legend line and as many marks as can be avoided."""
        key = (self.width(), self.height(), self.radius, id(self.points), len(self.points), self.font().key())
        if self._label_cache is not None and self._label_cache[0] == key:
            return self._label_cache[1]
        centre, scale = self._frame()
        fm = QFontMetrics(self.font())
        area = QRectF(0, 0, self.width(), self.height() - LEGEND_HEIGHT)
        spots = {(round(q.x()), round(q.y())) for q in (self._pos(p, centre, scale) for p in self.points)}
        placed: list[tuple[str, QRectF]] = []
        for miles in self.rings():
            r = miles * scale
            text = f"{miles:g} mi"
            box = QRectF(fm.boundingRect(text)).adjusted(-2, 0, 2, 0)
            if r < box.height() / 2 + CROSS_ARM + 2:
                continue  # too close to the origin for a label to say which ring it names
            best = None
            for deg in LABEL_ANGLES:
                a = math.radians(deg)
                cand = QRectF(box)
                cand.moveCenter(QPointF(centre.x() + r * math.cos(a), centre.y() + r * math.sin(a)))
                if not area.contains(cand) or any(cand.intersects(b) for _t, b in placed):
                    continue
                if cand.adjusted(-CROSS_ARM, -CROSS_ARM, CROSS_ARM, CROSS_ARM).contains(centre):
                    continue
                hidden = sum(1 for x, y in spots if cand.adjusted(-4, -4, 4, 4).contains(x, y))
                if best is None or hidden < best[0]:
                    best = (hidden, cand)
                if hidden == 0:
                    break
            if best is not None:
                placed.append((text, best[1]))
        self._label_cache = (key, placed)
        return placed

    def paintEvent(self, _event) -> None:
        pal = self.palette()
        base = pal.color(QPalette.ColorRole.Base)
        text_c = pal.color(QPalette.ColorRole.Text)
        # inner rings: part way from the background to the text colour, so they read in light
        # and dark themes alike (a theme's Mid can be almost its Base)
        ring_c = mix(text_c, base, 0.6)
        hi = pal.color(QPalette.ColorRole.Highlight)
        qp = QPainter(self)
        qp.setRenderHint(QPainter.RenderHint.Antialiasing)
        qp.fillRect(self.rect(), base)
        fm = QFontMetrics(self.font())
        if not self.radius:
            qp.setPen(pal.color(QPalette.ColorRole.PlaceholderText))
            qp.drawText(self.rect(), Qt.AlignmentFlag.AlignCenter, "Results will be drawn here")
            qp.end()
            return
        centre, scale = self._frame()
        for miles in self.rings():
            outer = abs(miles - self.radius) < 1e-6
            qp.setPen(QPen(text_c if outer else ring_c, 1.5 if outer else 1.2,
                           Qt.PenStyle.SolidLine if outer else Qt.PenStyle.DashLine))
            qp.setBrush(Qt.BrushStyle.NoBrush)
            r = miles * scale
            qp.drawEllipse(centre, r, r)
        ring_labels = self.ring_labels()
        labels: list[QRectF] = [b for _t, b in ring_labels]  # later labels do not overprint these
        # marks, grouped by pixel so stacked programs show how many share the spot
        groups: dict[tuple[int, int], list[MapPoint]] = {}
        for p in self.points:
            q = self._pos(p, centre, scale)
            groups.setdefault((round(q.x()), round(q.y())), []).append(p)
        selected_pos = None
        for (x, y), pts in sorted(groups.items(), key=lambda g: -len(g[1])):
            exact = any(p.exact for p in pts)
            size = 3.5 + min(6.0, math.sqrt(len(pts) - 1) * 1.5)  # more programs, bigger mark
            qp.setPen(QPen(text_c, 1.5))
            qp.setBrush(QBrush(text_c) if exact else Qt.BrushStyle.NoBrush)
            qp.drawEllipse(QPointF(x, y), size, size)
            if len(pts) > 1:
                text = f"×{len(pts)}"
                box = QRectF(fm.boundingRect(text))
                box.moveTopLeft(QPointF(x + size + 2, y - box.height() / 2))
                if not any(box.intersects(b) for b in labels):
                    labels.append(box)
                    qp.drawText(box, Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter, text)
            if any(p.id == self.selected_id for p in pts):
                selected_pos = (QPointF(x, y), next(p for p in pts if p.id == self.selected_id), size)
        # ring labels over the marks, on a plain box, so no mark hides which ring is which
        for text, box in ring_labels:
            qp.setPen(Qt.PenStyle.NoPen)
            qp.setBrush(base)
            qp.drawRect(box)
            qp.setPen(text_c)
            qp.drawText(box, Qt.AlignmentFlag.AlignCenter, text)
        # origin: a cross with a halo of the background, on top, so it shows among many marks
        for colour, width in ((base, 5.0), (text_c, 2.2)):
            qp.setPen(QPen(colour, width, Qt.PenStyle.SolidLine, Qt.PenCapStyle.RoundCap))
            qp.drawLine(QPointF(centre.x() - CROSS_ARM, centre.y()), QPointF(centre.x() + CROSS_ARM, centre.y()))
            qp.drawLine(QPointF(centre.x(), centre.y() - CROSS_ARM), QPointF(centre.x(), centre.y() + CROSS_ARM))
        if selected_pos:
            at, p, size = selected_pos
            qp.setPen(QPen(hi, 3))
            qp.setBrush(Qt.BrushStyle.NoBrush)
            qp.drawEllipse(at, size + 5, size + 5)
            label = fm.elidedText(p.name, Qt.TextElideMode.ElideRight, 260)
            box = QRectF(fm.boundingRect(label)).adjusted(-3, -1, 3, 1)
            box.moveTopLeft(QPointF(min(at.x() + size + 8, self.width() - box.width() - 2),
                                    max(2, at.y() - size - box.height())))
            qp.setPen(QPen(hi, 1.5))
            qp.setBrush(base)
            qp.drawRect(box)
            qp.setPen(text_c)
            qp.drawText(box, Qt.AlignmentFlag.AlignCenter, label)
        qp.setPen(text_c)
        legend = f"+ {self.origin_label}    ● exact location    ○ ZIP centre    ×n programs at one spot"
        qp.drawText(QRectF(6, self.height() - LEGEND_HEIGHT, self.width() - 12, 16),
                    Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter,
                    fm.elidedText(legend, Qt.TextElideMode.ElideRight, self.width() - 12))
        qp.end()
