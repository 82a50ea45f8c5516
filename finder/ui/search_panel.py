"""The search controls: the origin bar across the top and the filter column on the left."""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP, QEvent, QObject, QStringListModel, Qt, QTimer, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QCompleter,
    QFrame,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListView,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QScrollArea,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from finder.domain.geo import MAX_RADIUS_MILES, MIN_RADIUS_MILES
from finder.domain.taxonomy import SEARCH_VOCABULARIES, Match
from finder.reports.i18n import vocabulary_label
from finder.services.search import DEFAULT_RADIUS, SearchCriteria
from finder.ui.dialog_kit import with_clear_button
from finder.ui.texts import arg, translate

RULE_TEXT = {
    Match.ALL: QT_TRANSLATE_NOOP("SearchPanel", "all ticked must apply"),
    Match.ANY: QT_TRANSLATE_NOOP("SearchPanel", "any ticked will do"),
}
# one list per searchable vocabulary of the registry, in its order: name -> vocabulary
FILTERS = {v.name: v for v in SEARCH_VOCABULARIES}


GUI_LIMIT = 1000  # rows shown; the count line still says how many matched


class _EnterFilter(QObject):
    """Enter in a spin box or filter field runs the search (a line edit has returnPressed)."""

    def __init__(self, callback) -> None:
        super().__init__()
        self._callback = callback

    def eventFilter(self, obj, event) -> bool:
        if event.type() == QEvent.Type.KeyPress and event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
            self._callback()
            return True
        return False


class OriginBar(QWidget):
    searchRequested = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        lay = QHBoxLayout(self)
        lay.setContentsMargins(8, 6, 8, 6)
        near = QLabel(translate("SearchPanel", "&Near"))
        self.origin = QLineEdit()
        self.origin.setObjectName("originEdit")
        self.origin.setPlaceholderText(translate("SearchPanel", "ZIP, City, ST or lat,lon"))
        self.origin.setAccessibleName(translate("SearchPanel", "Search near"))
        self.origin.setAccessibleDescription(
            translate("SearchPanel", "A ZIP code, a city as 'City, ST', or latitude,longitude")
        )
        with_clear_button(self.origin)
        self.origin.setMinimumWidth(220)
        self.origin.setMaximumWidth(420)
        near.setBuddy(self.origin)
        within = QLabel(translate("SearchPanel", "&Within"))
        self.radius = QSpinBox()
        self.radius.setObjectName("radiusSpin")
        self.radius.setRange(MIN_RADIUS_MILES, MAX_RADIUS_MILES)
        self.radius.setValue(int(DEFAULT_RADIUS))
        self.radius.setSuffix(translate("SearchPanel", " mi"))
        self.radius.setAccessibleName(translate("SearchPanel", "Radius in miles"))
        within.setBuddy(self.radius)
        self.search_button = QPushButton(translate("SearchPanel", "&Search"))
        self.search_button.setAccessibleName(translate("SearchPanel", "Search"))
        self.online_note = QLabel()
        self.online_note.setWordWrap(False)
        self.info = QLabel()
        self.info.setObjectName("directoryInfo")
        self.info.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.info.setAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        for w in (near, self.origin, within, self.radius, self.search_button, self.online_note):
            lay.addWidget(w)
        lay.setStretch(1, 1)
        lay.addStretch(0)
        lay.addWidget(self.info)
        self._enter = _EnterFilter(self.searchRequested.emit)
        self.radius.installEventFilter(self._enter)
        self.origin.returnPressed.connect(self.searchRequested)
        self.search_button.clicked.connect(self.searchRequested)
        self.set_online(False)

    def set_city_names(self, names: list[str]) -> None:
        completer = QCompleter(QStringListModel(names, self), self)
        completer.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        completer.setModelSorting(QCompleter.ModelSorting.CaseInsensitivelySortedModel)
        completer.setMaxVisibleItems(12)
        self.origin.setCompleter(completer)

    def set_online(self, on: bool) -> None:
        if on:
            self.origin.setPlaceholderText(
                translate("SearchPanel", "ZIP, City, ST, lat,lon or a street address")
            )
            self.online_note.setText(translate("SearchPanel", "Online lookup on"))
            self.online_note.setToolTip(
                translate(
                    "SearchPanel",
                    "Street addresses you type are sent to OpenStreetMap "
                    "Nominatim. Turn this off in Edit › Preferences.",
                )
            )
        else:
            self.origin.setPlaceholderText(translate("SearchPanel", "ZIP, City, ST or lat,lon"))
            self.online_note.setText("")
            self.online_note.setToolTip("")
        self.online_note.setVisible(on)


