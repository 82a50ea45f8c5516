"""What the main window remembers between runs: geometry, splitter sizes, the last search.

A mixin for MainWindow (it reads the window's splitters, search panel and settings), kept
apart so the window module stays about building and wiring.
"""

from __future__ import annotations

SPLITTERS = ("main", "center", "bottom")


class WindowMemory:
    def _restore(self) -> None:
        geo = self.settings.geometry()
        if geo is None or not self.restoreGeometry(geo):
            room = self.screen().availableGeometry()
            self.resize(min(1280, room.width()), min(800, room.height()))
        self._pending_splits = {name: self.settings.splitter_sizes(name) for name in SPLITTERS}
        self.panel.apply_state(self.settings.last_search())

    def showEvent(self, event) -> None:
        super().showEvent(event)
        # splitter sizes only mean something once the window has its real size
        if getattr(self, "_shown_once", False):
            return
        self._shown_once = True
        pending, self._pending_splits = getattr(self, "_pending_splits", {}), {}
        for name, split in (("main", self.main_split), ("center", self.center_split),
                            ("bottom", self.bottom_split)):
            sizes = pending.get(name, [])
            if len(sizes) == split.count() and sum(sizes) > 0:
                split.setSizes(sizes)
            elif name == "bottom":  # nothing remembered: a slim shortlist bar
                bar = self.shortlists.preferred_height()
                split.setSizes([max(split.height() - bar, 200), bar])

    def save_settings(self) -> None:
        s = self.settings
        s.set_geometry(self.saveGeometry())
        s.set_splitter_sizes("main", self.main_split.sizes())
        s.set_splitter_sizes("center", self.center_split.sizes())
        s.set_splitter_sizes("bottom", self.bottom_split.sizes())
        s.set_last_search(self.panel.state())
        s.sync()
