"""Text in the window reads at 4.5:1 or better in a dark palette and in Qt's light one (issue 19).

tests/ui/test_reading_map.py checks the map's rings and marks against land and water, and
tests/ui/test_checklist_dialog.py the answer buttons; this file uses their contrast measure and
dark colours for the rest of the window: the palette roles text is drawn with, the colours the
window picks itself (the do-not-refer red, the grey of an old "room" answer, the chips in the
details), what the widgets really carry once the palette is set, and what the results table
paints. Colours with alpha (Qt's placeholder grey) are measured as blended on their background.
"""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QColor, QPalette
from PySide6.QtWidgets import QStyleFactory, QTextBrowser

from tests.ui.helpers import search, select, settle
from tests.ui.test_reading_map import DARK, _contrast

pytestmark = pytest.mark.qt_log_ignore("does not support propagateSizeHints")

R = QPalette.ColorRole
AA = 4.5
# the map tests' dark colours, with the roles the rest of the window draws text on
DARK_WINDOW = {
    **DARK,
    R.AlternateBase: "#2a2e32",
    R.Button: "#31363b",
    R.ButtonText: "#eff0f1",
    R.Highlight: "#1d5fa8",
    R.HighlightedText: "#ffffff",
    R.ToolTipBase: "#31363b",
    R.ToolTipText: "#eff0f1",
    R.BrightText: "#ffffff",
    R.Light: "#40464c",
}
TEXT_ON = [
    (R.Text, R.Base),
    (R.Text, R.AlternateBase),
    (R.WindowText, R.Window),
    (R.ButtonText, R.Button),
    (R.HighlightedText, R.Highlight),
    (R.ToolTipText, R.ToolTipBase),
]


def dark_palette() -> QPalette:
    pal = QPalette()
    for role, colour in DARK_WINDOW.items():
        pal.setColor(role, QColor(colour))
    return pal


def light_palette() -> QPalette:
    return QStyleFactory.create("Fusion").standardPalette()


def on(fg: QColor, bg: QColor) -> float:
    """Contrast of fg drawn over bg, fg's alpha blended in as the painter does."""
    a = fg.alphaF()
    seen = QColor(
        round(fg.red() * a + bg.red() * (1 - a)),
        round(fg.green() * a + bg.green() * (1 - a)),
        round(fg.blue() * a + bg.blue() * (1 - a)),
    )
    return _contrast(seen, bg)


PALETTES = {"dark": dark_palette, "light": light_palette}


@pytest.fixture(params=sorted(PALETTES))
def palette(request, qapp):
    old = qapp.palette()
    pal = PALETTES[request.param]()
    qapp.setPalette(pal)
    try:
        yield pal
    finally:
        qapp.setPalette(old)


def test_the_blend_rule():
    assert on(QColor(0, 0, 0, 0), QColor("#ffffff")) == pytest.approx(1.0)
    assert on(QColor("#000000"), QColor("#ffffff")) == pytest.approx(21.0)


def test_the_text_roles_read(palette):
    for fg, bg in TEXT_ON:
        if palette == light_palette() and fg == R.HighlightedText:
            continue  # Qt's own light selection: the next test
        assert on(palette.color(fg), palette.color(bg)) >= AA, (fg, bg)


def test_the_selected_row_reads_in_qts_light_palette():
    """Qt's Fusion light palette selects in white on #308cc6 (3.7:1); the window's palette
    darkens that highlight just enough, and leaves a palette that reads (the dark one) alone."""
    from finder.ui.dialog_kit import readable_palette

    qt = light_palette()
    assert on(qt.color(R.HighlightedText), qt.color(R.Highlight)) < AA
    for group in (QPalette.ColorGroup.Active, QPalette.ColorGroup.Inactive):
        ours = readable_palette(qt)
        assert on(ours.color(group, R.HighlightedText), ours.color(group, R.Highlight)) >= AA
        assert (
            ours.color(group, R.Highlight).blue() > ours.color(group, R.Highlight).red()
        )  # still the theme's blue
    dark = dark_palette()
    assert readable_palette(dark).color(R.Highlight) == dark.color(R.Highlight)
    assert on(readable_palette(qt).color(R.PlaceholderText), qt.color(R.Base)) >= AA


def test_the_app_starts_with_the_readable_palette(tmp_path):
    """In a process of its own (the app's style sheet and palette would stay on for later tests)."""
    import os
    import subprocess
    import sys

    code = (
        "from finder.ui.app import _application\n"
        "from finder.ui.dialog_kit import contrast\n"
        "from PySide6.QtGui import QPalette\n"
        "p = _application().palette()\n"
        "print(round(contrast(p.color(QPalette.ColorRole.HighlightedText), p.color(QPalette.ColorRole.Highlight)), 2))\n"
    )
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen", "XDG_CONFIG_HOME": str(tmp_path)}
    out = subprocess.run(
        [sys.executable, "-c", code], env=env, capture_output=True, text=True, timeout=60, check=True
    )
    assert float(out.stdout.split()[-1]) >= AA


def test_the_colours_the_window_picks_read_on_its_background(palette):
    from finder.ui.details_pane import warning_colour
    from finder.ui.results_model import _warning_brush

    base = palette.color(R.Base)
    assert on(_warning_brush().color(), base) >= AA  # do-not-refer names in the results
    assert on(QColor(warning_colour(palette)), base) >= AA  # the details' warnings
    assert on(palette.color(R.Text), palette.color(R.AlternateBase)) >= AA  # the chips


