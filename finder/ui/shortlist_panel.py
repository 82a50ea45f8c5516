"""The shortlist bar: choose or make a shortlist, see its programs, note, remove, open checklists.

Standalone: give it `db`; the main window calls `add_program(id)` and `set_origin(origin)`
and listens to `checklist_requested` / `compare_requested` / `print_requested`.
With `handle_requests=True` (the default) the panel also opens the checklist dialog
and the print preview itself.
"""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP, Qt, QTimer, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QHBoxLayout,
    QInputDialog,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QMessageBox,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from finder.errors import UserError
from finder.services import shortlists as sl
from finder.services.history import current_user
from finder.ui import dialog_kit
from finder.ui.results_model import DELISTED_MARK, DNR_MARK
from finder.ui.results_model import _warning_brush as warning_brush
from finder.ui.texts import arg, translate, translate_n

NAME_HINT = QT_TRANSLATE_NOOP("Shortlist", "Name it with a case reference such as “Case 2291”, never with a client's name.")
NOTE_DELAY_MS = 500


def _plurals_for_lupdate() -> None:  # never called: see finder/ui/texts.py
    translate("Shortlist", "%n program(s)", None, 2)
ID_ROLE = Qt.ItemDataRole.UserRole
NOTE_ROLE = Qt.ItemDataRole.UserRole + 1
ASKED_ROLE = Qt.ItemDataRole.UserRole + 2


