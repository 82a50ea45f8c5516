"""The "Compare" window: shortlisted programs side by side, with print, PDF and CSV.

`open_comparison(parent, db, shortlist)` is the entry point for the main window:
it refuses an empty shortlist with a message, asks which six to compare when
there are more, and shows the comparison (read off the GUI thread).
"""

from __future__ import annotations

from PySide6.QtCore import Qt, QTimer
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QStatusBar,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from finder.errors import UserError
from finder.reports.i18n import user_message
from finder.services.compare import MAX_PROGRAMS, Comparison, build_comparison
from finder.services.shortlists import ShortlistInfo, get_shortlist
from finder.ui.compare_model import DIFF_MARK, ComparisonModel
from finder.ui.dialog_kit import (
    ask_save_path,
    fit_to_screen,
    inform,
    plain_buttons,
    plain_label,
    printout_language_combo,
    safe_file_stem,
    say_saved,
    warn,
)
from finder.ui.operations import QueryOp
from finder.ui.print_preview import PrintPreview
from finder.ui.texts import arg, translate, translate_n


class ChooseProgramsDialog(QDialog):
    """Which programs (at most six) of a long shortlist to compare; the first six are ticked."""

    def __init__(self, info: ShortlistInfo, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(arg(translate("ChooseProgramsDialog", "Compare — %1"), info.name))
        intro = translate_n(
            "ChooseProgramsDialog",
            "'%1' holds %n program(s). A comparison shows up to %2 side by side: tick the ones to compare.",
            len(info.programs),
        )
        self.intro = intro = plain_label(arg(intro, info.name, MAX_PROGRAMS), wrap=True)
        self.list = QListWidget()
        self.list.setAccessibleName(translate("ChooseProgramsDialog", "Programs on the shortlist"))
        for i, entry in enumerate(info.programs):
            item = QListWidgetItem(f"{entry.name} — {entry.city}, {entry.state} · {entry.distance_label}")
            item.setData(Qt.ItemDataRole.UserRole, entry.program_id)
            item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            item.setCheckState(Qt.CheckState.Checked if i < MAX_PROGRAMS else Qt.CheckState.Unchecked)
            self.list.addItem(item)
        self.count = plain_label()
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setText(
            translate("ChooseProgramsDialog", "Compare")
        )
        plain_buttons(self.buttons)
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        for w in (intro, self.list, self.count, self.buttons):
            layout.addWidget(w)
        self.list.itemChanged.connect(self._update)
        self._update()
        fit_to_screen(self, 560, 420)

    def chosen_ids(self) -> list[int]:
        """The ticked programs, in shortlist order."""
        items = (self.list.item(i) for i in range(self.list.count()))
        return [it.data(Qt.ItemDataRole.UserRole) for it in items if it.checkState() == Qt.CheckState.Checked]

    def _update(self, *_args) -> None:
        n = len(self.chosen_ids())
        ok = 1 <= n <= MAX_PROGRAMS
        self.count.setText(
            translate_n("ChooseProgramsDialog", "%n chosen", n)
            if ok
            else arg(
                translate_n("ChooseProgramsDialog", "%n chosen — choose between 1 and %1", n), MAX_PROGRAMS
            )
        )
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setEnabled(ok)


class CompareDialog(QDialog):
    def __init__(self, comparison: Comparison, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(arg(translate("CompareDialog", "Compare — %1"), comparison.shortlist))
        self.model = ComparisonModel(comparison, self)

        self.heading = QLabel()
        self.heading.setWordWrap(True)
        self.heading.setTextFormat(Qt.TextFormat.PlainText)
        self.only_differences = QCheckBox(translate("CompareDialog", "&Only rows where the programs differ"))
        self.only_differences.setAccessibleName(
            translate("CompareDialog", "Hide rows where every program is the same")
        )
        self.only_differences.toggled.connect(self._hide_same)

        self.table = QTableView()
        self.table.setAccessibleName(
            translate("CompareDialog", "Comparison: programs in columns, details in rows")
        )
        self.table.setModel(self.model)
        self.table.setWordWrap(True)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectItems)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setHorizontalScrollMode(QAbstractItemView.ScrollMode.ScrollPerPixel)
        self.table.setVerticalScrollMode(QAbstractItemView.ScrollMode.ScrollPerPixel)
        top = self.table.horizontalHeader()
        top.setSectionsMovable(True)
        top.setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        top.setDefaultAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop)
        top.sectionMoved.connect(self._header_moved)
        # wrapped text gets taller as columns get narrower: refit rows once resizing settles
        self._refit = QTimer(self, singleShot=True, interval=0)
        self._refit.timeout.connect(self.table.resizeRowsToContents)
        top.sectionResized.connect(lambda *_: self._refit.start())
        side = self.table.verticalHeader()
        side.setDefaultAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop)
        side.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)

        self.left = QPushButton(translate("CompareDialog", "Move l&eft"))
        self.right = QPushButton(translate("CompareDialog", "Move &right"))
        self.remove = QPushButton(translate("CompareDialog", "Re&move program"))
        for button, name, keys in (
            (
                self.left,
                translate("CompareDialog", "Move the selected program one column left"),
                translate("CompareDialog", "Ctrl+Shift+Left"),
            ),
            (
                self.right,
                translate("CompareDialog", "Move the selected program one column right"),
                translate("CompareDialog", "Ctrl+Shift+Right"),
            ),
            (
                self.remove,
                translate("CompareDialog", "Leave the selected program out of this comparison"),
                "",
            ),
        ):
            button.setToolTip(f"{name} ({keys})" if keys else name)
            button.setAccessibleName(name)
        self.left.clicked.connect(lambda: self._move(-1))
        self.right.clicked.connect(lambda: self._move(1))
        self.remove.clicked.connect(self._remove)
        QShortcut(QKeySequence("Ctrl+Shift+Left"), self, activated=lambda: self._move(-1))
        QShortcut(QKeySequence("Ctrl+Shift+Right"), self, activated=lambda: self._move(1))

        self.print_button = QPushButton(translate("CompareDialog", "&Print…", "compare"))
        self.pdf_button = QPushButton(translate("CompareDialog", "Save P&DF…"))
        self.csv_button = QPushButton(translate("CompareDialog", "Save &CSV…"))
        self.close_button = close = QPushButton(translate("CompareDialog", "Close"))
        language_label, self.language = printout_language_combo(self)
        self.print_button.setToolTip(translate("CompareDialog", "Print preview (Ctrl+P)"))
        close.setToolTip(translate("CompareDialog", "Close the comparison (Esc)"))
        self.print_button.clicked.connect(lambda: self.print_preview())
        self.pdf_button.clicked.connect(lambda: self.save_pdf())
        self.csv_button.clicked.connect(lambda: self.save_csv())
        close.clicked.connect(self.close)
        QShortcut(QKeySequence.StandardKey.Print, self, activated=lambda: self.print_preview())
        # Esc closes (a plain QDialog would only hide itself, and not as a window shown with show())
        QShortcut(QKeySequence(Qt.Key.Key_Escape), self, activated=self.close)
        # the window may stand alone (no main window's status bar): say "Saved …" here as well
        self.status = QStatusBar(self)
        self.status.setSizeGripEnabled(False)
        self.status.setAccessibleName(translate("CompareDialog", "Messages"))

        bar = QHBoxLayout()
        bar.addWidget(self.only_differences)
        bar.addStretch(1)
        for w in (self.left, self.right, self.remove):
            bar.addWidget(w)
        out = QHBoxLayout()
        self.legend = legend = QLabel(
            arg(
                translate(
                    "CompareDialog",
                    "%1 and shading mark the rows where the programs "
                    "differ. Drag a column heading to reorder.",
                ),
                DIFF_MARK,
            )
        )
        legend.setWordWrap(True)
        out.addWidget(legend, 1)
        for w in (language_label, self.language, self.print_button, self.pdf_button, self.csv_button, close):
            out.addWidget(w)
        layout = QVBoxLayout(self)
        layout.addWidget(self.heading)
        layout.addLayout(bar)
        layout.addWidget(self.table, 1)
        layout.addLayout(out)
        layout.addWidget(self.status)

        self.table.selectionModel().currentChanged.connect(lambda *_: self._update())
        self.model.modelReset.connect(self._update)
        self.model.columnsMoved.connect(lambda *_: self._update())
        self._update()
        if self.model.rowCount() and self.model.columnCount():
            self.table.setCurrentIndex(self.model.index(0, 0))
        fit_to_screen(self, 1200, 760)

    # ------------------------------------------------------------ state

    def _update(self) -> None:
        c = self.model.current()
        n = len(c.programs)
        where = (
            arg(translate("CompareDialog", "distances from %1"), c.origin_label)
            if c.origin_label
            else translate("CompareDialog", "no starting place, so no distances")
        )
        rows = arg(
            translate_n("CompareDialog", "%n of %1 rows differ.", self.model.differing_count()),
            self.model.total_rows(),
        )
        self.heading.setText(
            arg(
                translate("CompareDialog", "%1 from '%2' (%3). %4"),
                translate_n("CompareDialog", "%n program(s)", n),
                c.shortlist,
                where,
                rows,
            )
        )
        col = self.table.currentIndex().column()
        has = col >= 0
        self.left.setEnabled(has and col > 0)
        self.right.setEnabled(has and col < self.model.columnCount() - 1)
        self.remove.setEnabled(has and self.model.columnCount() > 1)
        self.only_differences.setEnabled(n > 1)
        self._refit.start()

    def _hide_same(self, hide: bool) -> None:
        column = max(self.table.currentIndex().column(), 0)
        self.model.set_hide_same(hide)
        self._select_column(column)

    def _select_column(self, column: int) -> None:
        if self.model.rowCount() and self.model.columnCount():
            column = min(column, self.model.columnCount() - 1)
            row = max(self.table.currentIndex().row(), 0)
            self.table.setCurrentIndex(self.model.index(min(row, self.model.rowCount() - 1), column))
        self._update()

    def _move(self, step: int) -> None:
        index = self.table.currentIndex()
        if not index.isValid():
            return
        target = index.column() + step
        if self.model.move_column(index.column(), target):
            self.table.setCurrentIndex(self.model.index(index.row(), target))

    def _remove(self) -> None:
        column = self.table.currentIndex().column()
        if column >= 0 and self.model.remove_column(column):
            self._select_column(column)

    def _header_moved(self, _logical: int, old_visual: int, new_visual: int) -> None:
        # The header only moved its picture of the column; put it back and move the
        # model's column instead, so printing and saving follow the screen.
        header = self.table.horizontalHeader()
        header.blockSignals(True)
        header.moveSection(new_visual, old_visual)
        header.blockSignals(False)
        self.model.move_column(old_visual, new_visual)

    # ------------------------------------------------------------ output

    def _ask_path(self, title: str, suffix: str, pattern: str) -> str:
        """A save dialog in the folder used last (any dialog); '' when cancelled."""
        name = safe_file_stem(
            self.model.current().shortlist, translate("CompareDialog", "shortlist", "a file name")
        )
        file_name = arg(translate("CompareDialog", "comparison-%1", "a file name"), name)
        return ask_save_path(self, title, file_name + suffix, pattern, suffix)

    def _report(self, exc: UserError, title: str = "") -> None:
        warn(self, title or translate("CompareDialog", "Not saved"), user_message(exc))

    def _saved(self, path: str, what: str) -> None:
        self.status.showMessage(say_saved(self, path, what), 15_000)

    def save_csv(self, path: str | None = None) -> bool:
        path = path or self._ask_path(
            translate("CompareDialog", "Save comparison as CSV"),
            ".csv",
            translate("CompareDialog", "CSV files (*.csv)"),
        )
        if not path:
            return False
        from finder.reports.compare_report import write_translated_csv

        try:
            write_translated_csv(self.model.current(), path, lang=self.language.currentData())
        except UserError as exc:
            self._report(exc)
            return False
        self._saved(path, translate("CompareDialog", "comparison CSV"))
        return True

    def save_pdf(self, path: str | None = None) -> bool:
        path = path or self._ask_path(
            translate("CompareDialog", "Save comparison as PDF"),
            ".pdf",
            translate("CompareDialog", "PDF files (*.pdf)"),
        )
        if not path:
            return False
        from finder.reports.compare_report import write_comparison_pdf

        try:
            write_comparison_pdf(self.model.current(), path, lang=self.language.currentData())
        except UserError as exc:
            self._report(exc)
            return False
        self._saved(path, translate("CompareDialog", "comparison PDF"))
        return True

    def make_preview(self) -> PrintPreview:
        """The print preview, landscape, painting what the window shows."""
        from finder.reports.compare_report import print_comparison, set_landscape
        from finder.ui.checklist_print import default_paper

        return PrintPreview(
            self,
            arg(translate("CompareDialog", "Print — %1"), self.model.current().shortlist),
            lambda device: print_comparison(self.model.current(), device, lang=self.language.currentData()),
            setup=lambda printer: set_landscape(printer, default_paper()),
        )

    def print_preview(self) -> None:
        preview = self.make_preview()
        try:
            preview.exec()
        except UserError as exc:
            self._report(exc, translate("CompareDialog", "Not printed"))


