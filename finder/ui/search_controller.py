"""The window's searching: run the search off the GUI thread and show the newest result.

The main window (finder/ui/main_window.py) owns the widgets; this controller decides what they
show for a search: the table and the map, the count line, the empty state, or the reason a
search could not run. Filter clicks search again once they stop for FILTER_DELAY_MS.
"""

from __future__ import annotations

from PySide6.QtCore import QObject, Qt, QTimer

from finder.services.overview import SearchOutcome, coordinates_of, run_search
from finder.services.search import SearchResult
from finder.texts import errors as error_texts
from finder.ui import result_texts
from finder.ui.operations import QueryOp
from finder.ui.results_model import DISTANCE_COLUMN
from finder.ui.texts import arg, translate

FILTER_DELAY_MS = 300  # re-search this long after the last filter click


class SearchController(QObject):
    def __init__(self, win) -> None:
        super().__init__(win)
        self.win = win
        self.result: SearchResult | None = None
        self.outcome: SearchOutcome | None = None
        self.prefer_id: int | None = None  # select this program after the next search
        self.details_after_paint = False  # the row a search selects shows its details after the paint
        self.filter_timer = QTimer(self, singleShot=True, interval=FILTER_DELAY_MS)
        self.filter_timer.timeout.connect(self.run_search)
        win.panel.searchRequested.connect(self.run_search)
        win.panel.filtersChanged.connect(self.filters_changed)

    def run_search(self) -> None:
        win = self.win
        self.filter_timer.stop()
        query = win.panel.query()
        if not query:
            self.show_empty(result_texts.start_text(), count="")
            win.focus_origin()
            win.searchFinished.emit()
            return
        win.last_error = ""
        criteria = win.panel.criteria()
        online = win.allow_online and win.settings.online_lookup()
        db, geocoder = win.db, win.geocoder
        win.count_label.setText(arg(translate("SearchController", "Searching near %1…"), query))
        # key: a search typed over drops the older one's result, whichever ends first
        QueryOp(
            self,
            lambda: run_search(db, query, criteria, online=online, geocoder=geocoder),
            self._done,
            self._failed,
            key="search",
            url=db.url,
        ).run()

    def filters_changed(self) -> None:
        if self.result is not None or self.win.panel.query():
            self.filter_timer.start()

    def _done(self, outcome: SearchOutcome) -> None:
        win = self.win
        keep = self.prefer_id if self.prefer_id is not None else win.selected_program_id()
        self.prefer_id = None
        result = outcome.result
        self.result, self.outcome = result, outcome
        win.offer_wider(outcome)
        statewide = outcome.statewide.results if outcome.statewide is not None else []
        win.model.set_rows(result.results + statewide)
        header = win.table.horizontalHeader()
        if header.sortIndicatorSection() >= win.model.columnCount():  # sorted by Room, and these have none
            header.setSortIndicator(DISTANCE_COLUMN, Qt.SortOrder.AscendingOrder)
        if (header.sortIndicatorSection(), header.sortIndicatorOrder()) != (
            DISTANCE_COLUMN,
            Qt.SortOrder.AscendingOrder,
        ):
            win.model.sort(header.sortIndicatorSection(), header.sortIndicatorOrder())
        win.notice.setText(
            arg(translate("SearchController", "Note: %1"), error_texts.message(result.origin.warning))
            if result.origin.warning
            else ""
        )
        win.map.set_result(
            result.origin.latitude,
            result.origin.longitude,
            result_texts.place_of(result),
            result.criteria.radius_miles,
            result.results + statewide,
            coordinates_of(result.results + statewide),
        )
        if result.results or statewide:
            win.count_label.setText(
                result_texts.count_line(result) + result_texts.statewide_line(outcome.statewide)
            )
            win.stack.setCurrentWidget(win.table)
            self.details_after_paint = True
            if keep is None or not win.select_program(keep):
                win.select_program(win.model.row(0).id)
            self.details_after_paint = False
        else:
            self.show_empty(
                result_texts.empty_text(outcome), count=result_texts.count_line(result), keep_map=True
            )
        win.searchFinished.emit()

    def _failed(self, message: str) -> None:
        # shown where the results would be, next to the field to fix, rather than in a modal box
        self.show_empty(
            arg(translate("SearchController", "Cannot search: %1"), message),
            count=translate("SearchController", "Nothing searched."),
        )
        self.win.last_error = message
        self.win.searchFinished.emit()

    def show_empty(self, text: str, count: str, keep_map: bool = False) -> None:
        win = self.win
        if not keep_map:  # no search result to widen
            win.offer_wider(None)
        win.model.set_rows([])
        if not keep_map:  # an empty search still draws its origin and radius
            win.map.clear()
        win.details.show_message(
            translate("Details", "Select a program to see everything recorded about it.")
        )
        win.count_label.setText(count or result_texts.start_count())
        win.empty_label.setText(text)
        win.stack.setCurrentWidget(win.empty_label)
