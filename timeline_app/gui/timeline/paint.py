"""Painting the timeline with a QPainter: marks, clusters, density, lanes, grid, gaps.

QtGui only, so the same functions draw the interactive scene's items and the headless export.
Coordinates are the picture's pixels (scene coordinates in the view).
"""

from __future__ import annotations

import math
from typing import NamedTuple

import numpy as np
from PySide6.QtCore import QLineF, QPointF, QRectF, Qt
from PySide6.QtGui import (
    QBrush,
    QColor,
    QFont,
    QFontMetricsF,
    QImage,
    QPainter,
    QPainterPath,
    QPen,
)

from timeline_app.core.layout.frame import BADGE_W, BIN_PX, HEADER_H, LANE_GAP, Frame, LaneFrame
from timeline_app.core.layout.metrics import TimeScale
from timeline_app.core.layout.rows import Placed
from timeline_app.core.model import Event, Granularity
from timeline_app.gui.timeline.theme import Theme

__all__ = [
    "BADGE_W",
    "BAR_H",
    "EventLook",
    "draw_cluster",
    "draw_density",
    "draw_event",
    "draw_gaps",
    "draw_grid",
    "draw_lane_bands",
    "draw_lane_titles",
    "text_baseline",
]

BAR_H = 8.0


class EventLook(NamedTuple):
    """What drawing an event needs of it, from any timeline index."""

    granularity: Granularity | None
    label: str

DIAMOND = 5.0
TEXT_DY = -5.0  # the label line, from a row's centre
MARK_DY = 7.0  # the mark line


def text_baseline(font: QFont, y: float) -> float:
    """The baseline that centres one line of ``font`` on ``y``."""
    fm = QFontMetricsF(font)
    return y + (fm.ascent() - fm.descent()) / 2


def _diamond(x: float, y: float, r: float) -> QPainterPath:
    path = QPainterPath(QPointF(x, y - r))
    path.lineTo(x + r, y)
    path.lineTo(x, y + r)
    path.lineTo(x - r, y)
    path.closeSubpath()
    return path


def draw_event(
    p: QPainter,
    item: Placed,
    y: float,
    event: Event | EventLook,
    theme: Theme,
    font: QFont,
    *,
    selected: bool = False,
    hovered: bool = False,
    uncertain: bool = False,
    sources: int = 1,
    disagree: bool = False,
) -> None:
    """One event in the row centred on ``y``: its label above, its mark below.

    A day is a diamond; a coarser date is a translucent bar with end caps over its whole
    interval, so how precise the date is shows. Dashed and hatched when the article's anchor
    is estimated or suggested. Reported by several sources: their count in a pill before the
    label, red with a ring round the mark when they ``disagree`` on the date.
    """
    color = theme.color(event.granularity)
    my, ty = y + MARK_DY, y + TEXT_DY
    if selected or hovered:
        halo = QColor(theme.selection if selected else theme.muted)
        halo.setAlpha(80 if selected else 35)
        right = max(item.right, item.x1)
        p.setPen(Qt.PenStyle.NoPen)
        p.setBrush(halo)
        p.drawRoundedRect(QRectF(item.left - 4, y - 13, right - item.left + 8, 27), 4, 4)
    pen = QPen(color, 1.5)
    if uncertain:
        pen.setStyle(Qt.PenStyle.DashLine)
    if item.point:
        path = _diamond(item.x0, my, DIAMOND)
        p.setPen(pen)
        p.setBrush(QBrush(theme.background if uncertain else color))
        p.drawPath(path)
        if uncertain:
            p.setBrush(QBrush(color, Qt.BrushStyle.Dense5Pattern))
            p.drawPath(path)
    else:
        rect = QRectF(item.x0, my - BAR_H / 2, max(item.x1 - item.x0, 1.0), BAR_H)
        p.setPen(Qt.PenStyle.NoPen)
        p.setBrush(theme.fill(event.granularity))
        p.drawRect(rect)
        if uncertain:
            p.setBrush(QBrush(color, Qt.BrushStyle.BDiagPattern))
            p.drawRect(rect)
            p.setPen(pen)
            p.setBrush(Qt.BrushStyle.NoBrush)
            p.drawRect(rect)
        p.setPen(QPen(color, 2.4, Qt.PenStyle.SolidLine, Qt.PenCapStyle.FlatCap))
        for x in (rect.left() + 1.2, rect.right() - 1.2):
            p.drawLine(QPointF(x, rect.top() - 2), QPointF(x, rect.bottom() + 2))
    if disagree:  # a red ring round the mark: the sources give different dates
        p.setPen(QPen(theme.conflict, 1.6))
        p.setBrush(Qt.BrushStyle.NoBrush)
        if item.point:
            p.drawEllipse(QPointF(item.x0, my), DIAMOND + 3.5, DIAMOND + 3.5)
        else:
            p.drawRoundedRect(QRectF(item.x0 - 3, my - BAR_H / 2 - 3,
                                     max(item.x1 - item.x0, 1.0) + 6, BAR_H + 6), 3, 3)
    label_left = item.label_x
    if sources > 1 and item.label_w:
        _badge(p, label_left, ty, f"{sources}≠" if disagree else str(sources), theme,
               theme.conflict if disagree else theme.muted)
        label_left += BADGE_W
    avail = item.label_x + item.label_w - label_left
    if avail > 4:
        fm = QFontMetricsF(font)
        text = fm.elidedText(event.label, Qt.TextElideMode.ElideRight, avail + 0.5)
        p.setFont(font)
        p.setPen(theme.text)
        p.drawText(QPointF(label_left, text_baseline(font, ty)), text)


