"""What an import changed, program by program: a window that stays open, filters, prints and saves.

`ImportReportDialog(parent, report)` takes an ImportReport (services/importing/report.py). Programs
on a shortlist come first, in a section of their own; then changed (field by field, old → new),
no longer listed, added, listed again, and your edits kept. Every name is data: shown as plain
text in the table, escaped in the printed HTML.
"""

from __future__ import annotations

import html
import json
from dataclasses import dataclass
from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from finder.domain.text import plural
from finder.services.importing.report import ImportReport
from finder.ui.dialog_kit import ask_save_path, fit_to_screen, plain_buttons, plain_label, say_saved, warn

SHORTLISTED, CHANGED, MISSING, ADDED, RELISTED, KEPT = (
    "On your shortlists", "Changed", "No longer listed", "Added", "Listed again", "Your edits kept")
SECTIONS = (SHORTLISTED, CHANGED, MISSING, ADDED, RELISTED, KEPT)
ALL = "Everything"


@dataclass(frozen=True)
class ReportLine:
    section: str
    program_id: int
    name: str
    what: str


def _value(v) -> str:
    if v is None:
        return "—"
    if isinstance(v, list):
        return ", ".join(str(x) for x in v) or "none"
    return str(v) if str(v) != "" else "(blank)"


def changes_text(fields: dict) -> str:
    """'phone: 949-555-0100 → 714-555-0142; levels: php, residential → php'."""
    return "; ".join(f"{name}: {_value(old)} → {_value(new)}" for name, (old, new) in fields.items())


def report_lines(r: ImportReport) -> list[ReportLine]:
    """The table's rows, shortlisted programs first (each also listed in its own section)."""
    changed = {c["id"]: c for c in r.changed}
    missing_what = "not in this file — may have closed; call to check"

    def line(section: str, pid: int) -> ReportLine:
        if pid in changed:
            return ReportLine(section, pid, changed[pid]["name"], changes_text(changed[pid]["fields"]))
        if pid in set(r.missing_ids):
            return ReportLine(section, pid, r.names.get(pid, ""), missing_what)
        if pid in set(r.relisted_ids):
            return ReportLine(section, pid, r.names.get(pid, ""), "listed again: the mark is cleared")
        return ReportLine(section, pid, r.names.get(pid, ""), "")

    out = [line(SHORTLISTED, pid) for pid in r.shortlisted_ids]
    out += [ReportLine(CHANGED, c["id"], c["name"], changes_text(c["fields"])) for c in r.changed]
    out += [ReportLine(MISSING, pid, r.names.get(pid, ""), missing_what) for pid in r.missing_ids]
    out += [ReportLine(ADDED, pid, r.names.get(pid, ""), "new in this file") for pid in r.added_ids]
    out += [ReportLine(RELISTED, pid, r.names.get(pid, ""), "listed again: the mark is cleared")
            for pid in r.relisted_ids]
    out += [ReportLine(KEPT, pid, r.names.get(pid, ""), "the file differs from what you typed; yours is kept")
            for pid in r.kept_ids]
    return out


def report_headline(r: ImportReport) -> str:
    return r.shortlist_headline() or "No program on your shortlists changed."


def report_html(r: ImportReport, lines: list[ReportLine] | None = None) -> str:
    """The report for paper: every text escaped (names are data)."""
    e = lambda t: html.escape(str(t or ""), quote=True)
    lines = report_lines(r) if lines is None else lines
    parts = [f"<h2>Import report: {e(r.file)}</h2>", f"<p>{e(r.summary())}</p>",
             f"<p><b>{e(report_headline(r))}</b></p>", f"<p>Delisting: {e(r.delisting)}</p>"]
    for section in SECTIONS:
        rows = [x for x in lines if x.section == section]
        if not rows:
            continue
        parts.append(f"<h3>{e(section)} ({len(rows)})</h3><table width='100%' cellspacing='0' cellpadding='2'>")
        parts += [f"<tr><td width='8%' valign='top'>{x.program_id}</td><td width='35%' valign='top'>{e(x.name)}"
                  f"</td><td valign='top'>{e(x.what)}</td></tr>" for x in rows]
        parts.append("</table>")
    return "<html><body>" + "".join(parts) + "</body></html>"


def report_text(r: ImportReport, lines: list[ReportLine] | None = None) -> str:
    lines = report_lines(r) if lines is None else lines
    out = [f"Import report: {r.file}", r.summary(), report_headline(r), f"Delisting: {r.delisting}", ""]
    out += [f"{x.section}\t{x.program_id}\t{x.name}\t{x.what}" for x in lines]
    return "\n".join(out) + "\n"


