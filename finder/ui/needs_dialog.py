"""The client's needs on a shortlist, ticked in the window (`finder shortlist needs` on the command line).

Every tag of every vocabulary can be a need; schedules (daytime, evening, weekend hours) are
needs no directory records, so a call finds them out. Saving goes through the shortlist bar's
own writes, so the bar shows the new count once it is stored.
"""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP
from PySide6.QtWidgets import (
    QCheckBox,
    QDialog,
    QDialogButtonBox,
    QGridLayout,
    QGroupBox,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from finder.domain.taxonomy import VOCABULARIES
from finder.reports.i18n import vocabulary_label
from finder.services import shortlists as sl
from finder.ui import dialog_kit
from finder.ui.texts import arg, translate

COLUMNS = 3
TITLES = {
    "types": QT_TRANSLATE_NOOP("NeedsDialog", "Treats"),
    "levels": QT_TRANSLATE_NOOP("NeedsDialog", "Level of care"),
    "payments": QT_TRANSLATE_NOOP("NeedsDialog", "Payment"),
    "populations": QT_TRANSLATE_NOOP("NeedsDialog", "Serves"),
    "therapies": QT_TRANSLATE_NOOP("NeedsDialog", "Therapies"),
    "schedule": QT_TRANSLATE_NOOP("NeedsDialog", "Hours"),
    "languages": QT_TRANSLATE_NOOP("NeedsDialog", "Language"),
    "supports": QT_TRANSLATE_NOOP("NeedsDialog", "Help to attend"),
}


class NeedsDialog(QDialog):
    """Tick boxes for every tag, the shortlist's needs ticked; `keys()` is what is ticked now."""

    def __init__(self, name: str, needs, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(arg(translate("NeedsDialog", "Client's needs — %1"), name))
        lay = QVBoxLayout(self)
        hint = dialog_kit.plain_label(
            translate(
                "NeedsDialog",
                "Tick what this client needs. Each program on the shortlist then shows how many it "
                "meets, and its checklist asks first about the ones nobody knows yet.",
            ),
            wrap=True,
        )
        lay.addWidget(hint)
        body = QWidget()
        col = QVBoxLayout(body)
        self.boxes: dict[str, QCheckBox] = {}
        for vocab, slugs in VOCABULARIES.items():
            title = translate("NeedsDialog", TITLES.get(vocab, vocab))
            group = QGroupBox(dialog_kit.no_mnemonic(title))
            grid = QGridLayout(group)
            for i, slug in enumerate(slugs):
                box = QCheckBox(dialog_kit.no_mnemonic(vocabulary_label(vocab, slug)))
                box.setAccessibleName(f"{title}: {vocabulary_label(vocab, slug)}")
                box.setChecked(f"{vocab}:{slug}" in needs)
                self.boxes[f"{vocab}:{slug}"] = box
                grid.addWidget(box, i // COLUMNS, i % COLUMNS)
            col.addWidget(group)
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setWidget(body)
        lay.addWidget(scroll, 1)
        buttons = dialog_kit.plain_buttons(
            QDialogButtonBox(QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel)
        )
        buttons.button(QDialogButtonBox.StandardButton.Save).setText(translate("NeedsDialog", "Save needs"))
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        lay.addWidget(buttons)
        dialog_kit.fit_to_screen(self, body.sizeHint().width() + 60, 640)

    def keys(self) -> list[str]:
        """The ticked needs, "vocabulary:slug", in the vocabularies' order."""
        return [key for key, box in self.boxes.items() if box.isChecked()]


def needs_tooltip(info) -> str:
    """The Needs button's tooltip: the shortlist's needs, or what setting them does."""
    if info is None or not info.needs:
        return translate(
            "NeedsDialog",
            "Say what the client needs (payment, level of care, hours …): each program "
            "then shows how many of them it meets",
        )
    labels = [vocabulary_label(*key.split(":", 1)) for key in info.needs]
    return arg(translate("NeedsDialog", "The client needs: %1"), ", ".join(labels))


def edit_needs(panel) -> NeedsDialog | None:
    """Open the needs of the panel's shortlist; saved (then the bar re-read) when the user saves."""
    name, info = panel.current_name(), panel.info
    if not name or info is None or info.name != name:
        return None
    dialog = NeedsDialog(name, info.needs, panel)
    db = panel.db

    def save() -> None:
        keys = dialog.keys()
        panel.write(lambda: sl.set_needs(db, name, keys), lambda _info: panel.reload(select=name))

    dialog.accepted.connect(save)
    dialog.setModal(True)
    dialog.show()
    panel.needs_dialog = dialog  # tests look at it
    return dialog
