"""File → Import: pick a file, import it on a worker thread with a cancellable progress dialog.

`run_import_dialog(parent, db)` is what the menu calls. The import runs in a QThread; the GUI
thread only shows progress. Cancel sets a flag the importer checks; the import then rolls back
and the directory is as it was.
"""

from __future__ import annotations

import threading
import traceback
from pathlib import Path

from PySide6.QtCore import QEventLoop, QObject, Qt, QThread, Signal, Slot
from PySide6.QtWidgets import QMessageBox, QProgressDialog, QWidget

from finder.errors import UserError
from finder.services.importing.run import Cancelled, ImportReport, import_file
from finder.ui.dialog_kit import ask_open_path, fit_to_screen, literal

FILE_FILTER = ("Directory files (*.csv *.csv.gz *.xlsx *.zip);;CSV (*.csv *.csv.gz);;Excel (*.xlsx);;"
               "HSDS datapackage (*.zip);;All files (*)")


class ImportWorker(QObject):
    progress = Signal(int, int)
    finished = Signal(object)  # ImportReport
    failed = Signal(str)
    was_cancelled = Signal()

    def __init__(self, db, path: Path, fmt: str = "auto") -> None:
        super().__init__()
        self.db, self.path, self.fmt = db, path, fmt
        self._cancel = threading.Event()

    def cancel(self) -> None:
        self._cancel.set()

    @Slot()
    def run(self) -> None:
        try:
            report = import_file(self.db, self.path, self.fmt, progress=self.progress.emit,
                                 cancelled=self._cancel.is_set)
        except Cancelled:
            self.was_cancelled.emit()
        except UserError as exc:
            self.failed.emit(str(exc))
        except Exception as exc:  # noqa: BLE001 - a bug: say so in a dialog, keep the window alive
            traceback.print_exc()
            self.failed.emit(f"The import stopped because of an internal error ({type(exc).__name__}); "
                             "nothing was changed.")
        else:
            self.finished.emit(report)


class ImportRunner(QObject):
    """Owns the thread, the worker and the progress dialog of one import."""

    done = Signal(object)  # ImportReport, or None when cancelled or refused

    def __init__(self, parent: QWidget | None, db, path: Path, fmt: str = "auto", *,
                 show_messages: bool = True) -> None:
        super().__init__(parent)
        self.parent_widget = parent
        self.show_messages = show_messages
        self.report: ImportReport | None = None
        self.message = ""
        self.thread = QThread(self)
        self.worker = ImportWorker(db, path, fmt)
        self.worker.moveToThread(self.thread)
        # its label guesses rich text: a file named like HTML shows as named
        self.progress = QProgressDialog(literal(f"Importing {path.name}…"), "Cancel", 0, 0, parent)
        self.progress.setWindowTitle("Import")
        self.progress.setWindowModality(Qt.WindowModality.WindowModal)
        self.progress.setMinimumDuration(300)
        self.progress.setAutoClose(False)
        self.progress.setAutoReset(False)
        self.progress.canceled.connect(self._cancel)
        hint = self.progress.sizeHint()
        fit_to_screen(self.progress, max(hint.width(), 420), hint.height())
        self.thread.started.connect(self.worker.run)
        self.worker.progress.connect(self._on_progress)
        self.worker.finished.connect(self._on_finished)
        self.worker.failed.connect(self._on_failed)
        self.worker.was_cancelled.connect(self._on_cancelled)

    def start(self) -> None:
        self.thread.start()

    def _cancel(self) -> None:
        self.progress.setLabelText("Cancelling… nothing will be changed.")
        self.worker.cancel()

    def _on_progress(self, done: int, total: int) -> None:
        if total and self.progress.maximum() != total:
            self.progress.setMaximum(total)
        self.progress.setValue(done)

    def _finish(self, report: ImportReport | None, title: str, text: str, icon) -> None:
        self.thread.quit()
        self.thread.wait()
        self.progress.close()
        self.report, self.message = report, text
        self.box = result_box(self.parent_widget, title, text, icon)
        if self.show_messages:
            self.box.exec()
        self.done.emit(report)

    def _on_finished(self, report: ImportReport) -> None:
        self._finish(report, "Import finished", report_text(report), QMessageBox.Icon.Information)

    def _on_failed(self, message: str) -> None:
        self._finish(None, "Import refused", message, QMessageBox.Icon.Warning)

    def _on_cancelled(self) -> None:
        self._finish(None, "Import cancelled", "The import was cancelled; the directory was not changed.",
                     QMessageBox.Icon.Information)


def result_box(parent: QWidget | None, title: str, text: str, icon) -> QMessageBox:
    """The closing message: a short title (the window adds "— Program Finder"), details in the text."""
    box = QMessageBox(icon, title, text, QMessageBox.StandardButton.NoButton, parent)
    box.setTextFormat(Qt.TextFormat.PlainText)
    close = box.addButton("Close", QMessageBox.ButtonRole.AcceptRole)
    box.setDefaultButton(close)
    box.setEscapeButton(close)
    return box


def report_text(r: ImportReport) -> str:
    lines = [f"{r.file} ({r.format}): {r.rows} rows read in {r.seconds:.1f} s.", "",
             f"Added: {r.added}", f"Updated: {r.updated}", f"Unchanged: {r.unchanged}",
             f"Merged with a listing of the same place: {r.merged}",
             f"Your own edits kept: {r.kept_user_edits}", f"Skipped (empty or junk rows): {r.skipped_junk}",
             f"Rejected rows: {len(r.rejected)}"]
    if r.unlocated:
        lines.append(f"Without a location: {r.unlocated}")
    lines += ["", "A backup of the directory was made first (File → Restore backup)."]
    return "\n".join(lines)


def choose_import_file(parent: QWidget | None) -> Path | None:
    """An open dialog in the folder the user chose last time (any dialog); None when cancelled."""
    path = ask_open_path(parent, "Import a directory file", FILE_FILTER)
    return Path(path) if path else None


def run_import_dialog(parent: QWidget | None, db, path: str | Path | None = None,
                      fmt: str = "auto") -> ImportReport | None:
    """Ask for a file (unless given), import it with progress, show the report; None if nothing changed."""
    path = Path(path) if path else choose_import_file(parent)
    if path is None:
        return None
    runner = ImportRunner(parent, db, path, fmt)
    loop = QEventLoop()
    runner.done.connect(lambda _r: loop.quit())
    runner.start()
    loop.exec()
    runner.deleteLater()
    return runner.report
