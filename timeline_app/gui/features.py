"""What a window feature is given: the story, its history, the selection, the status line.

Features (corrections, projects, sources, menus) get a :class:`FeatureContext` instead of the
main window, so what each one uses is written down in one place and none of them can grow the
window by setting attributes on it. ``host`` is the window only as the Qt parent their docks,
menus and dialogs hang from; the window keeps what a feature returns under a name it declares.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDockWidget

if TYPE_CHECKING:
    from PySide6.QtCore import QSettings
    from PySide6.QtGui import QUndoStack
    from PySide6.QtWidgets import QMainWindow, QMenu, QStatusBar, QWidget

    from timeline_app.core.story.document import Document
    from timeline_app.gui.actions import WindowActions
    from timeline_app.gui.selection import Selection

__all__ = ["FeatureContext", "make_dock"]


@dataclass(frozen=True, slots=True)
class FeatureContext:
    """The shared parts of one main window a feature may use."""

    document: Document
    undo_stack: QUndoStack
    selection: Selection
    status_bar: QStatusBar
    settings: QSettings
    actions: WindowActions
    menus: dict[str, QMenu]  # "file", "view", "help"… (a feature adds its own here)
    docks: dict[str, QDockWidget]  # "reader", "events"… (a feature adds its own here)
    host: QMainWindow  # parent of docks, menus and dialogs: never given attributes

    def show_message(self, text: str, ms: int = 0) -> None:
        self.status_bar.showMessage(text, ms)

    def add_dock(
        self,
        key: str,
        title: str,
        widget: QWidget,
        area: Qt.DockWidgetArea = Qt.DockWidgetArea.RightDockWidgetArea,
    ) -> QDockWidget:
        """A dock of ``widget`` in ``area`` (see :func:`make_dock`), remembered under ``key``."""
        dock = make_dock(self.host, title, widget, area)
        self.docks[key] = dock
        return dock


def make_dock(
    host: QMainWindow, title: str, widget: QWidget, area: Qt.DockWidgetArea
) -> QDockWidget:
    """A movable, closable, floatable dock of ``widget`` added to ``host`` in ``area``."""
    dock = QDockWidget(title, host, objectName=f"{title.lower().replace(' ', '_')}_dock")
    dock.setWidget(widget)
    dock.setFeatures(
        QDockWidget.DockWidgetFeature.DockWidgetMovable
        | QDockWidget.DockWidgetFeature.DockWidgetClosable
        | QDockWidget.DockWidgetFeature.DockWidgetFloatable
    )
    host.addDockWidget(area, dock)
    return dock
