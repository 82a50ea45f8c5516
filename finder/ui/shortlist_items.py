"""One program on the shortlist bar's list: its line (marks, distance, questions asked, note)."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QListWidgetItem

from finder.ui import dialog_kit
from finder.ui.results_model import DELISTED_MARK, DNR_MARK
from finder.ui.results_model import _warning_brush as warning_brush
from finder.ui.texts import arg, translate

ID_ROLE = Qt.ItemDataRole.UserRole
NOTE_ROLE = Qt.ItemDataRole.UserRole + 1
ASKED_ROLE = Qt.ItemDataRole.UserRole + 2


def entry_item(e, note: str) -> QListWidgetItem:
    """The list item of a shortlist entry (a plain ShortlistEntry), showing `note`."""
    where = f"{e.city}, {e.state}" if e.city else e.state
    text = f"{e.name} — {where} · {e.distance_label} · " + arg(translate("Shortlist", "%1 of %2 asked"), e.asked, e.total)
    if e.status == "do-not-refer":  # the same words as in the results, never colour alone
        text = DNR_MARK + text
    if e.delisted:
        text = DELISTED_MARK + text
    item = QListWidgetItem()
    item.setData(ID_ROLE, e.program_id)
    item.setData(ASKED_ROLE, e.asked)
    if e.status == "do-not-refer":
        item.setForeground(warning_brush())
        item.setToolTip(dialog_kit.literal(arg(translate("Shortlist", "Do not refer: %1"), e.status_reason)) if e.status_reason
                        else translate("Shortlist", "Do not refer"))
    item.setData(Qt.ItemDataRole.AccessibleTextRole, text)
    show_note(item, note)
    return item


def show_note(item: QListWidgetItem, note: str) -> None:
    item.setData(NOTE_ROLE, note)
    item.setText(item.data(Qt.ItemDataRole.AccessibleTextRole) + (arg(translate("Shortlist", " · note: %1"), note) if note else ""))
