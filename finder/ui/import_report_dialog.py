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

from finder.services.importing.report import ImportReport
from finder.ui.dialog_kit import (
    ask_save_path,
    fit_to_screen,
    plain_buttons,
    plain_label,
    say_saved,
    warn,
    with_clear_button,
)
from finder.ui.texts import arg, translate, translate_n

SHORTLISTED, CHANGED, MISSING, ADDED, RELISTED, KEPT = (
    "On your shortlists",
    "Changed",
    "No longer listed",
    "Added",
    "Listed again",
    "Your edits kept",
)
SECTIONS = (SHORTLISTED, CHANGED, MISSING, ADDED, RELISTED, KEPT)
ALL = "Everything"
CONTEXT = "ImportReport"


def section_label(section: str) -> str:
    """A section's name in the window's language (the English name stays the key in files)."""
    return {
        SHORTLISTED: translate("ImportReport", "On your shortlists"),
        CHANGED: translate("ImportReport", "Changed"),
        MISSING: translate("ImportReport", "No longer listed"),
        ADDED: translate("ImportReport", "Added"),
        RELISTED: translate("ImportReport", "Listed again"),
        KEPT: translate("ImportReport", "Your edits kept"),
        ALL: translate("ImportReport", "Everything"),
    }.get(section, section)


def field_label(name: str) -> str:
    """The name of a changed field as a person reads it (an unknown field as stored)."""
    return {
        "name": translate("ImportReport", "name"),
        "phone": translate("ImportReport", "phone"),
        "intake_phone": translate("ImportReport", "intake phone"),
        "street1": translate("ImportReport", "street"),
        "city": translate("ImportReport", "city"),
        "state": translate("ImportReport", "state"),
        "zip": translate("ImportReport", "ZIP"),
        "website": translate("ImportReport", "website"),
        "types": translate("ImportReport", "treats"),
        "levels": translate("ImportReport", "levels"),
        "payments": translate("ImportReport", "payment"),
        "populations": translate("ImportReport", "for whom"),
        "therapies": translate("ImportReport", "therapies"),
        "languages": translate("ImportReport", "languages"),
        "supports": translate("ImportReport", "support services"),
        "accreditation": translate("ImportReport", "accreditation"),
        "status": translate("ImportReport", "status"),
        "county": translate("ImportReport", "county"),
        "location": translate("ImportReport", "location"),
        "notes": translate("ImportReport", "notes"),
        "insurers": translate("ImportReport", "insurers"),
        "verified_on": translate("ImportReport", "verified on"),
    }.get(name, name)


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
        return ", ".join(str(x) for x in v) or translate("ImportReport", "none")
    return str(v) if str(v) != "" else translate("ImportReport", "(blank)")


def changes_text(fields: dict) -> str:
    """'phone: 949-555-0100 → 714-555-0142; levels: php, residential → php'."""
    return "; ".join(
        f"{field_label(name)}: {_value(old)} → {_value(new)}" for name, (old, new) in fields.items()
    )


def kept_text(fields: dict) -> str:
    """'phone: the file says 714-555-0142; kept 949-555-0100 (your edit of 2026-03-01)', field by field."""
    parts = []
    for name, k in fields.items():
        if k["why"] == "call":
            why = arg(translate("ImportReport", "a call on %1 confirmed it"), k["on"])
        elif k["on"]:
            why = arg(translate("ImportReport", "your edit of %1"), k["on"])
        else:
            why = translate("ImportReport", "your edit")
        file_value, kept_value = k["file"], k["kept"]
        if isinstance(file_value, list) and isinstance(kept_value, list):
            # a list says only what differs: "the file says without medicaid; kept with medicaid"
            only_kept = [x for x in kept_value if x not in file_value]
            only_file = [x for x in file_value if x not in kept_value]
            with_, without = translate("ImportReport", "with %1"), translate("ImportReport", "without %1")
            file_value = "; ".join(
                [arg(without, _value(only_kept))] * bool(only_kept)
                + [arg(with_, _value(only_file))] * bool(only_file)
            )
            kept_value = "; ".join(
                [arg(with_, _value(only_kept))] * bool(only_kept)
                + [arg(without, _value(only_file))] * bool(only_file)
            )
        parts.append(
            arg(
                translate("ImportReport", "%1: the file says %2; kept %3 (%4)"),
                field_label(name),
                _value(file_value),
                _value(kept_value),
                why,
            )
        )
    return "; ".join(parts)


