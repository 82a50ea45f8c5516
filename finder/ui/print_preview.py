"""Every print preview in the window is made here, and each owns the printer it paints with.

A QPrintPreviewDialog keeps only a pointer to its QPrinter. A printer held by a local that
Python frees when the function returns is a segmentation fault at the first paint (the
comparison's Print crashed that way), so no module in finder/ui makes a QPrinter or a
QPrintPreviewDialog itself (tests/ui/test_print_previews.py checks the source).
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtGui import QPageLayout
from PySide6.QtPrintSupport import QPrinter, QPrintPreviewDialog, QPrintPreviewWidget
from PySide6.QtWidgets import QWidget

from finder.ui.dialog_kit import fit_to_screen


class PrintPreview(QPrintPreviewDialog):
    """A large print preview whose printer lives exactly as long as the dialog.

    `paint(printer)` lays the document out on the printer; printing from the preview prints
    what it shows. `setup(printer)` sets paper and margins before the first paint; `notice`, a
    line above the pages (what the paper leaves out, for the one who prints it).
    """

    def __init__(
        self,
        parent: QWidget | None,
        title: str,
        paint: Callable[[QPrinter], object],
        *,
        setup: Callable[[QPrinter], object] | None = None,
        landscape: bool = False,
        notice: str = "",
    ) -> None:
        printer = QPrinter(QPrinter.PrinterMode.HighResolution)
        if setup is not None:
            setup(printer)
        if landscape:
            printer.setPageOrientation(QPageLayout.Orientation.Landscape)
        super().__init__(printer, parent)
        self.owned_printer = printer  # the C++ dialog paints with it: released with the dialog only
        self.setObjectName("printPreview")
        self.setWindowTitle(title)
        self.paintRequested.connect(paint)
        fit_to_screen(self, 1100, 1400)
        widget = self.findChild(QPrintPreviewWidget)
        if widget is not None:
            widget.fitToWidth()
        self.notice = None
        if notice and self.layout() is not None:  # what the paper leaves out, said above it
            from finder.ui.dialog_kit import plain_label

            self.notice = plain_label(notice, wrap=True)
            self.notice.setObjectName("previewNotice")
            self.notice.setContentsMargins(8, 4, 8, 4)
            self.layout().insertWidget(0, self.notice)

    def page_count(self) -> int:
        widget = self.findChild(QPrintPreviewWidget)
        return widget.pageCount() if widget is not None else 0
