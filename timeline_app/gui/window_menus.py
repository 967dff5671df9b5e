"""The window's View > Panels and View > Theme menus, its Help pages and toolbar names.

Installed once every feature has added its docks and actions: the Panels menu lists every dock
the window has when it opens (a closed panel always comes back from there), and every toolbar
button gets a tooltip and a name for screen readers.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING

from PySide6.QtGui import QAction, QActionGroup, QKeySequence
from PySide6.QtWidgets import QApplication, QDockWidget, QMenu, QToolBar

from timeline_app.gui.help import HelpPages, plain_text
from timeline_app.gui.theme import THEME_MODES, set_theme_mode, theme_mode

if TYPE_CHECKING:
    from PySide6.QtWidgets import QMainWindow

    from timeline_app.gui.features import FeatureContext

__all__ = ["WindowMenus", "install_window_menus"]


@dataclass(frozen=True, slots=True)
class WindowMenus:
    """What the window keeps of these menus: the theme choices and the help pages."""

    theme_actions: dict[str, QAction]
    help: HelpPages


def _fill_panels(window: QMainWindow, menu: QMenu) -> None:
    menu.clear()
    docks = sorted(window.findChildren(QDockWidget), key=lambda d: d.windowTitle().casefold())
    for dock in docks:
        action = dock.toggleViewAction()
        action.setText(dock.windowTitle())
        menu.addAction(action)


def _theme_menu(ctx: FeatureContext, view: QMenu) -> tuple[QMenu, dict[str, QAction]]:
    menu = QMenu("&Theme", ctx.host, objectName="themeMenu")
    group = QActionGroup(menu)
    app = QApplication.instance()
    current = theme_mode(app) if isinstance(app, QApplication) else "system"
    actions: dict[str, QAction] = {}
    for mode, text in THEME_MODES.items():
        action = QAction(text, menu, checkable=True, checked=mode == current)
        action.setData(mode)
        action.setStatusTip(f"{plain_text(text)} colours (remembered)")
        group.addAction(action)
        menu.addAction(action)
        actions[mode] = action

    def chosen(action: QAction) -> None:
        mode = str(action.data())
        ctx.settings.setValue("view/theme", mode)
        app = QApplication.instance()
        if isinstance(app, QApplication):
            set_theme_mode(app, mode)

    group.triggered.connect(chosen)
    view.addMenu(menu)
    return menu, actions


def _name_toolbar(bar: QToolBar) -> None:
    """Every button says what it does: a tooltip with its keys, a name for assistive tools."""
    for action in bar.actions():
        button = bar.widgetForAction(action)
        if button is None or action.isSeparator():
            continue
        name = plain_text(action.text() or button.text() or button.toolTip())
        if not action.toolTip() or action.toolTip() == plain_text(action.text()):
            keys = action.shortcut().toString(QKeySequence.SequenceFormat.NativeText)
            action.setToolTip(f"{name} ({keys})" if keys else name)
        button.setAccessibleName(name)
        if not button.toolTip():
            button.setToolTip(name)
        button.setAccessibleDescription(button.toolTip())


def install_window_menus(ctx: FeatureContext) -> WindowMenus:
    """Panels, Theme, Help pages and toolbar names: the last call of the window's set-up."""
    window, view = ctx.host, ctx.menus["view"]
    view.addSeparator()
    panels = QMenu("&Panels", window, objectName="panelsMenu")
    panels.aboutToShow.connect(lambda: _fill_panels(window, panels))
    _fill_panels(window, panels)
    view.addMenu(panels)
    ctx.menus["panels"] = panels
    ctx.menus["theme"], theme_actions = _theme_menu(ctx, view)
    pages = HelpPages(window, ctx.menus["help"])
    for bar in window.findChildren(QToolBar):
        _name_toolbar(bar)
    return WindowMenus(theme_actions, pages)
