"""Painting the time axis, the overview strip and the legend; QtGui only (usable headless)."""

from __future__ import annotations

import math
from collections.abc import Iterable

import numpy as np
from PySide6.QtCore import QPointF, QRectF, Qt
from PySide6.QtGui import QBrush, QColor, QFont, QFontMetricsF, QPainter, QPainterPath, QPen

from timeline_app.core.layout.metrics import TimeScale
from timeline_app.core.layout.ticks import Tick, axis_ticks
from timeline_app.core.model import Granularity
from timeline_app.gui.timeline.theme import Theme

__all__ = ["AXIS_H", "OVERVIEW_H", "draw_axis", "draw_legend", "draw_overview", "legend_size"]

AXIS_H = 42.0
OVERVIEW_H = 34.0


def _measure(font: QFont):
    fm = QFontMetricsF(font)
    cache: dict[str, float] = {}

    def measure(text: str) -> float:
        w = cache.get(text)
        if w is None:
            w = cache[text] = fm.horizontalAdvance(text)
        return w

    return measure


def draw_axis(
    p: QPainter, scale: TimeScale, rect: QRectF, theme: Theme, small: QFont, bold: QFont
) -> tuple[list[Tick], list[Tick]]:
    """Major labels on the top row, minor on the bottom row; returns the ticks for the grid."""
    p.fillRect(rect, theme.axis_bg)
    _axis_gaps(p, scale, rect, theme)
    minor_m, major_m = _measure(small), _measure(bold)
    minors, majors = axis_ticks(scale, minor_m, major_m)
    top, bottom = rect.top(), rect.bottom()
    mid = top + rect.height() * 0.45
    p.setPen(QPen(theme.grid_major, 1))
    p.drawLine(QPointF(rect.left(), bottom - 0.5), QPointF(rect.right(), bottom - 0.5))
    fm_s = QFontMetricsF(small)
    fm_b = QFontMetricsF(bold)
    p.setFont(small)
    for t in minors:
        x = round(t.x) + 0.5
        p.setPen(QPen(theme.grid_major, 1))
        p.drawLine(QPointF(x, bottom - 7), QPointF(x, bottom))
        p.setPen(theme.muted)
        p.drawText(QPointF(x + 4, bottom - 9 - fm_s.descent()), t.label)
    p.setFont(bold)
    for t in majors:  # a context tick names its stretch's period: a label, no line
        x = round(t.x) + 0.5
        if not t.context:
            p.setPen(QPen(theme.muted, 1))
            p.drawLine(QPointF(x, top + 3), QPointF(x, bottom))
        p.setPen(theme.text)
        p.drawText(QPointF(x + 4, mid - fm_b.descent() + 2), t.label)
    return minors, majors


def _axis_gaps(p: QPainter, scale: TimeScale, rect: QRectF, theme: Theme) -> None:
    """Shade each collapsed stretch, break the axis line (//) and say how long it is."""
    for gap in scale.axis.gaps:
        x0, x1 = scale.x_of_units(gap.u0), scale.x_of_units(gap.u1)
        if x1 < rect.left() or x0 > rect.right():
            continue
        p.fillRect(QRectF(x0, rect.top(), x1 - x0, rect.height() - 1), theme.gap_fill)
        cx, cy = (x0 + x1) / 2, rect.bottom() - 1
        p.fillRect(QRectF(cx - 6, cy - 2, 12, 4), theme.gap_fill)
        p.setPen(QPen(theme.muted, 1.4))
        for dx in (-3.0, 3.0):  # the break symbol: //
            p.drawLine(QPointF(cx + dx - 3, cy + 5), QPointF(cx + dx + 3, cy - 7))
        years = (gap.end - gap.begin) / 365.25
        text = f"{years:.0f} yrs" if years >= 2 else f"{(gap.end - gap.begin) / 30.4:.0f} mo"
        f = QFont(p.font())
        f.setPixelSize(10)
        f.setBold(False)
        v0, v1 = max(x0, rect.left()), min(x1, scale.width, rect.right())  # the part in view
        if QFontMetricsF(f).horizontalAdvance(text) + 6 < v1 - v0:
            p.setFont(f)
            p.setPen(theme.muted)
            p.drawText(
                QRectF(v0, rect.bottom() - 23, v1 - v0, 14), Qt.AlignmentFlag.AlignCenter, text
            )


