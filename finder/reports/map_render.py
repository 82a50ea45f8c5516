"""The results map, painted with QPainter: one renderer for the window, the PNG and paper.

North up, in a local projection centred on the search origin (finder/domain/projection.py): water, land
(outside the states is water, so coasts and the Great Lakes show), county lines when zoomed in, state lines,
towns that do not collide, the distance rings and their labels, the result marks (filled = exact location,
hollow = ZIP centre, ×n where several share a spot, a number for a handout) and the origin.

The shapes are turned into QPainterPaths in miles once per origin and zoom band and only
mapped to pixels on each paint, so panning repaints without touching the base map again.
Sizes are in the painter's logical pixels (about 1/96 inch): scale the painter for paper.
"""

from __future__ import annotations

import math
from dataclasses import dataclass

from PySide6.QtCore import QPointF, QRectF, Qt
from PySide6.QtGui import (
    QBrush,
    QColor,
    QFont,
    QFontMetricsF,
    QImage,
    QPaintEngine,
    QPainter,
    QPainterPath,
    QPen,
    QPolygonF,
    QTransform,
)

from finder.domain.projection import MILES_PER_DEG_LAT, LocalProjection, miles_per_deg_lon, ring_distances
from finder.reports.map_labels import CROSS_ARM, count_labels, ring_labels, town_labels
from finder.reports.map_scene import (  # noqa: F401 (the renderer's API, kept importable from here)
    MapMark,
    MapPalette,
    MapScene,
    MarkGroup,
    PaintedMap,
    _none_kept,
    marks_from_rows,
    parse_size,
    png_bytes,
)
from finder.services.basemap import BasemapView, basemap_in_box

COUNTY_MIN_PX_PER_MILE = 2.0  # county lines from about a 180-mile radius on an 800-pixel map
MARGIN_SHARE = 0.3  # base map cut this much wider than the view on each side: short pans reuse it
MARK_RADIUS = 3.5
NUMBER_RADIUS = 8.0
ATTRIBUTION = "Boundaries: U.S. Census Bureau"
LEGEND = "+ origin   ● exact location   ○ ZIP centre   ×n programs at one spot"


@dataclass
class _Layers:
    lat0: float
    lon0: float
    extent: tuple[float, float, float, float]  # west, east, south, north: miles from the origin
    px_per_mile: float
    counties: bool
    land: QPainterPath
    coast: QPainterPath
    states: QPainterPath
    county: QPainterPath
    towns: list[tuple[str, float, float]]  # name, miles east, miles south


def _path(lines, lat0: float, lon0: float, closed: bool = False) -> QPainterPath:
    kx = miles_per_deg_lon(lat0)
    path = QPainterPath()
    path.setFillRule(Qt.FillRule.OddEvenFill)
    for line in lines:
        poly = QPolygonF([QPointF((lon - lon0) * kx, (lat0 - lat) * MILES_PER_DEG_LAT) for lat, lon in line])
        if closed:
            path.addPolygon(poly)
            path.closeSubpath()
        else:
            path.addPolygon(poly)
    return path


