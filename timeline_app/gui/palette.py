"""Colours shared by every view: one hue per granularity, and how strongly to use it.

The timeline, the reader's highlights and the legend all read from here, so a month is the same
green everywhere. Colours are chosen to stay apart for the common colour-vision deficiencies.
"""

from __future__ import annotations

from PySide6.QtGui import QColor, QPalette

from timeline_app.core.model import Granularity

__all__ = [
    "GRANULARITY_COLORS",
    "UNPLACED_COLOR",
    "granularity_color",
    "highlight_background",
    "is_dark",
    "selection_background",
]

GRANULARITY_COLORS: dict[Granularity, str] = {
    Granularity.DAY: "#2f6fd6",
    Granularity.WEEK: "#1497a8",
    Granularity.MONTH: "#2a9d5b",
    Granularity.SEASON: "#7fa22a",
    Granularity.QUARTER: "#c9971a",
    Granularity.YEAR: "#e0672b",
    Granularity.DECADE: "#cf3f86",
    Granularity.CENTURY: "#7b4fd0",
}
UNPLACED_COLOR = "#7b8494"


def is_dark(palette: QPalette) -> bool:
    """Whether ``palette`` draws light text on a dark base."""
    return palette.color(QPalette.ColorRole.Base).lightness() < 128


def granularity_color(granularity: Granularity | None) -> QColor:
    """The full-strength colour of ``granularity`` (grey for unplaced mentions)."""
    if granularity is None:
        return QColor(UNPLACED_COLOR)
    return QColor(GRANULARITY_COLORS[granularity])


def _mix(a: QColor, b: QColor, t: float) -> QColor:
    return QColor.fromRgbF(
        a.redF() * (1 - t) + b.redF() * t,
        a.greenF() * (1 - t) + b.greenF() * t,
        a.blueF() * (1 - t) + b.blueF() * t,
    )


def highlight_background(granularity: Granularity | None, palette: QPalette) -> QColor:
    """A text background for an expression: the granularity hue, light enough to read through."""
    base = palette.color(QPalette.ColorRole.Base)
    return _mix(base, granularity_color(granularity), 0.38 if is_dark(palette) else 0.24)


def selection_background(palette: QPalette) -> QColor:
    """The background of the selected event's sentence in the reader."""
    base = palette.color(QPalette.ColorRole.Base)
    return _mix(base, QColor("#f2c94c"), 0.30 if is_dark(palette) else 0.45)