class FilterPanel(QScrollArea):
    """The filter column: scrolls on its own when the window is short; long labels wrap."""

    changed = Signal()
    searchRequested = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("filterPanel")
        self.setWidgetResizable(True)
        self.setFrameShape(QFrame.Shape.NoFrame)
        self.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.setVerticalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAsNeeded)
        # the scroll area itself shows no focus: Tab goes straight to the first filter; a
        # focused filter below the fold scrolls into view on its own (ensureWidgetVisible)
        self.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        # a list's items wrap to its width, so its height follows the panel's width
        self._refit = QTimer(self, singleShot=True, interval=0)
        self._refit.timeout.connect(self._fit_lists)
        body = QWidget()
        lay = QVBoxLayout(body)
        lay.setContentsMargins(8, 4, 8, 8)
        self.lists: dict[str, QListWidget] = {}
        for vocab, v in FILTERS.items():
            title, rule = translate("SearchPanel", v.heading), translate("SearchPanel", RULE_TEXT[v.match])
            head = QLabel(f"<b>{title}</b> <small>({rule})</small>")
            head.setWordWrap(True)
            lst = QListWidget()
            lst.setObjectName(f"filter_{vocab}")
            lst.setAccessibleName(arg(translate("SearchPanel", "%1 filter, %2"), title, rule))
            head.setBuddy(lst)
            for slug in v.slugs:
                item = QListWidgetItem(vocabulary_label(v.name, slug))  # in the window's language
                item.setData(Qt.ItemDataRole.UserRole, slug)
                item.setFlags(
                    Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsUserCheckable | Qt.ItemFlag.ItemIsSelectable
                )
                item.setCheckState(Qt.CheckState.Unchecked)
                lst.addItem(item)
            lst.setVerticalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
            lst.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
            # "Partial hospitalization / day treatment" wraps instead of ending in "…"
            lst.setWordWrap(True)
            lst.setTextElideMode(Qt.TextElideMode.ElideNone)
            lst.setResizeMode(QListView.ResizeMode.Adjust)
            lst.installEventFilter(self)
            lst.itemChanged.connect(lambda _item: self.changed.emit())
            self.lists[vocab] = lst
            lay.addWidget(head)
            lay.addWidget(lst)
        text_label = QLabel("<b>" + translate("SearchPanel", "Name or city contains") + "</b>")
        text_label.setWordWrap(True)
        self.text = QLineEdit()
        self.text.setObjectName("textFilter")
        self.text.setAccessibleName(translate("SearchPanel", "Name or city contains"))
        with_clear_button(self.text)
        text_label.setBuddy(self.text)
        self.text.returnPressed.connect(self.searchRequested)
        self.hide_dnr = QCheckBox(translate("SearchPanel", "Hide do-not-refer"))
        self.hide_dnr.setToolTip(translate("SearchPanel", "Leave out programs someone marked 'do not refer'"))
        self.hide_dnr.setAccessibleName(translate("SearchPanel", "Hide do-not-refer programs"))
        self.hide_dnr.toggled.connect(lambda _on: self.changed.emit())
        self.hide_delisted = QCheckBox(translate("SearchPanel", "Hide delisted"))
        self.hide_delisted.setObjectName("hideDelisted")
        self.hide_delisted.setToolTip(
            translate(
                "SearchPanel",
                "Leave out programs the latest full directory edition no longer lists (they may have closed)",
            )
        )
        self.hide_delisted.setAccessibleName(
            translate("SearchPanel", "Hide programs no longer listed in the directory")
        )
        self.hide_delisted.toggled.connect(lambda _on: self.changed.emit())
        self.statewide = QCheckBox(translate("SearchPanel", "Add telehealth in the whole state"))
        self.statewide.setObjectName("telehealthInState")
        self.statewide.setToolTip(
            translate(
                "SearchPanel",
                "After the programs within the radius, list the state's programs with telehealth that "
                "match the filters. Telehealth rules vary by state and by insurer.",
            )
        )
        self.statewide.setAccessibleName(
            translate("SearchPanel", "Add telehealth programs in the whole state")
        )
        self.statewide.toggled.connect(lambda _on: self.changed.emit())
        self.clear_button = QPushButton(translate("SearchPanel", "Clear filters"))
        self.clear_button.setAccessibleName(translate("SearchPanel", "Clear filters"))
        self.clear_button.clicked.connect(self.clear)
        for w in (
            text_label,
            self.text,
            self.hide_dnr,
            self.hide_delisted,
            self.statewide,
            self.clear_button,
        ):
            lay.addWidget(w)
        for w in (self.text, self.hide_dnr, self.hide_delisted, self.statewide, self.clear_button):
            w.installEventFilter(self)
        lay.addStretch(1)
        self.setWidget(body)

    def showEvent(self, event) -> None:
        super().showEvent(event)
        self._fit_lists()

    def eventFilter(self, obj, event) -> bool:
        if event.type() == QEvent.Type.Resize and obj in self.lists.values():
            self._refit.start()  # after the list has laid its items out at the new width
        elif event.type() == QEvent.Type.FocusIn and isinstance(obj, QWidget):
            # Tab from the origin bar lands here without passing through the scroll area, which
            # scrolls a focused child into view only when Tab moves inside it
            self.ensureWidgetVisible(obj, 0, 0)
        return False

    def _fit_lists(self) -> None:
        """Each list as tall as its (wrapped) items, so the panel scrolls rather than the lists."""
        for lst in self.lists.values():
            rows = lst.count()
            if not rows:
                lst.setFixedHeight(20)
                continue
            lst.doItemsLayout()
            first, last = lst.visualItemRect(lst.item(0)), lst.visualItemRect(lst.item(rows - 1))
            lst.setFixedHeight(max(last.bottom() - first.top() + 1 + 2 * lst.frameWidth() + 2, 20))

    def selected(self, vocab: str) -> list[str]:
        lst = self.lists[vocab]
        return [
            lst.item(i).data(Qt.ItemDataRole.UserRole)
            for i in range(lst.count())
            if lst.item(i).checkState() == Qt.CheckState.Checked
        ]

    def set_selected(self, vocab: str, slugs: list[str]) -> None:
        lst = self.lists[vocab]
        lst.blockSignals(True)
        for i in range(lst.count()):
            item = lst.item(i)
            on = item.data(Qt.ItemDataRole.UserRole) in slugs
            item.setCheckState(Qt.CheckState.Checked if on else Qt.CheckState.Unchecked)
        lst.blockSignals(False)

    def clear(self) -> None:
        for vocab in self.lists:
            self.set_selected(vocab, [])
        self.text.blockSignals(True)
        self.text.clear()
        self.text.blockSignals(False)
        self.hide_dnr.blockSignals(True)
        self.hide_dnr.setChecked(False)
        self.hide_dnr.blockSignals(False)
        self.hide_delisted.blockSignals(True)
        self.hide_delisted.setChecked(False)
        self.hide_delisted.blockSignals(False)
        self.changed.emit()


