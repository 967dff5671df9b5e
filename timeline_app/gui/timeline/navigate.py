"""Zoom, pan, fit, selection and clicks of :class:`~.view.TimelineView` (a mixin).

Every method changes the view's :class:`~.metrics.TimeScale` or selection, then lays out again.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

import numpy as np
from PySide6.QtCore import QPoint

from timeline_app.core.layout.frame import BADGE_W
from timeline_app.core.layout.metrics import TimeScale
from timeline_app.gui.timeline.items import ClusterItem, DensityItem, EventItem

if TYPE_CHECKING:
    from timeline_app.gui.timeline.view import TimelineView

__all__ = ["Navigator"]

ZOOM_STEP = 1.5
MARGIN = 0.04  # of the visible span, left and right of what is fitted


class Navigator:
    """Navigation for the view; expects ``scale``, ``index``, ``canvas``, ``scene``."""

    # --- zoom and pan ---------------------------------------------------------------------
    def zoom_in(self: TimelineView) -> None:
        self.zoom_at(ZOOM_STEP, None)

    def zoom_out(self: TimelineView) -> None:
        self.zoom_at(1 / ZOOM_STEP, None)

    def zoom_at(self: TimelineView, factor: float, x: float | None) -> None:
        """Zoom by ``factor`` keeping the time under viewport ``x`` (default: centre) still."""
        self.scale.zoom(factor, x)
        self.relayout()

    def pan_px(self: TimelineView, dx: float) -> None:
        """Drag the content ``dx`` pixels to the right (earlier times come into view)."""
        self.scale.pan(-dx)
        self.relayout()

    def _pan_units(self: TimelineView, du: float) -> None:
        self.scale.pan(du * self.scale.px_per_unit)
        self.relayout()

    def _center_on_units(self: TimelineView, u: float) -> None:
        span = self.scale.u1 - self.scale.u0
        self._pan_units(u - span / 2 - self.scale.u0)

    def _set_units(self: TimelineView, u0: float, u1: float) -> None:
        pad = (u1 - u0) * MARGIN
        axis = self.scale.axis
        self.scale.set_range(axis.days(u0 - pad), axis.days(u1 + pad))
        self.relayout()

    def fit_all(self: TimelineView) -> None:
        """Show every shown event (the whole story if nothing is filtered)."""
        rows = self.index.shown_rows()
        if not len(rows):
            self.relayout()
            return
        axis = self.scale.axis
        b, e = self.index.story_extent(rows)
        u0, u1 = axis.units(b), axis.units(e)
        self._set_units(u0, max(u1, u0 + TimeScale.MIN_VISIBLE_DAYS))

    def _full_scale(self: TimelineView, width: float) -> TimeScale | None:
        """The whole story (all events, filter or not) across ``width`` pixels."""
        if not len(self.index):
            return None
        axis = self.scale.axis
        b, e = self.index.story_extent()
        u0, u1 = axis.units(b), axis.units(e)
        pad = (u1 - u0) * 0.02 + 1
        return TimeScale(axis.days(u0 - pad), axis.days(u1 + pad), width, axis)

    # --- selection ------------------------------------------------------------------------
    def select_event(self: TimelineView, event_id: str | None) -> None:
        """Highlight ``event_id`` and bring it into view (pan, or zoom if it cannot fit)."""
        self._selected_id = event_id
        row = self.index.find(event_id) if event_id else None
        self.scene.set_selected(row)
        if row is None:
            if self.current:  # else the index on its way is laid out when it comes
                self.relayout()
            return
        b, e = float(self.index.begin[row]), float(self.index.end[row])
        s = self.scale
        ub, ue = s.axis.units(b), s.axis.units(e)
        span = s.u1 - s.u0
        if ub >= s.u0 and ue <= s.u1:
            self.relayout()
        elif (ue - ub) < span * 0.9:
            self._pan_units((ub + ue) / 2 - span / 2 - s.u0)
        else:
            self._set_units(ub, ue)
        self._ensure_row_visible(row)

    def _ensure_row_visible(self: TimelineView, row: int) -> None:
        item = self.scene.item_of_row(row)
        if item is None:  # lane not laid out: scroll to it, then look again
            lane = self.index.lane_of_event(row)
            frame = self.scene.frame
            if lane is None or lane >= len(frame.lanes):
                return
            self.canvas.verticalScrollBar().setValue(int(frame.lanes[lane].y))
            self.relayout()
            item = self.scene.item_of_row(row)
        if item is not None:
            r = item.sceneBoundingRect()
            self.canvas.ensureVisible(0, r.top(), 1, r.height(), 0, 24)

    def zoom_to_selection(self: TimelineView) -> None:
        """Zoom so the selected event fills a good part of the view."""
        row = self.ctx.selected
        if row is None:
            return
        b, e = float(self.index.begin[row]), float(self.index.end[row])
        half = max(e - b, 10.0) * 2
        mid = (b + e) / 2
        self.scale.set_range(mid - half, mid + half)
        self.relayout()

    def step_event(self: TimelineView, forward: bool) -> None:
        """Select the next (or previous) shown event in time and tell the world."""
        rows = self.index.shown_rows()
        if not len(rows):
            return
        rows = rows[np.lexsort((rows, self.index.begin[rows]))]
        cur = self.ctx.selected
        if cur is None:
            mid = (self.scale.begin_days + self.scale.end_days) / 2
            k = int(np.searchsorted(self.index.begin[rows], mid))
            k = min(k, len(rows) - 1) if forward else max(k - 1, 0)
        else:
            pos = int(np.flatnonzero(rows == cur)[0]) if cur in rows else 0
            k = min(pos + 1, len(rows) - 1) if forward else max(pos - 1, 0)
        event_id = self.index.event_id(int(rows[k]))
        self.select_event(event_id)
        self.eventActivated.emit(event_id)

    # --- clicks ---------------------------------------------------------------------------
    def clicked(self: TimelineView, item, pos: QPoint) -> None:
        if isinstance(item, EventItem):
            # the event under the pointer is the one selected; its source-count badge, when
            # several sources report it, opens the card of those sources
            event_id = self.index.event_id(item.row)
            self._selected_id = event_id
            self.scene.set_selected(item.row)
            self.eventActivated.emit(event_id)
            if self.index.source_count(item.row) > 1 and self._on_badge(item, pos):
                self.clusterActivated.emit(self.index.cluster_of(item.row))
        elif isinstance(item, ClusterItem):
            rows = item.rows
            first = min(rows, key=lambda r: (self.index.begin[r], r))
            axis = self.scale.axis
            u0 = axis.units(float(self.index.begin[rows].min()))
            u1 = axis.units(float(self.index.end[rows].max()))
            self._set_units(u0, max(u1, u0 + TimeScale.MIN_VISIBLE_DAYS))
            self.select_event(self.index.event_id(first))
            self.eventActivated.emit(self.index.event_id(first))
        elif isinstance(item, DensityItem):
            self.zoom_at(4.0, float(pos.x()))

    def _on_badge(self: TimelineView, item: EventItem, pos: QPoint) -> bool:
        """Whether viewport ``pos`` falls on ``item``'s source-count badge."""
        placed = item.placed
        if placed is None or not placed.label_w:
            return False
        x = self.canvas.mapToScene(pos).x()
        return placed.label_x - 2 <= x <= placed.label_x + BADGE_W
