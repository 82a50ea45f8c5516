"""The edit dialog as a user meets it: on the screen, Alt+S saves, every kind of tag can be changed."""

import pytest
from PySide6.QtCore import QPoint, QRect, Qt
from PySide6.QtWidgets import QApplication, QDialogButtonBox, QProxyStyle, QStyle, QStyleFactory

from finder.services.directory import get_program
from finder.services.editing import edit_program
from finder.ui.edit_dialog import EditDialog

pytestmark = pytest.mark.qt_log_ignore("does not support propagateSizeHints")


class IconStyle(QProxyStyle):
    """A desktop theme that puts icons on dialog buttons (as GNOME and KDE themes do)."""

    def styleHint(self, hint, option=None, widget=None, data=None):
        if hint == QStyle.StyleHint.SH_DialogButtonBox_ButtonsHaveIcons:
            return 1
        return super().styleHint(hint, option, widget, data)


@pytest.fixture
def icon_theme(qtbot):
    name = QApplication.style().name()
    QApplication.setStyle(IconStyle(QStyleFactory.create(name)))
    yield
    QApplication.setStyle(QStyleFactory.create(name))


def on_screen(widget, dlg) -> bool:
    avail = dlg.screen().availableGeometry()
    rect = QRect(widget.mapToGlobal(QPoint(0, 0)), widget.size())
    return avail.contains(rect)


def shown(qtbot, dlg):
    qtbot.addWidget(dlg)
    qtbot.waitUntil(dlg.is_loaded, timeout=5000)  # the program is read off the GUI thread
    dlg.show()
    qtbot.waitExposed(dlg)
    dlg.activateWindow()
    qtbot.waitUntil(dlg.isActiveWindow, timeout=5000)
    return dlg


def test_fits_on_the_screen_with_its_buttons(qtbot, sample_db):
    dlg = shown(qtbot, EditDialog(sample_db, 1))
    avail = dlg.screen().availableGeometry()
    assert avail.contains(dlg.frameGeometry()), (dlg.frameGeometry(), avail)
    assert on_screen(dlg.save_button, dlg)
    assert on_screen(dlg.buttons.button(QDialogButtonBox.StandardButton.Cancel), dlg)


def test_alt_s_saves_instead_of_typing_s(qtbot, sample_db):
    dlg = shown(qtbot, EditDialog(sample_db, 1))
    dlg.edits["city"].setFocus()
    dlg.edits["city"].setText("Newport Beach")
    qtbot.keyClick(dlg, Qt.Key.Key_S, Qt.KeyboardModifier.AltModifier)
    qtbot.waitUntil(lambda: dlg.result_program is not None, timeout=2000)  # the button's click animates
    assert get_program(sample_db, 1).city == "Newport Beach" and not dlg.isVisible()
    assert dlg.edits["city"].text() == "Newport Beach"  # no "s" typed into the field


def test_buttons_say_what_they_do_without_icons(qtbot, sample_db, icon_theme):
    dlg = EditDialog(sample_db, 1)
    qtbot.addWidget(dlg)
    qtbot.waitUntil(dlg.is_loaded, timeout=5000)
    texts = [b.text().replace("&", "") for b in dlg.buttons.buttons()]
    assert set(texts) == {"Save changes", "Cancel"}
    assert all(b.icon().isNull() for b in dlg.buttons.buttons())
    add = EditDialog(sample_db)
    qtbot.addWidget(add)
    assert add.save_button.text().replace("&", "") == "Save program"


def test_serves_therapies_languages_accreditation_can_be_edited(qtbot, sample_db):
    edit_program(sample_db, 1, {"languages": ["sign-language"]})
    dlg = shown(qtbot, EditDialog(sample_db, 1))
    assert set(dlg.boxes) >= {"populations", "therapies", "languages", "supports"}
    assert [s for s, cb in dlg.boxes["languages"].items() if cb.isChecked()] == ["sign-language"]
    assert dlg.boxes["languages"]["sign-language"].text() == "Sign language"
    serves = next(s for s, cb in dlg.boxes["populations"].items() if not cb.isChecked())
    therapy = next(s for s, cb in dlg.boxes["therapies"].items() if not cb.isChecked())
    support = next(s for s, cb in dlg.boxes["supports"].items() if not cb.isChecked())
    dlg.boxes["populations"][serves].setChecked(True)
    dlg.boxes["therapies"][therapy].setChecked(True)
    dlg.boxes["supports"][support].setChecked(True)
    dlg.boxes["languages"]["vietnamese"].setChecked(True)
    dlg.boxes["languages"]["spanish"].setChecked(True)
    dlg.edits["accreditation"].setText("carf; joint commission")
    dlg.save_button.click()
    qtbot.waitUntil(lambda: dlg.result_program is not None, timeout=5000)  # stored off the GUI thread
    p = get_program(sample_db, 1)
    assert serves in p.populations and therapy in p.therapies and support in p.supports
    assert p.languages == ["spanish", "sign-language", "vietnamese"]  # in the vocabulary's order
    assert p.accreditation == ["CARF", "Joint Commission"]
    assert {"populations", "therapies", "languages", "supports", "accreditation"} <= set(p.user_edited)

    again = shown(qtbot, EditDialog(sample_db, 1))
    assert again.boxes["populations"][serves].isChecked() and again.boxes["therapies"][therapy].isChecked()
    assert again.boxes["languages"]["vietnamese"].isChecked() and again.boxes["supports"][support].isChecked()
    again.edits["accreditation"].setText("x" * 120)
    again.save_button.click()
    assert (
        not again.errors["accreditation"].isHidden() and "at most 100" in again.errors["accreditation"].text()
    )
    assert again.result_program is None and get_program(sample_db, 1).accreditation == p.accreditation
