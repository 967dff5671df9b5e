"""The main window's actions, menus and toolbar, made in one place; the window wires them."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QAction, QActionGroup, QKeySequence, QUndoStack
from PySide6.QtWidgets import QMainWindow, QMenu, QToolBar, QToolButton

from timeline_app.gui import icons

__all__ = ["LANE_MODES", "WindowActions"]

LANE_MODES = {
    "article": "By &Article",
    "granularity": "By &Precision",
    "cluster": "By &Happening",
    "single": "&Single Lane",
}
Key = QKeySequence.StandardKey


class WindowActions:
    """Every action of the window; ``set_anchor`` is a slot for the corrections feature."""

    def __init__(self, window: QMainWindow, undo_stack: QUndoStack) -> None:
        self.window = window
        a = self._make
        self.open_files = a("&Open Files…", "open-file", Key.Open, "Open article files")
        self.open_folder = a("Open &Folder…", "open-folder", "Ctrl+Shift+O", "Open a folder")
        self.recent_menu = QMenu("Open &Recent", window)
        self.export_png = a("&PNG Image…", "export", "Ctrl+Shift+E", "Export the timeline as PNG")
        self.export_svg = a("&SVG Image…", None, None, "Export the timeline as SVG")
        self.export_csv = a("&CSV Table…", None, None, "Export the events as CSV")
        self.export_json = a("Events &JSON…", None, None, "Export the events as JSON")
        self.export_timelinejs = a("&TimelineJS JSON…", None, None, "Export for TimelineJS")
        self.quit = a("&Quit", "quit", Key.Quit)
        self.quit.setMenuRole(QAction.MenuRole.QuitRole)

        self.undo = undo_stack.createUndoAction(window, "&Undo")
        self.undo.setShortcuts(QKeySequence.keyBindings(Key.Undo))
        self.undo.setIcon(icons.icon("undo"))
        self.redo = undo_stack.createRedoAction(window, "&Redo")
        redo_keys = QKeySequence.keyBindings(Key.Redo)
        if QKeySequence("Ctrl+Shift+Z") not in redo_keys:
            redo_keys.insert(0, QKeySequence("Ctrl+Shift+Z"))
        self.redo.setShortcuts(redo_keys)
        self.redo.setIcon(icons.icon("redo"))
        self.find = a("&Find Events…", "find", Key.Find, "Filter the events table")

        self.fit_all = a("&Fit Story", "fit-all", "F", "Show the whole story")
        self.fit_all.setShortcuts([QKeySequence("F"), QKeySequence("Ctrl+0")])
        self.zoom_in = a("Zoom &In", "zoom-in", Key.ZoomIn, "Zoom in on the middle")
        self.zoom_out = a("Zoom &Out", "zoom-out", Key.ZoomOut, "Zoom out")
        self.zoom_selection = a(
            "Zoom to &Selection", "zoom-selection", "Z", "Zoom to the selected event"
        )
        self.zoom_selection.setShortcuts([QKeySequence("Z"), QKeySequence("Ctrl+E")])
        self.compress = a("&Compress Gaps", "compress", "Ctrl+G", "Shrink empty stretches of time")
        self.compress.setCheckable(True)
        self.compress.setChecked(True)  # as the timeline starts: gaps compressed
        self.lane_group = QActionGroup(window)
        self.lanes: dict[str, QAction] = {}
        for number, (mode, text) in enumerate(LANE_MODES.items(), 1):
            action = a(text, None, f"Ctrl+{number}", f"Lanes {text.replace('&', '').lower()}")
            action.setCheckable(True)
            action.setData(mode)
            self.lane_group.addAction(action)
            self.lanes[mode] = action
        self.lanes["article"].setChecked(True)

        self.set_anchor = a("Set &Anchor…", None, None, "Correct the article's reference date")
        self.set_anchor.setEnabled(False)  # connected and enabled by the corrections feature
        self.about = a("&About timeline_app", "about")
        self.about.setMenuRole(QAction.MenuRole.AboutRole)

    def _make(
        self,
        text: str,
        icon: str | None = None,
        shortcut: str | Key | None = None,
        tip: str | None = None,
    ) -> QAction:
        action = QAction(text, self.window)
        if icon:
            action.setIcon(icons.icon(icon))
        if isinstance(shortcut, Key):
            action.setShortcuts(shortcut)
        elif shortcut:
            action.setShortcut(QKeySequence(shortcut))
        if tip:
            action.setStatusTip(tip)
            keys = action.shortcut().toString(QKeySequence.SequenceFormat.NativeText)
            action.setToolTip(f"{tip} ({keys})" if keys else tip)
        return action

    def build_menus(self) -> dict[str, QMenu]:
        bar = self.window.menuBar()
        menus: dict[str, QMenu] = {}
        file = menus["file"] = bar.addMenu("&File")
        file.addActions([self.open_files, self.open_folder])
        file.addMenu(self.recent_menu)
        file.addSeparator()
        export = menus["export"] = file.addMenu(icons.icon("export"), "&Export")
        export.addActions([self.export_png, self.export_svg])
        export.addSeparator()
        export.addActions([self.export_csv, self.export_json, self.export_timelinejs])
        file.addSeparator()
        file.addAction(self.quit)
        edit = menus["edit"] = bar.addMenu("&Edit")
        edit.addActions([self.undo, self.redo])
        edit.addSeparator()
        edit.addAction(self.find)
        view = menus["view"] = bar.addMenu("&View")
        view.addActions([self.fit_all, self.zoom_in, self.zoom_out, self.zoom_selection])
        view.addSeparator()
        lanes = menus["lanes"] = view.addMenu(icons.icon("lanes"), "&Lanes")
        lanes.addActions(list(self.lanes.values()))
        view.addAction(self.compress)  # Panels and Theme: gui/window_menus.py
        article = menus["article"] = bar.addMenu("&Article")
        article.addAction(self.set_anchor)
        help_ = menus["help"] = bar.addMenu("&Help")
        help_.addAction(self.about)
        return menus

    def build_toolbar(self, menus: dict[str, QMenu]) -> QToolBar:
        bar = QToolBar("Main", self.window, objectName="mainToolBar")
        bar.setMovable(False)
        bar.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonIconOnly)
        bar.addActions([self.open_files, self.open_folder])
        export = QToolButton(bar, text="Export", icon=icons.icon("export"), toolTip="Export")
        export.setMenu(menus["export"])
        export.setPopupMode(QToolButton.ToolButtonPopupMode.InstantPopup)
        bar.addWidget(export)
        bar.addSeparator()
        bar.addActions([self.undo, self.redo])
        bar.addSeparator()
        bar.addActions([self.fit_all, self.zoom_in, self.zoom_out, self.zoom_selection])
        bar.addSeparator()
        lanes = QToolButton(bar, text="Lanes", icon=icons.icon("lanes"), toolTip="Lanes")
        lanes.setMenu(menus["lanes"])
        lanes.setPopupMode(QToolButton.ToolButtonPopupMode.InstantPopup)
        lanes.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextBesideIcon)
        bar.addWidget(lanes)
        bar.addAction(self.compress)
        return bar
