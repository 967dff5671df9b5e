"""Painting the archive timeline: density as a coloured histogram per lane, or the events.

QtGui only. Every lane is one batch of calls however many bins or events it holds: density is
one numpy-built image scaled into the lane, events are one ``drawRects``/``drawPoints`` per
colour, and only labels with room are written.
"""

from __future__ import annotations

import math
from collections.abc import Callable
from dataclasses import dataclass

import numpy as np
from PySide6.QtCore import QLineF, QPointF, QRectF, Qt
from PySide6.QtGui import QColor, QFont, QFontMetricsF, QImage, QLinearGradient, QPainter, QPen

from timeline_app.core.layout.archive_index import GRANULARITIES
from timeline_app.core.model import Granularity
from timeline_app.gui.timeline.theme import Theme

__all__ = ["HEADER_H", "ROW_H", "Placed", "draw_density", "draw_items", "draw_scale", "heat_lut"]

HEADER_H = 22.0
ROW_H = 30.0
MARK_W = 7.0  # a day's diamond, across
LIGHT = ("#eef3f9", "#b9d3ea", "#5ba3cf", "#2767a8", "#0b2f6b")
DARK = ("#26314a", "#3b5b8a", "#4f97c4", "#9fd2e6", "#f3fbff")


def heat_lut(theme: Theme) -> np.ndarray:
    """256 ARGB colours from few to many events (a sequential blue ramp, light or dark)."""
    stops = [QColor(c) for c in (DARK if theme.dark else LIGHT)]
    t = np.linspace(0, len(stops) - 1, 256)
    i = np.minimum(t.astype(int), len(stops) - 2)
    f = t - i
    rgb = np.array([[c.red(), c.green(), c.blue()] for c in stops], float)
    mixed = (rgb[i] * (1 - f)[:, None] + rgb[i + 1] * f[:, None]).round().astype(np.uint32)
    return (0xFF << 24) | (mixed[:, 0] << 16) | (mixed[:, 1] << 8) | mixed[:, 2]


RANGE = 1000.0  # the colour scale spans three decades below the peak


def _level(weights: np.ndarray, peak: float) -> np.ndarray:
    """0..1 on a log scale over three decades below ``peak``, whatever its unit.

    Weights are fractions when long events are spread thin over a short view, so the scale is
    relative to the peak rather than to one event.
    """
    scaled = np.maximum(weights, 0) * (RANGE / max(peak, 1e-12))
    return np.log1p(scaled) / math.log1p(RANGE)


def draw_density(
    p: QPainter, rect: QRectF, bands: list[tuple[int, int, np.ndarray]], peak: float, lut
) -> None:
    """Each lane's bins as bars (height and colour by the log of the weight), in one image.

    ``bands`` holds each lane's top and height (pixels from ``rect``'s top) and its weights; all
    lanes have the same number of bins, stretched across ``rect``'s width.
    """
    bins = max((len(w) for _, _, w in bands), default=0)
    height = int(rect.height())
    if not bins or height <= 0:
        return
    argb = np.zeros((height, bins), np.uint32)
    for top, h, weights in bands:
        h = min(h, height - top)
        if h <= 0 or not (weights > 1e-9).any():
            continue
        level = _level(weights, peak)
        heights = np.ceil(level * h).astype(np.int32)
        heights[(weights > 1e-9) & (heights < 2)] = 2
        colors = lut[np.clip((level * 255).astype(np.int32), 0, 255)]
        mask = np.arange(h)[::-1, None] < heights[None, :]
        argb[top : top + h] = np.where(mask, colors[None, :], np.uint32(0))
    fmt = QImage.Format.Format_ARGB32_Premultiplied  # opaque colours or nothing: same bytes
    image = QImage(argb.data, bins, height, argb.strides[0], fmt)
    p.drawImage(QRectF(rect.left(), rect.top(), rect.width(), height), image)


def draw_scale(
    p: QPainter, right: float, bottom: float, peak: float, caption: str, lut, theme, font: QFont
) -> None:
    """The colour scale: a ramp from 1 to ``peak`` with its caption, bottom-right on a backing."""
    fm = QFontMetricsF(font)
    top_label = f"{peak:,.0f}" if peak >= 10 else f"{peak:.2g}"
    w = max(150.0, fm.horizontalAdvance(caption) + 16)
    box = QRectF(right - w - 8, bottom - 46, w, 40)
    back = QColor(theme.background)
    back.setAlpha(225)
    p.fillRect(box, back)
    p.setPen(QPen(theme.grid_major, 1))
    p.setBrush(Qt.BrushStyle.NoBrush)
    p.drawRect(box)
    ramp = QRectF(box.left() + 8, box.top() + 22, w - 16, 8)
    grad = QLinearGradient(ramp.topLeft(), ramp.topRight())
    for k in range(0, 256, 51):
        grad.setColorAt(k / 255, QColor.fromRgba(int(lut[k])))
    grad.setColorAt(1.0, QColor.fromRgba(int(lut[255])))
    p.fillRect(ramp, grad)
    p.setFont(font)
    p.setPen(theme.muted)
    p.drawText(QPointF(box.left() + 8, box.top() + 15), caption)
    p.drawText(QRectF(ramp.left(), ramp.bottom(), ramp.width(), 12),
               Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop, "0")  # fmt: skip
    p.drawText(QRectF(ramp.left(), ramp.bottom(), ramp.width(), 12),
               Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignTop, top_label)  # fmt: skip


