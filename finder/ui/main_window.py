"""The main window: origin bar, filters, results table and map, details, and room for shortlists."""

from __future__ import annotations

from PySide6.QtCore import QItemSelectionModel, QModelIndex, Qt, Signal
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import (
    QApplication,
    QHBoxLayout,
    QLabel,
    QMainWindow,
    QMenu,
    QPushButton,
    QSplitter,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from finder.services.basemap import atlas
from finder.services.calls import call_facts
from finder.services.directory import get_program
from finder.services.overview import DirectoryFacts, directory_facts
from finder.services.search import SearchResult
from finder.services.search import warm_up as warm_up_search
from finder.ui import result_texts, window_dialogs
from finder.ui.details_pane import DetailsPane
from finder.ui.dialog_kit import literal, plain
from finder.ui.map_view import MapView
from finder.ui.operations import QueryOp
from finder.ui.results_model import DISTANCE_COLUMN, ID_ROLE, ResultsModel
from finder.ui.results_view import ResultsTable
from finder.ui.search_controller import FILTER_DELAY_MS, SearchController  # noqa: F401 (tests read it)
from finder.ui.search_panel import SearchPanel
from finder.ui.settings import Settings
from finder.ui.texts import arg, translate, translate_n
from finder.ui.window_memory import WindowMemory
from finder.ui.workers import after_next_paint, task_runner

DETAILS_WAIT_MS = 100  # a search's details wait at most this long for its results' paint
FLUSH_WAIT_MS = 10_000  # what was typed is stored before a restore, or this long has passed


class MainWindow(WindowMemory, QMainWindow):
    searchFinished = Signal()  # the table (or the empty state / error) shows the newest search
    detailsShown = Signal(int)
    databaseReopened = Signal()

    def __init__(
        self,
        db,
        settings: Settings | None = None,
        *,
        remember: bool = True,
        allow_online: bool = True,
        geocoder=None,
    ) -> None:
        super().__init__()
        self.db = db
        self.settings = settings or Settings()
        self.remember = remember
        self.allow_online = allow_online
        self.geocoder = geocoder  # tests inject a fake; None means geopy's Nominatim when enabled
        self.facts: DirectoryFacts | None = None
        self.last_error = ""  # the message of the last search that could not run
        self.runner = task_runner()  # every database call of the window goes through operations.py
        self.setWindowTitle("Program Finder")
        # an explicit minimum: the window does not grow or jump as result texts change length
        self.setMinimumSize(720, 480)
        self._build()
        self.search = SearchController(self)
        self._build_menus()
        from finder.ui.directory_actions import DirectoryActions
        from finder.ui.shortlist_actions import ShortlistActions

        self.directory_actions = DirectoryActions(self)
        self.shortlists = ShortlistActions(self)
        from finder.ui.call_actions import CallActions

        self.calls = CallActions(self)
        from finder.ui.referral_actions import ReferralActions

        self.referrals = ReferralActions(self)
        self.searchFinished.connect(self._after_search)
        # a mouse click moves the current row before it selects it: act once the selection is made
        self.table.selectionModel().selectionChanged.connect(lambda *_a: self._selection_settled())
        self.table.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        self.table.customContextMenuRequested.connect(
            lambda pos: self.results_menu().popup(self.table.viewport().mapToGlobal(pos))
        )
        self.panel.origin_bar.set_online(allow_online and self.settings.online_lookup())
        if remember:
            self._restore()
        else:
            self.resize(1280, 800)  # screenshots and timed runs: the same size on any screen
        self._load_background_facts()

    # --- layout ---------------------------------------------------------------------------
    def _build(self) -> None:
        self.panel = SearchPanel(self)
        central = QWidget()
        outer = QVBoxLayout(central)
        outer.setContentsMargins(0, 0, 0, 0)
        outer.setSpacing(0)
        outer.addWidget(self.panel.origin_bar)

        self.model = ResultsModel(self)
        self.table = ResultsTable()
        self.table.setModel(self.model)
        self.table.selectionModel().currentRowChanged.connect(self._row_changed)
        self.table.openRequested.connect(self.focus_details)

        # the count line and the empty state quote what was typed and the place found: never HTML
        self.count_label = plain(QLabel(result_texts.start_count()))
        self.count_label.setObjectName("countLine")
        # no accessible name on these two labels: a screen reader then reads what they say
        self.count_label.setWordWrap(True)
        self.count_label.setContentsMargins(6, 4, 6, 4)
        self.empty_label = plain(QLabel(result_texts.start_text()))
        self.empty_label.setObjectName("emptyState")
        self.empty_label.setWordWrap(True)
        self.empty_label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.empty_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.empty_label.setMargin(24)
        self.stack = QStackedWidget()
        self.stack.addWidget(self.table)
        self.stack.addWidget(self.empty_label)
        self.stack.setCurrentWidget(self.empty_label)
        results = QWidget()
        rl = QVBoxLayout(results)
        rl.setContentsMargins(0, 0, 0, 0)
        rl.setSpacing(0)
        count_row = QHBoxLayout()
        count_row.setContentsMargins(0, 0, 6, 0)
        count_row.addWidget(self.count_label, 1)
        self.widen_button = QPushButton()  # "Widen to 100 mi (finds 14)" after a search that finds few
        self.widen_button.setObjectName("widenButton")
        self.widen_button.hide()
        self.widen_button.clicked.connect(self._widen)
        count_row.addWidget(self.widen_button)
        rl.addLayout(count_row)
        rl.addWidget(self.stack, 1)

        self.map = MapView()
        self.map.programClicked.connect(self.select_program)
        self.center_split = QSplitter(Qt.Orientation.Vertical)
        self.center_split.setObjectName("centerSplitter")
        self.center_split.addWidget(results)
        self.center_split.addWidget(self.map)
        self.center_split.setStretchFactor(0, 3)
        self.center_split.setStretchFactor(1, 2)
        self.center_split.setSizes([300, 200])  # the table first (3 : 2): a row may take 3-5 lines

        self.details = DetailsPane()
        self.details.copied.connect(
            lambda t: self.statusBar().showMessage(arg(translate("MainWindow", "Copied “%1”"), t), 4000)
        )
        self.main_split = QSplitter(Qt.Orientation.Horizontal)
        self.main_split.setObjectName("mainSplitter")
        self.main_split.addWidget(self.panel.filters)
        self.main_split.addWidget(self.center_split)
        self.main_split.addWidget(self.details)
        self.main_split.setStretchFactor(1, 1)
        self.main_split.setSizes([170, 830, 280])  # the table gets the room its lists need at 1280 px
        for i in range(3):
            self.main_split.setCollapsible(i, i != 1)
        # the shortlist bar sits under everything; the user can drag it taller to see more programs
        self.shortlist_bar = QWidget()
        self.shortlist_bar.setObjectName("shortlistBar")
        self.shortlist_layout = QHBoxLayout(self.shortlist_bar)
        self.shortlist_layout.setContentsMargins(6, 0, 6, 0)
        self.bottom_split = QSplitter(Qt.Orientation.Vertical)
        self.bottom_split.setObjectName("bottomSplitter")
        self.bottom_split.addWidget(self.main_split)
        self.bottom_split.addWidget(self.shortlist_bar)
        self.bottom_split.setStretchFactor(0, 1)
        self.bottom_split.setCollapsible(0, False)
        outer.addWidget(self.bottom_split, 1)
        self.setCentralWidget(central)

        self.notice = plain(QLabel())
        self.notice.setObjectName("originNotice")
        self.statusBar().addWidget(self.notice, 1)

    def _build_menus(self) -> None:
        bar = self.menuBar()
        self.menus: dict[str, QMenu] = {}
        for key, title in (
            ("file", translate("MainWindow", "&File")),
            ("edit", translate("MainWindow", "&Edit")),
            ("view", translate("MainWindow", "&View")),
            ("shortlist", translate("MainWindow", "Shortl&ist")),
            ("help", translate("MainWindow", "&Help")),
        ):
            self.menus[key] = bar.addMenu(title)
        self.quit_action = self._action(
            self.menus["file"], translate("MainWindow", "&Quit"), self.close, QKeySequence.StandardKey.Quit
        )
        edit = self.menus["edit"]
        self.copy_action = self._action(
            edit, translate("MainWindow", "&Copy program"), self.copy_selected, QKeySequence.StandardKey.Copy
        )
        self.find_action = self._action(
            edit, translate("MainWindow", "&Find near…"), self.focus_origin, QKeySequence.StandardKey.Find
        )
        edit.addSeparator()
        self._action(
            edit,
            translate("MainWindow", "&Preferences…"),
            lambda: window_dialogs.open_preferences(self),
            QKeySequence("Ctrl+,"),
        )
        view = self.menus["view"]
        for title, widget in (
            (translate("MainWindow", "&Filters"), self.panel.filters),
            (translate("MainWindow", "&Map"), self.map),
            (translate("MainWindow", "&Details"), self.details),
            (translate("MainWindow", "&Shortlist bar"), self.shortlist_bar),
        ):
            act = self._action(view, title, None)
            act.setCheckable(True)
            act.setChecked(True)
            act.toggled.connect(widget.setVisible)
        view.addSeparator()
        self._action(view, translate("MainWindow", "&Clear filters"), self.panel.filters.clear)
        self._action(
            view,
            translate("MainWindow", "Sort by &distance"),
            lambda: self.table.sortByColumn(DISTANCE_COLUMN, Qt.SortOrder.AscendingOrder),
            QKeySequence("Ctrl+D"),
        )
        self._action(
            self.menus["help"],
            translate("MainWindow", "&About Program Finder"),
            lambda: window_dialogs.show_about(self),
        )
        self._action(self.menus["help"], translate("MainWindow", "About &Qt"), QApplication.aboutQt)

    def _action(self, menu: QMenu, title: str, slot, shortcut=None) -> QAction:
        act = QAction(title, self)
        if shortcut is not None:
            act.setShortcut(shortcut)
        if slot is not None:
            act.triggered.connect(lambda _checked=False: slot())
        menu.addAction(act)
        return act

    # --- public API for other features ----------------------------------------------------
    def selected_program_id(self) -> int | None:
        ix = self.table.selectionModel().currentIndex()
        if not ix.isValid() or not self.table.selectionModel().isRowSelected(ix.row(), QModelIndex()):
            return None
        return self.model.data(self.model.index(ix.row(), 0), ID_ROLE)

    def last_result(self) -> SearchResult | None:
        return self.search.result

    def selected_row(self):
        """The selected result (a ResultRow), or None."""
        pid = self.selected_program_id()
        row = -1 if pid is None else self.model.row_of(pid)
        return None if row < 0 else self.model.row(row)

    def results_menu(self) -> QMenu:
        """The results' context menu, for the selected program."""
        menu = QMenu(self)
        menu.addAction(self.shortlists.add_action)
        menu.addSeparator()
        for act in self.directory_actions.program_actions():
            menu.addAction(act)
        menu.addSeparator()
        menu.addAction(self.copy_action)
        menu.aboutToHide.connect(menu.deleteLater)
        return menu

    def directory_changed(self, select: int | None = None) -> None:
        """The directory was edited or imported: search again (keeping or choosing a program)."""
        self.search.prefer_id = select
        self._load_background_facts(with_names=False)
        self.shortlists.panel.reload()  # needs met and questions asked may have changed
        if self.panel.query():
            self.run_search()

    def open_checklists(self) -> list:
        from finder.ui.checklist_dialog import ChecklistDialog

        return [d for d in self.findChildren(ChecklistDialog) if d.isVisible()]

    def flush_pending(self, wait_ms: int = FLUSH_WAIT_MS) -> bool:
        """Write the note and answers the user typed that are still waiting for their save delay.

        Returns once those writes (and every write before them) are stored, or after `wait_ms`;
        the window keeps turning meanwhile. True when nothing is left to write.
        """
        self.shortlists.panel.save_note()
        for dialog in self.open_checklists():
            dialog.save_now()
        return self.runner.drain_writes(wait_ms)

    def abandon_pending(self) -> None:
        """The database file was replaced (a restore): no view may write its old state back.

        The shortlist note box forgets its unsaved text, checklist windows close without saving,
        comparison windows (a picture of the old data) close.
        """
        from finder.ui.compare_dialog import CompareDialog

        self.shortlists.panel.forget_pending()
        for dialog in self.open_checklists():
            dialog.abandon()
        for dialog in self.findChildren(CompareDialog):
            dialog.close()
        self.runner.drain_writes(FLUSH_WAIT_MS)  # a write already on its way lands before the file goes

    def use_database(self, db) -> None:
        """Work on `db` from now on (a restored backup was reopened) and reload everything."""
        old, self.db = self.db, db
        old.dispose()
        self.shortlists.database_replaced(db)
        self.directory_changed()
        self.databaseReopened.emit()

    def select_program(self, program_id: int) -> bool:
        row = self.model.row_of(program_id)
        if row < 0:
            return False
        self.table.selectionModel().setCurrentIndex(
            self.model.index(row, 0),
            QItemSelectionModel.SelectionFlag.ClearAndSelect | QItemSelectionModel.SelectionFlag.Rows,
        )
        self.table.scrollTo(self.model.index(row, 0))
        return True

    # --- searching (finder/ui/search_controller.py) ---------------------------------------
    def run_search(self) -> None:
        self.search.run_search()

    # --- selection and details ------------------------------------------------------------
    def _row_changed(self, current: QModelIndex, _previous: QModelIndex) -> None:
        if not current.isValid():
            return
        row = self.model.row(current.row())
        self.map.set_selected(row.id)
        if not self.search.details_after_paint:  # the user's choice, not the row a new search picks
            self.shortlists.program_selected(row.id)
        self.directory_actions.update_enabled()
        db = self.db

        def load() -> None:
            QueryOp(
                self,
                lambda: (get_program(db, row.id), *call_facts(db, row.id)),
                lambda d: self._details_loaded(d, row),
                self.details.show_message,
                key="details",
                url=db.url,
            ).run()

        def load_if_still_current() -> None:
            if self.table.currentIndex().data(ID_ROLE) == row.id:
                load()  # else another row was chosen meanwhile, and its own read is on its way

        viewport = self.table.viewport()
        if self.search.details_after_paint and viewport.isVisible():
            # a new search's first row: its details once the table and map show the results, so
            # the worker reading them does not hold up that paint (DETAILS_WAIT_MS at most)
            after_next_paint(viewport, load_if_still_current, within_ms=DETAILS_WAIT_MS)
        else:
            load()

    def _selection_settled(self) -> None:
        self.directory_actions.update_enabled()
        self.shortlists.update_enabled()

    def _details_loaded(self, loaded, row) -> None:
        detail, room, confirmed = loaded
        if self.selected_program_id() != detail.id:
            return
        self.details.show_program(detail, row, room, confirmed)
        self.shortlists.update_enabled()
        self.detailsShown.emit(detail.id)

    def _widen(self) -> None:
        miles = self.widen_button.property("miles")
        if miles:
            self.widen_button.hide()
            self.panel.radius.setValue(int(miles))
            self.run_search()

    def offer_wider(self, outcome) -> None:
        """After a search that found fewer than three: a button to search the wider radius, if it finds more."""
        more = (
            outcome is not None
            and outcome.wider_radius is not None
            and outcome.wider_total is not None
            and outcome.wider_total > outcome.result.total
        )
        if more:
            self.widen_button.setText(
                arg(
                    translate_n("MainWindow", "Widen to %1 mi (finds %n)", outcome.wider_total),
                    f"{outcome.wider_radius:g}",
                )
            )
            self.widen_button.setProperty("miles", outcome.wider_radius)
        self.widen_button.setVisible(more)

    def _after_search(self) -> None:
        if self.last_result() is not None:
            self.shortlists.set_origin(self.last_result().origin)
        self.shortlists.update_enabled()
        self.directory_actions.update_enabled()

    def focus_details(self) -> None:
        if not self.details.isVisible():
            self.details.show()
        self.details.browser.setFocus(Qt.FocusReason.ShortcutFocusReason)

    def focus_origin(self) -> None:
        self.panel.origin.setFocus(Qt.FocusReason.ShortcutFocusReason)
        self.panel.origin.selectAll()

    def copy_selected(self) -> None:
        focus = QApplication.focusWidget()
        if focus is not self.table:
            return self._forward_copy(focus)
        text = self.details.text() if self.details.program_id == self.selected_program_id() else ""
        if text:
            QApplication.clipboard().setText(text)
            self.statusBar().showMessage(translate("MainWindow", "Copied the program's details"), 4000)

    @staticmethod
    def _forward_copy(widget) -> None:
        if widget is not None and hasattr(widget, "copy"):
            widget.copy()

    # --- background facts -----------------------------------------------------------------
    def _load_background_facts(self, with_names: bool = True) -> None:
        db = self.db
        QueryOp(self, lambda: directory_facts(db), self._facts_loaded, key="facts", url=db.url).run()
        if not with_names:
            return

        def names():
            from finder.services.gazetteer import gazetteer

            return gazetteer().city_names()

        def after_paint() -> None:
            QueryOp(self, names, self.panel.origin_bar.set_city_names, key="names").run()
            # the bundled base map, and a first search with the saved filters is then a warm one;
            # both quiet: the search itself will say what is wrong
            QueryOp(self, atlas, None, lambda _line: None, key="basemap").run()
            criteria = self.panel.criteria()
            QueryOp(
                self, lambda: warm_up_search(db, criteria), None, lambda _line: None, key="warm", url=db.url
            ).run()

        # the completion's names are read once the Near field is on screen, not before its first paint
        after_next_paint(self.panel.origin, after_paint)

    def _facts_loaded(self, facts: DirectoryFacts) -> None:
        self.facts = facts
        # the date and source come from the directory file: shown as stored
        plain(self.panel.origin_bar.info).setText(result_texts.directory_line(facts))
        self.panel.origin_bar.info.setToolTip(literal(facts.source or ""))

    def about_text(self) -> str:
        """The About box's text (Help → About: finder/ui/window_dialogs.py)."""
        return window_dialogs.about_text(self.facts)

    def setVisible(self, visible: bool) -> None:
        if visible and not self.isVisible():
            # settle the minimum size before the native window exists: platforms that cannot
            # take size hints later (offscreen, used for screenshots and tests) then stay quiet
            self.layout().activate()
        super().setVisible(visible)

    def closeEvent(self, event) -> None:
        if self.remember:
            self.save_settings()
        self.search.filter_timer.stop()
        self.runner.wait_idle()
        super().closeEvent(event)
