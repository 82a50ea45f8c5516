"""The referral dialogs: Refer…, a referral's status, Record unmet need, the Referrals list, the Report."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QDate, QRectF, Qt, Signal
from PySide6.QtGui import QFontDatabase, QPainter, QPalette
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLineEdit,
    QListWidget,
    QPlainTextEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from finder.reports.referral_chart import paint_chart
from finder.services.referrals import HOWS, STATUSES
from finder.texts import referrals as words
from finder.ui import dialog_kit
from finder.ui.texts import arg, translate


def _day(field) -> date:
    return field.date().toPython()


def _date_field(day: date | None = None):
    d = day or date.today()
    return dialog_kit.DateField(QDate(d.year, d.month, d.day))


def _buttons(dialog: QDialog) -> QDialogButtonBox:
    box = dialog_kit.plain_buttons(
        QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
    )
    box.accepted.connect(dialog.accept)
    box.rejected.connect(dialog.reject)
    return box


class ReferDialog(QDialog):
    """When and how a program was referred, and whether a signed consent to share is on file."""

    def __init__(
        self, program: str, shortlist: str, consent_on_file: bool, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle(arg(translate("Referrals", "Refer “%1”"), dialog_kit.literal(program)))
        form = QFormLayout(self)
        form.addRow(dialog_kit.plain_label(arg(translate("Referrals", "Shortlist: %1"), shortlist)))
        self.on = _date_field()
        self.on.setAccessibleName(translate("Referrals", "Referred on"))
        form.addRow(translate("Referrals", "Referred &on"), self.on)
        self.how = QComboBox()
        for h in HOWS:
            self.how.addItem(words.how_label(h), h)
        self.how.setAccessibleName(translate("Referrals", "How it was sent"))
        form.addRow(translate("Referrals", "&How"), self.how)
        self.consent = QCheckBox(translate("Referrals", "A signed consent to share is on file, signed on:"))
        self.consent.setChecked(consent_on_file)
        self.consent.setEnabled(not consent_on_file)
        self.signed = _date_field()
        self.signed.setAccessibleName(translate("Referrals", "Consent signed on"))
        row = QHBoxLayout()
        row.addWidget(self.consent)
        row.addWidget(self.signed)
        form.addRow(row)
        self.note = QLineEdit()
        self.note.setAccessibleName(translate("Referrals", "Note"))
        form.addRow(translate("Referrals", "&Note"), self.note)
        form.addRow(_buttons(self))

    def values(self) -> dict:
        return {"on": _day(self.on), "how": self.how.currentData(), "note": self.note.text()}

    def new_consent(self) -> date | None:
        return _day(self.signed) if self.consent.isChecked() and self.consent.isEnabled() else None


class StatusDialog(QDialog):
    """A referral's news: the status, its day, the intake date, the program's reason."""

    def __init__(self, program: str, status: str = "intake-scheduled", parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(arg(translate("Referrals", "Referral status: “%1”"), dialog_kit.literal(program)))
        form = QFormLayout(self)
        self.status = QComboBox()
        for s in STATUSES:
            self.status.addItem(words.status_label(s), s)
        self.status.setCurrentIndex(STATUSES.index(status))
        self.status.setAccessibleName(translate("Referrals", "Status"))
        form.addRow(translate("Referrals", "&Status"), self.status)
        self.on = _date_field()
        self.on.setAccessibleName(translate("Referrals", "Since"))
        form.addRow(translate("Referrals", "&On"), self.on)
        self.intake = _date_field()
        self.intake.setAccessibleName(translate("Referrals", "Intake date"))
        form.addRow(translate("Referrals", "&Intake date"), self.intake)
        self.reason = QLineEdit()
        self.reason.setAccessibleName(translate("Referrals", "The program's reason"))
        form.addRow(translate("Referrals", "&Reason"), self.reason)
        form.addRow(_buttons(self))
        self.status.currentIndexChanged.connect(self._fields)
        self._fields()

    def _fields(self) -> None:
        status = self.status.currentData()
        self.intake.setEnabled(status in ("intake-scheduled", "attended"))
        self.reason.setEnabled(status in ("not-accepted", "declined-by-client", "withdrawn", "waitlisted"))

    def values(self) -> dict:
        status = self.status.currentData()
        return {
            "status": status,
            "on": _day(self.on),
            "intake": _day(self.intake) if status == "intake-scheduled" else None,
            "reason": self.reason.text() if self.reason.isEnabled() else "",
        }


class UnmetDialog(QDialog):
    """Record that nothing within reach met the client's needs (no client identity)."""

    def __init__(self, near: str, radius: float, needs: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(translate("Referrals", "Record unmet need"))
        form = QFormLayout(self)
        form.addRow(
            dialog_kit.plain_label(
                translate("Referrals", "Nothing within reach met these needs. No client is named."), wrap=True
            )
        )
        self.needs = QLineEdit(needs)
        self.needs.setPlaceholderText("medicaid,adolescents,iop")
        self.needs.setAccessibleName(translate("Referrals", "Needs (tag slugs)"))
        form.addRow(translate("Referrals", "&Needs"), self.needs)
        self.near = QLineEdit(near)
        self.near.setAccessibleName(translate("Referrals", "Near"))
        form.addRow(translate("Referrals", "N&ear"), self.near)
        self.radius = QLineEdit(f"{radius:g}")
        self.radius.setAccessibleName(translate("Referrals", "Radius in miles"))
        form.addRow(translate("Referrals", "&Radius (mi)"), self.radius)
        self.note = QLineEdit()
        self.note.setAccessibleName(translate("Referrals", "Why nothing fitted"))
        form.addRow(translate("Referrals", "&Why"), self.note)
        form.addRow(_buttons(self))

    def values(self) -> dict:
        return {
            "near": self.near.text(),
            "needs": self.needs.text(),
            "radius": self.radius.text(),
            "note": self.note.text(),
        }


class ReferralsDialog(QDialog):
    """Open referrals, intakes due and no-shows; Enter opens the program."""

    openRequested = Signal(int, str, str)

    def __init__(self, records, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(translate("Referrals", "Referrals"))
        lay = QVBoxLayout(self)
        self.list = QListWidget()
        self.list.setAccessibleName(translate("Referrals", "Open referrals"))
        today = date.today()
        groups = [
            (translate("Referrals", "No-shows"), [r for r in records if r.status == "no-show"]),
            (
                translate("Referrals", "Intakes due"),
                [r for r in records if r.status == "intake-scheduled" and r.intake_on and r.intake_on >= today],
            ),
            (
                translate("Referrals", "Waiting for news"),
                [r for r in records if r.status in ("referred", "waitlisted", "intake-scheduled")
                 and not (r.intake_on and r.intake_on >= today)],
            ),
        ]  # fmt: skip
        for title, rows in groups:
            head = self.list.addItem(f"— {title} ({len(rows)}) —") or self.list.item(self.list.count() - 1)
            head.setFlags(Qt.ItemFlag.NoItemFlags)
            for r in rows:
                days = "" if r.days_to_intake is None else f" · {words.days_text(r.days_to_intake)}"
                self.list.addItem(
                    f"{words.status_word(r.status, r.status_on, r.intake_on)} · {r.program_name} · {r.shortlist}{days}"
                )
                self.list.item(self.list.count() - 1).setData(
                    Qt.ItemDataRole.UserRole, (r.program_id, r.program_name, r.shortlist)
                )
        self.list.itemActivated.connect(self._chosen)
        lay.addWidget(self.list, 1)
        box = dialog_kit.plain_buttons(QDialogButtonBox(QDialogButtonBox.StandardButton.Close))
        box.rejected.connect(self.reject)
        lay.addWidget(box)
        dialog_kit.fit_to_screen(self, 640, 420)

    def _chosen(self, item) -> None:
        data = item.data(Qt.ItemDataRole.UserRole) if item is not None else None
        if data:
            self.openRequested.emit(*data)


class ChartView(QWidget):
    """The report's bar chart, painted by the same code as the PDF's, in the window's colours."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.histogram: dict[int, int] = {}
        self.setMinimumHeight(220)
        self.setAccessibleName(translate("Referrals", "Chart of days from referral to intake"))

    def set_histogram(self, histogram: dict[int, int]) -> None:
        self.histogram = dict(histogram)
        self.setAccessibleDescription(words.histogram_text(self.histogram))
        self.update()

    def paintEvent(self, _event) -> None:
        painter = QPainter(self)
        try:
            ink = self.palette().color(QPalette.ColorRole.WindowText)
            paint_chart(painter, QRectF(self.rect().adjusted(8, 8, -8, -8)), self.histogram, ink=ink)
        finally:
            painter.end()


class ReportDialog(QDialog):
    """The report for a period: its figures as text, the chart, and Print…, Save PDF…, CSV, JSON."""

    periodChanged = Signal(object, object)
    printRequested = Signal()
    saveRequested = Signal(str)

    def __init__(self, start: date, end: date, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.report = None
        self.setWindowTitle(words.report_title())
        lay = QVBoxLayout(self)
        row = QHBoxLayout()
        self.start, self.end = _date_field(start), _date_field(end)
        self.start.setAccessibleName(translate("Referrals", "From"))
        self.end.setAccessibleName(translate("Referrals", "To"))
        row.addWidget(dialog_kit.plain_label(translate("Referrals", "From")))
        row.addWidget(self.start)
        row.addWidget(dialog_kit.plain_label(translate("Referrals", "to")))
        row.addWidget(self.end)
        self.show_button = QPushButton(translate("Referrals", "&Show"))
        self.show_button.clicked.connect(lambda: self.periodChanged.emit(_day(self.start), _day(self.end)))
        row.addWidget(self.show_button)
        row.addStretch(1)
        lay.addLayout(row)
        self.text = QPlainTextEdit()
        self.text.setReadOnly(True)
        self.text.setFont(QFontDatabase.systemFont(QFontDatabase.SystemFont.FixedFont))  # the tables line up
        self.text.setAccessibleName(translate("Referrals", "Report"))
        lay.addWidget(self.text, 1)
        self.chart = ChartView()
        lay.addWidget(self.chart, 1)
        box = dialog_kit.plain_buttons(QDialogButtonBox(QDialogButtonBox.StandardButton.Close))
        box.rejected.connect(self.reject)
        for label, kind in (
            (translate("Referrals", "&Print…"), "print"),
            (translate("Referrals", "Save P&DF…"), "pdf"),
            (translate("Referrals", "Save &CSV…"), "csv"),
            (translate("Referrals", "Save &JSON…"), "json"),
        ):
            b = box.addButton(label, QDialogButtonBox.ButtonRole.ActionRole)
            b.setAutoDefault(False)
            b.clicked.connect(
                lambda _c=False, k=kind: (
                    self.printRequested.emit() if k == "print" else self.saveRequested.emit(k)
                )
            )
        lay.addWidget(box)
        dialog_kit.fit_to_screen(self, 760, 720)

    def show_report(self, report) -> None:
        self.report = report
        self.text.setPlainText(words.report_text(report))
        self.chart.set_histogram(report.histogram)
