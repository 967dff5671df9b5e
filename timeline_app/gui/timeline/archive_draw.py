"""One picture of the archive timeline from the view's current frame, and its tooltips.

Kept apart from the widget so the view module holds only state, navigation and input.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

import numpy as np
from PySide6.QtCore import QPoint, QPointF, QRectF, Qt
from PySide6.QtGui import QColor, QFontMetricsF, QPainter

from timeline_app.core.layout.metrics import from_days
from timeline_app.gui.timeline import archive_paint as ap
from timeline_app.gui.timeline.paint import draw_grid

if TYPE_CHECKING:
    from timeline_app.gui.timeline.archive_view import ArchiveTimelineView

__all__ = ["bin_caption", "draw_frame", "tooltip"]


def bin_caption(days: float) -> str:
    """What one density bin spans, in words (``events per 3 days``)."""
    if days >= 365:
        amount, unit = days / 365.25, "year"
    elif days >= 28:
        amount, unit = days / 30.44, "month"
    elif days >= 1:
        amount, unit = days, "day"
    elif days >= 1 / 24:
        amount, unit = days * 24, "hour"
    else:
        amount, unit = days * 24 * 60, "minute"
    if amount < 1.05:
        return f"events per {unit}"
    return f"events per {amount:.1f} {unit}s" if amount < 10 else f"events per {amount:.0f} {unit}s"


def draw_frame(view: ArchiveTimelineView, p: QPainter, rect: QRectF) -> None:
    """Lane bands, grid, density or events, lane titles and the colour scale."""
    theme, frame = view.theme, view.frame
    p.fillRect(rect, theme.background)
    if frame is None or view.index is None:
        p.setPen(theme.muted)
        p.setFont(view.font_)
        p.drawText(rect, Qt.AlignmentFlag.AlignCenter, view.message or "No events table open")
        return
    lanes = view._lane_rects()
    for n, r in enumerate(lanes):
        p.fillRect(r, theme.lane_b if n % 2 else theme.lane_a)
    minors, majors = view.grid_ticks()
    draw_grid(p, minors, majors, rect.top(), rect.bottom(), theme)
    bands = [
        (int(r.top() + ap.HEADER_H), int(r.height() - ap.HEADER_H - 3), lv.density)
        for r, lv in zip(lanes, frame.lanes, strict=True)
        if lv.rows is None and lv.density is not None
    ]
    if bands:
        p.setRenderHint(QPainter.RenderHint.SmoothPixmapTransform, False)
        ap.draw_density(p, rect, bands, view._peak, view.lut)
    if view.placed:
        p.setRenderHint(QPainter.RenderHint.Antialiasing)
        p.setRenderHint(QPainter.RenderHint.TextAntialiasing)
        for top, placed in view.placed:
            ap.draw_items(p, placed, top, theme, view.font_, view.selected)
    p.setRenderHint(QPainter.RenderHint.Antialiasing, False)  # straight edges: no need, and
    _titles(view, p, lanes)  # antialiased lines across the canvas cost ~0.5 ms each
    if bands and frame.count:
        days = (frame.d1 - frame.d0) / max(1, int(rect.width()) // 3)
        caption = f"{bin_caption(days)}, log scale"
        ap.draw_scale(p, rect.right(), rect.bottom(), view._peak, caption, view.lut, theme,
                      view.small)  # fmt: skip


def _titles(view: ArchiveTimelineView, p: QPainter, lanes: list[QRectF]) -> None:
    theme, frame = view.theme, view.frame
    assert frame is not None
    bold = view.bold
    fm_b, fm = QFontMetricsF(bold), QFontMetricsF(view.small)
    back = QColor(theme.background)
    back.setAlpha(215)
    for r, lv in zip(lanes, frame.lanes, strict=True):
        count = f"  ·  {lv.count:,} in view of {lv.lane.total:,}"
        w = fm_b.horizontalAdvance(lv.lane.title) + fm.horizontalAdvance(count)
        p.fillRect(QRectF(r.left() + 2, r.top() + 2, w + 12, ap.HEADER_H - 4), back)
        base = r.top() + ap.HEADER_H / 2 + (fm_b.ascent() - fm_b.descent()) / 2
        p.setFont(bold)
        p.setPen(theme.text)
        p.drawText(QPointF(r.left() + 8, base), lv.lane.title)
        p.setFont(view.small)
        p.setPen(theme.muted)
        p.drawText(QPointF(r.left() + 8 + fm_b.horizontalAdvance(lv.lane.title), base), count)
        p.fillRect(QRectF(r.left(), round(r.bottom()) - 1, r.width(), 1), theme.grid_major)


def tooltip(view: ArchiveTimelineView, pos: QPoint) -> str:
    """The event under ``pos``, or the lane's count in the bin under it."""
    frame, index = view.frame, view.index
    if frame is None or index is None:
        return ""
    for top, pl in view.placed:
        row = int((pos.y() - top) // ap.ROW_H)
        k = np.flatnonzero(
            (pl.row == row) & (pl.x0 - ap.MARK_W <= pos.x()) & (pos.x() <= pl.x1 + ap.MARK_W)
        )
        if len(k):
            i = int(k[-1])
            b, e = from_days(index.begin[pl.rows[i]]), from_days(index.end[pl.rows[i]] - 1)
            when = b.isoformat() if b == e else f"{b.isoformat()} to {e.isoformat()}"
            return f"{pl.labels[i]}\n{when}"
    for r, lv in zip(view._lane_rects(), frame.lanes, strict=True):
        if lv.rows is None and r.top() <= pos.y() < r.bottom():
            x = pos.x() // 3 * 3
            a, b = view.scale.days_at(x), view.scale.days_at(x + 3)
            n = index.count(lv.lane, a, b)
            first, last = from_days(a), from_days(b)
            span = first.isoformat() if first == last else f"{first} to {last}"
            return f"{lv.lane.title}: {n:,} events meet {span}\nclick to zoom in"
    return ""