def test_an_old_answer_greyed_still_reads(palette, sample_db):
    """An old word on room is greyed with a blend of Text and Base that still reads (Qt's own
    PlaceholderText is 3.9:1 on white in its light palette), quieter than the text, and says "(old)"."""
    from datetime import date, datetime

    from finder.services.calls import log_call
    from finder.services.origins import resolve_offline
    from finder.services.search import SearchCriteria, search_programs
    from finder.ui.dialog_kit import quiet_colour
    from finder.ui.results_model import ROOM_COLUMN, ResultsModel, set_today

    base = palette.color(R.Base)
    assert AA <= on(quiet_colour(palette), base) < on(palette.color(R.Text), base)
    log_call(sample_db, 9, outcome="reached", accepting="no", at=datetime(2026, 10, 1, 9, 0))
    model = ResultsModel()
    model.set_rows(search_programs(sample_db, resolve_offline("92660"), SearchCriteria()).results)
    set_today(date(2026, 11, 26))
    try:
        cell = model.index(model.row_of(9), ROOM_COLUMN)
        assert "(old)" in model.data(cell)
        assert on(model.data(cell, Qt.ItemDataRole.ForegroundRole).color(), base) >= AA
    finally:
        set_today(None)


def test_the_edit_dialogs_error_text_reads(qtbot, qapp, sample_db, palette):
    """A field's error is written in the window's text colour, bold, after a ⚠ (not in a colour alone)."""
    from PySide6.QtGui import QPalette

    from finder.ui.edit_dialog import EditDialog

    old = qapp.palette()
    qapp.setPalette(palette)
    try:
        dlg = EditDialog(sample_db, None)
        qtbot.addWidget(dlg)
        dlg.show()
        label = dlg._error_label("name")
        label.setText("⚠ A name is required")
        label.show()
        label.ensurePolished()
        img = label.grab().toImage()
        inks = [img.pixelColor(x, y) for x in range(img.width()) for y in range(img.height())]
        bg = label.palette().color(QPalette.ColorRole.Window)
        darkest = max(inks, key=lambda c: on(c, bg))  # the text's own ink, without anti-aliased edges
        assert on(darkest, bg) >= AA, (darkest.name(), bg.name())
        assert label.text().startswith("⚠")
    finally:
        qapp.setPalette(old)


def test_the_window_takes_the_dark_palette_and_paints_readable_text(qtbot, qapp, make_window):
    old = qapp.palette()
    qapp.setPalette(dark_palette())
    try:
        win = make_window(remember=False, allow_online=False)
        search(qtbot, win, "92660")
        select(qtbot, win, 1)
        settle(qtbot)
        widgets = [
            win.table,
            win.details.findChild(QTextBrowser),
            win.panel.origin,
            win.panel.filters,
            win.count_label,
            win.shortlist_bar,
        ]
        for w in widgets:
            pal = w.palette()
            fg, bg = pal.color(w.foregroundRole()), pal.color(w.backgroundRole())
            assert on(fg, bg) >= AA, (type(w).__name__, fg.name(), bg.name())
        # what is painted: the results table has text light on its dark base
        img = win.table.viewport().grab().toImage()
        base = dark_palette().color(R.Base)
        pixels = [
            img.pixelColor(x, y)
            for x in range(0, img.width(), 2)
            for y in range(0, min(img.height(), 120), 2)
        ]
        assert max(_contrast(p, base) for p in pixels) >= AA
        assert (
            sum(_contrast(p, QColor("#ffffff")) < 1.5 for p in pixels) < len(pixels) * 0.05
        )  # no white left
    finally:
        qapp.setPalette(old)


def test_the_answer_buttons_ring_dot_and_focus_show_in_either_palette(qtbot, qapp, palette):
    """Not only text: a checklist answer's ring and its chosen dot stand out 3:1 from the window."""
    from PySide6.QtWidgets import QWidget

    from finder.ui.checklist_rows import AnswerButton

    holder = QWidget()
    qtbot.addWidget(holder)
    holder.setPalette(palette)
    chosen, other = AnswerButton("Yes", holder), AnswerButton("No", holder)
    other.move(0, 40)
    chosen.setChecked(True)
    holder.show()
    qtbot.waitExposed(holder)
    window = palette.color(R.Window)

    def indicator(button):  # the ring and dot sit left of the label
        img = button.grab().toImage()
        side = min(img.height(), 22)
        return [img.pixelColor(x, y) for x in range(side) for y in range(img.height())]

    for button in (chosen, other):
        assert max(_contrast(c, window) for c in indicator(button)) >= 3, button.text()
    inked = [sum(_contrast(c, window) >= 3 for c in indicator(b)) for b in (chosen, other)]
    assert inked[0] > inked[1] * 1.3  # the chosen one is filled, the other a ring
    plain = other.grab().toImage()
    other.setFocus()
    qtbot.waitUntil(other.hasFocus)
    focused = other.grab().toImage()
    changed = sum(
        plain.pixelColor(x, y) != focused.pixelColor(x, y)
        for x in range(plain.width())
        for y in range(plain.height())
    )
    assert changed > plain.width()  # a frame around it, not a pixel or two