class SearchPanel(QObject):
    """Reads and writes the whole search (origin bar + filters) as criteria or a saved state."""

    searchRequested = Signal()
    filtersChanged = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.origin_bar = OriginBar(parent)
        self.filters = FilterPanel(parent)
        self.origin_bar.searchRequested.connect(self.searchRequested)
        self.filters.searchRequested.connect(self.searchRequested)
        self.filters.changed.connect(self.filtersChanged)
        self.origin_bar.radius.valueChanged.connect(lambda _v: self.filtersChanged.emit())

    @property
    def origin(self) -> QLineEdit:
        return self.origin_bar.origin

    @property
    def radius(self) -> QSpinBox:
        return self.origin_bar.radius

    def query(self) -> str:
        return self.origin.text().strip()

    def criteria(self) -> SearchCriteria:
        f = self.filters
        return SearchCriteria(
            radius_miles=float(self.radius.value()),
            **{vocab: f.selected(vocab) for vocab in FILTERS},
            text=f.text.text().strip(),
            hide_do_not_refer=f.hide_dnr.isChecked(),
            hide_delisted=f.hide_delisted.isChecked(),
            telehealth_in_state=f.statewide.isChecked(),
            limit=GUI_LIMIT,
        )

    def state(self) -> dict:
        c = self.criteria()
        return {
            "origin": self.query(),
            "radius": int(c.radius_miles),
            **{vocab: getattr(c, vocab) for vocab in FILTERS},
            "text": c.text,
            "hide_dnr": c.hide_do_not_refer,
            "hide_delisted": c.hide_delisted,
            "telehealth_in_state": c.telehealth_in_state,
        }

    def apply_state(self, state: dict) -> None:
        """Fill every control from a saved state without starting searches."""
        self.blockSignals(True)
        try:
            self.origin.setText(state.get("origin", ""))
            self.radius.setValue(int(state.get("radius", DEFAULT_RADIUS)))
            for vocab in FILTERS:
                self.filters.set_selected(vocab, state.get(vocab, []))
            self.filters.text.setText(state.get("text", ""))
            self.filters.hide_dnr.setChecked(bool(state.get("hide_dnr")))
            self.filters.hide_delisted.setChecked(bool(state.get("hide_delisted")))
            self.filters.statewide.setChecked(bool(state.get("telehealth_in_state")))
        finally:
            self.blockSignals(False)