def draw_overview(
    p: QPainter,
    rect: QRectF,
    full: TimeScale,
    counts: np.ndarray,
    window: tuple[float, float] | None,
    theme: Theme,
) -> None:
    """The overview: the story's density, first and last year, and the view's window.

    With ``window`` ``None`` everything but the window is drawn (what the strip caches).
    """
    if window is None:
        p.fillRect(rect, theme.axis_bg)
        if len(counts) and counts.max() > 0:
            peak = math.log1p(float(counts.max()))
            bw = rect.width() / len(counts)
            h = rect.height() - 6
            p.setPen(Qt.PenStyle.NoPen)
            p.setBrush(theme.density)
            p.drawRects(
                [
                    QRectF(rect.left() + i * bw, rect.bottom() - 2 - bh, bw * 0.8, bh)
                    for i, c in enumerate(counts.tolist())
                    if c
                    for bh in (max(2.0, h * math.log1p(c) / peak),)
                ]
            )
        p.setPen(QPen(theme.muted, 1))
        for gap in full.axis.gaps:
            x = rect.left() + full.x_of_units((gap.u0 + gap.u1) / 2)
            p.drawLine(QPointF(x - 3, rect.bottom() - 4), QPointF(x + 1, rect.top() + 4))
            p.drawLine(QPointF(x + 1, rect.bottom() - 4), QPointF(x + 5, rect.top() + 4))
        f = QFont(p.font())
        f.setPixelSize(10)
        p.setFont(f)
        inner = rect.adjusted(4, 2, -4, 0)
        p.drawText(inner, Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop,
                   str(full.date_at(0).year))  # fmt: skip
        p.drawText(inner, Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignTop,
                   str(full.date_at(full.width - 1).year))  # fmt: skip
        p.setPen(QPen(theme.grid_major, 1))
        p.drawLine(QPointF(rect.left(), rect.top() + 0.5), QPointF(rect.right(), rect.top() + 0.5))
        return
    x0, x1 = window
    x0, x1 = max(x0, rect.left()), min(max(x1, x0 + 4), rect.right())
    win = QRectF(x0, rect.top() + 1, x1 - x0, rect.height() - 2)
    p.setBrush(theme.window)
    p.setPen(QPen(theme.density.darker(120) if not theme.dark else theme.density, 1.5))
    p.drawRoundedRect(win, 3, 3)


def legend_size(font: QFont, granularities: Iterable[Granularity], uncertain: bool) -> float:
    fm = QFontMetricsF(font)
    names = [g.value for g in granularities] + (["estimated anchor"] if uncertain else [])
    return sum(fm.horizontalAdvance(n) + 34 for n in names)


def draw_legend(
    p: QPainter,
    x: float,
    y: float,
    theme: Theme,
    font: QFont,
    granularities: Iterable[Granularity],
    uncertain: bool = False,
) -> None:
    """A swatch per granularity shown (a diamond for days, a capped bar for the rest)."""
    fm = QFontMetricsF(font)
    p.setFont(font)
    for g in granularities:
        color = theme.color(g)
        if g is Granularity.DAY:
            path = QPainterPath(QPointF(x + 9, y - 5))
            for px, py in ((x + 14, y), (x + 9, y + 5), (x + 4, y)):
                path.lineTo(px, py)
            path.closeSubpath()
            p.setPen(QPen(color, 1.4))
            p.setBrush(color)
            p.drawPath(path)
        else:
            p.fillRect(QRectF(x, y - 6, 20, 12), theme.fill(g))
            p.setPen(QPen(color, 2))
            p.drawLine(QPointF(x + 1, y - 6), QPointF(x + 1, y + 6))
            p.drawLine(QPointF(x + 19, y - 6), QPointF(x + 19, y + 6))
        p.setPen(theme.text)
        p.drawText(QPointF(x + 25, y + (fm.ascent() - fm.descent()) / 2), g.value)
        x += fm.horizontalAdvance(g.value) + 34
    if uncertain:
        c = QColor(theme.muted)
        p.setPen(QPen(c, 1.4, Qt.PenStyle.DashLine))
        p.setBrush(QBrush(c, Qt.BrushStyle.BDiagPattern))
        p.drawRect(QRectF(x, y - 6, 20, 12))
        p.setPen(theme.text)
        p.drawText(QPointF(x + 25, y + (fm.ascent() - fm.descent()) / 2), "estimated anchor")
