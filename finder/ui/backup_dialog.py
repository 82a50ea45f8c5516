"""File → Restore backup: the saved copies (when, size, why made); restore after a confirmation."""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QHeaderView,
    QLabel,
    QMessageBox,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from finder.services.backups import BY_HAND, BackupInfo, create_backup, list_backups, restore_backup
from finder.texts.backups import reason_text as backup_reason
from finder.ui.dialog_kit import confirm_box, fit_to_screen, inform, literal, plain_buttons, plain_label, warn
from finder.ui.operations import QueryOp, WriteOp
from finder.ui.texts import arg, translate

COLUMNS = (
    "#",
    QT_TRANSLATE_NOOP("BackupDialog", "Saved"),
    QT_TRANSLATE_NOOP("BackupDialog", "Size"),
    QT_TRANSLATE_NOOP("BackupDialog", "Why it was made"),
)


def reason_text(b: BackupInfo) -> str:
    """Why the copy was made, in the window's language; a reason the app does not know, as recorded."""
    return backup_reason(b.reason)


class BackupDialog(QDialog):
    def __init__(self, db, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.db = db
        self.restored: BackupInfo | None = None
        self.before_restore = None  # called right before the file is replaced
        self.backups: list[BackupInfo] = []
        self.listed = False  # the list was read (off the GUI thread)
        self.setWindowTitle(translate("BackupDialog", "Restore a backup"))
        intro = QLabel(
            translate(
                "BackupDialog",
                "A copy of the directory is saved before every import and every "
                "upgrade; the last 10 are kept. Restoring replaces the directory with the chosen "
                "copy (the current state is saved as a backup first).",
            )
        )
        intro.setWordWrap(True)
        self.table = QTableWidget(0, len(COLUMNS), self)
        self.table.setHorizontalHeaderLabels([translate("BackupDialog", c) for c in COLUMNS])
        self.table.setAccessibleName(translate("BackupDialog", "Backups, newest first"))
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.verticalHeader().hide()
        header = self.table.horizontalHeader()
        for col in range(len(COLUMNS) - 1):
            header.setSectionResizeMode(col, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(len(COLUMNS) - 1, QHeaderView.ResizeMode.Stretch)
        # or a message about the file
        self.empty = plain_label(translate("BackupDialog", "There are no backups yet."), wrap=True)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        self.restore_button = QPushButton(translate("BackupDialog", "&Restore…"))
        self.create_button = QPushButton(translate("BackupDialog", "&Back up now"))
        buttons.addButton(self.restore_button, QDialogButtonBox.ButtonRole.ActionRole)
        buttons.addButton(self.create_button, QDialogButtonBox.ButtonRole.ActionRole)
        plain_buttons(buttons)
        buttons.rejected.connect(self.reject)
        self.restore_button.clicked.connect(self.restore_selected)
        self.create_button.clicked.connect(self.back_up_now)
        self.table.itemSelectionChanged.connect(self._update_buttons)
        layout = QVBoxLayout(self)
        for w in (intro, self.table, self.empty, buttons):
            layout.addWidget(w)
        self.refresh()
        fit_to_screen(self, 720, 380)

    def refresh(self) -> None:
        """Read the list of backups off the GUI thread; the table fills in when it comes."""
        db = self.db
        QueryOp(
            self,
            lambda: list_backups(db),
            self._listed,
            self._not_listed,
            key="backups",
            url=db.url,
            after_writes=True,
        ).run()

    def _not_listed(self, message: str) -> None:
        self._listed([])
        self.empty.setText(message)

    def _listed(self, backups: list[BackupInfo]) -> None:
        self.backups = backups
        self.table.setRowCount(len(self.backups))
        for row, b in enumerate(self.backups):
            cells = (str(b.number), f"{b.created:%Y-%m-%d %H:%M:%S}", b.size_text, reason_text(b))
            for col, text in enumerate(cells):
                item = QTableWidgetItem(text)
                item.setToolTip(literal(text))
                self.table.setItem(row, col, item)
        self.empty.setVisible(not self.backups)
        if self.backups:
            self.table.selectRow(0)
        self._update_buttons()
        self.listed = True

    def _update_buttons(self) -> None:
        self.restore_button.setEnabled(bool(self.table.selectedItems()))

    def selected(self) -> BackupInfo | None:
        rows = {i.row() for i in self.table.selectedItems()}
        return self.backups[rows.pop()] if rows else None

    def confirm_box(self, b: BackupInfo) -> QMessageBox:
        """The question `confirm` asks, unopened (tests press its buttons)."""
        text = "\n\n".join(
            (
                arg(
                    translate("BackupDialog", "Replace the directory with the copy saved %1 (%2)?"),
                    f"{b.created:%Y-%m-%d %H:%M}",
                    reason_text(b),
                ),
                translate(
                    "BackupDialog",
                    "Everything changed since then is undone: edits and imports, and also "
                    "the shortlists, notes and checklist answers made since that backup.",
                ),
                translate(
                    "BackupDialog", "The current directory is backed up first, so you can go back to it."
                ),
            )
        )
        return confirm_box(
            self,
            translate("BackupDialog", "Restore this backup?"),
            text,
            translate("BackupDialog", "Restore"),
            icon=QMessageBox.Icon.Warning,
        )

    def confirm(self, b: BackupInfo) -> bool:
        box = self.confirm_box(b)
        box.exec()
        return box.clickedButton() is box.action_button

    def restore_selected(self) -> None:
        b = self.selected()
        if b is None or not self.confirm(b):
            return
        if self.before_restore is not None:
            self.before_restore()  # the open views stop writing before the file changes under them
        db = self.db
        self._busy(True)
        # after every write already asked for (one at a time): none lands in the restored file
        WriteOp(
            self,
            lambda: restore_backup(db, b.number),
            lambda info: self._restored(info, b),
            self._restore_failed,
            scope="directory",
            url=db.url,
        ).run()

    def _restored(self, info: BackupInfo, b: BackupInfo) -> None:
        self.restored = info
        inform(
            self,
            translate("BackupDialog", "Restored"),
            arg(translate("BackupDialog", "The directory is back to %1."), f"{b.created:%Y-%m-%d %H:%M}"),
        )
        self.accept()

    def _restore_failed(self, message: str) -> None:
        self._busy(False)
        warn(self, translate("BackupDialog", "Restore failed"), message)
        self.refresh()

    def back_up_now(self) -> None:
        db = self.db
        self._busy(True)

        def made(_info=None) -> None:
            self._busy(False)
            self.refresh()

        WriteOp(
            self,
            lambda: create_backup(db, reason=BY_HAND),
            made,
            lambda message: (warn(self, translate("BackupDialog", "Backup failed"), message), made()),
            url=db.url,
        ).run()

    def _busy(self, busy: bool) -> None:
        self.create_button.setEnabled(not busy)
        self.restore_button.setEnabled(not busy and bool(self.table.selectedItems()))


def run_backup_dialog(parent: QWidget | None, db, before_restore=None) -> bool:
    """Show the backups; True when one was restored (the window should reload its data).

    `before_restore()` runs once the user has confirmed, right before the file is replaced.
    """
    dlg = BackupDialog(db, parent)
    dlg.before_restore = before_restore
    dlg.exec()
    return dlg.restored is not None