class ImportReportDialog(QDialog):
    """Not modal: it can stay open beside the window while the user looks the programs up."""

    def __init__(self, parent: QWidget | None, report: ImportReport) -> None:
        super().__init__(parent)
        self.report = report
        self.lines = report_lines(report)
        self.setWindowTitle(f"Import report — {report.file}")
        self.setModal(False)
        self.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose, False)
        lay = QVBoxLayout(self)
        self.headline = plain_label(report_headline(report), wrap=True)
        font = self.headline.font()
        font.setBold(True)
        self.headline.setFont(font)
        self.headline.setAccessibleName("Programs on your shortlists")
        self.summary = plain_label(report.changes_line(), wrap=True)
        self.summary.setAccessibleName("What the import changed")
        for w in (self.headline, self.summary):
            lay.addWidget(w)

        bar = QHBoxLayout()
        show = QLabel("&Show")
        self.section = QComboBox()
        self.section.setAccessibleName("Show which programs")
        counts = {s: sum(1 for x in self.lines if x.section == s) for s in SECTIONS}
        self.section.addItem(f"{ALL} ({len(self.lines)})", ALL)
        for s in SECTIONS:
            self.section.addItem(f"{s} ({counts[s]})", s)
        show.setBuddy(self.section)
        self.text = QLineEdit()
        self.text.setPlaceholderText("Name or id contains")
        self.text.setAccessibleName("Filter by name or id")
        self.text.setClearButtonEnabled(True)
        bar.addWidget(show)
        bar.addWidget(self.section)
        bar.addWidget(self.text, 1)
        lay.addLayout(bar)

        self.table = QTableWidget(len(self.lines), 4)
        self.table.setHorizontalHeaderLabels(["Section", "ID", "Program", "What changed"])
        self.table.setAccessibleName("Programs in the import report")
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setWordWrap(True)
        self.table.verticalHeader().setVisible(False)
        self.table.horizontalHeader().setSectionResizeMode(3, QHeaderView.ResizeMode.Stretch)
        for row, x in enumerate(self.lines):
            for col, value in enumerate((x.section, str(x.program_id), x.name, x.what)):
                item = QTableWidgetItem(value)  # item text is plain: never read as HTML
                item.setToolTip("")
                self.table.setItem(row, col, item)
        self.table.resizeColumnsToContents()
        lay.addWidget(self.table, 1)
        self.shown_label = plain_label("")
        lay.addWidget(self.shown_label)

        buttons = QDialogButtonBox()
        self.print_button = QPushButton("&Print…")
        self.save_button = QPushButton("&Save…")
        self.close_button = buttons.addButton(QDialogButtonBox.StandardButton.Close)
        buttons.addButton(self.print_button, QDialogButtonBox.ButtonRole.ActionRole)
        buttons.addButton(self.save_button, QDialogButtonBox.ButtonRole.ActionRole)
        plain_buttons(buttons)
        buttons.rejected.connect(self.close)
        self.close_button.clicked.connect(self.close)
        self.print_button.clicked.connect(self.print_report)
        self.save_button.clicked.connect(self.ask_save)
        lay.addWidget(buttons)

        self.section.currentIndexChanged.connect(lambda _i: self.apply_filter())
        self.text.textChanged.connect(lambda _t: self.apply_filter())
        self.apply_filter()
        fit_to_screen(self, 900, 600)

    # --- filtering ------------------------------------------------------------------------
    def visible_lines(self) -> list[ReportLine]:
        return [x for row, x in enumerate(self.lines) if not self.table.isRowHidden(row)]

    def apply_filter(self) -> None:
        section = self.section.currentData()
        needle = self.text.text().strip().lower()
        for row, x in enumerate(self.lines):
            keep = (section == ALL or x.section == section) and (
                not needle or needle in x.name.lower() or needle == str(x.program_id))
            self.table.setRowHidden(row, not keep)
        n = len(self.visible_lines())
        self.shown_label.setText(f"Showing {plural(n, 'line')} of {len(self.lines):,}")

    # --- print and save -------------------------------------------------------------------
    def print_report(self) -> None:
        from PySide6.QtPrintSupport import QPrintDialog, QPrinter

        printer = QPrinter(QPrinter.PrinterMode.HighResolution)
        dialog = QPrintDialog(printer, self)
        if dialog.exec() != QDialog.DialogCode.Accepted:
            return
        self.paint(printer)

    def paint(self, device) -> int:
        """Paint what the filter shows on a printer or a PDF writer; returns the page count."""
        from finder.reports.printing import paint_html

        return paint_html(report_html(self.report, self.visible_lines()), device,
                          f"Import report · {self.report.file}")

    def ask_save(self) -> None:
        from finder.errors import UserError

        stem = Path(self.report.file).name.split(".")[0] or "import"
        path = ask_save_path(self, "Save the import report", f"{stem}-report.pdf",
                             "PDF (*.pdf);;JSON (*.json);;Text (*.txt)", "")
        if path:
            try:
                self.save(path)
            except (UserError, OSError) as exc:  # one line in a box
                warn(self, "Not saved", str(exc))
                return
            say_saved(self, path, "import report")

    def save(self, path: str | Path) -> Path:
        """PDF (what the filter shows), JSON (the whole `--report` shape) or text, by the suffix."""
        from finder.errors import UserError
        from finder.services.files import checked_target
        from finder.services.private_files import touch_private

        path = Path(path)
        suffix = path.suffix.lower()
        if suffix not in (".pdf", ".json", ".txt"):
            path = path.with_name(path.name + ".pdf")
            suffix = ".pdf"
        if suffix == ".pdf":
            from finder.reports.printing import setup_page, write_pdf

            write_pdf(path, title=f"Import report {self.report.file}", example="import-report.pdf",
                      page_setup=setup_page, paint=self.paint)
            return path
        target = checked_target(path, f"import-report{suffix}")
        text = (json.dumps(self.report.as_json(), ensure_ascii=False, indent=1) + "\n" if suffix == ".json"
                else report_text(self.report, self.visible_lines()))
        try:
            touch_private(target)
            target.write_text(text, encoding="utf-8")
        except OSError as exc:
            raise UserError(f"cannot write {target}: {exc.strerror}") from None
        return target


def show_import_report(parent: QWidget | None, report: ImportReport) -> ImportReportDialog:
    """Open the report beside the window (not modal) and return it; the caller keeps a reference."""
    dialog = ImportReportDialog(parent, report)
    dialog.show()  # a new window comes up in front; raise_() would only matter for an old one
    return dialog
