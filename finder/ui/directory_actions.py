"""File and Edit menu work on the directory: import, export, restore, add, edit, verify, do-not-refer.

The window owns the widgets; this object owns the actions and what they do. Every database
call goes through finder/ui/operations.py: saves as WriteOps, exports and reopening the
database as QueryOps, so the window keeps turning while they run.
"""

from __future__ import annotations

from PySide6.QtCore import QObject
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QLabel,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)

from finder.ui import dialog_kit
from finder.ui.operations import QueryOp, WriteOp
from finder.ui.texts import arg, translate, translate_n

CSV_FILTER = "CSV (*.csv)"


class DoNotReferDialog(QDialog):
    """Asks why a program should not be referred to; the button says what it will do."""

    def __init__(self, program_name: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(translate("DirectoryActions", "Mark do-not-refer"))
        lay = QVBoxLayout(self)
        # the name as typed: a name written as HTML must not draw a picture or a fake phone number
        self.intro = intro = dialog_kit.plain_label(
            arg(
                translate(
                    "DirectoryActions",
                    "Mark “%1” as do-not-refer? It stays in the directory, marked "
                    "“Do not refer” with your reason, and “Hide do-not-refer” leaves it out of "
                    "searches. You can mark it active again later.",
                ),
                program_name,
            ),
            wrap=True,
        )
        lay.addWidget(intro)
        label = QLabel(translate("DirectoryActions", "&Reason (required):"))
        self.reason = QLineEdit()
        self.reason.setAccessibleName(translate("DirectoryActions", "Reason for do-not-refer"))
        self.reason.setPlaceholderText(
            translate("DirectoryActions", "e.g. licence lapsed; closed; unsafe practices reported")
        )
        label.setBuddy(self.reason)
        lay.addWidget(label)
        lay.addWidget(self.reason)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        self.ok = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        self.ok.setText(translate("DirectoryActions", "Mark do-not-refer"))
        dialog_kit.plain_buttons(self.buttons)
        self.ok.setEnabled(False)
        self.reason.textChanged.connect(lambda t: self.ok.setEnabled(bool(t.strip())))
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        lay.addWidget(self.buttons)
        self.resize(460, self.sizeHint().height())


def ask_do_not_refer_reason(parent: QWidget | None, program_name: str) -> str | None:
    """The reason typed, or None when the user cancels (tests replace this function)."""
    dlg = DoNotReferDialog(program_name, parent)
    if dlg.exec() != QDialog.DialogCode.Accepted:
        return None
    return dlg.reason.text().strip() or None


class DirectoryActions(QObject):
    def __init__(self, win) -> None:
        super().__init__(win)
        self.win = win
        self._export_progress = None  # the export's progress dialog while it runs
        self.last_export: tuple[str, int] | None = None  # (path, rows) of the last finished export
        file, edit = win.menus["file"], win.menus["edit"]
        first = file.actions()[0] if file.actions() else None  # Quit stays last
        act = self._make
        self.import_action = act(
            translate("DirectoryActions", "&Import directory file…"), self.import_file, QKeySequence("Ctrl+I")
        )
        self.export_all_action = act(
            translate("DirectoryActions", "&Export directory CSV…"), self.export_directory
        )
        self.export_results_action = act(
            translate("DirectoryActions", "Export current &results CSV…"), self.export_results
        )
        self.restore_action = act(translate("DirectoryActions", "Restore &backup…"), self.restore_backup)
        for a in (self.import_action, self.export_all_action, self.export_results_action):
            file.insertAction(first, a)
        file.insertSeparator(first)
        file.insertAction(first, self.restore_action)
        file.insertSeparator(first)

        self.add_action = act(translate("DirectoryActions", "&Add program…"), self.add_program)
        self.edit_action = act(
            translate("DirectoryActions", "&Edit selected program…"),
            self.edit_selected,
            QKeySequence("Ctrl+E"),
        )
        self.verify_action = act(translate("DirectoryActions", "Mark &verified"), self.mark_verified)
        self.dnr_action = act(translate("DirectoryActions", "Mark &do-not-refer…"), self.mark_do_not_refer)
        self.active_action = act(translate("DirectoryActions", "Mark &active again"), self.mark_active)
        edit.addSeparator()
        for a in (self.add_action, self.edit_action, self.verify_action, self.dnr_action, self.active_action):
            edit.addAction(a)
        win.details.edit_button.clicked.connect(self.edit_selected)
        win.details.verify_button.clicked.connect(self.mark_verified)
        self.update_enabled()

    def _make(self, title: str, slot, shortcut=None) -> QAction:
        a = QAction(title, self.win)
        if shortcut is not None:
            a.setShortcut(shortcut)
        a.triggered.connect(lambda _c=False: slot())
        return a

    def program_actions(self) -> list[QAction]:
        return [self.edit_action, self.verify_action, self.dnr_action, self.active_action]

    def update_enabled(self) -> None:
        row = self.win.selected_row()
        for a in (self.edit_action, self.verify_action):
            a.setEnabled(row is not None)
        dnr = row is not None and row.status == "do-not-refer"
        self.dnr_action.setEnabled(row is not None and not dnr)
        self.active_action.setEnabled(dnr)
        self.export_results_action.setEnabled(bool(self.win.last_result() and self.win.last_result().results))

    # --- messages -------------------------------------------------------------------------
    def _warn(self, title: str, exc: Exception) -> None:
        dialog_kit.warn(self.win, title, str(exc))

    def _status(self, text: str) -> None:
        self.win.statusBar().showMessage(text, 8000)

    def _selected(self):
        row = self.win.selected_row()
        if row is None:
            self._status(translate("DirectoryActions", "Select a program in the results first."))
        return row

    # --- editing --------------------------------------------------------------------------
    def add_program(self) -> None:
        from finder.ui.edit_dialog import run_edit_dialog

        saved = run_edit_dialog(self.win, self.win.db, None)
        if saved is not None:
            self._status(arg(translate("DirectoryActions", "Added “%1” (id %2)."), saved.name, saved.id))
            self.win.directory_changed(select=saved.id)

    def edit_selected(self) -> None:
        from finder.ui.edit_dialog import run_edit_dialog

        row = self._selected()
        if row is None:
            return
        saved = run_edit_dialog(self.win, self.win.db, row.id)
        if saved is not None:
            self._status(arg(translate("DirectoryActions", "Saved “%1”."), saved.name))
            self.win.directory_changed(select=saved.id)

    def _save(self, title: str, fn, *args, said) -> None:
        """Write `fn(db, *args)` off the GUI thread; then say `said(saved)` and search again."""
        db = self.win.db

        def saved(program) -> None:
            self._status(said(program))
            self.win.directory_changed(select=program.id)

        WriteOp(
            self.win,
            lambda: fn(db, *args),
            saved,
            lambda message: dialog_kit.warn(self.win, title, message),
            scope="program",
            url=db.url,
        ).run()

    def mark_verified(self) -> None:
        """Record the verification at once, with Undo in the status bar for a click made by mistake."""
        from finder.services.directory import get_program
        from finder.services.editing import mark_verified

        row = self._selected()
        if row is None:
            return
        db, pid = self.win.db, row.id

        def verify():
            before = get_program(db, pid)
            return before.verified_on, before.verified_by, mark_verified(db, pid)

        def saved(got) -> None:
            was_on, was_by, program = got
            self.win.directory_changed(select=program.id)
            self._offer_undo(
                arg(
                    translate("DirectoryActions", "“%1” verified today by %2."),
                    program.name,
                    program.verified_by,
                ),
                lambda: self._unverify(program.id, program.name, was_on, was_by),
            )

        WriteOp(
            self.win,
            verify,
            saved,
            lambda message: dialog_kit.warn(
                self.win, translate("DirectoryActions", "Not marked verified"), message
            ),
            scope="program",
            url=db.url,
        ).run()

    def _offer_undo(self, text: str, undo, seconds: int = 15) -> None:
        """`text` in the status bar with an Undo button beside it for `seconds`."""
        from PySide6.QtCore import QTimer
        from PySide6.QtWidgets import QPushButton

        self._drop_undo()
        bar = self.win.statusBar()
        button = QPushButton(translate("DirectoryActions", "&Undo"), bar)
        button.setObjectName("undoButton")
        button.setAccessibleName(arg(translate("DirectoryActions", "Undo: %1"), text))
        bar.addPermanentWidget(button)
        bar.showMessage(text, seconds * 1000)
        self.undo_button = button
        button.clicked.connect(lambda: (self._drop_undo(), undo()))
        # the timer is the button's child: a window closed meanwhile takes both with it
        timer = QTimer(button, singleShot=True, interval=seconds * 1000)
        timer.timeout.connect(lambda b=button: self._drop_undo() if self.undo_button is b else None)
        timer.start()

    def _drop_undo(self) -> None:
        button, self.undo_button = getattr(self, "undo_button", None), None
        if button is not None:
            self.win.statusBar().removeWidget(button)
            button.deleteLater()

    def _unverify(self, pid: int, name: str, on: str, by: str) -> None:
        from finder.services.editing import restore_verified

        self._save(
            translate("DirectoryActions", "Not undone"),
            restore_verified,
            pid,
            on,
            by,
            said=lambda _saved: arg(translate("DirectoryActions", "Undone: “%1” is as it was."), name),
        )

    def mark_do_not_refer(self) -> None:
        from finder.services.editing import set_status

        row = self._selected()
        if row is None:
            return
        reason = ask_do_not_refer_reason(self.win, row.name)
        if not reason:
            return
        self._save(
            translate("DirectoryActions", "Not marked do-not-refer"),
            set_status,
            row.id,
            "do-not-refer",
            reason,
            said=lambda saved: arg(
                translate("DirectoryActions", "“%1” is marked do-not-refer: %2"),
                saved.name,
                saved.status_reason,
            ),
        )

    def mark_active(self) -> None:
        from finder.services.editing import set_status

        row = self._selected()
        if row is None:
            return
        self._save(
            translate("DirectoryActions", "Not changed"),
            set_status,
            row.id,
            "active",
            said=lambda saved: arg(
                translate("DirectoryActions", "“%1” can be referred to again."), saved.name
            ),
        )

    # --- import, restore ------------------------------------------------------------------
    def import_file(self) -> None:
        from finder.ui.import_dialog import run_import_dialog

        if run_import_dialog(self.win, self.win.db) is not None:
            self.win.directory_changed()

    def restore_backup(self) -> None:
        from finder.ui import backup_dialog

        # what was typed so far goes into the current file first: if the user cancels, nothing is lost
        self.win.flush_pending()
        # once the user confirms, the open views drop whatever they would still write, before
        # the file is replaced (a checklist's retry could otherwise land in the restored file)
        if backup_dialog.run_backup_dialog(self.win, self.win.db, before_restore=self.win.abandon_pending):
            self.reopen_database()

    def reopen_database(self) -> None:
        """A backup replaced the file: open it afresh (migrating it if older) off the GUI thread."""
        from finder.services.opening import open_database

        old = self.win.db
        location = str(old.path) if old.path is not None else old.url
        self.win.count_label.setText(translate("DirectoryActions", "Opening the restored directory…"))
        QueryOp(
            self.win,
            lambda: open_database(location, seed=False),
            self.win.use_database,
            lambda m: dialog_kit.warn(
                self.win, translate("DirectoryActions", "Cannot open the restored directory"), m
            ),
            after_writes=True,
        ).run()

    # --- export ---------------------------------------------------------------------------
    def export_directory(self) -> str | None:
        return self._export(
            None, "directory.csv", translate("DirectoryActions", "Export the whole directory")
        )

    def export_results(self) -> str | None:
        result = self.win.last_result()
        if result is None or not result.results:
            self._status(translate("DirectoryActions", "Search first: there are no results to export."))
            return None
        ids = [r.id for r in self.win.model.rows()]
        return self._export(
            ids, "results.csv", translate_n("DirectoryActions", "Export the %n program(s) shown", len(ids))
        )

    def choose_csv(self, suggested: str, title: str) -> str | None:
        """A save dialog in the folder used last (any dialog of the app); None when cancelled."""
        return dialog_kit.ask_save_path(self.win, title, suggested, CSV_FILTER, ".csv") or None

    def _export(self, ids: list[int] | None, suggested: str, title: str) -> str | None:
        from finder.services.directory import export_csv

        path = self.choose_csv(suggested, title)
        if not path:
            return None
        total = len(ids) if ids is not None else (self.win.facts.total if self.win.facts else 0)
        db = self.win.db
        op = QueryOp(
            self.win,
            lambda progress: export_csv(db, path, ids, progress=lambda n, t: progress(n, t or total)),
            lambda n: self._exported(path, n),
            self._export_failed,
            url=db.url,
            on_cancelled=lambda: self._export_failed(None),
            after_writes=True,
        )
        op.with_progress(
            translate("DirectoryActions", "Writing the CSV…"),
            title=translate("DirectoryActions", "Export"),
            cancel=translate("DirectoryActions", "Cancel"),
        )
        op.run()
        if op.dialog is not None and total:
            op.dialog.setMaximum(total)
        self._export_progress = op.dialog
        return path

    def _exported(self, path: str, n: int) -> None:
        self._export_progress = None
        # "Saved …" in the status bar, as every save in the app says it (no box to dismiss)
        self.last_export = (path, n)
        dialog_kit.say_saved(self.win, path, translate_n("DirectoryActions", "%n program(s) as CSV", n))

    def _export_failed(self, message: str | None) -> None:
        """`message` None: the user cancelled (export_csv wrote no file)."""
        self._export_progress = None
        self.last_export = None
        if message is None:
            self._status(translate("DirectoryActions", "Export cancelled; no file was written."))
        else:
            dialog_kit.warn(self.win, translate("DirectoryActions", "Export failed"), message)