def _badge(p: QPainter, x: float, y: float, text: str, theme: Theme, fill: QColor) -> None:
    """How many sources report this happening, in a small pill before its label."""
    rect = QRectF(x, y - 7, BADGE_W - 6, 14)
    p.setPen(Qt.PenStyle.NoPen)
    p.setBrush(fill)
    p.drawRoundedRect(rect, 7, 7)
    f = QFont()
    f.setPixelSize(10)
    f.setBold(True)
    p.setFont(f)
    p.setPen(theme.background)
    p.drawText(rect, Qt.AlignmentFlag.AlignCenter, text)


def draw_cluster(
    p: QPainter, item: Placed, y: float, theme: Theme, font: QFont, *, hovered: bool = False
) -> None:
    """A crowd of events as one counted pill (``+7``); a light band shows the span they cover."""
    fill = QColor(theme.cluster_fill)
    if hovered:
        fill = fill.lighter(115) if theme.dark else fill.darker(115)
    p.setPen(Qt.PenStyle.NoPen)
    if item.x1 - item.x0 > item.label_w:
        band = QColor(fill)
        band.setAlpha(60)
        p.setBrush(band)
        p.drawRoundedRect(QRectF(item.x0, y - 4, item.x1 - item.x0, 8), 4, 4)
    rect = QRectF(item.label_x, y - 9, item.label_w, 19)
    p.setBrush(fill)
    p.drawRoundedRect(rect, 9, 9)
    p.setFont(font)
    p.setPen(theme.cluster_text)
    p.drawText(rect, Qt.AlignmentFlag.AlignCenter, item.label)


def draw_density(p: QPainter, lf: LaneFrame, theme: Theme) -> None:
    """A lane too crowded to draw event by event: how many events fall in every few pixels.

    Bars on a log scale, drawn as one image built with numpy (one call, however many bins).
    """
    counts = lf.density
    if counts is None or not counts.any():
        return
    top = lf.y + HEADER_H
    h = int(lf.height - HEADER_H - LANE_GAP - 2)
    if h <= 0:
        return
    heights = np.ceil(h * np.log1p(counts) / math.log1p(float(counts.max()))).astype(np.int32)
    heights[(counts > 0) & (heights < 2)] = 2
    rows = np.arange(h)[::-1, None]  # pixel rows from the bottom up
    mask = rows < heights[None, :]
    mask[:, :] &= True
    argb = np.zeros((h, len(counts) * int(BIN_PX)), np.uint32)
    color = np.uint32(theme.density.rgba())
    wide = np.repeat(mask, int(BIN_PX), axis=1)
    wide[:, int(BIN_PX) - 1 :: int(BIN_PX)] = False  # a hairline between bins
    argb[wide] = color
    image = QImage(argb.data, argb.shape[1], h, argb.strides[0], QImage.Format.Format_ARGB32)
    p.drawImage(QPointF(0, top), image)


