"""The results table's model: plain `ResultRow`s in, cells out; sorting happens here (rows ≤ limit)."""

from __future__ import annotations

from datetime import date
from enum import IntEnum
from functools import lru_cache
from operator import attrgetter

from PySide6.QtCore import QT_TRANSLATE_NOOP, QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtGui import QBrush, QColor, QGuiApplication, QPalette

from finder.domain.geo import APPROX_MARK, format_distance
from finder.domain.validation import format_phone
from finder.reports.i18n import app_language
from finder.services.search import ResultRow
from finder.texts import N_, NP_, p_, vocab
from finder.texts import availability as room_words
from finder.ui.dialog_kit import quiet_colour
from finder.ui.texts import arg, translate

ID_ROLE = Qt.ItemDataRole.UserRole + 1
ROW_ROLE = Qt.ItemDataRole.UserRole + 2
SORT_ROLE = Qt.ItemDataRole.UserRole + 3
STREET_ROLE = Qt.ItemDataRole.UserRole + 4  # the second line under the name (results_view draws it)

# shorter than the registry's short label in a cell only, where the window's language has a long word
# (the Spanish "Desintoxicación" alone sets the Levels column's width at 1280 px); the tooltip has it whole
CELL_SHORT = {("levels", "detox"): NP_("column", "Detox")}
IOP_UNKNOWN = "IOP?"
IOP_UNKNOWN_TIP = QT_TRANSLATE_NOOP(
    "Results",
    "The national data does not record intensive outpatient care for "
    "mental-health programs; ask the program.",
)
DNR_MARK = QT_TRANSLATE_NOOP("Results", "[Do not refer] ")  # the English; dnr_mark() in the window's language
DELISTED_MARK = QT_TRANSLATE_NOOP("Results", "[Not listed] ")  # its directory's latest full edition lacks it
SHORTLIST_MARK = "✓ "  # before the name of a program on the current shortlist


def dnr_mark() -> str:
    return translate("Results", DNR_MARK)


def delisted_mark() -> str:
    return translate("Results", DELISTED_MARK)


Index = QModelIndex | QPersistentModelIndex


def display_name(r: ResultRow) -> str:
    name = r.name + (f" — {r.name2}" if r.name2 else "")
    if getattr(r, "delisted", None) is not None:
        name = delisted_mark() + name
    return (dnr_mark() + name) if r.do_not_refer else name


def street_of(r: ResultRow) -> str:
    """The street line that tells two same-named programs apart ("" when none is recorded)."""
    return (r.street1 or "").strip()


def _program_tip(r: ResultRow) -> str:
    street = street_of(r)
    gone = f"\n{room_words.delisted_note(r.delisted)}" if getattr(r, "delisted", None) is not None else ""
    return f"{display_name(r)}\n" + (f"{street}\n" if street else "") + f"{r.city}, {r.state} {r.zip}" + gone


def distance_text(r: ResultRow) -> str:
    """'≈3.2' under the "Miles" heading (the unit is in the heading)."""
    return format_distance(r.distance_miles, r.approx, unit=False)


def _distance_tip(r: ResultRow) -> str:
    """The Miles cell in words, for its tooltip and a screen reader."""
    miles = f"{r.distance_miles:.1f}"
    if r.approx:
        return arg(translate("Results", "about %1 miles, measured from the ZIP code's centre"), miles)
    return arg(translate("Results", "%1 miles"), miles)


def _short(vocabulary: str, slugs) -> str:
    return _short_in(vocabulary, tuple(slugs), app_language())


@lru_cache(maxsize=4096)  # a few hundred distinct lists make up every search's cells
def _short_in(vocabulary: str, slugs: tuple, _language: str) -> str:
    # no-break spaces and hyphens inside a label: a wrapped cell breaks between labels, never
    # in "Dual dx" or "Self-pay"
    return ", ".join(
        (
            p_("column", CELL_SHORT[(vocabulary, s)])
            if (vocabulary, s) in CELL_SHORT
            else vocab.short(vocabulary, s)
        )
        .replace(" ", "\u00a0")
        .replace("-", "\u2011")
        for s in slugs
    )


def _long(vocabulary: str, slugs) -> str:
    return _long_in(vocabulary, tuple(slugs), app_language())


@lru_cache(maxsize=4096)
def _long_in(vocabulary: str, slugs: tuple, _language: str) -> str:
    return ", ".join(vocab.label(vocabulary, s) for s in slugs) or translate("Results", "none recorded")


def _iop_tip() -> str:
    return "\n" + vocab.iop_not_recorded() + ". " + translate("Results", IOP_UNKNOWN_TIP)


