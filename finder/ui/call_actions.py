"""The phone work in the window: Log call (Ctrl+L) and the follow-ups due.

The program is the one the user is looking at: the selected program on the shortlist bar
when that list has the focus, else the selected result, else the program the details pane
shows (one opened from the follow-ups that is not among the results). A call logged for a
program on the current shortlist is made for that shortlist (its note follows the
shortlist's privacy); one logged for a program opened from a follow-up, for the follow-up's.

The follow-ups list opens the program: Enter selects it in the results (or, when this
search did not find it, shows its details alone) and puts the focus there, so Ctrl+L logs
the call; Ctrl+L in the list logs it at once.
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

from finder.services.calls import call_facts, follow_ups, list_calls
from finder.services.directory import get_program
from finder.services.history import current_user
from finder.texts.referrals import follow_up_label as follow_up_label_of_referral
from finder.ui import dialog_kit
from finder.ui.call_dialog import follow_up_label, open_call_dialog, outcome_label
from finder.ui.operations import QueryOp
from finder.ui.texts import arg, translate

CALL_SHORTCUT = QKeySequence("Ctrl+L")
FOLLOW_UPS_SHORTCUT = QKeySequence("Ctrl+Shift+L")
CALLS_SHORTCUT = QKeySequence("Ctrl+Alt+L")


class CallActions(QObject):
    def __init__(self, win) -> None:
        super().__init__(win)
        self.win = win
        self.dialog = None  # the call dialog opened last (tests look at it)
        self.follow_ups_dialog = None
        self.opened: tuple[int, str, str] | None = None  # the follow-up opened last: (id, name, shortlist)
        menu = win.menus["shortlist"]
        menu.addSeparator()
        self.call_action = QAction(translate("CallActions", "&Log a call…"), win)
        self.call_action.setShortcut(CALL_SHORTCUT)
        self.call_action.triggered.connect(lambda _c=False: self.log_call())
        self.follow_action = QAction(follow_up_label(0, menu=True), win)
        self.follow_action.setShortcut(FOLLOW_UPS_SHORTCUT)
        self.follow_action.triggered.connect(lambda _c=False: self.show_follow_ups())
        self.calls_action = QAction(translate("CallActions", "Call&s to this program…"), win)
        self.calls_action.setShortcut(CALLS_SHORTCUT)
        self.calls_action.triggered.connect(lambda _c=False: self.show_calls())
        menu.addActions([self.call_action, self.calls_action, self.follow_action])
        self.calls_dialog = None
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
            return self._opened_target()
        if self.opened is not None and self.opened[0] == row.id and self.opened[2]:
            return self.opened  # opened from a follow-up: the call is for the follow-up's shortlist
        on_list = row.id in self.win.shortlists.shortlisted_ids()
        return row.id, row.name, panel.current_name() if on_list else ""

    def _opened_target(self) -> tuple[int, str, str] | None:
        """No result selected: the program the details pane shows, if a follow-up opened it."""
        pid = self.win.details.program_id
        if pid is None or self.opened is None or self.opened[0] != pid:
            return None
        return self.opened

    def log_call(self, from_results: bool = False, program: tuple[int, str, str] | None = None):
        target = program or self._target(from_results)
        if target is None:
            self.win.statusBar().showMessage(
                translate("CallActions", "Select a program first, then log the call (Ctrl+L)."), 8000
            )
            return None
        pid, name, shortlist = target
        self.dialog = open_call_dialog(
            self.win, self.win.db, pid, name, shortlist, on_saved=lambda call: self._saved(call, name)
        )
        return self.dialog

    def _saved(self, call, name: str) -> None:
        self.win.statusBar().showMessage(
            arg(translate("CallActions", "Call to “%1” logged: %2."), name, outcome_label(call.outcome)), 8000
        )
        self.refresh_follow_ups()
        self.win.directory_changed(select=call.program_id)  # availability and confirmed facts show

    # --- the calls made: listed, and deleted by who made them -------------------------------
    def show_calls(self, program: tuple[int, str, str] | None = None) -> None:
        target = program or self._target()
        if target is None:
            self.win.statusBar().showMessage(
                translate("CallActions", "Select a program first, then list its calls (Ctrl+Alt+L)."), 8000
            )
            return
        pid, name, _shortlist = target
        db = self.win.db
        QueryOp(
            self.win,
            lambda: (list_calls(db, pid), current_user()),
            lambda loaded: self._show_calls(pid, name, *loaded),
            key="calls-list",
            url=db.url,
        ).run()

    def _show_calls(self, pid: int, name: str, calls, me: str) -> None:
        from finder.ui.calls_dialog import CallsDialog

        self.calls_dialog = CallsDialog(self.win.db, pid, name, calls, me, self.win)
        self.calls_dialog.deleted.connect(self._call_deleted)
        self.calls_dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self.calls_dialog.open()

    def _call_deleted(self, pid: int) -> None:
        self.refresh_follow_ups()
        self.win.directory_changed(select=pid)  # what the details say of room and facts may change

    # --- follow-ups -------------------------------------------------------------------------
    def refresh_follow_ups(self) -> None:
        db = self.win.db
        QueryOp(
            self.win,
            lambda: follow_ups(db),
            self._follow_ups_counted,
            lambda _m: None,
            key="follow-ups",
            url=db.url,
        ).run()

    def _follow_ups_counted(self, due) -> None:
        text = follow_up_label(len(due))
        self.follow_action.setText(follow_up_label(len(due), menu=True))
        self.follow_button.setText(text)
        self.follow_button.setVisible(bool(due))

    def show_follow_ups(self) -> None:
        db = self.win.db
        QueryOp(
            self.win,
            lambda: follow_ups(db, everything=True),
            self._show_list,
            key="follow-ups-list",
            url=db.url,
        ).run()

    def _show_list(self, items) -> None:
        self.follow_ups_dialog = FollowUpsDialog(items, self.win)
        self.follow_ups_dialog.openRequested.connect(self.open_program)
        self.follow_ups_dialog.callRequested.connect(
            lambda pid, name, shortlist: self._call_from_list(pid, name, shortlist)
        )
        self.follow_ups_dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self.follow_ups_dialog.open()

    def _call_from_list(self, pid: int, name: str, shortlist: str) -> None:
        self.open_program(pid, name, shortlist)
        self.log_call(program=(pid, name, shortlist))

    def open_program(self, pid: int, name: str, shortlist: str = "") -> None:
        """Show a program in the window: selected in the results when they hold it (the focus goes
        to the table), else its details alone (the focus goes to the details pane)."""
        win = self.win
        self.opened = (pid, name, shortlist)
        win.activateWindow()  # the list has just closed: the keys go to the window again
        if win.select_program(pid):
            win.table.setFocus(Qt.FocusReason.OtherFocusReason)
            return
        win.table.selectionModel().clearSelection()  # nothing else looks chosen beside it
        db = win.db
        QueryOp(
            win,
            lambda: (get_program(db, pid), *call_facts(db, pid)),
            self._show_alone,
            win.details.show_message,
            key="details",
            url=db.url,
        ).run()

    def _show_alone(self, loaded) -> None:
        detail, room, confirmed = loaded
        win = self.win
        if win.selected_program_id() is not None:
            return  # the user chose a result meanwhile
        win.details.show_program(detail, None, room, confirmed)
        win.activateWindow()
        win.focus_details()
        win.statusBar().showMessage(
            arg(
                translate(
                    "CallActions",
                    "“%1” is not among these results; its details are shown. Ctrl+L logs the call.",
                ),
                detail.name,
            ),
            10000,
        )
        win.detailsShown.emit(detail.id)


class FollowUpsDialog(QDialog):
    """Every open follow-up, soonest first; Enter on one opens the program, Ctrl+L logs the call."""

    from PySide6.QtCore import Signal

    openRequested = Signal(int, str, str)  # program id, name, shortlist
    callRequested = Signal(int, str, str)

    def __init__(self, items, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(translate("CallActions", "Follow-up calls"))
        lay = QVBoxLayout(self)
        lay.addWidget(
            dialog_kit.plain_label(
                translate(
                    "CallActions",
                    "Calls to make again, soonest first. Press Enter "
                    "on one to open the program in the window, Ctrl+L to log the "
                    "call; a new call closes its follow-up.",
                ),
                wrap=True,
            )
        )
        self.list = QListWidget()
        self.list.setAccessibleName(translate("CallActions", "Follow-up calls"))
        for f in items:
            late = translate("CallActions", " — overdue") if f.overdue() else ""
            where = f" · {f.shortlist}" if f.shortlist else ""
            referral = follow_up_label_of_referral(f.last_outcome)  # a referral's: no news, intake, no-show
            item = QListWidgetItem(
                arg(
                    translate("CallActions", "%1%2 · %3%4 · %5"),
                    f.due.isoformat(),
                    late,
                    f.program_name,
                    where,
                    referral,
                )
                if referral
                else arg(
                    translate("CallActions", "%1%2 · %3%4 · last call: %5"),
                    f.due.isoformat(),
                    late,
                    f.program_name,
                    where,
                    outcome_label(f.last_outcome).lower(),
                )
            )
            item.setData(Qt.ItemDataRole.UserRole, (f.program_id, f.program_name, f.shortlist))
            self.list.addItem(item)
        if not items:
            self.list.addItem(translate("CallActions", "No follow-ups: every call is settled."))
        self.list.setCurrentRow(0)
        self.list.itemActivated.connect(lambda item: self._chosen(item, self.openRequested))
        lay.addWidget(self.list, 1)
        buttons = dialog_kit.plain_buttons(QDialogButtonBox(QDialogButtonBox.StandardButton.Close))
        self.open_button = buttons.addButton(
            translate("CallActions", "&Open program"), QDialogButtonBox.ButtonRole.ActionRole
        )
        self.open_button.setAccessibleName(translate("CallActions", "Open the program in the window"))
        self.call_button = buttons.addButton(
            translate("CallActions", "&Log call…"), QDialogButtonBox.ButtonRole.ActionRole
        )
        self.call_button.setAccessibleName(translate("CallActions", "Log the call to this program"))
        self.call_button.setShortcut(CALL_SHORTCUT)
        for b in (self.open_button, self.call_button):
            b.setAutoDefault(False)  # Enter in the list opens the program
            b.setEnabled(bool(items))
        self.open_button.clicked.connect(lambda: self._chosen(self.list.currentItem(), self.openRequested))
        self.call_button.clicked.connect(lambda: self._chosen(self.list.currentItem(), self.callRequested))
        buttons.rejected.connect(self.reject)
        lay.addWidget(buttons)
        dialog_kit.fit_to_screen(self, 560, 360)

    def _chosen(self, item: QListWidgetItem | None, signal) -> None:
        data = item.data(Qt.ItemDataRole.UserRole) if item is not None else None
        if data:
            self.accept()
            signal.emit(*data)
