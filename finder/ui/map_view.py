"""The results on a map: land and water, state and county lines, towns, the distance rings and
one mark per program, painted by the shared renderer (finder/reports/map_render.py).

Offline: the base map is bundled. Marks: filled = exact location, hollow = ZIP centre, ×n where
several share a spot (clicking again cycles through them). Zoom with the wheel, +/− or the
buttons; pan by dragging or with the arrow keys; "Fit" shows every result, Home the whole search
area. The scene is rebuilt only when the results or the selection change, the colours only when
the palette does; the renderer keeps the base map paths between paints.
"""

from __future__ import annotations

import math
from dataclasses import replace

from PySide6.QtCore import QEvent, QPointF, QRectF, QSize, Qt, Signal
from PySide6.QtGui import QColor, QImage, QPainter, QPalette, QPen
from PySide6.QtWidgets import QApplication, QHBoxLayout, QSizePolicy, QToolButton, QToolTip, QWidget

from finder.domain.projection import LocalProjection, ring_distances
from finder.reports.map_render import MapMark, MapPalette, MapRenderer, MapScene, PaintedMap
from finder.ui.dialog_kit import literal
from finder.ui.texts import arg, translate

ZOOM_STEP = 1.25  # one wheel notch or one +/− press
MIN_ZOOM, MAX_ZOOM = 0.2, 60.0  # against the view that fits the search area
TOOLTIP_NAMES = 6  # names listed in a tooltip before "… and n more"
FOCUS_FRAME = 2  # pixels


def legend_texts(origin_label: str) -> tuple[str, str]:
    """The legend line under the map and its credit, in the window's language."""
    text = arg(
        translate("MapView", "+ %1   ● exact location   ○ ZIP centre   ×n programs at one spot"),
        origin_label or translate("MapView", "origin"),
    )
    return text, translate("MapView", "Boundaries: U.S. Census Bureau")


class _Renderer(MapRenderer):
    """The shared renderer, remembering where the last paint put the ring labels."""

    def __init__(self) -> None:
        super().__init__()
        self.ring_labels: list[tuple[str, QRectF]] = []

    def _ring_labels(self, *args, **kwargs):
        self.ring_labels = super()._ring_labels(*args, **kwargs)
        return self.ring_labels

    def legend_texts(self, origin_label: str) -> tuple[str, str]:
        return legend_texts(origin_label)  # in the window's language (paper keeps the report's own)