class Column(IntEnum):
    """The results table's columns, in order (Room last, and there only once a call said something)."""

    PROGRAM = 0
    DISTANCE = 1
    CITY = 2
    TREATS = 3
    LEVELS = 4
    PAYMENT = 5
    PHONE = 6
    ROOM = 7


class ColumnSpec:
    """key: the fields the cell's text depends on alone (attrgetter), so a view can make each text once."""

    def __init__(self, title: str, text, sort=None, tip=None, key=None) -> None:
        self.title, self.text = title, text
        self.sort = sort or (lambda r: text(r).lower())
        self.tip, self.key = tip, key


# one spec per Column, in its order
COLUMNS: list[ColumnSpec] = [
    ColumnSpec(N_("Program"), display_name, tip=_program_tip),
    ColumnSpec(
        N_("Miles"),
        distance_text,
        sort=lambda r: (r.distance_miles, r.name.lower()),
        tip=lambda r: _distance_tip(r),
    ),
    ColumnSpec(
        N_("City"),
        lambda r: f"{r.city}, {r.state}",
        tip=lambda r: f"{r.city}, {r.state} {r.zip}",
        key=attrgetter("city", "state"),
    ),
    ColumnSpec(
        N_("Treats"),
        lambda r: _short("types", r.types),
        tip=lambda r: _long("types", r.types),
        key=attrgetter("types"),
    ),
    ColumnSpec(
        N_("Levels"),
        lambda r: (
            _short("levels", r.levels)
            + (
                f", {IOP_UNKNOWN}"
                if r.iop_not_recorded and r.levels
                else IOP_UNKNOWN
                if r.iop_not_recorded
                else ""
            )
        ),
        tip=lambda r: _long("levels", r.levels) + (_iop_tip() if r.iop_not_recorded else ""),
        key=attrgetter("levels", "iop_not_recorded"),
    ),
    ColumnSpec(
        N_("Payment"),
        lambda r: _short("payments", r.payments),
        tip=lambda r: _long("payments", r.payments),
        key=attrgetter("payments"),
    ),
    ColumnSpec(N_("Phone"), lambda r: format_phone(r.phone) or "—"),
    # last, and there only while a call has said something about room for one of the results: a
    # hidden column would still be counted and read by a screen reader, cell by cell
    ColumnSpec(
        N_("Room"),
        lambda r: room_text(r.availability),
        sort=lambda r: room_sort(r.availability),
        tip=lambda r: room_tip(r.availability),
        key=attrgetter("availability"),
    ),
]


# the names other modules use
DISTANCE_COLUMN, PHONE_COLUMN, ROOM_COLUMN = Column.DISTANCE, Column.PHONE, Column.ROOM
_today: date | None = None  # tests set the clock with set_today()


def set_today(day: date | None) -> None:
    """The day ages are counted from (None: the real today); for tests."""
    global _today
    _today = day


def room_text(room) -> str:
    """What the latest call said about room, short, with its age: 'Has room · 6 d ago', '—' when none."""
    return room_words.room_short(room, _today)


def room_tip(room) -> str:
    return room_words.room_tip(room, _today)


def room_sort(room):
    """Accepting first, then not known, then not accepting, then no word; the freshest first in each."""
    if room is None:
        return (4, 0)
    rank = 3 if room.stale(_today) else {True: 0, None: 1, False: 2}[room.accepting]
    return (rank, room.age_days(_today))


def _warning_brush() -> QBrush:
    dark = QGuiApplication.palette().color(QPalette.ColorRole.Base).lightness() < 128
    return QBrush(QColor("#ff7b7b" if dark else "#b00020"))


# the roles data() answers (a set of ints: a table's paint asks ten roles of every cell)
_ANSWERED = frozenset(
    int(r)
    for r in (
        Qt.ItemDataRole.DisplayRole,
        Qt.ItemDataRole.ToolTipRole,
        Qt.ItemDataRole.AccessibleTextRole,
        Qt.ItemDataRole.ForegroundRole,
        Qt.ItemDataRole.TextAlignmentRole,
        STREET_ROLE,
        ID_ROLE,
        ROW_ROLE,
        SORT_ROLE,
    )
)
_FLAGS = Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable | Qt.ItemFlag.ItemNeverHasChildren