def draw_lane_bands(
    p: QPainter,
    frame: Frame,
    theme: Theme,
    left: float,
    right: float,
    top: float = -math.inf,
    bottom: float = math.inf,
) -> None:
    """Alternating lane backgrounds, for the lanes that meet ``[top, bottom)`` only."""
    for n, lf in enumerate(frame.lanes):
        if lf.y + lf.height < top or lf.y > bottom:
            continue
        y0, y1 = max(lf.y, top), min(lf.y + lf.height, bottom)
        p.fillRect(QRectF(left, y0, right - left, y1 - y0), theme.lane_b if n % 2 else theme.lane_a)


def draw_lane_titles(
    p: QPainter, frame: Frame, theme: Theme, font: QFont, x: float, y0: float, y1: float
) -> None:
    """Each lane's title at its top left, on a backing so it reads over the grid."""
    fm = QFontMetricsF(font)
    p.setFont(font)
    for lf in frame.lanes:
        if lf.y + lf.height < y0 or lf.y > y1:
            continue
        n = lf.lane.total
        count = f"  ·  {n} event{'s' * (n != 1)}" + (", none in view" if lf.folded else "")
        text = fm.elidedText(lf.lane.title, Qt.TextElideMode.ElideRight, max(frame.width * 0.5, 80))
        w = fm.horizontalAdvance(text)
        back = QColor(theme.background)
        back.setAlpha(215)
        p.fillRect(QRectF(x, lf.y + 2, w + fm.horizontalAdvance(count) + 12, HEADER_H - 3), back)
        base = text_baseline(font, lf.y + HEADER_H / 2 + 1)
        p.setPen(theme.muted if lf.folded else theme.text)
        p.drawText(QPointF(x + 6, base), text)
        p.setPen(theme.muted)
        f = QFont(font)
        f.setBold(False)
        p.setFont(f)
        p.drawText(QPointF(x + 6 + w, base), count)
        p.setFont(font)


def draw_grid(p: QPainter, minors, majors, top: float, bottom: float, theme: Theme) -> None:
    """Vertical lines at the ticks, on whole pixels and without antialiasing (one call each)."""
    aa = p.testRenderHint(QPainter.RenderHint.Antialiasing)
    p.setRenderHint(QPainter.RenderHint.Antialiasing, False)
    for ticks, color in ((minors, theme.grid), (majors, theme.grid_major)):
        if ticks:
            p.setPen(QPen(color, 1))
            lines = [QLineF(round(t.x), top, round(t.x), bottom) for t in ticks if not t.context]
            p.drawLines(lines)
    p.setRenderHint(QPainter.RenderHint.Antialiasing, aa)


def draw_gaps(p: QPainter, scale: TimeScale, top: float, bottom: float, theme: Theme) -> None:
    """Collapsed stretches of time: a shaded band between two dotted edges (cheap to paint)."""
    aa = p.testRenderHint(QPainter.RenderHint.Antialiasing)
    p.setRenderHint(QPainter.RenderHint.Antialiasing, False)
    edges = []
    for gap in scale.axis.gaps:
        x0, x1 = round(scale.x_of_units(gap.u0)), round(scale.x_of_units(gap.u1))
        if x1 < 0 or x0 > scale.width:
            continue
        p.fillRect(QRectF(x0, top, x1 - x0, bottom - top), theme.gap_fill)
        edges += [QLineF(x0, top, x0, bottom), QLineF(x1, top, x1, bottom)]
    if edges:
        p.setPen(QPen(theme.grid_major, 1, Qt.PenStyle.DotLine))
        p.drawLines(edges)
    p.setRenderHint(QPainter.RenderHint.Antialiasing, aa)