class MapView(QWidget):
    programClicked = Signal(int)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("resultsMap")
        self.setAccessibleName(translate("MapView", "Map of results"))
        self.setAccessibleDescription(
            translate(
                "MapView",
                "The search origin, distance rings and one mark per program over land, water, state and "
                "county lines and towns. Click a mark to select its program. Zoom with the wheel or plus "
                "and minus, move with the arrow keys or by dragging, 0 fits every result, Home the whole area",
            )
        )
        self.setMouseTracking(True)
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.setMinimumSize(160, 80)  # a short window (200 % on a laptop) gives its room to the results
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)
        self.setCursor(Qt.CursorShape.OpenHandCursor)
        self.radius = 0.0
        self.origin_label = ""
        self.scene: MapScene | None = None
        self.selected_id: int | None = None
        self._view: LocalProjection | None = None  # None: fitted to the search area (follows resizes)
        self._renderer = _Renderer()
        self._painted: PaintedMap | None = None
        self._colours = MapPalette.for_palette(self.palette())
        self._press: QPointF | None = None  # where the left button went down
        self._dragged = False
        self._build_buttons()

    def sizeHint(self) -> QSize:
        return QSize(480, 260)

    def _build_buttons(self) -> None:
        self.controls = QWidget(self)
        self.controls.setObjectName("mapControls")
        row = QHBoxLayout(self.controls)
        row.setContentsMargins(0, 0, 0, 0)
        row.setSpacing(2)
        self.zoom_in_button = self._button(
            "+",
            translate("MapView", "Zoom in"),
            translate("MapView", "Zoom in (+ or the mouse wheel)"),
            self.zoom_in,
        )
        self.zoom_out_button = self._button(
            "−",
            translate("MapView", "Zoom out"),
            translate("MapView", "Zoom out (− or the mouse wheel)"),
            self.zoom_out,
        )
        self.fit_button = self._button(
            translate("MapView", "Fit", "zoom"),
            translate("MapView", "Fit to results"),
            translate("MapView", "Show every result (0); Home shows the whole search area"),
            self.fit_to_results,
        )
        for b in (self.zoom_in_button, self.zoom_out_button, self.fit_button):
            row.addWidget(b)
        self.controls.adjustSize()
        self._place_buttons()
        self._enable_buttons()

    def _button(self, text: str, name: str, tip: str, slot) -> QToolButton:
        b = QToolButton(self.controls)
        b.setText(text)
        b.setAccessibleName(name)
        b.setToolTip(tip)
        b.setAutoRaise(False)
        b.setCursor(Qt.CursorShape.ArrowCursor)
        b.setFocusPolicy(Qt.FocusPolicy.NoFocus)  # the map itself takes the keys
        b.setMinimumWidth(b.sizeHint().height())
        b.clicked.connect(slot)
        return b

    def _place_buttons(self) -> None:
        self.controls.move(self.width() - self.controls.width() - 6, 6)

    def _enable_buttons(self) -> None:
        for b in (self.zoom_in_button, self.zoom_out_button, self.fit_button):
            b.setEnabled(self.scene is not None)

    # --- data -----------------------------------------------------------------------------
    def set_result(
        self,
        origin_lat: float,
        origin_lon: float,
        origin_label: str,
        radius: float,
        rows,
        coords: dict[int, tuple[float, float]],
    ) -> None:
        """rows: ResultRow-like objects (id, name, location_precision); coords: id -> (lat, lon)."""
        if radius <= 0:
            return self.clear()
        marks = [
            MapMark(r.id, r.name, *coords[r.id], r.location_precision != "zip")
            for r in rows
            if r.id in coords
        ]
        same_place = self.scene is not None and (self.scene.lat, self.scene.lon, self.scene.radius_mi) == (
            origin_lat,
            origin_lon,
            radius,
        )
        self.radius, self.origin_label = radius, origin_label
        self.scene = MapScene(origin_lat, origin_lon, radius, tuple(marks), self.selected_id, origin_label)
        if not same_place:  # a new place or radius starts from the whole area; new filters keep the view
            self._view = None
        self._painted = None
        self._enable_buttons()
        self.update()

    def clear(self) -> None:
        self.radius, self.origin_label, self.selected_id = 0.0, "", None
        self.scene, self._view, self._painted = None, None, None
        self._enable_buttons()
        self.update()

    def set_selected(self, program_id: int | None) -> None:
        self.selected_id = program_id
        if self.scene is not None and self.scene.selected_id != program_id:
            self.scene = replace(self.scene, selected_id=program_id)
            self.update()

    @property
    def points(self) -> list[MapMark]:
        return list(self.scene.marks) if self.scene else []

    # --- the view -------------------------------------------------------------------------
    def _fitted(self) -> LocalProjection:
        return MapRenderer.fit(self.scene, self.width(), self.height())

    def projection(self) -> LocalProjection | None:
        """How the map lies in the widget now (None: nothing to show)."""
        if self.scene is None:
            return None
        return self._view or self._fitted()

    def _set_view(self, proj: LocalProjection) -> None:
        fitted = self._fitted()
        k = min(max(proj.px_per_mile, fitted.px_per_mile * MIN_ZOOM), fitted.px_per_mile * MAX_ZOOM)
        if k != proj.px_per_mile:
            proj = proj.zoomed(k / proj.px_per_mile, self.width() / 2, self.height() / 2)
        # never lose the search area: some of the radius circle stays in view
        r = proj.to_pixels(self.radius)
        cx = min(max(proj.cx, -r + 20), self.width() + r - 20)
        cy = min(max(proj.cy, -r + 20), self.height() + r - 20)
        self._view = replace(proj, cx=cx, cy=cy)
        self._painted = None
        self.update()

    def zoom_by(self, factor: float, at: QPointF | None = None) -> None:
        proj = self.projection()
        if proj is None:
            return
        at = at or QPointF(self.width() / 2, self.height() / 2)
        self._set_view(proj.zoomed(factor, at.x(), at.y()))

    def zoom_in(self) -> None:
        self.zoom_by(ZOOM_STEP)

    def zoom_out(self) -> None:
        self.zoom_by(1 / ZOOM_STEP)

    def pan_by(self, dx: float, dy: float) -> None:
        proj = self.projection()
        if proj is not None:
            self._set_view(proj.panned(dx, dy))

    def fit_to_results(self) -> None:
        """Every result and the origin in view; with no results, the whole search area."""
        if self.scene is None:
            return
        if self.scene.marks:
            self._set_view(MapRenderer.fit_marks(self.scene, self.width(), self.height()))
        else:
            self.fit_search_area()

    def fit_search_area(self) -> None:
        self._view = None
        self._painted = None
        self.update()

    # --- where the marks are --------------------------------------------------------------
    def points_at(self, pos: QPointF, slack: float = 9.0) -> list[MapMark]:
        """Marks under a pixel position, nearest first."""
        proj = self.projection()
        if proj is None:
            return []
        if self._painted is not None and self._painted.projection == proj:
            return self._painted.marks_at(pos.x(), pos.y(), slack)
        hits = []
        for m in self.points:  # not painted yet at this view: the marks' own pixels
            x, y = proj.pixel(m.lat, m.lon)
            d = math.hypot(x - pos.x(), y - pos.y())
            if d <= slack:
                hits.append((d, m.id, m))
        return [m for _d, _i, m in sorted(hits, key=lambda h: (h[0], h[1]))]

    def position_of(self, program_id: int) -> QPointF | None:
        proj = self.projection()
        for m in self.points:
            if m.id == program_id:
                return QPointF(*proj.pixel(m.lat, m.lon))
        return None

    def tooltip_at(self, pos: QPointF) -> str:
        """The names of the programs under a pixel, one a line, as typed (escaped for Qt)."""
        hits = self.points_at(pos)
        if not hits:
            return ""
        names = [m.name for m in hits[:TOOLTIP_NAMES]]
        if len(hits) > TOOLTIP_NAMES:
            names.append(arg(translate("MapView", "… and %1 more"), len(hits) - TOOLTIP_NAMES))
        return literal("\n".join(names))

    # --- rings and their labels (as the last paint placed them) -----------------------------
    def rings(self) -> list[float]:
        """The distances drawn as rings, the search radius last."""
        return ring_distances(self.radius)

    def ring_labels(self) -> list[tuple[str, QRectF]]:
        """(text, box) of each ring label on screen."""
        if self.scene is None:
            return []
        if self._painted is None:  # not painted at this view yet: lay it out off screen
            image = QImage(max(1, self.width()), max(1, self.height()), QImage.Format.Format_RGB32)
            qp = QPainter(image)
            self._paint_map(qp)
            qp.end()
        return list(self._renderer.ring_labels)

    # --- events ---------------------------------------------------------------------------
    def changeEvent(self, event) -> None:
        if event.type() == QEvent.Type.PaletteChange:
            self._colours = MapPalette.for_palette(self.palette())
            self.update()
        super().changeEvent(event)

    def resizeEvent(self, event) -> None:
        if self._view is not None:  # keep what was in the middle in the middle
            old = event.oldSize()
            if old.isValid() and old.width() > 0:
                self._view = self._view.panned(
                    (self.width() - old.width()) / 2, (self.height() - old.height()) / 2
                )
        self._painted = None
        self._place_buttons()
        super().resizeEvent(event)

    def wheelEvent(self, event) -> None:
        steps = event.angleDelta().y() / 120
        if not steps or self.scene is None:
            return super().wheelEvent(event)
        self.zoom_by(ZOOM_STEP**steps, event.position())
        event.accept()

    def keyPressEvent(self, event) -> None:
        key, text = event.key(), event.text()
        step = max(20.0, min(self.width(), self.height()) / 6)
        if self.scene is not None:
            if key in (Qt.Key.Key_Plus, Qt.Key.Key_Equal) or text == "+":
                return self.zoom_in()
            if key in (Qt.Key.Key_Minus, Qt.Key.Key_Underscore) or text in ("-", "−"):
                return self.zoom_out()
            moves = {
                Qt.Key.Key_Left: (step, 0),
                Qt.Key.Key_Right: (-step, 0),
                Qt.Key.Key_Up: (0, step),
                Qt.Key.Key_Down: (0, -step),
            }
            if key in moves:  # the view moves that way: the map under it the other
                return self.pan_by(*moves[key])
            if key == Qt.Key.Key_0:
                return self.fit_to_results()
            if key == Qt.Key.Key_Home:
                return self.fit_search_area()
        super().keyPressEvent(event)

    def mousePressEvent(self, event) -> None:
        if event.button() != Qt.MouseButton.LeftButton:
            return super().mousePressEvent(event)
        self.setFocus(Qt.FocusReason.MouseFocusReason)
        self._press, self._dragged = event.position(), False
        event.accept()

    def mouseMoveEvent(self, event) -> None:
        pos = event.position()
        if self._press is not None and event.buttons() & Qt.MouseButton.LeftButton:
            delta = pos - self._press
            if self._dragged or delta.manhattanLength() >= QApplication.startDragDistance():
                self._dragged = True
                self.setCursor(Qt.CursorShape.ClosedHandCursor)
                QToolTip.hideText()
                self._press = pos
                self.pan_by(delta.x(), delta.y())
            return
        tip = self.tooltip_at(pos)
        self.setCursor(Qt.CursorShape.PointingHandCursor if tip else Qt.CursorShape.OpenHandCursor)
        if tip:
            QToolTip.showText(event.globalPosition().toPoint(), tip, self)
        else:
            QToolTip.hideText()

    def mouseReleaseEvent(self, event) -> None:
        if event.button() != Qt.MouseButton.LeftButton or self._press is None:
            return super().mouseReleaseEvent(event)
        dragged, self._press, self._dragged = self._dragged, None, False
        self.setCursor(Qt.CursorShape.OpenHandCursor)
        if dragged:
            return
        hits = self.points_at(event.position())
        if hits:
            ids = [m.id for m in hits]
            # a shared ZIP centre holds several programs: each click moves to the next one
            nxt = ids[(ids.index(self.selected_id) + 1) % len(ids)] if self.selected_id in ids else ids[0]
            self.programClicked.emit(nxt)

    def mouseDoubleClickEvent(self, event) -> None:
        if (
            event.button() == Qt.MouseButton.LeftButton
            and self.scene is not None
            and not self.points_at(event.position())
        ):
            self.zoom_by(ZOOM_STEP * ZOOM_STEP, event.position())
            return
        # on a mark, the second click of a double click selects the next program there
        self.mousePressEvent(event)

    def focusInEvent(self, event) -> None:
        self.update()
        super().focusInEvent(event)

    def focusOutEvent(self, event) -> None:
        self.update()
        super().focusOutEvent(event)

    # --- painting -------------------------------------------------------------------------
    def _paint_map(self, qp: QPainter) -> None:
        self._painted = self._renderer.paint(
            qp, QRectF(self.rect()), self.scene, self._colours, self.projection(), font=self.font()
        )

    def paintEvent(self, _event) -> None:
        qp = QPainter(self)
        pal = self.palette()
        if self.scene is None:
            qp.fillRect(self.rect(), pal.color(QPalette.ColorRole.Base))
            qp.setPen(pal.color(QPalette.ColorRole.PlaceholderText))
            qp.drawText(
                self.rect(), Qt.AlignmentFlag.AlignCenter, translate("MapView", "Results will be drawn here")
            )
        else:
            self._paint_map(qp)
        if self.hasFocus():
            frame = QColor(pal.color(QPalette.ColorRole.Highlight))
            qp.setPen(QPen(frame, FOCUS_FRAME))
            qp.setBrush(Qt.BrushStyle.NoBrush)
            half = FOCUS_FRAME / 2
            qp.drawRect(QRectF(self.rect()).adjusted(half, half, -half, -half))
        qp.end()