class ResultsModel(QAbstractTableModel):
    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self._rows: list[ResultRow] = []
        self._marked: set[int] = set()
        self._languages: tuple[str, ...] = ()  # the languages the current shortlist's client needs
        self._columns = ROOM_COLUMN  # no Room column until some row's call has said something of room

    def set_marked(self, ids) -> None:
        """Mark the programs on the current shortlist (a text mark, so it reads without colour)."""
        new = set(ids)
        if new != self._marked:
            self._marked = new
            if self._rows:
                self.dataChanged.emit(self.index(0, 0), self.index(len(self._rows) - 1, 0))

    def set_languages_needed(self, slugs) -> None:
        """Name, after each program that works in them, the languages the client needs."""
        new = tuple(slugs)
        if new != self._languages:
            self._languages = new
            if self._rows:
                self.dataChanged.emit(self.index(0, 0), self.index(len(self._rows) - 1, 0))

    def languages_met(self, r: ResultRow) -> str:
        """' · Spanish' for a program that works in a language the client needs ('' otherwise)."""
        met = [s for s in self._languages if s in r.languages]
        return (" · " + ", ".join(vocab.label("languages", s) for s in met)) if met else ""

    # --- feeding --------------------------------------------------------------------------
    def set_rows(self, rows: list[ResultRow]) -> None:
        self.beginResetModel()
        self._rows = list(rows)
        self._columns = (
            ROOM_COLUMN + 1 if any(r.availability is not None for r in self._rows) else ROOM_COLUMN
        )
        self.endResetModel()

    def room_shown(self) -> bool:
        """Whether a call has said something about room for any of the results (the Room column is there)."""
        return self._columns > ROOM_COLUMN

    def rows(self) -> list[ResultRow]:
        return list(self._rows)

    def row(self, i: int) -> ResultRow:
        return self._rows[i]

    def row_of(self, program_id: int) -> int:
        for i, r in enumerate(self._rows):
            if r.id == program_id:
                return i
        return -1

    # --- Qt model API ---------------------------------------------------------------------
    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008 (Qt signature)
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else self._columns

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole):
        if orientation == Qt.Orientation.Horizontal and 0 <= section < self._columns:
            if role == Qt.ItemDataRole.DisplayRole:
                return translate("Results", COLUMNS[section].title)
            if role == Qt.ItemDataRole.ToolTipRole and section == DISTANCE_COLUMN:
                return arg(
                    translate(
                        "Results",
                        "Miles from the search origin; %1 means measured from the program's ZIP centre",
                    ),
                    APPROX_MARK,
                )
            if role == Qt.ItemDataRole.ToolTipRole and section == ROOM_COLUMN:
                return translate(
                    "Results",
                    "What the latest call said about room, and when; greyed and marked (old) after 30 days",
                )
        if orientation == Qt.Orientation.Vertical and role == Qt.ItemDataRole.DisplayRole:
            return section + 1
        return None

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole):
        if role not in _ANSWERED:  # a paint asks each cell for its font, icon, check state...: none here
            return None
        if not index.isValid() or not (0 <= index.row() < len(self._rows)):
            return None
        r = self._rows[index.row()]
        col = COLUMNS[index.column()]
        marked = index.column() == Column.PROGRAM and r.id in self._marked
        if role == Qt.ItemDataRole.DisplayRole:
            spoken = self.languages_met(r) if index.column() == Column.PROGRAM else ""
            return (SHORTLIST_MARK if marked else "") + col.text(r) + spoken
        if role == STREET_ROLE:
            return street_of(r) if index.column() == Column.PROGRAM else ""
        if role in (Qt.ItemDataRole.ToolTipRole, Qt.ItemDataRole.AccessibleTextRole):
            # every cell may be cut short at some width: its tooltip always has the whole text
            text = col.tip(r) if col.tip else col.text(r)
            return text + "\n" + translate("Results", "On the current shortlist") if marked and text else text
        if role == Qt.ItemDataRole.ForegroundRole and r.do_not_refer:
            return _warning_brush()  # the name also carries DNR_MARK: never colour alone
        if (
            role == Qt.ItemDataRole.ForegroundRole
            and index.column() == ROOM_COLUMN
            and r.availability is not None
            and r.availability.stale(_today)
        ):
            return QBrush(quiet_colour())  # and "(old)": never colour alone
        if role == Qt.ItemDataRole.TextAlignmentRole and index.column() == DISTANCE_COLUMN:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        if role == ID_ROLE:
            return r.id
        if role == ROW_ROLE:
            return r
        if role == SORT_ROLE:
            return col.sort(r)
        return None

    def flags(self, index: Index) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        return _FLAGS

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        if not (0 <= column < self._columns) or not self._rows:
            return
        self.layoutAboutToBeChanged.emit()
        old_rows = list(self._rows)
        key = COLUMNS[column].sort
        self._rows.sort(
            key=lambda r: (key(r), r.distance_miles, r.id), reverse=order == Qt.SortOrder.DescendingOrder
        )
        where = {id(r): i for i, r in enumerate(self._rows)}
        old = self.persistentIndexList()
        new = [self.index(where[id(old_rows[ix.row()])], ix.column()) for ix in old]
        self.changePersistentIndexList(old, new)
        self.layoutChanged.emit()
