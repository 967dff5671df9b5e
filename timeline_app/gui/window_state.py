"""What the window remembers between sessions: geometry, docks, table columns, lanes, gaps.

Kept in QSettings under ``window/`` and ``timeline/``; a first run (or a layout saved by an
incompatible version) gets a default layout sized once the window is shown.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QSettings, Qt
from PySide6.QtWidgets import QDockWidget

if TYPE_CHECKING:
    from timeline_app.gui.main_window import MainWindow

__all__ = ["WindowState"]

STATE_VERSION = 1


class WindowState:
    """Restores and saves one window's state in ``settings``."""

    def __init__(self, window: MainWindow, settings: QSettings) -> None:
        self.window, self.settings = window, settings
        self.needs_default_layout = False

    def restore(self) -> None:
        w, s = self.window, self.settings
        geometry = s.value("window/geometry")
        if geometry is None or not w.restoreGeometry(geometry):
            w.resize(1440, 900)
        state = s.value("window/state")
        self.needs_default_layout = state is None or not w.restoreState(state, STATE_VERSION)
        header = s.value("events/header")
        table = w.events.table
        if header is not None and table.horizontalHeader().restoreState(header):
            h = table.horizontalHeader()
            table.sortByColumn(h.sortIndicatorSection(), h.sortIndicatorOrder())
        mode = str(s.value("timeline/lanes", "article"))
        if mode in w.actions_.lanes:
            w.actions_.lanes[mode].trigger()
        w.actions_.compress.setChecked(bool(s.value("timeline/compressed", True, type=bool)))
        w.timeline.set_compressed(w.actions_.compress.isChecked())  # the view shows the toggle

    def save(self) -> None:
        w, s = self.window, self.settings
        s.setValue("window/geometry", w.saveGeometry())
        s.setValue("window/state", w.saveState(STATE_VERSION))
        s.setValue("events/header", w.events.table.horizontalHeader().saveState())
        checked = w.actions_.lane_group.checkedAction()
        s.setValue("timeline/lanes", checked.data() if checked else "article")
        s.setValue("timeline/compressed", w.actions_.compress.isChecked())
        s.sync()

    def shown(self) -> None:
        """Call from the window's first ``showEvent``: lay docks out once sizes are known."""
        if self.needs_default_layout:
            self.needs_default_layout = False
            self.default_layout()

    def default_layout(self) -> None:
        """Wide side panels, a tall reader, other right-hand docks below it."""
        w, d = self.window, self.window.docks
        horizontal, vertical = Qt.Orientation.Horizontal, Qt.Orientation.Vertical
        w.resizeDocks([d["articles"], d["reader"]], [290, 470], horizontal)
        w.resizeDocks([d["articles"], d["vague"]], [520, 260], vertical)
        w.resizeDocks([d["events"]], [280], vertical)
        right = [
            dock for dock in w.findChildren(QDockWidget)
            if dock is not d["reader"] and not dock.isFloating() and dock.isVisible()
            and w.dockWidgetArea(dock) == Qt.DockWidgetArea.RightDockWidgetArea
        ]  # fmt: skip
        if right:
            w.resizeDocks([d["reader"], right[0]], [w.height() * 2 // 3, 200], vertical)