def choose_ids(info: ShortlistInfo, parent: QWidget | None) -> list[int] | None:
    """None when the user cancels; every program when there are six or fewer."""
    if len(info.programs) <= MAX_PROGRAMS:
        return [e.program_id for e in info.programs]
    chooser = ChooseProgramsDialog(info, parent)
    if chooser.exec() != QDialog.DialogCode.Accepted:
        return None
    return chooser.chosen_ids()


def open_comparison(parent: QWidget | None, db, shortlist: str, then=None) -> None:
    """Show the comparison for a shortlist (asking which programs when it holds more than six).

    The shortlist and the comparison are read off the GUI thread; `then(dialog)` gets the
    window once it is shown.
    """
    QueryOp(
        parent,
        lambda: get_shortlist(db, shortlist),
        lambda info: _chosen(parent, db, info, then),
        lambda message: warn(parent, translate("CompareDialog", "Compare"), message),
        url=db.url,
        after_writes=True,
    ).run()


def _chosen(parent: QWidget | None, db, info: ShortlistInfo, then) -> None:
    if not info.programs:
        inform(
            parent,
            translate("CompareDialog", "Compare"),
            arg(
                translate(
                    "CompareDialog",
                    "The shortlist '%1' has no programs yet. Add programs to it "
                    "from the search results, then compare them.",
                ),
                info.name,
            ),
        )
        return
    ids = choose_ids(info, parent)
    if ids is None:
        return
    QueryOp(
        parent,
        lambda: build_comparison(db, info.name, ids),
        lambda c: _show(parent, c, then),
        lambda message: warn(parent, translate("CompareDialog", "Compare"), message),
        url=db.url,
        after_writes=True,
    ).run()


def _show(parent: QWidget | None, comparison: Comparison, then) -> None:
    dialog = CompareDialog(comparison, parent)
    dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    dialog.show()
    if then is not None:
        then(dialog)
