"""QGraphicsItems of the timeline: an event, a counted cluster, a lane's density.

Items are thin: they hold a placement from the layout and paint with :mod:`.paint`, reading
colours, fonts and the selection from a shared :class:`SceneContext`. The scene reuses them
from a pool when the view zooms or pans, so only what is in view exists.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from PySide6.QtCore import QRectF, Qt
from PySide6.QtGui import QFont, QPainter
from PySide6.QtWidgets import QGraphicsItem, QStyleOptionGraphicsItem, QWidget

from timeline_app.gui.timeline.frame import HEADER_H, LANE_GAP, LaneFrame
from timeline_app.gui.timeline.index import EventIndex
from timeline_app.gui.timeline.layout import Placed
from timeline_app.gui.timeline.paint import draw_cluster, draw_density, draw_event
from timeline_app.gui.timeline.theme import Theme, fonts

__all__ = ["ClusterItem", "DensityItem", "EventItem", "SceneContext"]


@dataclass
class SceneContext:
    """What every item reads when painting."""

    index: EventIndex
    theme: Theme = field(default_factory=Theme.light)
    font: QFont = field(default_factory=lambda: fonts()[0])
    selected: int | None = None  # the selected event's row in ``index``


class _Base(QGraphicsItem):
    def __init__(self, ctx: SceneContext) -> None:
        super().__init__()
        self.ctx = ctx
        self.hovered = False
        self._rect = QRectF()
        self.setAcceptHoverEvents(True)
        self.setCursor(Qt.CursorShape.PointingHandCursor)

    def boundingRect(self) -> QRectF:  # noqa: D102
        return self._rect

    def hoverEnterEvent(self, event) -> None:  # noqa: D102
        self.hovered = True
        self.update()

    def hoverLeaveEvent(self, event) -> None:  # noqa: D102
        self.hovered = False
        self.update()


class EventItem(_Base):
    """One event: a point for a day, a bar over a coarser uncertain interval."""

    def __init__(self, ctx: SceneContext) -> None:
        super().__init__(ctx)
        self.placed: Placed | None = None
        self.row = -1
        self.cy = 0.0
        self.setZValue(1)

    def place(self, placed: Placed, y: float) -> None:
        self.prepareGeometryChange()
        self.placed, self.cy, self.row = placed, y, int(placed.keys[0])  # type: ignore[call-overload]
        right = placed.right
        self._rect = QRectF(placed.left - 5, y - 14, right - placed.left + 12, 29)
        self.setZValue(3 if self.row == self.ctx.selected else 1)
        self.update()

    @property
    def event_id(self) -> str:
        return self.ctx.index.events[self.row].event_id

    def paint(self, p: QPainter, option: QStyleOptionGraphicsItem, widget: QWidget | None = None):  # noqa: D102
        if self.placed is None:
            return
        p.setRenderHint(QPainter.RenderHint.Antialiasing)
        idx = self.ctx.index
        draw_event(
            p,
            self.placed,
            self.cy,
            idx.events[self.row],
            self.ctx.theme,
            self.ctx.font,
            selected=self.row == self.ctx.selected,
            hovered=self.hovered,
            uncertain=idx.is_uncertain(self.row),
            sources=idx.source_count(self.row),
        )


class ClusterItem(_Base):
    """Events too crowded to draw apart, as one ``+n`` pill; a click zooms into them."""

    def __init__(self, ctx: SceneContext) -> None:
        super().__init__(ctx)
        self.placed: Placed | None = None
        self.cy = 0.0
        self.setZValue(2)

    def place(self, placed: Placed, y: float) -> None:
        self.prepareGeometryChange()
        self.placed, self.cy = placed, y
        w = max(placed.label_w, placed.x1 - placed.x0)
        self._rect = QRectF(placed.x0 - 1, y - 10, w + 2, 20)
        self.update()

    @property
    def rows(self) -> list[int]:
        return [int(k) for k in self.placed.keys] if self.placed else []  # type: ignore[call-overload]

    def paint(self, p: QPainter, option: QStyleOptionGraphicsItem, widget: QWidget | None = None):  # noqa: D102
        if self.placed is not None:
            p.setRenderHint(QPainter.RenderHint.Antialiasing)
            draw_cluster(
                p, self.placed, self.cy, self.ctx.theme, self.ctx.font, hovered=self.hovered
            )


class DensityItem(_Base):
    """A lane drawn as counts per few pixels because it holds too many events to draw apart."""

    def __init__(self, ctx: SceneContext) -> None:
        super().__init__(ctx)
        self.lane: LaneFrame | None = None
        self.setCursor(Qt.CursorShape.CrossCursor)

    def place(self, lane: LaneFrame, width: float) -> None:
        self.prepareGeometryChange()
        self.lane = lane
        self._rect = QRectF(0, lane.y + HEADER_H, width, lane.height - HEADER_H - LANE_GAP)
        self.update()

    def paint(self, p: QPainter, option: QStyleOptionGraphicsItem, widget: QWidget | None = None):  # noqa: D102
        if self.lane is not None:
            draw_density(p, self.lane, self.ctx.theme)
