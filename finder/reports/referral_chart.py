"""The report's bar chart of days to intake, drawn with QPainter (the window and the PDF share it).

One bar per number of days (how many referrals had their intake that many days after the
referral); a dashed line marks 14 days, about 10 business days, the wait standard. The line is
labelled and bars past it are hatched, so nothing is said by colour alone.
"""

from __future__ import annotations

from PySide6.QtCore import QPointF, QRectF, Qt
from PySide6.QtGui import QBrush, QColor, QFont, QImage, QPainter, QPen

from finder.texts import _

STANDARD_CALENDAR_DAYS = 14  # 10 business days, about two calendar weeks


def paint_chart(
    painter: QPainter, rect: QRectF, histogram: dict[int, int], *, ink: QColor | None = None
) -> None:
    """Draw the chart into `rect` (any paint device: an image, a widget, a page)."""
    ink = ink or QColor("black")
    painter.save()
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    font = QFont("DejaVu Sans")
    font.setPixelSize(max(9, int(rect.height() / 18)))
    painter.setFont(font)
    fm = painter.fontMetrics()
    line_h = fm.height()
    title = _("Days from referral to intake")
    painter.setPen(QPen(ink))
    painter.drawText(QRectF(rect.left(), rect.top(), rect.width(), line_h), Qt.AlignmentFlag.AlignLeft, title)
    if not histogram:
        painter.drawText(rect, Qt.AlignmentFlag.AlignCenter, _("No intake dates in this period."))
        painter.restore()
        return
    top = rect.top() + line_h * 1.6
    left = rect.left() + fm.horizontalAdvance("00") + 8
    bottom = rect.bottom() - line_h * 2.2
    right = rect.right() - 4
    most_days = max(max(histogram), STANDARD_CALENDAR_DAYS + 1)
    most_count = max(histogram.values())
    width = (right - left) / (most_days + 1)
    height = bottom - top

    def x_of(day: float) -> float:
        return left + day * width

    def y_of(count: float) -> float:
        return bottom - height * count / most_count

    painter.setPen(QPen(ink, 1))
    painter.drawLine(QPointF(left, bottom), QPointF(right, bottom))
    painter.drawLine(QPointF(left, top), QPointF(left, bottom))
    for n in range(most_count + 1):  # whole counts on the left
        if most_count > 10 and n % max(1, most_count // 5):
            continue
        painter.drawText(
            QRectF(rect.left(), y_of(n) - line_h / 2, left - rect.left() - 4, line_h),
            Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter,
            str(n),
        )
    step = 1 if most_days <= 20 else 7
    for day in range(0, most_days + 1, step):
        painter.drawText(
            QRectF(x_of(day), bottom + 2, width * step, line_h), Qt.AlignmentFlag.AlignHCenter, str(day)
        )
    painter.drawText(
        QRectF(left, bottom + line_h + 2, right - left, line_h),
        Qt.AlignmentFlag.AlignHCenter,
        _("days to intake (bars: referrals)"),
    )
    fill = QColor(70, 110, 170)
    for day, count in sorted(histogram.items()):
        bar = QRectF(x_of(day) + width * 0.15, y_of(count), width * 0.7, bottom - y_of(count))
        painter.setPen(QPen(ink, 1))
        late = day > STANDARD_CALENDAR_DAYS
        painter.setBrush(QBrush(fill, Qt.BrushStyle.BDiagPattern if late else Qt.BrushStyle.SolidPattern))
        painter.drawRect(bar)
    pen = QPen(ink, 1.5, Qt.PenStyle.DashLine)
    painter.setPen(pen)
    x = x_of(STANDARD_CALENDAR_DAYS + 1)
    painter.drawLine(QPointF(x, top), QPointF(x, bottom))
    label = _("10 business days")
    painter.drawText(
        QRectF(x - fm.horizontalAdvance(label) - 6, top, fm.horizontalAdvance(label), line_h),
        Qt.AlignmentFlag.AlignRight,
        label,
    )
    painter.restore()


def chart_image(histogram: dict[int, int], width: int = 1600, height: int = 560) -> QImage:
    """The chart on a white picture (for the PDF)."""
    from finder.reports.i18n import ensure_app

    ensure_app()
    image = QImage(width, height, QImage.Format.Format_RGB32)
    image.fill(QColor("white"))
    painter = QPainter(image)
    try:
        paint_chart(painter, QRectF(8, 8, width - 16, height - 16), histogram)
    finally:
        painter.end()
    return image
