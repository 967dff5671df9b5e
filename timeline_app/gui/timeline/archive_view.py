"""ArchiveTimelineView: the timeline of a million events, by level of detail.

The same navigation as :class:`~.view.TimelineView` (zoom, pan, fit, ``visible_range``,
``rangeChanged``, ``eventActivated``), over an :class:`~.archive_index.ArchiveIndex` instead of a
document. Every change of range computes an :class:`~.archive_index.ArchiveFrame` (density per
lane, or the few events in view placed in rows); painting only draws that frame.
"""

from __future__ import annotations

from datetime import date

import numpy as np
from PySide6.QtCore import QPoint, QRectF, Signal
from PySide6.QtGui import QFontMetricsF, QPainter
from PySide6.QtWidgets import QVBoxLayout, QWidget

from timeline_app.core.layout.archive_index import ArchiveFrame, ArchiveIndex
from timeline_app.core.layout.metrics import TimeScale, from_days, to_days
from timeline_app.core.layout.ticks import axis_ticks
from timeline_app.gui.timeline import archive_paint as ap
from timeline_app.gui.timeline.archive_canvas import ArchiveCanvas
from timeline_app.gui.timeline.archive_draw import draw_frame, tooltip
from timeline_app.gui.timeline.axis import _measure
from timeline_app.gui.timeline.strips import AxisStrip, OverviewStrip
from timeline_app.gui.timeline.theme import Theme, fonts

__all__ = ["ArchiveTimelineView"]

BIN_PX = 3
ZOOM_STEP = 1.5
DENSITY_H = 72.0  # what a density lane asks for
DENSITY_MIN = 46.0  # and makes do with when the events of other lanes need the room
MAX_ROWS = 24  # the most rows a lane of events asks for
PX_PER_ITEM = 24  # a lane shows its events one by one up to one per 24 px of each row
MARGIN = 0.03


