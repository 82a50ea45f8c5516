"""Preferences: every sentence is shown whole, at the size the dialog opens and at its narrowest."""

from __future__ import annotations

import pytest
from PySide6.QtWidgets import QCheckBox, QLabel


def _cut_texts(dlg) -> list[str]:
    cut = []
    for label in dlg.findChildren(QLabel):
        wrapped = label.isVisible() and label.text() and label.wordWrap()
        if wrapped and label.height() < label.heightForWidth(label.width()):
            cut.append(label.text()[:40])
    for box in dlg.findChildren(QCheckBox):
        if box.width() < box.sizeHint().width():
            cut.append(box.text())
    return cut


@pytest.mark.parametrize("points", [None, 13, 16])
def test_preferences_text_is_never_cut(qtbot, points):
    from finder.ui.settings import PreferencesDialog, Settings

    dlg = PreferencesDialog(Settings())
    qtbot.addWidget(dlg)
    if points:
        font = dlg.font()
        font.setPointSize(points)
        dlg.setFont(font)  # a larger system font, as on a high-DPI laptop or for low vision
    dlg.show()
    qtbot.waitExposed(dlg)
    assert _cut_texts(dlg) == []
    assert "leaves this computer" in " ".join(lbl.text() for lbl in dlg.findChildren(QLabel))
    dlg.resize(dlg.minimumSize())
    qtbot.waitUntil(lambda: dlg.size() == dlg.minimumSize())
    assert _cut_texts(dlg) == []