def report_lines(r: ImportReport) -> list[ReportLine]:
    """The table's rows, shortlisted programs first (each also listed in its own section)."""
    changed = {c["id"]: c for c in r.changed}
    missing_what = translate("ImportReport", "not in this file — may have closed; call to check")
    relisted_what = translate("ImportReport", "listed again: the mark is cleared")

    def line(section: str, pid: int) -> ReportLine:
        if pid in changed:
            return ReportLine(section, pid, changed[pid]["name"], changes_text(changed[pid]["fields"]))
        if pid in set(r.missing_ids):
            return ReportLine(section, pid, r.names.get(pid, ""), missing_what)
        if pid in set(r.relisted_ids):
            return ReportLine(section, pid, r.names.get(pid, ""), relisted_what)
        return ReportLine(section, pid, r.names.get(pid, ""), "")

    out = [line(SHORTLISTED, pid) for pid in r.shortlisted_ids]
    out += [ReportLine(CHANGED, c["id"], c["name"], changes_text(c["fields"])) for c in r.changed]
    out += [ReportLine(MISSING, pid, r.names.get(pid, ""), missing_what) for pid in r.missing_ids]
    added_what = translate("ImportReport", "new in this file")
    out += [ReportLine(ADDED, pid, r.names.get(pid, ""), added_what) for pid in r.added_ids]
    out += [ReportLine(RELISTED, pid, r.names.get(pid, ""), relisted_what) for pid in r.relisted_ids]
    # a line per kept value, as many as the count of kept edits in the lines above the table
    out += [
        ReportLine(KEPT, k["id"], k["name"], kept_text({name: v}))
        for k in r.kept
        for name, v in k["fields"].items()
    ]
    return out


def report_headline(r: ImportReport) -> str:
    """ImportReport.shortlist_headline in the window's language."""
    on = set(r.shortlisted_ids)
    changed = sum(1 for c in r.changed if c["id"] in on)
    missing = sum(1 for i in r.missing_ids if i in on)
    relisted = sum(1 for i in r.relisted_ids if i in on)
    parts = []
    if changed:
        parts.append(translate_n(CONTEXT, "%n program(s) on your shortlists changed", changed))
    if missing:
        parts.append(
            translate_n(CONTEXT, "%n (is/are) no longer listed", missing)
            if parts
            else translate_n(CONTEXT, "%n program(s) on your shortlists (is/are) no longer listed", missing)
        )
    if relisted:
        parts.append(
            translate_n(CONTEXT, "%n (is/are) listed again", relisted)
            if parts
            else translate_n(CONTEXT, "%n program(s) on your shortlists (is/are) listed again", relisted)
        )
    return "; ".join(parts) or translate("ImportReport", "No program on your shortlists changed.")


def delisting_text(r: ImportReport) -> str:
    """Whether the import marked programs delisted, and why (finder.texts.imports: the importer's reason)."""
    from finder.texts.imports import delisting_text as reason

    return reason(r.delisting) or (
        translate("ImportReport", "full: programs this file no longer lists are marked delisted")
        if r.full
        else translate("ImportReport", "partial: nothing was delisted")
    )


def changes_line(r: ImportReport) -> str:
    """ImportReport.changes_line in the window's language."""
    return arg(
        translate_n(
            CONTEXT,
            "changed %n program(s), added %1, no longer listed %2, listed again %3, "
            "kept %4 of your edits; delisting: %5",
            len(r.changed),
        ),
        len(r.added_ids),
        len(r.missing_ids),
        len(r.relisted_ids),
        r.kept_user_edits,  # the one count of kept edits, as in the summary line
        delisting_text(r),
    )