class ArchiveTimelineView(QWidget):
    """Axis, lanes and overview over an archive; shows nothing until :meth:`set_index`."""

    eventActivated = Signal(str)
    rangeChanged = Signal(object, object)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.index: ArchiveIndex | None = None
        self.lane_mode = "granularity"
        self.frame: ArchiveFrame | None = None
        self.placed: list[tuple[float, ap.Placed]] = []  # (lane top, items) in items mode
        self.selected: str | None = None
        self.message = ""  # shown while there is nothing to draw (loading...)
        self.theme = Theme.for_palette(self.palette())
        self.lut = ap.heat_lut(self.theme)
        self.font_, self.small, self.bold = fonts()
        self._measure_small, self._measure_bold = _measure(self.small), _measure(self.bold)
        self._measure = _measure(self.font_)
        self._char_w = QFontMetricsF(self.font_).horizontalAdvance("Minister resigns 0") / 18
        self._peak = 1.0
        self._heights: list[float] = []
        self._span = (0.0, 1.0)
        self._ticks: tuple[tuple, tuple[list, list]] = ((), ([], []))
        self._last_range: tuple[date, date] | None = None
        self.scale = TimeScale(date(2000, 1, 1), date(2030, 1, 1), 800)
        self.axis = AxisStrip(lambda: self.scale, lambda: self.theme, self)
        self.canvas = ArchiveCanvas(self)
        self.overview = OverviewStrip(lambda: self.theme, self)
        self.overview.panned.connect(lambda du: self.pan_px(-du * self.scale.px_per_unit))
        self.overview.jumped.connect(self._center_on)
        box = QVBoxLayout(self)
        box.setContentsMargins(0, 0, 0, 0)
        box.setSpacing(0)
        for w, stretch in ((self.axis, 0), (self.canvas, 1), (self.overview, 0)):
            box.addWidget(w, stretch)
        self.setFocusProxy(self.canvas)

    # --- data -------------------------------------------------------------------------------
    def set_index(self, index: ArchiveIndex | None) -> None:
        """Show ``index`` (None: nothing) and fit it."""
        self.index = index
        if index is not None and len(index):  # what "all" means: a few centuries-long tails
            last = max(int(index.begin[-1]) + 1, float(np.percentile(index.end, 99.5)))
            self._span = (float(index.first), last)  # running off the right do not count
        self._update_overview()
        self.fit_all()

    def set_lane_mode(self, mode: str) -> None:
        """``"granularity"`` (one lane per precision), ``"single"`` or ``"bucket"`` (by article)."""
        if self.index is not None:
            self.index.lanes(mode)  # raises on an unknown mode before anything changes
        self.lane_mode = mode
        self.relayout()

    def lod(self) -> str:
        """``"density"``, ``"items"`` or ``"mixed"``: what the last frame drew (else ``""``)."""
        return self.frame.mode if self.frame is not None else ""

    def item_count(self) -> int:
        """How many events are drawn one by one now."""
        return sum(len(pl.rows) for _, pl in self.placed)

    # --- navigation -------------------------------------------------------------------------
    def visible_range(self) -> tuple[date, date]:
        return self.scale.visible_range()

    def zoom_to_range(self, begin: date | float, end: date | float) -> None:
        self.scale.set_range(to_days(begin), max(to_days(end), to_days(begin) + 1))
        self.relayout()

    def fit_all(self) -> None:
        if self.index is None or not len(self.index):
            self.relayout()
            return
        first, last = self._span
        pad = max((last - first) * MARGIN, 2.0)
        self.zoom_to_range(first - pad, last + pad)

    def zoom_in(self) -> None:
        self.zoom_at(ZOOM_STEP, None)

    def zoom_out(self) -> None:
        self.zoom_at(1 / ZOOM_STEP, None)

    def zoom_at(self, factor: float, x: float | None) -> None:
        self.scale.zoom(factor, x)
        self.relayout()

    def pan_px(self, dx: float) -> None:
        """Drag the content ``dx`` pixels to the right (earlier times come into view)."""
        self.scale.pan(-dx)
        self.relayout()

    def _center_on(self, u: float) -> None:
        self.pan_px(-(u - (self.scale.u0 + self.scale.u1) / 2) * self.scale.px_per_unit)

    # --- layout -----------------------------------------------------------------------------
    def _lane_rects(self) -> list[QRectF]:
        n = len(self.frame.lanes) if self.frame else 0
        heights = self._heights if len(self._heights) == n else [self.canvas.height() / n] * n
        tops = np.concatenate([[0.0], np.cumsum(heights)])
        return [QRectF(0, t, self.canvas.width(), h) for t, h in zip(tops, heights, strict=False)]

    def relayout(self) -> None:
        """Compute what the range in view shows, and repaint."""
        width = max(1, self.canvas.width())
        if abs(width - self.scale.width) > 0.5:
            self.scale.set_width(width)
        d0, d1 = self.scale.begin_days, self.scale.end_days
        self.placed = []
        if self.index is not None:
            bins = max(1, width // BIN_PX)
            n = len(self.index.lanes(self.lane_mode))
            rows = max(1, int((self.canvas.height() / max(n, 1) - ap.HEADER_H - 4) // ap.ROW_H))
            capacity = int(rows * width / PX_PER_ITEM)
            self.frame = self.index.frame(d0, d1, bins, self.lane_mode, capacity=capacity)
            self._place()
            peaks = [float(v.density.max()) for v in self.frame.lanes if v.density is not None]
            # the colour scale counts the lanes drawn event by event too: a few long events
            # alone in density do not look like the busiest thing in view
            self._peak = max(peaks, default=1.0)
        self.axis.update()
        self.canvas.update()
        self.overview.set_window(self.scale.u0, self.scale.u1)
        rng = self.scale.visible_range()
        if rng != self._last_range:
            self._last_range = rng
            self.rangeChanged.emit(*rng)

    def _place(self) -> None:
        """Place the events of the item lanes, then give each lane the height it needs."""
        index, frame = self.index, self.frame
        assert index is not None and frame is not None
        ppd, places, wants = self.scale.px_per_unit, [], []
        for lv in frame.lanes:
            if lv.rows is None:
                places.append(None)
                wants.append(DENSITY_H)
                continue
            rows = lv.rows
            text = index.columns(rows, ["label", "event_id"])
            measure = self._measure if len(rows) <= 600 else self._estimate
            args = (rows, index.begin[rows], index.end[rows], index.gran[rows], text["label"],
                    text["event_id"], frame.d0, ppd)  # fmt: skip
            placed = ap.place(*args, MAX_ROWS, measure)
            need = int(placed.row.max()) + 1 if len(rows) else 1
            places.append((args, measure, need, placed))
            wants.append(ap.HEADER_H + ap.ROW_H * need + 6)
        floors = [DENSITY_MIN if p is None else ap.HEADER_H + ap.ROW_H + 6 for p in places]
        self._heights = ap.allocate(self.canvas.height(), wants, floors)
        for rect, item in zip(self._lane_rects(), places, strict=True):
            if item is None:
                continue
            args, measure, need, placed = item
            n_rows = max(1, int((rect.height() - ap.HEADER_H - 4) // ap.ROW_H))
            if n_rows < need:
                placed = ap.place(*args, n_rows, measure)
            self.placed.append((rect.top() + ap.HEADER_H, placed))

    def grid_ticks(self) -> tuple[list, list]:
        """The axis ticks for the canvas grid, computed once per range (they cost ~ms)."""
        key = (self.scale.u0, self.scale.u1, self.scale.width)
        if self._ticks[0] != key:
            self._ticks = (key, axis_ticks(self.scale, self._measure_small, self._measure_bold))
        return self._ticks[1]

    def _estimate(self, text: str) -> float:
        """A label's width from its length: measuring thousands would cost a frame."""
        return len(text) * self._char_w

    def _update_overview(self) -> None:
        index = self.index
        if index is None or not len(index):
            self.overview.full = None
            self.overview.update()
            return
        pad = (index.last - index.first) * 0.02 + 1
        full = TimeScale(index.first - pad, index.last + pad, max(1, self.overview.width()))
        lanes = index.lanes(self.lane_mode)
        bins = OverviewStrip.BINS
        self.overview.full = full
        self.overview.counts = sum(
            (index.density(lane, full.begin_days, full.end_days, bins) for lane in lanes),
            np.zeros(bins),
        )
        self.overview.update()

    def resizeEvent(self, event) -> None:  # noqa: D102
        super().resizeEvent(event)
        self._update_overview()

    # --- painting and input -----------------------------------------------------------------
    def paint(self, p: QPainter, rect: QRectF) -> None:
        """Draw the current frame into ``rect`` (the canvas)."""
        draw_frame(self, p, rect)

    def clicked(self, pos: QPoint) -> None:
        """Activate the event under ``pos``; on density, zoom in around it."""
        hit = self._hit(pos)
        if hit is not None:
            self.selected = hit
            self.canvas.update()
            self.eventActivated.emit(hit)
        elif self.lod() != "items":
            self.zoom_at(3.0, float(pos.x()))

    def _hit(self, pos: QPoint) -> str | None:
        for top, pl in self.placed:
            row = int((pos.y() - top) // ap.ROW_H)
            k = np.flatnonzero(
                (pl.row == row) & (pl.x0 - ap.MARK_W <= pos.x()) & (pos.x() <= pl.x1 + ap.MARK_W)
            )
            if len(k):
                return pl.ids[int(k[-1])]
        return None

    def tooltip_at(self, pos: QPoint) -> str:
        return tooltip(self, pos)

    def date_at(self, x: float) -> date:
        return from_days(self.scale.days_at(x))
