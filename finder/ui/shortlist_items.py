"""One program on the shortlist bar's list: its line (marks, distance, questions asked, note)."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QListWidgetItem

from finder.services import shortlists as sl
from finder.services.needs import needs_met
from finder.texts.compare import needs_count, needs_gap
from finder.ui import dialog_kit
from finder.ui.results_model import _warning_brush as warning_brush
from finder.ui.results_model import delisted_mark, dnr_mark
from finder.ui.texts import arg, translate

ID_ROLE = Qt.ItemDataRole.UserRole
NOTE_ROLE = Qt.ItemDataRole.UserRole + 1
ASKED_ROLE = Qt.ItemDataRole.UserRole + 2


def read_with_needs(db, name: str):
    """(the shortlist `name`, how each of its programs meets its needs, each referred program's
    status as a word for the bar: "Intake Dec 15"); off the GUI thread."""
    from finder.services.referrals import statuses_on_shortlist
    from finder.texts.referrals import status_word

    info = sl.get_shortlist(db, name)
    words = {
        pid: status_word(r.status, r.status_on, r.intake_on)
        for pid, r in statuses_on_shortlist(db, name).items()
    }
    return info, (needs_met(db, info) if info.needs else {}), words


def _answered_lines(needs) -> list[str]:
    """'By the checklist, 2026-12-07: Evening hours: yes' for each need a checklist answer settled."""
    from finder.reports.i18n import vocabulary_label
    from finder.services.needs import MET

    lines = []
    for c in needs.checks:
        if c.answered_on is not None:
            word = translate("Shortlist", "yes") if c.state == MET else translate("Shortlist", "no")
            lines.append(
                arg(
                    translate("Shortlist", "By the checklist, %1: %2: %3"),
                    c.answered_on.isoformat(),
                    vocabulary_label(*c.key.split(":", 1)),
                    word,
                )
            )
    return lines


def entry_item(e, note: str, needs=None, referral: str = "") -> QListWidgetItem:
    """The list item of a shortlist entry (a plain ShortlistEntry), showing `note`.

    `needs` (a finder.services.needs.NeedsMet) adds "2 of 3 needs", and what is not met or
    unknown as the tooltip.
    """
    where = f"{e.city}, {e.state}" if e.city else e.state
    text = f"{e.name} — {where} · {e.distance_label} · " + arg(
        translate("Shortlist", "%1 of %2 asked"), e.asked, e.total
    )
    if referral:  # where the referral stands, as a word: "Intake Dec 15"
        text += " · " + referral
    tips = []
    if needs is not None and needs.total:
        text += " · " + needs_count(needs)
        tips.append(arg(translate("Shortlist", "Needs: %1"), needs_gap(needs)))
        tips.extend(_answered_lines(needs))
    if e.status == "do-not-refer":  # the same words as in the results, never colour alone
        text = dnr_mark() + text
    if e.delisted:
        text = delisted_mark() + text
    item = QListWidgetItem()
    item.setData(ID_ROLE, e.program_id)
    item.setData(ASKED_ROLE, e.asked)
    if e.status == "do-not-refer":
        item.setForeground(warning_brush())
        tips.insert(
            0,
            dialog_kit.literal(arg(translate("Shortlist", "Do not refer: %1"), e.status_reason))
            if e.status_reason
            else translate("Shortlist", "Do not refer"),
        )
    if tips:
        item.setToolTip("\n".join(tips))
    item.setData(Qt.ItemDataRole.AccessibleTextRole, text)
    show_note(item, note)
    return item


def show_note(item: QListWidgetItem, note: str) -> None:
    item.setData(NOTE_ROLE, note)
    item.setText(
        item.data(Qt.ItemDataRole.AccessibleTextRole)
        + (arg(translate("Shortlist", " · note: %1"), note) if note else "")
    )