def summary_line(r: ImportReport) -> str:
    """ImportReport.summary in the window's language."""
    return arg(
        translate(
            "ImportReport",
            "%1 (%2): %3 rows in %4 s; added %5, updated %6, unchanged %7, merged %8, "
            "your edits kept %9; skipped %10, rejected %11; without a location %12, "
            "at a ZIP centre only %13",
        ),
        r.file,
        r.format,
        r.rows,
        f"{r.seconds:.1f}",
        r.added,
        r.updated,
        r.unchanged,
        r.merged,
        r.kept_user_edits,
        r.skipped_junk,
        len(r.rejected),
        r.unlocated,
        r.zip_only,
    )


def report_html(r: ImportReport, lines: list[ReportLine] | None = None) -> str:
    """The report for paper: every text escaped (names are data)."""
    e = lambda t: html.escape(str(t or ""), quote=True)
    lines = report_lines(r) if lines is None else lines
    parts = [
        f"<h2>{e(arg(translate('ImportReport', 'Import report: %1'), r.file))}</h2>",
        f"<p>{e(summary_line(r))}</p>",
        f"<p><b>{e(report_headline(r))}</b></p>",
        f"<p>{e(arg(translate('ImportReport', 'Delisting: %1'), delisting_text(r)))}</p>",
    ]
    for section in SECTIONS:
        rows = [x for x in lines if x.section == section]
        if not rows:
            continue
        parts.append(
            f"<h3>{e(section_label(section))} ({len(rows)})</h3><table width='100%' cellspacing='0' cellpadding='2'>"
        )
        parts += [
            f"<tr><td width='8%' valign='top'>{x.program_id}</td><td width='35%' valign='top'>{e(x.name)}"
            f"</td><td valign='top'>{e(x.what)}</td></tr>"
            for x in rows
        ]
        parts.append("</table>")
    return "<html><body>" + "".join(parts) + "</body></html>"


def report_text(r: ImportReport, lines: list[ReportLine] | None = None) -> str:
    lines = report_lines(r) if lines is None else lines
    out = [
        arg(translate("ImportReport", "Import report: %1"), r.file),
        summary_line(r),
        report_headline(r),
        arg(translate("ImportReport", "Delisting: %1"), delisting_text(r)),
        "",
    ]
    out += [f"{x.section}\t{x.program_id}\t{x.name}\t{x.what}" for x in lines]
    return "\n".join(out) + "\n"


