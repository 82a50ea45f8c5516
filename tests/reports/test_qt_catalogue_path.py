"""Qt's own Spanish (file dialogs, standard buttons) is found in every layout PySide6 ships in."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from finder.reports.i18n import qt_translations_dir


def test_the_windows_layout_is_found(tmp_path):
    qt_lib, linux, windows = tmp_path / "lib", tmp_path / "Qt" / "translations", tmp_path / "translations"
    for d in (qt_lib, linux, windows):
        d.mkdir(parents=True)
    (windows / "qtbase_es.qm").write_bytes(b"")
    assert qt_translations_dir([qt_lib, linux, windows]) == windows
    (qt_lib / "qtbase_es.qm").write_bytes(b"")
    assert qt_translations_dir([qt_lib, linux, windows]) == qt_lib


def test_this_installs_spanish_file_dialog_words(qapp):
    from finder.reports.i18n import report_language

    assert any(qt_translations_dir().glob("qtbase_es.qm"))
    with report_language("es"):
        assert QCoreApplication.translate("QFileDialog", "Look in:") != "Look in:"
        assert QCoreApplication.translate("QFileDialog", "Files of type:") != "Files of type:"
