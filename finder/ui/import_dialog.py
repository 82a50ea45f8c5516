"""File → Import: pick a file, import it on a worker thread with a cancellable progress dialog.

`run_import_dialog(parent, db)` is what the menu calls. The import is a WriteOp
(finder/ui/operations.py): it runs on the write thread, the GUI thread only shows progress.
Cancel sets a flag the importer checks; the import then rolls back and the directory is as
it was.
"""

from __future__ import annotations

import re
from pathlib import Path

from PySide6.QtCore import QEventLoop, QObject, Qt, Signal
from PySide6.QtWidgets import QMessageBox, QProgressDialog, QWidget

from finder.services.importing.run import ImportReport, import_file
from finder.ui.dialog_kit import ask_open_path, fit_to_screen, warn
from finder.ui.operations import WriteOp
from finder.ui.texts import arg, translate


def file_filter() -> str:
    """The open dialog's file types, in the window's language."""
    return (
        translate("ImportDialog", "Directory files")
        + " (*.csv *.csv.gz *.xlsx *.zip);;CSV (*.csv *.csv.gz);;"
        "Excel (*.xlsx);;"
        + translate("ImportDialog", "HSDS datapackage")
        + " (*.zip);;"
        + translate("ImportDialog", "All files")
        + " (*)"
    )


class ImportRunner(QObject):
    """One import: a WriteOp with a cancellable progress dialog, then the closing message."""

    done = Signal(object)  # ImportReport, or None when cancelled or refused

    def __init__(
        self,
        parent: QWidget | None,
        db,
        path: Path,
        fmt: str = "auto",
        *,
        show_messages: bool = True,
        edition: str | None = None,
    ) -> None:
        super().__init__(parent)
        self.parent_widget = parent
        self.show_messages = show_messages
        self.report: ImportReport | None = None
        self.message = ""
        self.op = WriteOp(
            self,
            lambda progress: import_file(
                db, path, fmt, progress=progress, cancelled=progress.cancelled, edition=edition
            ),
            self._on_finished,
            self._on_failed,
            on_cancelled=self._on_cancelled,
            scope="directory",
            url=db.url,
        )
        # its label guesses rich text: a file named like HTML shows as named (literal() in the op)
        self.op.with_progress(
            arg(translate("ImportDialog", "Importing %1…"), path.name),
            title=translate("ImportDialog", "Import"),
            minimum_ms=300,
        )

    @property
    def progress(self) -> QProgressDialog | None:
        return self.op.dialog

    def start(self) -> None:
        self.op.run()
        dialog = self.op.dialog
        if dialog is not None:
            hint = dialog.sizeHint()
            fit_to_screen(dialog, max(hint.width(), 420), hint.height())
            dialog.canceled.connect(
                lambda: dialog.setLabelText(translate("ImportDialog", "Cancelling… nothing will be changed."))
            )

    def cancel(self) -> None:
        self.op.cancel()

    def _finish(self, report: ImportReport | None, title: str, text: str, icon) -> None:
        self.report, self.message = report, text
        self.box = result_box(self.parent_widget, title, text, icon)
        if self.show_messages:
            self.box.exec()
        self.done.emit(report)

    def _on_finished(self, report: ImportReport) -> None:
        self._finish(
            report,
            translate("ImportDialog", "Import finished"),
            report_text(report),
            QMessageBox.Icon.Information,
        )
        if self.show_messages and self.parent_widget is not None:
            from finder.ui.import_report_dialog import show_import_report

            # what changed, shortlisted programs first; kept on the window, it outlives the runner
            self.parent_widget.import_report_window = show_import_report(self.parent_widget, report)

    def _on_failed(self, message: str) -> None:
        self._finish(None, translate("ImportDialog", "Import refused"), message, QMessageBox.Icon.Warning)

    def _on_cancelled(self) -> None:
        self._finish(
            None,
            translate("ImportDialog", "Import cancelled"),
            translate("ImportDialog", "The import was cancelled; the directory was not changed."),
            QMessageBox.Icon.Information,
        )


