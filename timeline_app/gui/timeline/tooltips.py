"""Hover text of timeline items: label, date, expression as written and its sources."""

from __future__ import annotations

import html
from typing import TYPE_CHECKING

from PySide6.QtCore import QPointF

from timeline_app.core.layout.frame import BIN_PX
from timeline_app.core.temporal.display import human_date
from timeline_app.gui.timeline.items import ClusterItem, DensityItem, EventItem

if TYPE_CHECKING:
    from timeline_app.core.layout.event_index import EventIndex
    from timeline_app.gui.timeline.view import TimelineView

__all__ = ["event_tooltip", "tooltip_for"]

MAX_LISTED = 8


def event_tooltip(index: EventIndex, row: int) -> str:
    """Rich text for one event."""
    e = index.events[row]
    m = e.mention
    sources = sorted(index.title_of(aid) for aid in index.reporting_articles(row))
    esc = html.escape
    lines = [
        f"<b>{esc(e.label)}</b>",
        f"{esc(human_date(m))} <span style='color:gray'>"
        f"({esc(m.value)}, {esc(str(m.granularity))})</span>",
        f"“{esc(m.text)}”",
    ]
    if index.is_uncertain(row):
        a = index.timeline.analyses[e.article_id].anchor
        lines.append(f"<i>Resolved against an {esc(str(a.source))} anchor</i>")
    label = "Source" if len(sources) == 1 else f"{len(sources)} sources"
    lines.append(f"{label}: " + "; ".join(esc(s) for s in sources))
    if index.disagrees(row):
        lines.append("<b style='color:#c62828'>⚠ The sources disagree on the date</b>"
                     " (click the count to compare them)")
    return "<br>".join(lines)


def tooltip_for(view: TimelineView, item, pos: QPointF) -> str:
    index = view.index
    if isinstance(item, EventItem):
        return event_tooltip(index, item.row)
    if isinstance(item, ClusterItem):
        rows = sorted(item.rows, key=lambda r: index.begin[r])
        events = [index.events[r] for r in rows[:MAX_LISTED]]
        listed = "<br>".join(
            f"{html.escape(human_date(e.mention))} — {html.escape(e.label)}" for e in events
        )
        more = f"<br>… and {len(rows) - MAX_LISTED} more" if len(rows) > MAX_LISTED else ""
        return f"<b>{len(rows)} events</b> (click to zoom in)<br>{listed}{more}"
    if isinstance(item, DensityItem) and item.lane is not None and item.lane.density is not None:
        b = int(pos.x() // BIN_PX)
        counts = item.lane.density
        near = int(counts[max(0, b - 2) : b + 3].sum())
        return f"{near} events around {view.scale.date_at(pos.x()):%d %b %Y} (click to zoom in)"
    return ""
