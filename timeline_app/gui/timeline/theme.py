"""Colours and fonts of the timeline picture, light and dark; QtGui only (usable headless)."""

from __future__ import annotations

from dataclasses import dataclass, field

from PySide6.QtGui import QColor, QFont, QFontDatabase, QGuiApplication, QPalette

from timeline_app.core.model import Granularity
from timeline_app.core.resources import resource
from timeline_app.gui.palette import granularity_color

__all__ = ["BUNDLED_FONTS", "Theme", "fonts", "register_fonts"]

BUNDLED_FONTS = ("NotoSansKR-Regular-subset.otf",)
"""Fonts of ``resources/fonts/`` (see its README): Hangul and Cyrillic, which system fonts may
lack, for the window, the PNG and the SVG alike."""
_registered: list[str] = []


def _c(hex_: str, alpha: int = 255) -> QColor:
    c = QColor(hex_)
    c.setAlpha(alpha)
    return c


@dataclass(frozen=True)
class Theme:
    """Everything the painter needs to colour; one per light/dark."""

    dark: bool
    background: QColor
    lane_a: QColor
    lane_b: QColor
    grid: QColor
    grid_major: QColor
    text: QColor
    muted: QColor
    axis_bg: QColor
    selection: QColor
    cluster_fill: QColor
    cluster_text: QColor
    density: QColor
    gap_fill: QColor
    window: QColor
    conflict: QColor = field(default_factory=lambda: _c("#c62828"))  # sources disagree

    @classmethod
    def light(cls) -> Theme:
        return cls(
            dark=False,
            background=_c("#ffffff"),
            lane_a=_c("#ffffff"),
            lane_b=_c("#f4f6f9"),
            grid=_c("#e6e9ef"),
            grid_major=_c("#c9ced8"),
            text=_c("#1d2330"),
            muted=_c("#5b6475"),
            axis_bg=_c("#fafbfc"),
            selection=_c("#f2a900"),
            cluster_fill=_c("#5b6475"),
            cluster_text=_c("#ffffff"),
            density=_c("#3d6fb6"),
            gap_fill=_c("#eceff4"),
            window=_c("#3d6fb6", 40),
        )

    @classmethod
    def dark_theme(cls) -> Theme:
        return cls(
            dark=True,
            background=_c("#1b1e24"),
            lane_a=_c("#1b1e24"),
            lane_b=_c("#22262e"),
            grid=_c("#2d323c"),
            grid_major=_c("#444b58"),
            text=_c("#e6e9ef"),
            muted=_c("#a3abba"),
            axis_bg=_c("#20242b"),
            selection=_c("#ffc53d"),
            cluster_fill=_c("#aab3c2"),
            cluster_text=_c("#15181d"),
            density=_c("#7aa7e8"),
            gap_fill=_c("#262a32"),
            window=_c("#7aa7e8", 50),
            conflict=_c("#ff6b6b"),
        )

    @classmethod
    def for_palette(cls, palette: QPalette) -> Theme:
        dark = palette.color(QPalette.ColorRole.Base).lightness() < 128
        return cls.dark_theme() if dark else cls.light()

    def color(self, granularity: Granularity | None) -> QColor:
        """The hue of ``granularity``, a touch lighter on dark backgrounds."""
        c = granularity_color(granularity)
        return c.lighter(125) if self.dark else c

    def fill(self, granularity: Granularity | None) -> QColor:
        """The translucent fill of an uncertain interval's bar."""
        c = QColor(self.color(granularity))
        c.setAlpha(70 if self.dark else 55)
        return c


def register_fonts() -> list[str]:
    """Register the bundled fonts once per process; their families, fallbacks of the default.

    Needs a QGuiApplication. A glyph the default family lacks (Korean on most Linux desktops) is
    then drawn with the bundled font rather than as an empty box.
    """
    if _registered or QGuiApplication.instance() is None:
        return list(_registered)
    for name in BUNDLED_FONTS:
        font_id = QFontDatabase.addApplicationFontFromData(resource("fonts", name).read_bytes())
        if font_id >= 0:
            _registered.extend(QFontDatabase.applicationFontFamilies(font_id))
    default = QGuiApplication.font().family()
    known = QFont.substitutes(default)
    QFont.insertSubstitutions(default, [f for f in _registered if f not in known])
    return list(_registered)


def fonts(family: str = "") -> tuple[QFont, QFont, QFont]:
    """Label, small (axis, badges) and bold (lane titles, major ticks) fonts, in pixel sizes."""
    register_fonts()
    label = QFont(family) if family else QFont()
    label.setPixelSize(12)
    small = QFont(label)
    small.setPixelSize(11)
    bold = QFont(label)
    bold.setBold(True)
    return label, small, bold
