"""QGraphicsItems of the timeline: an event, a counted cluster, a lane's density.

Items are thin: they hold a placement from the layout and paint with :mod:`.paint`, reading
colours, fonts and the selection from a shared :class:`SceneContext`. Each item keeps the shape
it was last drawn with and its position apart: when a pan or zoom only moves it, it moves
(``setPos``) and Qt reuses its cached picture (``DeviceCoordinateCache``) without calling
Python; it is painted again only when its shape, selection or hover changes.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from PySide6.QtCore import QRectF, Qt
from PySide6.QtGui import QFont, QPainter
from PySide6.QtWidgets import QGraphicsItem, QStyleOptionGraphicsItem, QWidget

from timeline_app.core.layout.frame import HEADER_H, LANE_GAP, LaneFrame
from timeline_app.core.layout.rows import Placed
from timeline_app.core.layout.timeline_index import TimelineIndex
from timeline_app.gui.timeline.paint import EventLook, draw_cluster, draw_density, draw_event
from timeline_app.gui.timeline.theme import Theme, fonts

__all__ = ["ClusterItem", "DensityItem", "EventItem", "SceneContext"]

_CACHE = QGraphicsItem.CacheMode.DeviceCoordinateCache


@dataclass
class SceneContext:
    """What every item reads when painting."""

    index: TimelineIndex
    theme: Theme = field(default_factory=Theme.light)
    font: QFont = field(default_factory=lambda: fonts()[0])
    selected: int | None = None  # the selected event's row in ``index``


class _Base(QGraphicsItem):
    def __init__(self, ctx: SceneContext) -> None:
        super().__init__()
        self.ctx = ctx
        self.hovered = False
        self.placed: Placed | None = None  # where it is now (scene coordinates)
        self.cy = 0.0
        self._drawn: Placed | None = None  # the shape painted, relative to _origin
        self._origin = (0.0, 0.0)
        self._shape: tuple = ()
        self._rect = QRectF()
        self.setAcceptHoverEvents(True)
        self.setCursor(Qt.CursorShape.PointingHandCursor)
        self.setCacheMode(_CACHE)

    def _shape_of(self, placed: Placed) -> tuple:
        left = placed.left
        return (
            placed.keys[0],
            len(placed.keys),
            placed.point,
            placed.x0 - left,
            placed.x1 - placed.x0,
            placed.label_x - left,
            placed.label_w,
        )

    def _move(self, placed: Placed, y: float, rect: QRectF) -> None:
        """Take ``placed``: move if only its place changed, else take its new shape too."""
        self.placed, self.cy = placed, y
        shape = self._shape_of(placed)
        if shape != self._shape or self._drawn is None:
            self.prepareGeometryChange()
            self._shape, self._drawn = shape, placed
            self._origin = (placed.left, y)
            self._rect = rect.translated(-placed.left, -y)
            self.update()
        self.setPos(placed.left, y)

    def refresh(self) -> None:
        """Paint again (selection or theme changed)."""
        self.update()

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
        self.row = -1
        self._selected = False
        self.setZValue(1)

    def place(self, placed: Placed, y: float) -> None:
        row = int(placed.keys[0])  # type: ignore[call-overload]
        if row != self.row:
            self._shape = ()
        self.row = row
        # room for the mark, its label, and the ring that marks sources in disagreement
        rect = QRectF(placed.left - 9, y - 14, placed.right - placed.left + 18, 32)
        self._move(placed, y, rect)
        selected = row == self.ctx.selected
        if selected != self._selected:
            self._selected = selected
            self.setZValue(3 if selected else 1)
            self.update()

    @property
    def event_id(self) -> str:
        return self.ctx.index.event_id(self.row)

    def paint(self, p: QPainter, option: QStyleOptionGraphicsItem, widget: QWidget | None = None):  # noqa: D102
        if self._drawn is None:
            return
        p.setRenderHint(QPainter.RenderHint.Antialiasing)
        p.translate(-self._origin[0], -self._origin[1])
        idx = self.ctx.index
        draw_event(
            p,
            self._drawn,
            self._origin[1],
            EventLook(idx.granularity(self.row), idx.label(self.row)),
            self.ctx.theme,
            self.ctx.font,
            selected=self.row == self.ctx.selected,
            hovered=self.hovered,
            uncertain=idx.is_uncertain(self.row),
            sources=idx.source_count(self.row),
            disagree=idx.disagrees(self.row),
        )


class ClusterItem(_Base):
    """Events too crowded to draw apart, as one ``+n`` pill; a click zooms into them."""

    def __init__(self, ctx: SceneContext) -> None:
        super().__init__(ctx)
        self.setZValue(2)

    def place(self, placed: Placed, y: float) -> None:
        left = min(placed.x0, placed.label_x)
        right = max(placed.x1, placed.label_x + placed.label_w)
        self._move(placed, y, QRectF(left - 1, y - 10, right - left + 2, 20))

    @property
    def rows(self) -> list[int]:
        return [int(k) for k in self.placed.keys] if self.placed else []  # type: ignore[call-overload]

    def paint(self, p: QPainter, option: QStyleOptionGraphicsItem, widget: QWidget | None = None):  # noqa: D102
        if self._drawn is not None:
            p.setRenderHint(QPainter.RenderHint.Antialiasing)
            p.translate(-self._origin[0], -self._origin[1])
            draw_cluster(
                p, self._drawn, self._origin[1], self.ctx.theme, self.ctx.font, hovered=self.hovered
            )


class DensityItem(QGraphicsItem):
    """A lane drawn as counts per few pixels because it holds too many events to draw apart."""

    def __init__(self, ctx: SceneContext) -> None:
        super().__init__()
        self.ctx = ctx
        self.lane: LaneFrame | None = None
        self._rect = QRectF()
        self.setCursor(Qt.CursorShape.CrossCursor)

    def place(self, lane: LaneFrame, width: float) -> None:
        self.prepareGeometryChange()
        self.lane = lane
        self._rect = QRectF(0, lane.y + HEADER_H, width, lane.height - HEADER_H - LANE_GAP)
        self.update()

    def boundingRect(self) -> QRectF:  # noqa: D102
        return self._rect

    def refresh(self) -> None:
        self.update()

    def paint(self, p: QPainter, option: QStyleOptionGraphicsItem, widget: QWidget | None = None):  # noqa: D102
        if self.lane is not None:
            draw_density(p, self.lane, self.ctx.theme)
