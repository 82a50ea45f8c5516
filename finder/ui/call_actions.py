"""The phone work in the window: Log call (Ctrl+L) and the follow-ups due.

The program is the one the user is looking at: the selected program on the shortlist bar
when that list has the focus, else the selected result. A call logged for a program on the
current shortlist is made for that shortlist (its note follows the shortlist's privacy).
"""

from __future__ import annotations

from PySide6.QtCore import QObject, Qt
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from finder.services.calls import OUTCOME_LABELS, follow_ups
from finder.ui import dialog_kit
from finder.ui.call_dialog import follow_up_label, open_call_dialog
from finder.ui.operations import QueryOp
from finder.ui.texts import arg, translate

CALL_SHORTCUT = QKeySequence("Ctrl+L")


class CallActions(QObject):
    def __init__(self, win) -> None:
        super().__init__(win)
        self.win = win
        self.dialog = None  # the call dialog opened last (tests look at it)
        self.follow_ups_dialog = None
        menu = win.menus["shortlist"]
        menu.addSeparator()
        self.call_action = QAction(translate("CallActions", "&Log a call…"), win)
        self.call_action.setShortcut(CALL_SHORTCUT)
        self.call_action.triggered.connect(lambda _c=False: self.log_call())
        self.follow_action = QAction(follow_up_label(0, menu=True), win)
        self.follow_action.triggered.connect(lambda _c=False: self.show_follow_ups())
        menu.addActions([self.call_action, self.follow_action])
        self.follow_button = QPushButton(follow_up_label(0))
        self.follow_button.setFlat(True)
        self.follow_button.setAccessibleName(translate("CallActions", "Follow-up calls due"))
        self.follow_button.clicked.connect(self.show_follow_ups)
        win.statusBar().addPermanentWidget(self.follow_button)
        win.details.call_button.clicked.connect(lambda: self.log_call(from_results=True))
        self.refresh_follow_ups()

    # --- which program ----------------------------------------------------------------------
    def _target(self, from_results: bool = False) -> tuple[int, str, str] | None:
        panel = self.win.shortlists.panel
        focus = self.win.focusWidget()
        if not from_results and focus is panel.list and panel.selected_program() is not None:
            item = panel.list.currentItem()
            name = item.data(Qt.ItemDataRole.AccessibleTextRole).split(" — ")[0]
            return panel.selected_program(), name, panel.current_name()
        row = self.win.selected_row()
        if row is None:
            return None
        on_list = row.id in self.win.shortlists.shortlisted_ids()
        return row.id, row.name, panel.current_name() if on_list else ""

    def log_call(self, from_results: bool = False, program: tuple[int, str, str] | None = None):
        target = program or self._target(from_results)
        if target is None:
            self.win.statusBar().showMessage(translate("CallActions", "Select a program first, then log the call (Ctrl+L)."), 8000)
            return None
        pid, name, shortlist = target
        self.dialog = open_call_dialog(self.win, self.win.db, pid, name, shortlist,
                                       on_saved=lambda call: self._saved(call, name))
        return self.dialog

    def _saved(self, call, name: str) -> None:
        self.win.statusBar().showMessage(arg(translate("CallActions", "Call to “%1” logged: %2."), name,
                                             OUTCOME_LABELS[call.outcome]), 8000)
        self.refresh_follow_ups()
        self.win.directory_changed(select=call.program_id)  # availability and confirmed facts show

    # --- follow-ups -------------------------------------------------------------------------
    def refresh_follow_ups(self) -> None:
        db = self.win.db
        QueryOp(self.win, lambda: follow_ups(db), self._follow_ups_counted, lambda _m: None,
                key="follow-ups", url=db.url).run()

    def _follow_ups_counted(self, due) -> None:
        text = follow_up_label(len(due))
        self.follow_action.setText(follow_up_label(len(due), menu=True))
        self.follow_button.setText(text)
        self.follow_button.setVisible(bool(due))

    def show_follow_ups(self) -> None:
        db = self.win.db
        QueryOp(self.win, lambda: follow_ups(db, everything=True), self._show_list, key="follow-ups-list",
                url=db.url).run()

    def _show_list(self, items) -> None:
        self.follow_ups_dialog = FollowUpsDialog(items, self.win)
        self.follow_ups_dialog.chosen.connect(
            lambda pid, name, shortlist: self.log_call(program=(pid, name, shortlist)))
        self.follow_ups_dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self.follow_ups_dialog.open()


class FollowUpsDialog(QDialog):
    """Every open follow-up, soonest first; Enter on one logs the call to that program."""

    from PySide6.QtCore import Signal

    chosen = Signal(int, str, str)

    def __init__(self, items, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(translate("CallActions", "Follow-up calls"))
        lay = QVBoxLayout(self)
        lay.addWidget(dialog_kit.plain_label(translate("CallActions", "Calls to make again, soonest first. Press Enter "
                                                       "on one to log the call; a new call closes its follow-up."),
                                             wrap=True))
        self.list = QListWidget()
        self.list.setAccessibleName(translate("CallActions", "Follow-up calls"))
        for f in items:
            late = translate("CallActions", " — overdue") if f.overdue() else ""
            where = f" · {f.shortlist}" if f.shortlist else ""
            item = QListWidgetItem(arg(translate("CallActions", "%1%2 · %3%4 · last call: %5"), f.due.isoformat(), late,
                                       f.program_name, where, OUTCOME_LABELS[f.last_outcome].lower()))
            item.setData(Qt.ItemDataRole.UserRole, (f.program_id, f.program_name, f.shortlist))
            self.list.addItem(item)
        if not items:
            self.list.addItem(translate("CallActions", "No follow-ups: every call is settled."))
        self.list.setCurrentRow(0)
        self.list.itemActivated.connect(self._chosen)
        lay.addWidget(self.list, 1)
        buttons = dialog_kit.plain_buttons(QDialogButtonBox(QDialogButtonBox.StandardButton.Close))
        buttons.rejected.connect(self.reject)
        lay.addWidget(buttons)
        dialog_kit.fit_to_screen(self, 560, 360)

    def _chosen(self, item: QListWidgetItem) -> None:
        data = item.data(Qt.ItemDataRole.UserRole)
        if data:
            self.chosen.emit(*data)
            self.accept()
