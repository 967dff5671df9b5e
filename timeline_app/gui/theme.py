"""The application's look: Fusion, a palette following the system's light or dark scheme.

Style sheets come from ``resources/styles``: ``base.qss`` plus ``light.qss`` or ``dark.qss``.
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QColor, QGuiApplication, QPalette
from PySide6.QtWidgets import QApplication

from timeline_app.core.resources import read_text
from timeline_app.gui import icons

__all__ = [
    "THEME_MODES",
    "apply_theme",
    "dark_palette",
    "follow_system_scheme",
    "light_palette",
    "set_theme_mode",
    "system_is_dark",
    "theme_mode",
]

THEME_MODES = {"system": "&System", "light": "&Light", "dark": "&Dark"}
"""The user's choice (View > Theme), kept in QSettings under ``view/theme``."""

_R = QPalette.ColorRole


def system_is_dark() -> bool:
    """Whether the platform asks for a dark scheme (Unknown counts as light)."""
    return QGuiApplication.styleHints().colorScheme() == Qt.ColorScheme.Dark


def dark_palette() -> QPalette:
    palette = QPalette()
    colors = {
        _R.Window: "#23272e", _R.WindowText: "#e6e9ef", _R.Base: "#1b1e24",
        _R.AlternateBase: "#22262e", _R.ToolTipBase: "#2d323c", _R.ToolTipText: "#e6e9ef",
        _R.Text: "#e6e9ef", _R.Button: "#2b3038", _R.ButtonText: "#e6e9ef",
        _R.BrightText: "#ff6b6b", _R.Highlight: "#3d6fb6", _R.HighlightedText: "#ffffff",
        _R.Link: "#7aa7e8", _R.PlaceholderText: "#8c95a5", _R.Mid: "#3a404b",
        _R.Midlight: "#343a45", _R.Dark: "#15181d", _R.Shadow: "#0c0e11", _R.Light: "#404756",
    }  # fmt: skip
    for role, value in colors.items():
        palette.setColor(role, QColor(value))
    for role in (_R.Text, _R.WindowText, _R.ButtonText):
        palette.setColor(QPalette.ColorGroup.Disabled, role, QColor("#6b7383"))
    return palette


def light_palette() -> QPalette:
    palette = QApplication.style().standardPalette()
    palette.setColor(_R.Highlight, QColor("#3d6fb6"))
    palette.setColor(_R.AlternateBase, QColor("#f4f6f9"))
    palette.setColor(_R.PlaceholderText, QColor("#7b8494"))
    return palette


def apply_theme(app: QApplication, dark: bool | None = None) -> None:
    """Style ``app`` light or dark (by default as the system asks)."""
    dark = system_is_dark() if dark is None else dark
    app.setStyle("Fusion")
    app.setPalette(dark_palette() if dark else light_palette())
    sheet = (
        read_text("styles", "base.qss")
        + "\n"
        + read_text("styles", f"{'dark' if dark else 'light'}.qss")
    )
    app.setStyleSheet(sheet)
    app.setProperty("darkTheme", dark)
    icons.clear_cache()


def theme_mode(app: QApplication) -> str:
    """``system``, ``light`` or ``dark``: what the user chose (``system`` until they do)."""
    mode = app.property("themeMode")
    return mode if mode in THEME_MODES else "system"


def set_theme_mode(app: QApplication, mode: str) -> None:
    """Style ``app`` as chosen: always light, always dark, or as the system asks."""
    mode = mode if mode in THEME_MODES else "system"
    app.setProperty("themeMode", mode)
    apply_theme(app, None if mode == "system" else mode == "dark")


def follow_system_scheme(app: QApplication) -> None:
    """Re-apply the theme when the system switches light/dark and the user chose "system"."""
    if app.property("followsSystemScheme"):
        return
    app.setProperty("followsSystemScheme", True)

    def changed(_scheme) -> None:
        if theme_mode(app) == "system":
            apply_theme(app)

    app.styleHints().colorSchemeChanged.connect(changed)
