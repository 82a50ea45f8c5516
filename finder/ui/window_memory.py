"""What the main window remembers between runs: geometry, splitter sizes, the last search.

A mixin for MainWindow (it reads the window's splitters, search panel and settings), kept
apart so the window module stays about building and wiring.
"""

from __future__ import annotations

SPLITTERS = ("main", "center", "bottom")
BAR_SHARE = 0.22  # at most this share of the window for the shortlist bar when nothing is remembered
SHORT_CENTER = 420  # a results-and-map column shorter than this gives the results 70 %
# what a window system adds around the window (title bar, borders) before it has said how much;
# at 200 % Qt scales these logical pixels with everything else
FRAME_ALLOWANCE_W = 16
FRAME_ALLOWANCE_H = 48


def fit_on_screen(win, width: int = 1280, height: int = 800) -> None:
    """Size and place the window so that all of it, frame included, is inside the screen's
    available area (without the task bar): at 1280×800 a screen-sized window put its status bar
    below the edge."""
    screen = win.screen()
    if screen is None:
        win.resize(width, height)
        return
    avail = screen.availableGeometry()
    frame, inner = win.frameGeometry(), win.geometry()
    extra_w, extra_h = frame.width() - inner.width(), frame.height() - inner.height()
    if extra_h < FRAME_ALLOWANCE_H // 2:  # not shown yet, or no title bar known: room for the usual one
        extra_w, extra_h = max(extra_w, FRAME_ALLOWANCE_W), FRAME_ALLOWANCE_H
    w, h = min(width, avail.width() - extra_w), min(height, avail.height() - extra_h)
    win.resize(w, h)
    win.move(
        avail.x() + max(0, (avail.width() - w - extra_w) // 2),
        avail.y() + max(0, (avail.height() - h - extra_h) // 2),
    )


def is_on_screen(win) -> bool:
    screen = win.screen()
    return screen is None or screen.availableGeometry().contains(win.frameGeometry())


class WindowMemory:
    def _restore(self) -> None:
        geo = self.settings.geometry()
        if geo is None or not self.restoreGeometry(geo) or not is_on_screen(self):
            fit_on_screen(self)  # first start, or remembered on a larger screen
        self._pending_splits = {name: self.settings.splitter_sizes(name) for name in SPLITTERS}
        self.panel.apply_state(self.settings.last_search())

    def showEvent(self, event) -> None:
        super().showEvent(event)
        # splitter sizes only mean something once the window has its real size
        if getattr(self, "_shown_once", False):
            return
        self._shown_once = True
        if self.remember and not self.isMaximized() and not self.isFullScreen():  # not a screenshot's size
            from PySide6.QtCore import QTimer

            # the window system tells the frame's real size only once the window is up
            QTimer.singleShot(
                0, lambda: None if is_on_screen(self) else fit_on_screen(self, self.width(), self.height())
            )
        pending, self._pending_splits = getattr(self, "_pending_splits", {}), {}
        fresh = []
        for name, split in (
            ("main", self.main_split),
            ("center", self.center_split),
            ("bottom", self.bottom_split),
        ):
            sizes = pending.get(name, [])
            if len(sizes) == split.count() and sum(sizes) > 0:
                split.setSizes(sizes)
            else:
                fresh.append(name)
        if "bottom" in fresh:  # nothing remembered: a slim shortlist bar, slimmer on a short screen
            split = self.bottom_split
            bar = min(
                self.shortlists.preferred_height(),
                max(self.shortlists.panel.minimumSizeHint().height(), int(split.height() * BAR_SHARE)),
            )
            split.setSizes([max(split.height() - bar, 200), bar])
        if "center" in fresh:
            from PySide6.QtCore import QTimer

            QTimer.singleShot(0, self._results_before_map)  # once the bar's share has been taken

    def _results_before_map(self) -> None:
        """On a short window (a laptop at 200 %) the results get 70 % of their column, the map the rest."""
        split = self.center_split
        if split.height() < SHORT_CENTER:
            table = int(split.height() * 0.7)
            split.setSizes([table, split.height() - table])

    def save_settings(self) -> None:
        s = self.settings
        s.set_geometry(self.saveGeometry())
        s.set_splitter_sizes("main", self.main_split.sizes())
        s.set_splitter_sizes("center", self.center_split.sizes())
        s.set_splitter_sizes("bottom", self.bottom_split.sizes())
        s.set_last_search(self.panel.state())
        s.sync()