class MapRenderer:
    """Paints a MapScene; keeps the base map it cut and the paths it built between paints."""

    def __init__(self) -> None:
        self._layers: _Layers | None = None
        self._town_widths: tuple[str, dict[str, float]] = ("", {})
        self._stamps: dict[tuple, tuple[int, QImage]] = {}

    # --- views ---------------------------------------------------------------------------
    @staticmethod
    def fit(scene: MapScene, width: float, height: float) -> LocalProjection:
        """The origin at the centre, the radius circle 90 % of the shorter side across."""
        return LocalProjection.fit(scene.lat, scene.lon, scene.radius_mi, width, height)

    @staticmethod
    def fit_marks(scene: MapScene, width: float, height: float, pad: float = 24.0) -> LocalProjection:
        """Every mark and the origin in view, as large as they fit ("fit to results")."""
        base = LocalProjection.fit(scene.lat, scene.lon, scene.radius_mi, width, height)
        pts = [base.miles(m.lat, m.lon) for m in scene.marks] + [(0.0, 0.0)]
        w, e = min(p[0] for p in pts), max(p[0] for p in pts)
        s, n = min(p[1] for p in pts), max(p[1] for p in pts)
        span = max((e - w) / max(1.0, width - 2 * pad), (n - s) / max(1.0, height - 2 * pad), 1e-6)
        k = min(1.0 / span, base.px_per_mile * 40)  # one mark alone: no closer than a 2-mile view
        return LocalProjection(
            scene.lat, scene.lon, k, width / 2 - (w + e) / 2 * k, height / 2 + (s + n) / 2 * k
        )

    # --- base map ------------------------------------------------------------------------
    def layers(self, proj: LocalProjection, width: float, height: float) -> _Layers:
        """The base map paths for this view, cut again only when the view leaves what was cut,
        the origin moves, or the zoom changes by more than half or double."""
        w, e, s, n = proj.view_miles(width, height)
        counties = proj.px_per_mile >= COUNTY_MIN_PX_PER_MILE
        old = self._layers
        if (
            old is not None
            and (old.lat0, old.lon0) == (proj.lat0, proj.lon0)
            and old.counties == counties
            and 0.5 <= proj.px_per_mile / old.px_per_mile <= 2.0
            and old.extent[0] <= w
            and old.extent[1] >= e
            and old.extent[2] <= s
            and old.extent[3] >= n
        ):
            return old
        mw, mh = (e - w) * MARGIN_SHARE, (n - s) * MARGIN_SHARE
        ext = (w - mw, e + mw, s - mh, n + mh)
        kx = miles_per_deg_lon(proj.lat0)
        box = (
            round(proj.lon0 + ext[0] / kx, 3),
            round(proj.lat0 + ext[2] / MILES_PER_DEG_LAT, 3),
            round(proj.lon0 + ext[1] / kx, 3),
            round(proj.lat0 + ext[3] / MILES_PER_DEG_LAT, 3),
        )
        view: BasemapView = basemap_in_box(box, counties)
        lat0, lon0 = proj.lat0, proj.lon0
        land = QPainterPath()
        land.setFillRule(Qt.FillRule.OddEvenFill)
        for polygon in view.land:
            land.addPath(_path(polygon, lat0, lon0, closed=True))
        towns = [(t.name, (t.lon - lon0) * kx, (lat0 - t.lat) * MILES_PER_DEG_LAT) for t in view.towns]
        self._layers = _Layers(
            lat0,
            lon0,
            ext,
            proj.px_per_mile,
            counties,
            land,
            _path(view.coast_lines, lat0, lon0),
            _path(view.state_lines, lat0, lon0),
            _path(view.county_lines, lat0, lon0),
            towns,
        )
        return self._layers

    # --- painting ------------------------------------------------------------------------
    def paint(
        self,
        painter: QPainter,
        rect: QRectF,
        scene: MapScene,
        palette: MapPalette,
        projection: LocalProjection | None = None,
        *,
        legend: bool = True,
        font: QFont | None = None,
    ) -> PaintedMap:
        """Paint the map into rect (the projection's pixels count from rect's top left).
        projection: None fits the radius circle (MapRenderer.fit)."""
        with _none_kept():
            return self._paint(painter, rect, scene, palette, projection, legend, font)

    def _paint(self, painter, rect, scene, palette, projection, legend, font) -> PaintedMap:
        width, height = rect.width(), rect.height()
        proj = projection or self.fit(scene, width, height)
        painter.save()
        painter.translate(rect.topLeft())
        painter.setClipRect(QRectF(0, 0, width, height))
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        painter.setRenderHint(QPainter.RenderHint.TextAntialiasing)
        if font is not None:
            painter.setFont(font)
        painter.fillRect(QRectF(0, 0, width, height), palette.water)
        lay = self.layers(proj, width, height)
        k = proj.px_per_mile
        to_px = QTransform(k, 0, 0, k, proj.cx, proj.cy)
        painter.setPen(Qt.PenStyle.NoPen)
        painter.setBrush(palette.land)
        painter.drawPath(to_px.map(lay.land))
        painter.setBrush(Qt.BrushStyle.NoBrush)
        if lay.counties:
            painter.setPen(QPen(palette.county_line, 0.8))
            painter.drawPath(to_px.map(lay.county))
        painter.setPen(QPen(palette.coast, 1.0))
        painter.drawPath(to_px.map(lay.coast))
        # lines one pixel wide: Qt draws those on a fast path (at 500 mi, 0.4 ms against 17 ms at 1.6 px)
        painter.setPen(QPen(palette.state_line, 1.0))
        painter.drawPath(to_px.map(lay.states))

        painted = PaintedMap(proj, self._groups(scene, proj))
        fm = QFontMetricsF(painter.font())
        taken: list[QRectF] = []
        legend_box = self._legend_box(fm, width, height) if legend else None
        if legend_box is not None:
            taken.append(legend_box)
        centre = QPointF(proj.cx, proj.cy)
        taken.append(
            QRectF(
                centre.x() - CROSS_ARM - 2, centre.y() - CROSS_ARM - 2, 2 * CROSS_ARM + 4, 2 * CROSS_ARM + 4
            )
        )
        ring_labels = self._ring_labels(scene, proj, fm, width, height, painted.groups, taken)
        taken += [b for _t, b in ring_labels]
        counts = self._count_labels(painted.groups, fm, taken)  # over marks, never over ring labels
        taken += [b for _t, b in counts]
        taken += [
            QRectF(g.at.x() - g.size - 2, g.at.y() - g.size - 2, 2 * g.size + 4, 2 * g.size + 4)
            for g in painted.groups
        ]
        self._paint_towns(painter, lay, proj, palette, width, height, taken)
        self._paint_rings(painter, scene, proj, palette)
        self._paint_marks(painter, painted.groups, palette, counts)
        for text, box in ring_labels:
            painter.setPen(Qt.PenStyle.NoPen)
            painter.setBrush(palette.paper)
            painter.drawRoundedRect(box, 2, 2)
            painter.setPen(palette.ink)
            painter.drawText(box, Qt.AlignmentFlag.AlignCenter, text)
        for colour, w in ((palette.paper, 5.0), (palette.ink, 2.2)):
            painter.setPen(QPen(colour, w, Qt.PenStyle.SolidLine, Qt.PenCapStyle.RoundCap))
            painter.drawLine(centre + QPointF(-CROSS_ARM, 0), centre + QPointF(CROSS_ARM, 0))
            painter.drawLine(centre + QPointF(0, -CROSS_ARM), centre + QPointF(0, CROSS_ARM))
        self._paint_selected(painter, painted.groups, scene.selected_id, palette, fm, width)
        if legend_box is not None:
            self._paint_legend(painter, legend_box, palette, fm, scene.origin_label)
        painter.restore()
        return painted

    def _groups(self, scene: MapScene, proj: LocalProjection) -> list[MarkGroup]:
        """Marks by pixel, so programs sharing a spot (one ZIP centre) show how many they are."""
        by_px: dict[tuple[int, int], list[MapMark]] = {}
        for m, (x, y) in zip(scene.marks, proj.pixels((m.lat, m.lon) for m in scene.marks)):
            key = (round(x), round(y))
            found = by_px.get(key)
            if found is None:
                by_px[key] = [m]
            else:
                found.append(m)
        out = []
        for (x, y), ms in sorted(by_px.items(), key=lambda g: -len(g[1])):
            numbers = tuple(sorted(m.number for m in ms if m.number is not None))
            size = NUMBER_RADIUS if numbers else MARK_RADIUS + min(6.0, math.sqrt(len(ms) - 1) * 1.5)
            out.append(MarkGroup(QPointF(x, y), ms, size, any(m.exact for m in ms), numbers))
        return out

    def _ring_labels(self, scene, proj, fm, width, height, groups, taken) -> list[tuple[str, QRectF]]:
        return ring_labels(
            scene.radius_mi, proj, fm, width, height, [(g.at.x(), g.at.y()) for g in groups], taken
        )

    def _paint_towns(self, painter, lay: _Layers, proj, palette, width, height, taken) -> None:
        """Town names (finder/reports/map_labels.town_labels), each beside its dot."""
        map_font = painter.font()
        font = QFont(map_font)
        if font.pointSizeF() > 0:
            font.setPointSizeF(max(6.0, font.pointSizeF() * 0.92))
        else:
            font.setPixelSize(max(8, round(font.pixelSize() * 0.92)))
        key = font.key()
        if self._town_widths[0] != key:  # names' widths, kept while the font stays
            self._town_widths = (key, {})
        placed = town_labels(lay.towns, proj, QFontMetricsF(font), width, height, taken, self._town_widths[1])
        painter.setFont(font)
        halo = QColor(palette.land)
        halo.setAlpha(190)
        for name, at, box in placed:
            painter.setPen(Qt.PenStyle.NoPen)
            painter.setBrush(halo)
            painter.drawRoundedRect(box, 2, 2)
            painter.setBrush(palette.town)
            painter.drawEllipse(at, 2.0, 2.0)
            painter.setPen(palette.town)
            painter.drawText(box, Qt.AlignmentFlag.AlignCenter, name)
        painter.setFont(map_font)

    def _paint_rings(self, painter, scene: MapScene, proj, palette) -> None:
        painter.setBrush(Qt.BrushStyle.NoBrush)
        for miles in ring_distances(scene.radius_mi):
            outer = abs(miles - scene.radius_mi) < 1e-6
            painter.setPen(
                QPen(
                    palette.ink if outer else palette.ring,
                    1.8 if outer else 1.0,
                    Qt.PenStyle.SolidLine if outer else Qt.PenStyle.DashLine,
                )
            )
            r = proj.to_pixels(miles)
            painter.drawEllipse(QPointF(proj.cx, proj.cy), r, r)

    @staticmethod
    def _count_labels(groups: list[MarkGroup], fm, taken) -> list[tuple[str, QRectF]]:
        return count_labels(groups, fm, taken)

    def _paint_marks(self, painter, groups: list[MarkGroup], palette, counts) -> None:
        ink_pen = QPen(palette.ink, 1.5)
        brushes = {True: QBrush(palette.ink), False: QBrush(palette.paper)}
        # on screen, each kind of mark is drawn once and then copied: the same pixels (a mark sits on
        # a whole pixel) at a fifth of the cost of drawing hundreds of circles; paper stays vector
        t = painter.worldTransform()
        stamps = (
            painter.paintEngine().type() == QPaintEngine.Type.Raster
            and t.type().value <= QTransform.TransformationType.TxTranslate.value
            and t.dx() == int(t.dx())
            and t.dy() == int(t.dy())
        )
        painter.setPen(ink_pen)
        dpr = painter.device().devicePixelRatio()
        made: dict[tuple[bool, float], tuple[int, QImage]] = {}
        for g in groups:
            at, exact, numbered = g.at, g.exact, g.numbers
            x, y = at.x(), at.y()
            if stamps and not numbered and x == int(x) and y == int(y):
                hit = made.get((exact, g.size))
                if hit is None:
                    hit = made[exact, g.size] = self._stamp(exact, g.size, ink_pen, brushes[exact], dpr)
                painter.drawImage(QPointF(x - hit[0], y - hit[0]), hit[1])
                continue
            painter.setBrush(brushes[exact])
            painter.drawEllipse(at, g.size, g.size)
            if numbered:
                painter.setPen(palette.paper if exact else palette.ink)
                text = str(numbered[0])  # the others are named beside the spot (_count_labels)
                painter.drawText(
                    QRectF(x - 20, y - g.size, 40, 2 * g.size), Qt.AlignmentFlag.AlignCenter, text
                )
                painter.setPen(ink_pen)
        painter.setPen(palette.ink)
        for text, box in counts:
            painter.drawText(box, Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter, text)

    def _stamp(self, exact: bool, size: float, pen: QPen, brush: QBrush, dpr: float) -> tuple[int, QImage]:
        """A mark drawn once into a transparent image, centred on a whole pixel: (half its side, image)."""
        key = (exact, size, dpr, pen.color().rgba(), brush.color().rgba())
        hit = self._stamps.get(key)
        if hit is None:
            if len(self._stamps) > 256:
                self._stamps.clear()
            half = math.ceil(size + pen.widthF()) + 1
            img = QImage(
                round(2 * half * dpr), round(2 * half * dpr), QImage.Format.Format_ARGB32_Premultiplied
            )
            img.setDevicePixelRatio(dpr)
            img.fill(Qt.GlobalColor.transparent)
            qp = QPainter(img)
            qp.setRenderHint(QPainter.RenderHint.Antialiasing)
            qp.setPen(pen)
            qp.setBrush(brush)
            qp.drawEllipse(QPointF(half, half), size, size)
            qp.end()
            hit = self._stamps[key] = (half, img)
        return hit

    def _paint_selected(self, painter, groups, selected_id, palette, fm, width) -> None:
        for g in groups:
            mark = next((m for m in g.marks if m.id == selected_id), None)
            if mark is None:
                continue
            painter.setPen(QPen(palette.selected, 3))
            painter.setBrush(Qt.BrushStyle.NoBrush)
            painter.drawEllipse(g.at, g.size + 5, g.size + 5)
            label = fm.elidedText(mark.name, Qt.TextElideMode.ElideRight, 260)
            box = QRectF(fm.boundingRect(label)).adjusted(-3, -1, 3, 1)
            box.moveTopLeft(
                QPointF(
                    min(g.at.x() + g.size + 8, width - box.width() - 2),
                    max(2, g.at.y() - g.size - box.height()),
                )
            )
            painter.setPen(QPen(palette.selected, 1.5))
            painter.setBrush(palette.paper)
            painter.drawRect(box)
            painter.setPen(palette.ink)
            painter.drawText(box, Qt.AlignmentFlag.AlignCenter, label)
            return

    @staticmethod
    def _legend_box(fm, width, height) -> QRectF:
        return QRectF(0, height - fm.height() - 6, width, fm.height() + 6)

    def legend_texts(self, origin_label: str) -> tuple[str, str]:
        """The legend line and its credit in the current language (a printout's inside report_language)."""
        from finder.errors import fill
        from finder.texts import _

        text = fill(
            _("+ %1   ● exact location   ○ ZIP centre   ×n programs at one spot"),
            (origin_label or _("origin"),),
        )
        return text, _("Boundaries: U.S. Census Bureau")

    def _paint_legend(self, painter, box: QRectF, palette, fm, origin_label: str) -> None:
        back = QColor(palette.paper)
        back.setAlpha(215)
        painter.setPen(Qt.PenStyle.NoPen)
        painter.setBrush(back)
        painter.drawRect(box)
        painter.setPen(palette.ink)
        (text, credit), inner = self.legend_texts(origin_label), box.adjusted(6, 0, -6, 0)
        credit_w = fm.horizontalAdvance(credit) + 12
        painter.drawText(
            inner.adjusted(0, 0, -credit_w, 0),
            Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter,
            fm.elidedText(text, Qt.TextElideMode.ElideRight, max(0.0, inner.width() - credit_w)),
        )
        painter.drawText(inner, Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter, credit)


def render_image(
    scene: MapScene,
    width: int,
    height: int,
    palette: MapPalette | None = None,
    projection: LocalProjection | None = None,
    *,
    legend: bool = True,
) -> QImage:
    """The map as an image (needs a QGuiApplication: finder.reports.printing.ensure_app)."""
    with _none_kept():
        img = QImage(width, height, QImage.Format.Format_RGB32)
        painter = QPainter(img)
        font = QFont("DejaVu Sans")
        font.setPixelSize(12)
        MapRenderer().paint(
            painter,
            QRectF(0, 0, width, height),
            scene,
            palette or MapPalette.light(),
            projection,
            legend=legend,
            font=font,
        )
        painter.end()
    return img