def allocate(height: float, wants: list[float], floors: list[float]) -> list[float]:
    """Lane heights within ``height``.

    What each wants if all fit (the spare shared equally); else each its floor, then whole rows
    in turn to every lane still wanting more (the hungriest first), then what is left equally.
    """
    if not wants:
        return []
    if sum(wants) <= height:
        spare = (height - sum(wants)) / len(wants)
        return [w + spare for w in wants]
    heights = list(floors)
    left = height - sum(floors)
    order = sorted(range(len(wants)), key=lambda i: floors[i] - wants[i])
    while left >= ROW_H and any(heights[i] < wants[i] for i in order):
        for i in order:
            add = min(ROW_H, wants[i] - heights[i])
            if add > 0 and left >= add:
                heights[i] += add
                left -= add
    return [h + left / len(heights) for h in heights]


@dataclass(slots=True)
class Placed:
    """The events of one lane placed in rows: numpy arrays, one entry per event."""

    rows: np.ndarray  # positions in the index
    x0: np.ndarray  # a day's centre, or a bar's left
    x1: np.ndarray
    row: np.ndarray
    gran: np.ndarray
    label_x: np.ndarray
    label_room: np.ndarray  # pixels free for the label (0: none)
    labels: list[str]
    ids: list[str]


def place(
    rows, begin, end, gran, labels, ids, d0, px_per_day, n_rows, measure: Callable[[str], float]
) -> Placed:
    """First fit in ``n_rows`` rows, left to right; a mark with no free row overlaps the last.

    Each event is a label above its mark. A label (up to 200 px) is planned only where it fits
    before the next event of its row; the others keep their mark and the tooltip.
    """
    day = gran == 0
    x0 = (begin - d0) * px_per_day
    x1 = np.maximum((end - d0) * px_per_day, x0 + 1)
    x0 = np.where(day, np.floor((x0 + x1) / 2) + 0.5, x0)
    x1 = np.where(day, x0, x1)
    start = np.where(day, x0 - MARK_W, x0)
    mark_end = np.where(day, x0 + MARK_W, x1)
    label_x = np.where(day, x0 - MARK_W / 2, np.maximum(x0, 2.0))
    want = np.minimum(np.array([measure(s) for s in labels], float) + 10, 200.0)
    row = np.zeros(len(rows), np.int16)
    room = np.zeros(len(rows))
    ends = [-math.inf] * max(1, n_rows)
    for k, a in enumerate(start.tolist()):
        r = next((r for r, e in enumerate(ends) if e <= a), -1)
        if r >= 0:
            room[k] = want[k]
            ends[r] = max(mark_end[k], label_x[k] + want[k]) + 6
        else:  # no free row: its mark over the last row (marks sit below labels), no label
            r = len(ends) - 1
            ends[r] = max(ends[r], mark_end[k] + 6)
        row[k] = r
    return Placed(rows, x0, x1, row, gran, label_x, room, labels, ids)


def draw_items(
    p: QPainter, placed: Placed, top: float, theme: Theme, font: QFont, selected: str | None
) -> None:
    """Marks by colour in a few calls (days as diamonds, longer dates as capped bars), labels."""
    mark_y = top + ROW_H * placed.row + ROW_H - 8
    text_y = top + ROW_H * placed.row + 10
    if selected is not None and selected in placed.ids:
        k = placed.ids.index(selected)
        halo = QColor(theme.selection)
        halo.setAlpha(90)
        right = max(placed.x1[k] + MARK_W, placed.label_x[k] + placed.label_room[k])
        p.setPen(Qt.PenStyle.NoPen)
        p.setBrush(halo)
        left = min(placed.x0[k] - MARK_W, placed.label_x[k]) - 3
        p.drawRoundedRect(QRectF(left, text_y[k] - 9, right - left + 3, ROW_H + 2), 4, 4)
    for code in np.unique(placed.gran).tolist():
        g = Granularity(GRANULARITIES[code]) if code < len(GRANULARITIES) else None
        color = theme.color(g)
        k = np.flatnonzero(placed.gran == code)
        x0, x1, y = placed.x0[k], placed.x1[k], mark_y[k]
        if code == 0:  # diamonds: square points drawn in a frame turned by 45 degrees
            p.save()
            p.rotate(45)
            c = math.cos(math.pi / 4)
            pts = [QPointF(a, b) for a, b in zip((x0 + y) * c, (y - x0) * c, strict=True)]
            p.setPen(QPen(color, MARK_W * 1.1, Qt.PenStyle.SolidLine, Qt.PenCapStyle.FlatCap))
            p.drawPoints(pts)
            p.restore()
            continue
        p.setPen(Qt.PenStyle.NoPen)
        p.setBrush(theme.fill(g))
        p.drawRects([QRectF(a, b - 4, e - a, 8) for a, e, b in zip(x0, x1, y, strict=True)])
        p.setPen(QPen(color, 2.0, Qt.PenStyle.SolidLine, Qt.PenCapStyle.FlatCap))
        caps = [QLineF(a + 1, b - 6, a + 1, b + 6) for a, b in zip(x0, y, strict=True)]
        caps += [QLineF(e - 1, b - 6, e - 1, b + 6) for e, b in zip(x1, y, strict=True)]
        p.drawLines(caps)
    fm = QFontMetricsF(font)
    p.setFont(font)
    p.setPen(theme.text)
    base = (fm.ascent() - fm.descent()) / 2
    right = p.device().width() / p.device().devicePixelRatioF() if p.device() else math.inf
    room = np.minimum(placed.label_room, right - 4 - placed.label_x)
    for k in np.flatnonzero(room > 40).tolist():
        text = fm.elidedText(placed.labels[k], Qt.TextElideMode.ElideRight, room[k])
        p.drawText(QPointF(float(placed.label_x[k]), float(text_y[k]) + base), text)
