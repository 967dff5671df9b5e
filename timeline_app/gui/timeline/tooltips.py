"""Hover text of timeline items: what the index says of an event, a cluster, a density bin."""

from __future__ import annotations

import html
from typing import TYPE_CHECKING

from PySide6.QtCore import QPointF

from timeline_app.core.layout.frame import BIN_PX
from timeline_app.gui.timeline.items import ClusterItem, DensityItem, EventItem

if TYPE_CHECKING:
    from timeline_app.core.layout.timeline_index import TimelineIndex
    from timeline_app.gui.timeline.view import TimelineView

__all__ = ["event_tooltip", "tooltip_for"]

MAX_LISTED = 8


def event_tooltip(index: TimelineIndex, row: int) -> str:
    """Rich text for one event (what the index says of it)."""
    return index.tooltip(row)


def tooltip_for(view: TimelineView, item, pos: QPointF) -> str:
    index = view.index
    if isinstance(item, EventItem):
        return event_tooltip(index, item.row)
    if isinstance(item, ClusterItem):
        rows = sorted(item.rows, key=lambda r: index.begin[r])
        listed = "<br>".join(html.escape(index.caption(r)) for r in rows[:MAX_LISTED])
        more = f"<br>… and {len(rows) - MAX_LISTED} more" if len(rows) > MAX_LISTED else ""
        return f"<b>{len(rows)} events</b> (click to zoom in)<br>{listed}{more}"
    if isinstance(item, DensityItem) and item.lane is not None and item.lane.density is not None:
        b = int(pos.x() // BIN_PX)
        counts = item.lane.density
        near = int(counts[max(0, b - 2) : b + 3].sum())
        return f"{near} events around {view.scale.date_at(pos.x()):%d %b %Y} (click to zoom in)"
    return ""
