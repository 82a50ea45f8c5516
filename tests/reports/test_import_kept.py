"""The import report names each value it kept over the file's, the file's value, and why: the
user's own edit, or a phone call that confirmed it (it said "what you typed" for both); one count."""

from __future__ import annotations

from datetime import datetime

from finder.services import calls
from finder.services.editing import edit_program
from finder.services.importing import import_file
from finder.texts import imports
from tests.services.test_import_formats import SAMPLE

AKUA = 47  # the sample file lists no Medicaid for it, and the phone 949-777-2283


def _kept_import(db):
    edit_program(db, AKUA, {"phone": "(949) 555-0100"})
    calls.log_call(
        db,
        AKUA,
        outcome="reached",
        confirm=calls.parse_confirmations(["medicaid=yes"]),
        at=datetime(2026, 3, 4, 10),
    )
    return import_file(db, SAMPLE, backup=False)


def test_each_kept_value_says_the_file_value_and_why(sample_db):
    report = _kept_import(sample_db)
    (entry,) = report.kept
    assert entry["id"] == AKUA and entry["name"] == "Akua Behavioral Health Inc"
    phone, payments = entry["fields"]["phone"], entry["fields"]["payments"]
    assert (phone["file"], phone["kept"], phone["why"]) == ("949-777-2283", "949-555-0100", "edit")
    assert phone["on"] == datetime.now().date().isoformat()
    assert "medicaid" in payments["kept"] and "medicaid" not in payments["file"]
    assert (payments["why"], payments["on"]) == ("call", "2026-03-04")
    # one count: the summary's and the changes line's agree (they said 2 and 4 on a real import)
    assert report.kept_user_edits == 2 and "kept 2 edits of yours" in imports.changes_line(report)
    assert "kept-user-edits 2" in imports.summary(report)
    lines = imports.kept_lines(report)
    assert (
        "Akua Behavioral Health Inc (47): phone: the file says 949-777-2283; kept 949-555-0100 (your edit of "
        in (lines[0] + lines[1])
    )
    assert (
        "Akua Behavioral Health Inc (47): payments: the file says without medicaid; kept with medicaid "
        "(a call on 2026-03-04 confirmed it)"
    ) in lines
    assert report.as_json()["kept"] == report.kept and report.as_json()["kept_user_edits"] == [AKUA]


def test_the_window_report_names_field_value_and_why(sample_db):
    from finder.ui.import_report_dialog import KEPT, changes_line, report_lines, summary_line

    report = _kept_import(sample_db)
    phone, payment = [x.what for x in report_lines(report) if x.section == KEPT]  # a line per kept value
    assert phone.startswith("phone: the file says 949-777-2283; kept 949-555-0100 (your edit of ")
    assert payment == (
        "payment: the file says without medicaid; kept with medicaid (a call on 2026-03-04 confirmed it)"
    )
    assert "kept 2 of your edits" in changes_line(report) and "your edits kept 2" in summary_line(report)


def test_command_line_prints_the_kept_values(sample_db, tmp_path, capsys):
    from finder.cli import main

    edit_program(sample_db, AKUA, {"phone": "(949) 555-0100"})
    code = main(["--db", str(tmp_path / "directory.db"), "import", str(SAMPLE)])
    out = capsys.readouterr().out
    assert code == 0
    assert "kept 1 edit of yours" in out
    assert (
        "  kept: Akua Behavioral Health Inc (47): phone: the file says 949-777-2283; kept 949-555-0100" in out
    )


def test_the_edition_year_comes_from_the_user_not_the_file_name(sample_db, tmp_path):
    """A file named directory_2025.csv dated every program it delisted 'Not in the 2025 directory'."""
    from finder.services.directory import get_program
    from tests.services.test_directory_refresh import Edition

    ed = Edition(sample_db)
    report = import_file(sample_db, ed.write(tmp_path), full=True, backup=False)
    assert report.full and report.edition == ""
    gone = get_program(sample_db, ed.gone[0])
    assert (gone.delisted.edition, gone.delisted.file) == ("", "directory_2025.csv")  # named by the file
    again = import_file(sample_db, ed.write(tmp_path, "next.csv"), full=True, edition="2026", backup=False)
    assert again.edition == "2026"