class ImportReportDialog(QDialog):
    """Not modal: it can stay open beside the window while the user looks the programs up."""

    def __init__(self, parent: QWidget | None, report: ImportReport) -> None:
        super().__init__(parent)
        self.report = report
        self.lines = report_lines(report)
        self.setWindowTitle(arg(translate("ImportReport", "Import report — %1"), report.file))
        self.setModal(False)
        self.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose, False)
        lay = QVBoxLayout(self)
        self.headline = plain_label(report_headline(report), wrap=True)
        font = self.headline.font()
        font.setBold(True)
        self.headline.setFont(font)
        self.headline.setAccessibleName(translate("ImportReport", "Programs on your shortlists"))
        self.summary = plain_label(changes_line(report), wrap=True)
        self.summary.setAccessibleName(translate("ImportReport", "What the import changed"))
        for w in (self.headline, self.summary):
            lay.addWidget(w)

        bar = QHBoxLayout()
        show = QLabel(translate("ImportReport", "&Show"))
        self.section = QComboBox()
        self.section.setAccessibleName(translate("ImportReport", "Show which programs"))
        counts = {s: sum(1 for x in self.lines if x.section == s) for s in SECTIONS}
        self.section.addItem(f"{section_label(ALL)} ({len(self.lines)})", ALL)
        for s in SECTIONS:
            self.section.addItem(f"{section_label(s)} ({counts[s]})", s)
        show.setBuddy(self.section)
        self.text = QLineEdit()
        self.text.setPlaceholderText(translate("ImportReport", "Name or id contains"))
        self.text.setAccessibleName(translate("ImportReport", "Filter by name or id"))
        with_clear_button(self.text)
        bar.addWidget(show)
        bar.addWidget(self.section)
        bar.addWidget(self.text, 1)
        lay.addLayout(bar)

        self.table = QTableWidget(len(self.lines), 4)
        self.table.setHorizontalHeaderLabels(
            [
                translate("ImportReport", "Section"),
                translate("ImportReport", "ID"),
                translate("ImportReport", "Program"),
                translate("ImportReport", "What changed"),
            ]
        )
        self.table.setAccessibleName(translate("ImportReport", "Programs in the import report"))
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setTabKeyNavigation(False)  # Tab moves on to the next control, arrows move in the table
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setWordWrap(True)
        self.table.verticalHeader().setVisible(False)
        self.table.horizontalHeader().setSectionResizeMode(3, QHeaderView.ResizeMode.Stretch)
        for row, x in enumerate(self.lines):
            for col, value in enumerate((section_label(x.section), str(x.program_id), x.name, x.what)):
                item = QTableWidgetItem(value)  # item text is plain: never read as HTML
                item.setToolTip("")
                self.table.setItem(row, col, item)
        self.table.resizeColumnsToContents()
        lay.addWidget(self.table, 1)
        self.shown_label = plain_label("")
        self.shown_label.setAccessibleName(translate("ImportReport", "Lines shown"))
        lay.addWidget(self.shown_label)

        buttons = QDialogButtonBox()
        self.print_button = QPushButton(translate("ImportReport", "&Print…"))
        self.save_button = QPushButton(translate("ImportReport", "&Save…"))
        buttons.addButton(self.print_button, QDialogButtonBox.ButtonRole.ActionRole)
        buttons.addButton(self.save_button, QDialogButtonBox.ButtonRole.ActionRole)
        # added last, so Tab reaches it last, as it sits at the right end of the row
        self.close_button = buttons.addButton(QDialogButtonBox.StandardButton.Close)
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
                not needle or needle in x.name.lower() or needle == str(x.program_id)
            )
            self.table.setRowHidden(row, not keep)
        n = len(self.visible_lines())
        self.shown_label.setText(
            arg(translate_n(CONTEXT, "Showing %n line(s) of %1", n), f"{len(self.lines):,}")
        )

    # --- print and save -------------------------------------------------------------------
    def print_report(self) -> None:
        """A print preview of what the filter shows; printing from it prints that."""
        from finder.ui.print_preview import PrintPreview

        self.preview = PrintPreview(
            self, arg(translate("ImportReport", "Print — %1"), Path(self.report.file).name), self.paint
        )
        self.preview.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self.preview.open()

    def paint(self, device) -> int:
        """Paint what the filter shows on a printer or a PDF writer; returns the page count."""
        from finder.reports.printing import paint_html

        return paint_html(
            report_html(self.report, self.visible_lines()),
            device,
            arg(translate("ImportReport", "Import report · %1"), self.report.file),
        )

    def ask_save(self) -> None:
        from finder.errors import UserError
        from finder.reports.i18n import user_message

        stem = Path(self.report.file).name.split(".")[0] or "import"
        path = ask_save_path(
            self,
            translate("ImportReport", "Save the import report"),
            f"{stem}-report.pdf",
            "PDF (*.pdf);;JSON (*.json);;" + translate("ImportReport", "Text") + " (*.txt)",
            "",
        )
        if path:
            try:
                self.save(path)
            except (UserError, OSError) as exc:  # one line in a box
                warn(self, translate("ImportReport", "Not saved"), user_message(exc))
                return
            say_saved(self, path, translate("ImportReport", "import report"))

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

            write_pdf(
                path,
                title=f"Import report {self.report.file}",
                example="import-report.pdf",
                page_setup=setup_page,
                paint=self.paint,
            )
            return path
        target = checked_target(path, f"import-report{suffix}")
        text = (
            json.dumps(self.report.as_json(), ensure_ascii=False, indent=1) + "\n"
            if suffix == ".json"
            else report_text(self.report, self.visible_lines())
        )
        try:
            touch_private(target)
            target.write_text(text, encoding="utf-8")
        except OSError as exc:
            raise UserError("cannot write %1: %2", target, exc.strerror) from None
        return target


def show_import_report(parent: QWidget | None, report: ImportReport) -> ImportReportDialog:
    """Open the report beside the window (not modal) and return it; the caller keeps a reference."""
    dialog = ImportReportDialog(parent, report)
    dialog.show()  # a new window comes up in front; raise_() would only matter for an old one
    return dialog
