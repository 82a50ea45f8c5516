"""The shortlist bar: choose or make a shortlist, see its programs, note, remove, set needs, open checklists.

Standalone: give it `db`; the main window calls `add_program(id)` and `set_origin(origin)` and
listens to `checklist_requested` / `compare_requested` / `print_requested`. Every read and write
runs off the GUI thread (finder/ui/operations.py); reads wait behind the panel's own writes.
With `handle_requests=True` (the default) the panel also opens the checklist dialog
and the print preview itself.
"""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP, Qt, QTimer, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QGridLayout,
    QHBoxLayout,
    QInputDialog,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QMessageBox,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from finder.services import shortlists as sl
from finder.services.history import current_user
from finder.ui import dialog_kit
from finder.ui.needs_dialog import edit_needs, needs_tooltip
from finder.ui.operations import QueryOp, WriteOp
from finder.ui.shortlist_items import ASKED_ROLE, ID_ROLE, NOTE_ROLE, entry_item, read_with_needs, show_note
from finder.ui.texts import arg, translate, translate_n

NAME_HINT = QT_TRANSLATE_NOOP(
    "Shortlist", "Name it with a case reference such as “Case 2291”, never with a client's name."
)
NOTE_DELAY_MS = 500


OWNER_CHARS = 14  # the longest owner's name the bar shows whole


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
        self._shown_name = ""  # the shortlist whose programs the list shows
        self._unconfirmed: dict[tuple[str, int], str] = {}  # notes sent, not yet stored
        self.preview = self.needs_dialog = self.info = None  # info: the shortlist shown
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
        self.combo.setToolTip(translate("Shortlist", NAME_HINT))
        self.combo.setAccessibleName(translate("Shortlist", "Shortlist"))
        self.combo.setAccessibleDescription(translate("Shortlist", NAME_HINT))
        self.combo.setMinimumContentsLength(12)  # a longer name elides in the box, whole in its list
        label.setBuddy(self.combo)
        self.new_button = QPushButton(translate("Shortlist", "New…"))
        self.new_button.setToolTip(
            translate("Shortlist", "Make a new shortlist.") + " " + translate("Shortlist", NAME_HINT)
        )
        self.delete_button = QPushButton(translate("Shortlist", "&Delete…"))
        self.delete_button.setToolTip(
            translate("Shortlist", "Delete this shortlist with its notes and checklist answers")
        )
        self.needs_button = QPushButton(translate("Shortlist", "Needs…"))
        self.count = dialog_kit.plain_label()
        self.owner = dialog_kit.plain_label()  # a person's name
        self.owner.setAccessibleName(translate("Shortlist", "Shortlist owner and who sees it"))
        self.private_box = QCheckBox(translate("Shortlist", "Private", "shortlist"))  # Alt+V is the View menu
        self.private_box.setToolTip(
            translate(
                "Shortlist",
                "Only you see a private shortlist; a shared one is "
                "everyone's using this directory. Only its owner can change this.",
            )
        )
        self.private_box.toggled.connect(self._set_private)
        for w in (
            label,
            self.combo,
            self.new_button,
            self.delete_button,
            self.needs_button,
            self.count,
            self.owner,
            self.private_box,
        ):
            top.addWidget(w)
        top.addStretch(1)
        outer.addLayout(top)

        self.list = QListWidget()
        self.list.setAccessibleName(translate("Shortlist", "Programs on the shortlist"))
        # two lines at least, not Qt's default height: on a short window the results need the room
        self.list.setMinimumHeight(2 * self.fontMetrics().lineSpacing() + 2 * self.list.frameWidth() + 4)
        outer.addWidget(self.list, 1)
        note_row = QHBoxLayout()
        note_label = QLabel(translate("Shortlist", "N&ote:"))
        self.note = dialog_kit.NoteBox(2)  # a long note reads whole, on more than one line
        self.note.setPlaceholderText(
            translate("Shortlist", "A note about the selected program (saved as you type)")
        )
        self.note.setAccessibleName(translate("Shortlist", "Note about the selected program"))
        note_label.setBuddy(self.note)
        note_row.addWidget(note_label)
        note_row.addWidget(self.note, 1)
        outer.addLayout(note_row)

        self.checklist_button = QPushButton(translate("Shortlist", "&Checklist"))
        self.compare_button = QPushButton(translate("Shortlist", "Co&mpare"))
        self.print_button = QPushButton(translate("Shortlist", "&Print…"))
        self.remove_button = QPushButton(translate("Shortlist", "&Remove"))
        self.checklist_button.setToolTip(
            translate("Shortlist", "Open the vetting checklist for the selected program")
        )
        self.print_button.setToolTip(translate("Shortlist", "Print the selected program's checklist"))
        self.remove_button.setToolTip(
            translate("Shortlist", "Take the selected program (and its answers) off the shortlist")
        )
        # the actions on the selected program sit beside its note, two by two (the note is two lines
        # high), so the top row keeps room for the owner and a Spanish "compartida" at 1280 px
        self.actions = QGridLayout()
        self.actions.setSpacing(2)
        for i, b in enumerate(
            (self.checklist_button, self.compare_button, self.print_button, self.remove_button)
        ):
            self.actions.addWidget(b, i // 2, i % 2)
        note_row.addLayout(self.actions)

        self.combo.currentIndexChanged.connect(lambda _i: self._shortlist_chosen())
        self.new_button.clicked.connect(lambda: self.new_shortlist())
        self.delete_button.clicked.connect(self.delete_current)
        self.needs_button.clicked.connect(lambda: edit_needs(self))
        self.list.currentItemChanged.connect(lambda *_a: self._program_chosen())
        self.list.itemActivated.connect(lambda _i: self._request_checklist())
        self.note.textEdited.connect(
            lambda _t: self._note_timer.start() if not self._note_timer.isActive() else None
        )
        self.checklist_button.clicked.connect(self._request_checklist)
        self.compare_button.clicked.connect(lambda: self.compare_requested.emit(self.current_name()))
        self.print_button.clicked.connect(self._request_print)
        self.remove_button.clicked.connect(self.remove_selected)

    def add_actions(self, top: QWidget, bottom: QWidget) -> None:
        """Two more actions on the selected program (the window's Refer… and Status): a column at the
        right of the ones beside the note. Tab goes row by row, as the grid reads."""
        column = self.actions.columnCount()
        self.actions.addWidget(top, 0, column)
        self.actions.addWidget(bottom, 1, column)
        QWidget.setTabOrder(self.actions.itemAtPosition(0, column - 1).widget(), top)
        QWidget.setTabOrder(self.actions.itemAtPosition(1, column - 1).widget(), bottom)

    # ------------------------------------------------------------ state
    def current_name(self) -> str:
        return self.combo.currentText() if self.combo.currentIndex() >= 0 else ""

    def selected_program(self) -> int | None:
        item = self.list.currentItem()
        return None if item is None else int(item.data(ID_ROLE))

    def set_origin(self, origin) -> None:
        """Where the client is (the current search); new shortlists and ones without an origin take it."""
        self._origin = origin

    # ------------------------------------------------------------ reading (off the GUI thread)
    def _read(self, fn, on_done, key: str = "shortlist") -> None:  # sees the panel's own writes
        QueryOp(self, fn, on_done, self._warn, key=key, url=self.db.url, after_writes=True).run()

    def write(self, fn, on_done=None, on_failed=None) -> None:  # in order, one at a time
        WriteOp(self, fn, on_done, on_failed or self._warn, scope="shortlist", url=self.db.url).run()

    def _warn(self, message: str) -> None:
        dialog_kit.warn(self, translate("Shortlist", "Shortlist"), message)

    def reload(self, select: str | None = None, then=None) -> None:
        """Read the shortlists again and show `select` (else the current one); then `then()`."""
        keep = select if select is not None else self.current_name()
        self.save_note()
        keep_program = self.selected_program() if keep == self.current_name() else None
        db = self.db

        def read():
            names = [s.name for s in sl.list_shortlists(db)]
            chosen = keep if keep in names else (names[0] if names else "")
            return names, (read_with_needs(db, chosen) if chosen else (None, {}, {}))

        self._read(read, lambda got: self._reloaded(got[0], *got[1], keep_program, then))

    def _reloaded(
        self, names: list[str], info, needs: dict, words: dict, keep_program: int | None, then
    ) -> None:
        self.combo.blockSignals(True)
        self.combo.clear()
        self.combo.addItems(names)
        self.combo.setCurrentIndex(names.index(info.name) if info is not None and info.name in names else -1)
        self.combo.blockSignals(False)
        self._show(info, keep_program, needs=needs, words=words)
        if then is not None:
            then()

    def _shortlist_chosen(self) -> None:
        """The user chose another shortlist: its programs show once read (none meanwhile)."""
        name = self.current_name()
        self._show(None, reading=bool(name))
        if name:
            db = self.db
            self._read(
                lambda: read_with_needs(db, name), lambda got: self._show(got[0], needs=got[1], words=got[2])
            )

    def _show(
        self, info, keep_program: int | None = None, *, reading: bool = False, needs=None, words=None
    ) -> None:
        """Show a shortlist's programs; `needs` and `words` (referrals) by program id, as read_with_needs gives them."""
        self.save_note()
        self._note_for = None
        self.info = info
        self._shown_name = name = info.name if info is not None else ""
        self.list.blockSignals(True)
        self.list.clear()
        self.list.blockSignals(False)
        if reading:
            return self._program_chosen()
        entries = info.programs if info else []
        for e in entries:
            self.list.addItem(
                entry_item(
                    e,
                    self._unconfirmed.get((name, e.program_id), e.note),
                    (needs or {}).get(e.program_id),
                    (words or {}).get(e.program_id, ""),
                )
            )
        self.count.setText(
            translate_n("Shortlist", "%n program(s)", len(entries))
            if name
            else translate("Shortlist", "no shortlist yet")
        )
        sharing = info is not None and (
            translate("Shortlist", "shared") if info.shared else translate("Shortlist", "private")
        )
        # one person on one workstation is told nothing about owners; a colleague's list says whose it is
        alone = (
            not self.db.url.startswith("postgresql")
            and info is not None
            and info.owner in ("", current_user())
        )
        owner = (info.owner if info else "") or translate("Shortlist", "unknown")
        # the words are never cut: a long name is shortened, and reads whole in the tooltip
        short = owner if len(owner) <= OWNER_CHARS else owner[: OWNER_CHARS - 1].rstrip() + "…"
        self.owner.setText(
            arg(translate("Shortlist", "· owner %1, %2"), short, sharing) if info and not alone else ""
        )
        self.owner.setToolTip(
            arg(translate("Shortlist", "· owner %1, %2"), owner, sharing) if short != owner else ""
        )
        self.private_box.blockSignals(True)
        self.private_box.setChecked(bool(info) and not info.shared)
        self.private_box.setEnabled(bool(info) and info.owner in ("", current_user()))
        self.private_box.blockSignals(False)
        self.delete_button.setEnabled(bool(name))
        self.needs_button.setEnabled(bool(name))
        self.needs_button.setToolTip(needs_tooltip(info))
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
        name = self._shown_name
        self._note_for = None if item is None or not name else (name, int(item.data(ID_ROLE)))
        self._note_stored = "" if item is None else item.data(NOTE_ROLE) or ""
        self.note.setText(self._note_stored)
        for w in (self.note, self.checklist_button, self.print_button, self.remove_button):
            w.setEnabled(item is not None)

    def save_note(self) -> None:
        """Store the box's text for the (shortlist, program) it belongs to, taken now (if it changed)."""
        self._note_timer.stop()
        if self._note_for is None or self.note.text() == self._note_stored:
            return
        name, pid = self._note_for
        text, before = self.note.text(), self._note_stored
        self._note_stored = text
        self._show_note(name, pid, text)  # coming back to the program shows what was typed
        self._unconfirmed[(name, pid)] = text  # a read on its way may not have it yet
        db = self.db
        self.write(
            lambda: sl.set_note(db, name, pid, text),
            lambda _r: self._note_stored_as(name, pid, text),
            lambda message: self._note_failed(message, name, pid, text, before),
        )

    def _note_stored_as(self, name: str, pid: int, text: str) -> None:
        if self._unconfirmed.get((name, pid)) == text:
            del self._unconfirmed[(name, pid)]

    def _show_note(self, name: str, pid: int, text: str) -> None:
        item = self._item_of(pid) if name == self._shown_name else None
        if item is not None:
            show_note(item, text)

    def _note_failed(self, message: str, name: str, pid: int, text: str, before: str) -> None:
        self._note_stored_as(name, pid, text)
        self._warn(message)
        self._show_note(name, pid, before)
        if self._note_for == (name, pid) and self._note_stored == text:
            self._note_stored = before  # the box still holds the text: the next save tries again

    def _item_of(self, program_id: int) -> QListWidgetItem | None:
        items = (self.list.item(i) for i in range(self.list.count()))
        return next((item for item in items if int(item.data(ID_ROLE)) == program_id), None)

    def forget_pending(self) -> None:
        """Drop a note typed but not yet saved (the database is about to be replaced)."""
        self._note_timer.stop()
        self._note_for = None
        self._note_stored = self.note.text()

    def _set_private(self, private: bool) -> None:
        name = self.current_name()
        if name:
            db = self.db
            self.write(
                lambda: sl.set_shared(db, name, not private),
                lambda _r: self.reload(select=name),
                lambda message: (self._warn(message), self.reload(select=name)),
            )

    # ------------------------------------------------------------ actions (written off the GUI thread)
    def new_shortlist(self, name: str | None = None, then=None) -> str | None:
        """Ask for a case reference (unless given) and make the shortlist; None when cancelled.

        The shortlist is shown (and `then()` called) once it is stored; a refused name is shown.
        """
        name = self._ask_name() if name is None else name
        if name is None:
            return None
        db, origin = self.db, self._origin
        self.write(
            lambda: sl.create_shortlist(db, name, origin=origin),
            lambda info: self.reload(select=info.name, then=then),
        )
        return name

    def _ask_name(self) -> str | None:
        name, ok = QInputDialog.getText(
            self,
            translate("Shortlist", "New shortlist"),
            translate("Shortlist", "Case reference for the new shortlist.")
            + "\n"
            + translate("Shortlist", NAME_HINT),
        )
        return name if ok and name.strip() else None

    def delete_current(self) -> bool:
        name = self.current_name()
        if not name:
            return False
        if not dialog_kit.confirm(
            self,
            translate("Shortlist", "Delete shortlist"),
            arg(
                translate(
                    "Shortlist",
                    "Delete the shortlist “%1” with its notes and all checklist answers? "
                    "This cannot be undone.",
                ),
                name,
            ),
            translate("Shortlist", "Delete shortlist"),
            icon=QMessageBox.Icon.Warning,
        ):
            return False
        self.save_note()
        self._note_for = None
        db = self.db
        self.write(lambda: sl.delete_shortlist(db, name), lambda _r: self.reload(select=""))
        return True

    def add_program(self, program_id: int, then=None) -> bool:
        """Put a program on the current shortlist (making one first if there is none).

        False when the user cancelled the new shortlist's name; the program shows selected
        (and `then()` is called) once it is stored.
        """
        name, new = self.current_name(), False
        if not name:
            name, new = self._ask_name(), True
            if name is None:
                return False
        db, origin = self.db, self._origin

        def write() -> str:
            shortlist = name
            if new:
                shortlist = sl.create_shortlist(db, name, origin=origin).name
            elif origin is not None and not sl.get_shortlist(db, name).has_origin:
                sl.set_origin(db, name, origin)
            sl.add_programs(db, shortlist, [program_id])
            return shortlist

        def added(shortlist: str) -> None:
            self.reload(select=shortlist, then=lambda: self._select_then(program_id, then))

        self.write(write, added)
        return True

    def _select_then(self, program_id: int, then) -> None:
        for i in range(self.list.count()):
            if int(self.list.item(i).data(ID_ROLE)) == program_id:
                self.list.setCurrentRow(i)
        if then is not None:
            then()

    def remove_selected(self) -> bool:
        pid, name = self.selected_program(), self.current_name()
        if pid is None:
            return False
        asked = self.list.currentItem().data(ASKED_ROLE)
        if asked and not dialog_kit.confirm(
            self,
            translate("Shortlist", "Remove program"),
            translate("Shortlist", "Remove this program and its checklist answers from the shortlist?"),
            translate("Shortlist", "Remove"),
        ):
            return False
        self.save_note()
        self._note_for = None
        db = self.db
        self.write(lambda: sl.remove_programs(db, name, [pid]), lambda _r: self.reload(select=name))
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
        """Open the checklist window at once; it fills in when its answers are read."""
        from finder.ui.checklist_dialog import ChecklistDialog

        dialog = ChecklistDialog(self.db, self.current_name(), program_id, self)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.finished.connect(lambda _r: self.reload())
        dialog.show()
        return dialog

    def open_print_preview(self, program_id: int, then=None) -> None:
        """Read the checklist, then open its print preview (`then(preview)` gets it)."""
        from finder.services.checklists import get_checklist

        db, name = self.db, self.current_name()
        self._read(
            lambda: get_checklist(db, program_id, name), lambda cl: self._preview(cl, then), key="print"
        )

    def _preview(self, cl, then) -> None:
        from finder.ui.checklist_dialog import preview_checklist

        dialog = preview_checklist(self, cl, True, run=False)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.open()
        self.preview = dialog  # tests look at it
        if then is not None:
            then(dialog)
