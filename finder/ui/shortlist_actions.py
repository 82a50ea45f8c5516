"""The shortlist bar under the window and the Shortlist menu: add, checklist, compare, print.

The panel (finder/ui/shortlist_panel.py) does the shortlist work; this object puts it in the
window, keeps it told where the client is (the last search), and connects the menu, the
details button, the results' context menu and the keyboard to it.
"""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP, QObject, Qt
from PySide6.QtGui import QAction, QKeySequence

from finder.ui import dialog_kit
from finder.ui.dialog_kit import literal
from finder.ui.needs_dialog import edit_needs
from finder.ui.shortlist_panel import ID_ROLE, ShortlistPanel
from finder.ui.texts import arg, translate, translate_n

ADD_SHORTCUT = QKeySequence("Ctrl+Shift+S")
COMPARE_SHORTCUT = QKeySequence("Ctrl+Shift+C")
NOTHING_TO_PRINT = QT_TRANSLATE_NOOP(
    "ShortlistActions",
    "Nothing to print yet: put a program on a shortlist first (select it in the results "
    "and press Ctrl+Shift+S, or use “Add to shortlist”), then Ctrl+P prints its checklist.",
)


class ShortlistActions(QObject):
    def __init__(self, win) -> None:
        super().__init__(win)
        self.win = win
        self.checklist = None  # the checklist dialog opened last (tests and screenshots look at it)
        self.comparison = None  # and the comparison window
        self.panel = ShortlistPanel(win.db, win.shortlist_bar, handle_requests=False)
        self.panel.setObjectName("shortlistPanel")
        self.panel.layout().setContentsMargins(0, 4, 0, 4)
        win.shortlist_layout.addWidget(self.panel)

        menu = win.menus["shortlist"]
        act = self._make
        self.new_action = act(
            translate("ShortlistActions", "&New shortlist…"),
            lambda: self.panel.new_shortlist(),
            QKeySequence.StandardKey.New,
        )
        self.add_action = act(
            translate("ShortlistActions", "&Add selected program"), self.add_selected, ADD_SHORTCUT
        )
        self.checklist_action = act(
            translate("ShortlistActions", "Open &checklist…"), self.open_checklist, QKeySequence("Ctrl+K")
        )
        self.compare_action = act(
            translate("ShortlistActions", "Co&mpare programs…"), self.compare, COMPARE_SHORTCUT
        )
        self.print_action = act(
            translate("ShortlistActions", "&Print checklist…"),
            self.print_checklist,
            QKeySequence.StandardKey.Print,
        )
        self.needs_action = act(
            translate("ShortlistActions", "Client's n&eeds…"), lambda: edit_needs(self.panel)
        )
        self.handout_action = act(translate("ShortlistActions", "Family &handout…"), self.print_handout)
        menu.addActions([self.new_action, self.add_action, self.needs_action])
        menu.addSeparator()
        menu.addActions([self.checklist_action, self.compare_action, self.print_action, self.handout_action])
        win.details.add_button.clicked.connect(self.add_selected)

        self.panel.checklist_requested.connect(lambda _name, pid: self.open_checklist(pid))
        self.panel.print_requested.connect(lambda _name, pid: self.print_checklist(pid))
        self.panel.compare_requested.connect(lambda _name: self.compare())
        self.panel.shortlist_changed.connect(self._shortlist_changed)
        self.panel.list.currentItemChanged.connect(lambda *_a: self.update_enabled())
        last = win.settings.last_shortlist()
        if last and last != self.panel.current_name():
            self.panel.reload(select=last)
        self.update_enabled()

    def _make(self, title: str, slot, shortcut=None) -> QAction:
        a = QAction(title, self.win)
        if shortcut is not None:
            a.setShortcut(shortcut)
        a.triggered.connect(lambda _c=False: slot())
        return a

    def preferred_height(self) -> int:
        """Room for the bar's two rows of controls and about four programs."""
        rows = max(self.panel.list.sizeHintForRow(0), self.panel.fontMetrics().height() + 4)
        controls = self.panel.combo.sizeHint().height() + self.panel.note.sizeHint().height()
        return controls + 4 * rows + 32

    # --- what is on the shortlist -----------------------------------------------------------
    def shortlisted_ids(self) -> list[int]:
        lst = self.panel.list
        return [int(lst.item(i).data(ID_ROLE)) for i in range(lst.count())]

    def _shortlist_changed(self, name: str) -> None:
        if self.win.remember and name:
            self.win.settings.set_last_shortlist(name)
        self.update_enabled()

    def update_enabled(self) -> None:
        self.win.model.set_marked(self.shortlisted_ids())
        needs = self.panel.info.needs if self.panel.info is not None else ()
        self.win.model.set_languages_needed(k.partition(":")[2] for k in needs if k.startswith("languages:"))
        pid = self.win.selected_program_id()
        on_list = pid is not None and pid in self.shortlisted_ids()
        button = self.win.details.add_button
        button.setText(
            translate("ShortlistActions", "✓ On the shortlist")
            if on_list
            else translate("ShortlistActions", "&Add to shortlist")
        )
        button.setEnabled(self.win.details.program_id is not None and not on_list)
        name = self.panel.current_name()
        button.setToolTip(
            literal(
                arg(translate("ShortlistActions", "Already on “%1”"), name)
                if on_list
                else arg(translate("ShortlistActions", "Put this program on “%1”"), name)
                if name
                else translate(
                    "ShortlistActions",
                    "Put this program on a new shortlist (you will be asked for a case reference)",
                )
            )
        )
        self.add_action.setEnabled(pid is not None)
        has_program = self.panel.selected_program() is not None
        self.checklist_action.setEnabled(has_program)
        self.compare_action.setEnabled(self.panel.list.count() >= 2)
        self.needs_action.setEnabled(bool(self.panel.current_name()))
        self.handout_action.setEnabled(self.panel.list.count() >= 1)

    def program_selected(self, program_id: int | None) -> None:
        """The results selection moved: show that program in the bar too when it is on the list."""
        if program_id is not None:
            lst = self.panel.list
            for i in range(lst.count()):
                if int(lst.item(i).data(ID_ROLE)) == program_id:
                    lst.setCurrentRow(i)
                    break
        self.update_enabled()

    # --- actions ----------------------------------------------------------------------------
    def set_origin(self, origin) -> None:
        self.panel.set_origin(origin)

    def add_selected(self) -> bool:
        pid = self.win.selected_program_id()
        row = self.win.selected_row()
        if row is not None and not self._add_anyway(row):
            return False
        if pid is None:
            self.win.statusBar().showMessage(
                translate("ShortlistActions", "Select a program in the results first, then add it."), 8000
            )
            return False
        return self.panel.add_program(pid, then=self._added)

    def _add_anyway(self, row) -> bool:
        """A program marked do-not-refer or no longer listed goes on a shortlist only when the user says so."""
        if row.status == "do-not-refer":
            why = translate(
                "ShortlistActions", "“%1” is marked do-not-refer. Add it to the shortlist anyway?"
            )
        elif row.delisted is not None:
            why = translate(
                "ShortlistActions",
                "“%1” is no longer in the directory (it may have closed). Add it to the shortlist anyway?",
            )
        else:
            return True
        return dialog_kit.confirm(
            self.win,
            translate("ShortlistActions", "Add to shortlist"),
            arg(why, row.name),
            translate("ShortlistActions", "Add anyway"),
            icon=dialog_kit.QMessageBox.Icon.Warning,
        )

    def _added(self) -> None:
        n = self.panel.list.count()
        self.win.statusBar().showMessage(
            arg(
                translate_n("ShortlistActions", "Added to “%1”: %n program(s) on it.", n),
                self.panel.current_name(),
            ),
            8000,
        )
        self.update_enabled()

    def open_checklist(self, program_id: int | None = None):
        pid = program_id if program_id is not None else self.panel.selected_program()
        if pid is None:
            self.win.statusBar().showMessage(
                translate("ShortlistActions", "Choose a program on the shortlist to open its checklist."),
                8000,
            )
            return None
        self.panel.save_note()
        self.checklist = self.panel.open_checklist(pid)
        return self.checklist

    def print_checklist(self, program_id: int | None = None) -> None:
        """Read the checklist and open its print preview (the panel keeps it as `preview`)."""
        pid = program_id if program_id is not None else self.panel.selected_program()
        if pid is None:
            self.win.statusBar().showMessage(translate("ShortlistActions", NOTHING_TO_PRINT), 15000)
            return
        self.panel.open_print_preview(pid)

    def print_handout(self) -> bool:
        """Read the shortlist's handout, then open its print preview in the window's language."""
        from finder.services.handout import build_handout
        from finder.ui.operations import QueryOp

        name = self.panel.current_name()
        if not name:
            self.win.statusBar().showMessage(
                translate(
                    "ShortlistActions",
                    "Make a shortlist and add programs to it, then print the family handout.",
                ),
                8000,
            )
            return False
        self.panel.save_note()
        db = self.win.db
        QueryOp(
            self.win,
            lambda: build_handout(db, name),
            lambda h: self._preview_handout(name, h),
            lambda message: dialog_kit.warn(
                self.win, translate("ShortlistActions", "Family handout"), message
            ),
            url=db.url,
            after_writes=True,
            key="handout",
        ).run()
        return True

    def _preview_handout(self, name: str, handout) -> None:
        from finder.reports.handout import left_out_lines, print_handout, setup_handout_page
        from finder.reports.i18n import app_language
        from finder.ui.checklist_print import default_paper
        from finder.ui.print_preview import PrintPreview

        lang = app_language()
        self.handout_preview = PrintPreview(
            self.win,
            arg(translate("ShortlistActions", "Family handout — %1"), name),
            lambda printer: print_handout(handout, printer, lang=lang),
            setup=lambda printer: setup_handout_page(printer, default_paper()),
            notice=" ".join(left_out_lines(handout)),
        )
        self.handout_preview.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self.handout_preview.open()

    def compare(self) -> bool:
        """Read the shortlist and open the comparison (kept as `comparison` once shown)."""
        from finder.ui.compare_dialog import open_comparison

        name = self.panel.current_name()
        if not name:
            self.win.statusBar().showMessage(
                translate("ShortlistActions", "Make a shortlist and add programs to it, then compare them."),
                8000,
            )
            return False
        self.panel.save_note()
        open_comparison(self.win, self.win.db, name, then=self._compared)
        return True

    def _compared(self, dialog) -> None:
        self.comparison = dialog

    def database_replaced(self, db) -> None:
        self.panel.db = db
        self.panel.reload()