def result_box(parent: QWidget | None, title: str, text: str, icon) -> QMessageBox:
    """The closing message: a short title (the window adds "— Program Finder"), details in the text."""
    box = QMessageBox(icon, title, text, QMessageBox.StandardButton.NoButton, parent)
    box.setTextFormat(Qt.TextFormat.PlainText)
    close = box.addButton(translate("ImportDialog", "Close"), QMessageBox.ButtonRole.AcceptRole)
    box.setDefaultButton(close)
    box.setEscapeButton(close)
    return box


def report_text(r: ImportReport) -> str:
    from finder.ui.import_report_dialog import changes_line, report_headline

    lines = [
        arg(
            translate("ImportDialog", "%1 (%2): %3 rows read in %4 s."),
            r.file,
            r.format,
            r.rows,
            f"{r.seconds:.1f}",
        ),
        report_headline(r),
        changes_line(r),
        "",
        arg(translate("ImportDialog", "Added: %1"), r.added),
        arg(translate("ImportDialog", "Updated: %1"), r.updated),
        arg(translate("ImportDialog", "Unchanged: %1"), r.unchanged),
        arg(translate("ImportDialog", "Merged with a listing of the same place: %1"), r.merged),
        arg(translate("ImportDialog", "Your own edits kept: %1"), r.kept_user_edits),
        arg(translate("ImportDialog", "Skipped (empty or junk rows): %1"), r.skipped_junk),
        arg(translate("ImportDialog", "Rejected rows: %1"), len(r.rejected)),
    ]
    if r.unlocated:
        lines.append(arg(translate("ImportDialog", "Without a location: %1"), r.unlocated))
    lines += [
        "",
        translate("ImportDialog", "A backup of the directory was made first (File → Restore backup)."),
    ]
    return "\n".join(lines)


def choose_import_file(parent: QWidget | None) -> Path | None:
    """An open dialog in the folder the user chose last time (any dialog); None when cancelled."""
    path = ask_open_path(parent, translate("ImportDialog", "Import a directory file"), file_filter())
    return Path(path) if path else None


EDITION = re.compile(r"(19|20)\d\d")


def ask_edition(parent: QWidget | None, path: Path) -> str | None:
    """The edition year of a directory file, as the user knows it ('' when not a whole edition or
    unknown); None when the import is cancelled. The file's name is never taken for its year."""
    from PySide6.QtWidgets import QInputDialog, QLineEdit

    while True:
        text, ok = QInputDialog.getText(
            parent,
            translate("ImportDialog", "Import"),
            arg(
                translate(
                    "ImportDialog",
                    "Which edition of the directory is %1? A year, such as 2025; leave it empty if the "
                    "file is not a whole edition or you do not know.",
                ),
                path.name,
            ),
            QLineEdit.EchoMode.Normal,
            "",
        )
        if not ok:
            return None
        text = text.strip()
        if not text or EDITION.fullmatch(text):
            return text
        warn(
            parent,
            translate("ImportDialog", "Import"),
            arg(translate("ImportDialog", "“%1” is not a year such as 2025."), text),
        )


def run_import_dialog(
    parent: QWidget | None, db, path: str | Path | None = None, fmt: str = "auto"
) -> ImportReport | None:
    """Ask for a file (unless given), import it with progress, show the report; None if nothing changed."""
    edition = None
    if not path:
        path = choose_import_file(parent)
        if path is None:
            return None
        edition = ask_edition(parent, path)
        if edition is None:
            return None
    runner = ImportRunner(parent, db, Path(path), fmt, edition=edition)
    loop = QEventLoop()
    runner.done.connect(lambda _r: loop.quit())
    runner.start()
    loop.exec()
    runner.deleteLater()
    return runner.report
