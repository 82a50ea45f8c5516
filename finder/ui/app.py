"""Starting the GUI (`finder gui`), including the --screenshot mode used by tests and the README."""

from __future__ import annotations

import sys


def run_gui(args) -> int:
    from PySide6.QtWidgets import QApplication, QLabel, QMainWindow

    from finder.cli.common import open_db

    db = open_db(args)
    app = QApplication.instance() or QApplication(sys.argv[:1])
    app.setApplicationName("Program Finder")
    win = QMainWindow()
    win.setWindowTitle("Program Finder")
    win.setCentralWidget(QLabel(f"Directory: {db.url}"))
    win.resize(1280, 800)
    win.show()
    if args.screenshot:
        app.processEvents()
        win.grab().save(args.screenshot)
        return 0
    return app.exec()