class ShortlistPanel(QWidget):
    checklist_requested = Signal(str, int)  # shortlist name, program id
    compare_requested = Signal(str)  # shortlist name
    print_requested = Signal(str, int)  # shortlist name, program id
    shortlist_changed = Signal(str)  # shortlist name ("" for none)

    def __init__(self, db, parent=None, *, handle_requests: bool = True) -> None:
        super().__init__(parent)
        self.db = db
        self._origin = None
        self._dialogs: list = []
        self._note_timer = QTimer(self)
        self._note_timer.setSingleShot(True)
        self._note_timer.setInterval(NOTE_DELAY_MS)
        self._note_timer.timeout.connect(self.save_note)
        # the note box edits (shortlist, program); `_note_stored` is what the database holds for it
        self._note_for: tuple[str, int] | None = None
        self._note_stored = ""
        self._build()
        self.reload()
        if handle_requests:
            self.checklist_requested.connect(lambda name, pid: self.open_checklist(pid))
            self.print_requested.connect(lambda name, pid: self.open_print_preview(pid))

    def _build(self) -> None:
        outer = QVBoxLayout(self)
        top = QHBoxLayout()
        # mnemonics chosen not to clash with the main window's (Alt+S searches, Alt+N is "Near")
        label = QLabel(translate("Shortlist", "Short&list:"))
        self.combo = QComboBox()
        self.combo.setPlaceholderText(translate("Shortlist", "Choose a shortlist (case reference)"))
        self.combo.setToolTip(NAME_HINT)
        self.combo.setAccessibleName(translate("Shortlist", "Shortlist"))
        self.combo.setAccessibleDescription(NAME_HINT)
        self.combo.setMinimumContentsLength(18)
        label.setBuddy(self.combo)
        self.new_button = QPushButton(translate("Shortlist", "New…"))
        self.new_button.setToolTip(translate("Shortlist", "Make a new shortlist.") + " " + translate("Shortlist", NAME_HINT))
        self.delete_button = QPushButton(translate("Shortlist", "&Delete…"))
        self.delete_button.setToolTip(translate("Shortlist", "Delete this shortlist with its notes and checklist answers"))
        self.count = dialog_kit.plain_label()
        self.owner = dialog_kit.plain_label()  # a person's name
        self.owner.setAccessibleName(translate("Shortlist", "Shortlist owner and who sees it"))
        self.private_box = QCheckBox(translate("Shortlist", "Private"))  # Alt+V is the View menu
        self.private_box.setToolTip(translate("Shortlist", "Only you see a private shortlist; a shared one is "
                                              "everyone's using this directory. Only its owner can change this."))
        self.private_box.toggled.connect(self._set_private)
        for w in (label, self.combo, self.new_button, self.delete_button, self.count, self.owner,
                  self.private_box):
            top.addWidget(w)
        top.addStretch(1)
        outer.addLayout(top)

        self.list = QListWidget()
        self.list.setAccessibleName(translate("Shortlist", "Programs on the shortlist"))
        outer.addWidget(self.list, 1)
        note_row = QHBoxLayout()
        note_label = QLabel(translate("Shortlist", "N&ote:"))
        self.note = QLineEdit()
        self.note.setPlaceholderText(translate("Shortlist", "A note about the selected program (saved as you type)"))
        self.note.setAccessibleName(translate("Shortlist", "Note about the selected program"))
        note_label.setBuddy(self.note)
        note_row.addWidget(note_label)
        note_row.addWidget(self.note, 1)
        outer.addLayout(note_row)

        self.checklist_button = QPushButton(translate("Shortlist", "&Checklist"))
        self.compare_button = QPushButton(translate("Shortlist", "Co&mpare"))
        self.print_button = QPushButton(translate("Shortlist", "&Print…"))
        self.remove_button = QPushButton(translate("Shortlist", "&Remove"))
        self.checklist_button.setToolTip(translate("Shortlist", "Open the vetting checklist for the selected program"))
        self.print_button.setToolTip(translate("Shortlist", "Print the selected program's checklist"))
        self.remove_button.setToolTip(translate("Shortlist", "Take the selected program (and its answers) off the shortlist"))
        # the actions sit on the top row, so under the main window the panel reads as one bar
        for b in (self.checklist_button, self.compare_button, self.print_button, self.remove_button):
            top.addWidget(b)

        self.combo.currentIndexChanged.connect(lambda _i: self._shortlist_chosen())
        self.new_button.clicked.connect(lambda: self.new_shortlist())
        self.delete_button.clicked.connect(self.delete_current)
        self.list.currentItemChanged.connect(lambda *_a: self._program_chosen())
        self.list.itemActivated.connect(lambda _i: self._request_checklist())
        self.note.textEdited.connect(lambda _t: self._note_timer.start() if not self._note_timer.isActive()
                                     else None)
        self.checklist_button.clicked.connect(self._request_checklist)
        self.compare_button.clicked.connect(lambda: self.compare_requested.emit(self.current_name()))
        self.print_button.clicked.connect(self._request_print)
        self.remove_button.clicked.connect(self.remove_selected)

    # ------------------------------------------------------------ state
    def current_name(self) -> str:
        return self.combo.currentText() if self.combo.currentIndex() >= 0 else ""

    def selected_program(self) -> int | None:
        item = self.list.currentItem()
        return None if item is None else int(item.data(ID_ROLE))

    def set_origin(self, origin) -> None:
        """Where the client is (the current search); new shortlists and ones without an origin take it."""
        self._origin = origin

    def reload(self, select: str | None = None) -> None:
        keep = select if select is not None else self.current_name()
        self.save_note()
        keep_program = self.selected_program() if keep == self.current_name() else None
        names = [s.name for s in sl.list_shortlists(self.db)]
        self.combo.blockSignals(True)
        self.combo.clear()
        self.combo.addItems(names)
        self.combo.setCurrentIndex(names.index(keep) if keep in names else (0 if names else -1))
        self.combo.blockSignals(False)
        self._shortlist_chosen(keep_program)

    def _shortlist_chosen(self, keep_program: int | None = None) -> None:
        self.save_note()
        self._note_for = None
        name = self.current_name()
        self.list.clear()
        info = self._try(sl.get_shortlist, self.db, name) if name else None
        entries = info.programs if info else []
        for e in entries:
            where = f"{e.city}, {e.state}" if e.city else e.state
            text = f"{e.name} — {where} · {e.distance_label} · " + arg(translate("Shortlist", "%1 of %2 asked"), e.asked, e.total)
            if e.status == "do-not-refer":  # the same words as in the results, never colour alone
                text = DNR_MARK + text
            if e.delisted:
                text = DELISTED_MARK + text
            item = QListWidgetItem(text + (arg(translate("Shortlist", " · note: %1"), e.note) if e.note else ""))
            item.setData(ID_ROLE, e.program_id)
            item.setData(NOTE_ROLE, e.note)
            item.setData(ASKED_ROLE, e.asked)
            if e.status == "do-not-refer":
                item.setForeground(warning_brush())
                item.setToolTip(dialog_kit.literal(arg(translate("Shortlist", "Do not refer: %1"), e.status_reason)) if e.status_reason
                                else translate("Shortlist", "Do not refer"))
            item.setData(Qt.ItemDataRole.AccessibleTextRole, text)
            self.list.addItem(item)
        self.count.setText(translate_n("Shortlist", "%n program(s)", len(entries)) if name else
                           translate("Shortlist", "no shortlist yet"))
        self.owner.setText(arg(translate("Shortlist", "· owner %1, %2"), info.owner or translate("Shortlist", "unknown"),
                              info.sharing_label) if info else "")
        self.private_box.blockSignals(True)
        self.private_box.setChecked(bool(info) and not info.shared)
        self.private_box.setEnabled(bool(info) and info.owner in ("", current_user()))
        self.private_box.blockSignals(False)
        has = bool(name)
        self.delete_button.setEnabled(has)
        self.compare_button.setEnabled(len(entries) >= 2)
        if entries:
            rows = [e.program_id for e in entries]
            self.list.blockSignals(True)
            self.list.setCurrentRow(rows.index(keep_program) if keep_program in rows else 0)
            self.list.blockSignals(False)
        self._program_chosen()
        self.shortlist_changed.emit(name)

    def _program_chosen(self) -> None:
        self.save_note()  # onto the program the box was showing, not the one just chosen
        item = self.list.currentItem()
        name = self.current_name()
        self._note_for = None if item is None or not name else (name, int(item.data(ID_ROLE)))
        self._note_stored = "" if item is None else item.data(NOTE_ROLE) or ""
        self.note.setText(self._note_stored)
        for w in (self.note, self.checklist_button, self.print_button, self.remove_button):
            w.setEnabled(item is not None)

    def save_note(self) -> None:
        """Store the box's text for the program it belongs to (if it changed)."""
        self._note_timer.stop()
        if self._note_for is None or self.note.text() == self._note_stored:
            return
        name, pid = self._note_for
        text = self.note.text()
        try:
            sl.set_note(self.db, name, pid, text)
        except UserError as exc:
            dialog_kit.warn(self, translate("Shortlist", "Shortlist"), str(exc))
            return
        self._note_stored = text
        item = self._item_of(pid) if name == self.current_name() else None
        if item is not None:
            item.setData(NOTE_ROLE, text)
            item.setText(item.data(Qt.ItemDataRole.AccessibleTextRole) + (arg(translate("Shortlist", " · note: %1"), text) if text else ""))

    def _item_of(self, program_id: int) -> QListWidgetItem | None:
        for i in range(self.list.count()):
            if int(self.list.item(i).data(ID_ROLE)) == program_id:
                return self.list.item(i)
        return None

    def forget_pending(self) -> None:
        """Drop a note typed but not yet saved (the database is about to be replaced)."""
        self._note_timer.stop()
        self._note_for = None
        self._note_stored = self.note.text()

    def _set_private(self, private: bool) -> None:
        name = self.current_name()
        if name and self._try(sl.set_shared, self.db, name, not private) is not None:
            self.reload(select=name)

    # ------------------------------------------------------------ actions
    def _try(self, fn, *args, **kwargs):
        try:
            return fn(*args, **kwargs)
        except UserError as exc:
            dialog_kit.warn(self, translate("Shortlist", "Shortlist"), str(exc))
            return None

    def new_shortlist(self, name: str | None = None) -> str | None:
        if name is None:
            name, ok = QInputDialog.getText(self, translate("Shortlist", "New shortlist"),
                                            translate("Shortlist", "Case reference for the new shortlist.") + "\n"
                                            + translate("Shortlist", NAME_HINT))
            if not ok or not name.strip():
                return None
        info = self._try(sl.create_shortlist, self.db, name, origin=self._origin)
        if info is None:
            return None
        self.reload(select=info.name)
        return info.name

    def delete_current(self) -> bool:
        name = self.current_name()
        if not name:
            return False
        if not dialog_kit.confirm(
                self, translate("Shortlist", "Delete shortlist"),
                arg(translate("Shortlist", "Delete the shortlist “%1” with its notes and all checklist answers? "
                              "This cannot be undone."), name), translate("Shortlist", "Delete shortlist"), icon=QMessageBox.Icon.Warning):
            return False
        self._note_for = None
        if self._try(sl.delete_shortlist, self.db, name) is None:
            return False
        self.reload(select="")
        return True

    def add_program(self, program_id: int) -> bool:
        """Put a program on the current shortlist (making one first if there is none)."""
        name = self.current_name() or self.new_shortlist()
        if not name:
            return False
        if self._origin is not None and not sl.get_shortlist(self.db, name).has_origin:
            self._try(sl.set_origin, self.db, name, self._origin)
        if self._try(sl.add_programs, self.db, name, [program_id]) is None:
            return False
        self.reload(select=name)
        for i in range(self.list.count()):
            if int(self.list.item(i).data(ID_ROLE)) == program_id:
                self.list.setCurrentRow(i)
        return True

    def remove_selected(self) -> bool:
        pid, name = self.selected_program(), self.current_name()
        if pid is None:
            return False
        asked = self.list.currentItem().data(ASKED_ROLE)
        if asked and not dialog_kit.confirm(self, translate("Shortlist", "Remove program"),
                                            translate("Shortlist", "Remove this program and its checklist answers from the shortlist?"),
                                            translate("Shortlist", "Remove")):
            return False
        self._note_for = None
        if self._try(sl.remove_programs, self.db, name, [pid]) is None:
            return False
        self.reload(select=name)
        return True

    def _request_checklist(self) -> None:
        pid = self.selected_program()
        if pid is not None:
            self.save_note()
            self.checklist_requested.emit(self.current_name(), pid)

    def _request_print(self) -> None:
        pid = self.selected_program()
        if pid is not None:
            self.print_requested.emit(self.current_name(), pid)

    def open_checklist(self, program_id: int):
        from finder.ui.checklist_dialog import ChecklistDialog

        try:
            dialog = ChecklistDialog(self.db, self.current_name(), program_id, self)
        except UserError as exc:
            dialog_kit.warn(self, translate("Shortlist", "Checklist"), str(exc))
            return None
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.finished.connect(lambda _r: self.reload())
        dialog.show()
        return dialog

    def open_print_preview(self, program_id: int):
        from finder.services.checklists import get_checklist
        from finder.ui.checklist_dialog import preview_checklist

        cl = self._try(get_checklist, self.db, program_id, self.current_name())
        if cl is None:
            return None
        dialog = preview_checklist(self, cl, True, run=False)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.open()
        return dialog
