"""The edit dialog: rule messages next to the fields, nothing saved until they pass."""

from PySide6.QtWidgets import QDialogButtonBox

from finder.services.directory import get_program
from finder.ui.edit_dialog import EditDialog


def press_save(dlg):
    dlg.buttons.button(QDialogButtonBox.StandardButton.Save).click()


def opened(qtbot, dlg):
    qtbot.addWidget(dlg)
    qtbot.waitUntil(dlg.is_loaded, timeout=5000)  # the program is read off the GUI thread
    return dlg


def saved_by(qtbot, dlg):
    """Wait, as a user does, until the dialog has stored the program (it closes then)."""
    qtbot.waitUntil(lambda: dlg.result_program is not None, timeout=5000)
    return dlg.result_program


def test_errors_shown_next_to_fields_and_nothing_saved(qtbot, sample_db):
    dlg = opened(qtbot, EditDialog(sample_db, 1))
    assert dlg.edits["name"].text() == "Akua Behavioral Health"
    dlg.edits["zip"].setText("9266")
    dlg.edits["website"].setText("ftp://akua.example.org")
    press_save(dlg)
    assert not dlg.errors["zip"].isHidden() and "5 digits" in dlg.errors["zip"].text()
    assert "http" in dlg.errors["website"].text()
    assert dlg.errors["name"].isHidden()
    assert dlg.result_program is None and get_program(sample_db, 1).zip == "92627"

    dlg.edits["zip"].setText("92660")
    dlg.edits["website"].setText("akua.example.org")
    dlg.edits["phone"].setText("949 777 2284")
    press_save(dlg)
    assert saved_by(qtbot, dlg) is not None
    saved = get_program(sample_db, 1)
    assert (saved.zip, saved.website, saved.phone) == ("92660", "https://akua.example.org", "949-777-2284")
    assert {"zip", "website", "phone", "location"} <= set(saved.user_edited)
    assert "name" not in saved.user_edited  # untouched fields are not marked as edited


def test_do_not_refer_needs_reason_and_verify(qtbot, sample_db):
    dlg = opened(qtbot, EditDialog(sample_db, 1))
    dlg.status.setCurrentIndex(1)
    press_save(dlg)
    assert "reason" in dlg.errors["status_reason"].text()
    dlg.reason.setText("Stopped taking new clients")
    dlg.verified.setChecked(True)
    press_save(dlg)
    saved_by(qtbot, dlg)
    p = get_program(sample_db, 1)
    assert p.status == "do-not-refer" and p.verified_on


def test_add_a_program_needs_a_name_and_a_type(qtbot, empty_db):
    dlg = opened(qtbot, EditDialog(empty_db))
    dlg.edits["zip"].setText("92660")
    press_save(dlg)
    assert "required" in dlg.errors["name"].text() and not dlg.errors["types"].isHidden()
    dlg.edits["name"].setText("Harbor Day Program")
    dlg.boxes["types"]["mental-health"].setChecked(True)
    dlg.boxes["levels"]["iop"].setChecked(True)
    press_save(dlg)
    assert saved_by(qtbot, dlg).levels == ["iop"] and dlg.result_program.location_precision == "zip"
