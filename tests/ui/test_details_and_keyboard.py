"""The details pane, the keyboard path through the window, settings and the online-lookup opt-in."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QLabel

from finder.ui.details_pane import safe_web_url
from tests.ui.helpers import search, shown_ids


def _select(qtbot, win, program_id):
    with qtbot.waitSignal(win.detailsShown, timeout=5000):
        assert win.select_program(program_id)


def test_selecting_a_program_shows_everything(qtbot, window):
    search(qtbot, window, "92660")
    _select(qtbot, window, 47)
    text = window.details.text()
    assert "Akua Behavioral Health Inc" in text and "Akua Mind and Body" in text
    assert "949-777-2283" in text
    assert "about 0.0 miles from the search origin" in text
    assert "approximate: the centre of ZIP" in text
    assert "directory_sample.csv" in text
    assert "County County" not in text
    assert "MC — Medicare" in text  # codes with what they mean
    assert "Intensive outpatient (IOP)" in text


def test_mental_health_program_details_say_iop_not_recorded(qtbot, window):
    search(qtbot, window, "92660")
    _select(qtbot, window, 9)  # Center for Discovery: a mental-health directory entry
    assert "IOP: not recorded" in window.details.text()


def test_phone_can_be_copied(qtbot, window):
    search(qtbot, window, "92660")
    _select(qtbot, window, 47)
    qtbot.mouseClick(window.details.copy_phone, Qt.MouseButton.LeftButton)
    assert QApplication.clipboard().text() == "949-777-2283"
    assert "Copied" in window.statusBar().currentMessage()


@pytest.mark.parametrize(
    ("raw", "url"),
    [
        ("https://example.org/iop", "https://example.org/iop"),
        ("http://example.org", "http://example.org"),
        ("www.example.org", "https://www.example.org"),
        ("javascript:alert(1)", None),
        ("file:///etc/passwd", None),
        ("ftp://example.org", None),
        ("", None),
        ("call us", None),
    ],
)
def test_only_http_and_https_websites_become_links(raw, url):
    assert safe_web_url(raw) == url


def test_website_that_is_not_http_is_shown_but_not_linked(qtbot, window, sample_db):
    from sqlalchemy import text

    with sample_db.engine.begin() as conn:
        conn.execute(text("UPDATE programs SET website='javascript:alert(1)' WHERE id=47"))
        conn.execute(text("UPDATE programs SET website='www.example.org' WHERE id=9"))
    search(qtbot, window, "92660")
    _select(qtbot, window, 47)
    assert "not a web address" in window.details.text()
    assert "href" not in window.details.browser.toHtml().split("javascript")[0].split("Website")[-1]
    _select(qtbot, window, 9)
    assert 'href="https://www.example.org"' in window.details.browser.toHtml()


def test_keyboard_path_find_arrows_enter(qtbot, window):
    window.activateWindow()
    window.table.setFocus()
    qtbot.keyClick(window, Qt.Key.Key_F, Qt.KeyboardModifier.ControlModifier)
    assert QApplication.focusWidget() is window.panel.origin
    qtbot.keyClicks(window.panel.origin, "92660")
    with qtbot.waitSignal(window.searchFinished, timeout=5000):
        qtbot.keyClick(window.panel.origin, Qt.Key.Key_Return)
    window.table.setFocus()
    ids = shown_ids(window)
    with qtbot.waitSignal(window.detailsShown, timeout=5000):
        qtbot.keyClick(window.table, Qt.Key.Key_Down)
    assert window.selected_program_id() == ids[1]
    qtbot.keyClick(window.table, Qt.Key.Key_Return)
    assert QApplication.focusWidget() is window.details.browser


def test_controls_have_accessible_names(window):
    from PySide6.QtWidgets import QAbstractButton, QLineEdit, QListWidget, QSpinBox, QTableView, QTextBrowser

    checked = 0
    for kind in (QLineEdit, QSpinBox, QListWidget, QTableView, QTextBrowser, QAbstractButton):
        for w in window.findChildren(kind):
            if w.objectName().startswith("qt_") or not w.isVisibleTo(window):
                continue
            name = w.accessibleName() or (w.text().replace("&", "") if isinstance(w, QAbstractButton) else "")
            assert name, f"{type(w).__name__} {w.objectName()!r} has no accessible name"
            checked += 1
    assert checked > 10


def test_last_search_and_layout_are_remembered(qtbot, make_window):
    win = make_window()
    win.panel.filters.hide_dnr.setChecked(True)
    search(qtbot, win, "Newport Beach, CA", radius=12)
    win.main_split.setSizes([200, 800, 300])
    sizes = win.main_split.sizes()
    win.close()
    again = make_window()
    assert again.panel.origin.text() == "Newport Beach, CA"
    assert again.panel.radius.value() == 12
    assert again.panel.filters.hide_dnr.isChecked()
    # the side panes keep their widths (the window itself is fitted to the screen it opens on)
    restored = again.main_split.sizes()
    assert (restored[0], restored[2]) == (sizes[0], sizes[2])


def test_screenshot_mode_does_not_touch_remembered_search(qtbot, make_window):
    win = make_window()
    search(qtbot, win, "60601")
    win.close()
    shot = make_window(remember=False)
    assert shot.panel.origin.text() == ""
    shot.close()
    assert make_window().panel.origin.text() == "60601"


class FakeGeocoder:
    def __init__(self):
        self.asked = []

    def geocode(self, query):
        self.asked.append(query)
        return type(
            "Hit",
            (),
            {"latitude": 33.6189, "longitude": -117.8713, "address": "1 Example Way, Newport Beach, CA"},
        )()


def test_street_address_needs_the_online_setting(qtbot, make_window):
    fake = FakeGeocoder()
    win = make_window(geocoder=fake)
    assert win.settings.online_lookup() is False
    search(qtbot, win, "1 Example Way, Newport Beach, CA 92660")
    assert fake.asked == []  # off by default: nothing looked up
    assert "street addresses need online lookup" in win.empty_label.text()
    win.settings.set_online_lookup(True)
    win.panel.origin_bar.set_online(True)
    assert win.panel.origin_bar.online_note.isVisibleTo(win)
    search(qtbot, win, "1 Example Way, Newport Beach, CA 92660")
    assert fake.asked == ["1 Example Way, Newport Beach, CA 92660"]
    assert "of 1 Example Way, Newport Beach, CA" in win.count_label.text()


def test_preferences_say_the_address_leaves_the_machine(qtbot, window):
    from finder.ui.settings import PreferencesDialog

    dlg = PreferencesDialog(window.settings, window)
    qtbot.addWidget(dlg)
    assert not dlg.online.isChecked()
    assert "leaves this computer" in " ".join(lbl.text() for lbl in dlg.findChildren(QLabel))
    dlg.online.setChecked(True)
    dlg.accept()
    assert window.settings.online_lookup() is True


def test_about_cites_samhsa(window):
    text = window.about_text()
    assert "SAMHSA" in text and "Substance Abuse and Mental Health Services Administration" in text
    assert "healthcare professional" in text


def test_the_hours_read_not_recorded_until_a_call_says(qtbot, make_window, sample_db):
    """No directory records evening or weekend hours: the details say to ask, until a call tells."""
    from finder.services.calls import log_call

    win = make_window()
    search(qtbot, win, "92660")
    _select(qtbot, win, 47)
    assert "Hours" in win.details.text() and "not recorded; ask" in win.details.text()
    log_call(sample_db, 47, outcome="reached", confirm={"schedule:evening": True})
    search(qtbot, win, "92660")
    _select(qtbot, win, 9)
    _select(qtbot, win, 47)
    assert "Evening hours" in win.details.text() and "not recorded; ask" not in win.details.text()


def test_a_row_chosen_right_after_a_search_keeps_its_details(qtbot, window):
    """A search reads its first row's details after the results paint; a row the user picks
    before then keeps its own details (the first row's late read must not replace them)."""
    search(qtbot, window, "92660")
    first = window.selected_program_id()
    _select(qtbot, window, 9)  # at once, as a quick click does
    qtbot.wait(300)  # longer than the search's details wait
    assert first != 9
    assert window.selected_program_id() == 9 and window.details.program_id == 9
    assert "Center for Discovery" in window.details.text()
