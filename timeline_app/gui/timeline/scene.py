"""The scene: items for the current frame, reused from pools; lanes, grid and gaps behind.

Scene x is the viewport's pixel x for the current :class:`~.metrics.TimeScale` (the view never
scrolls horizontally: zoom and pan change the scale and the scene is laid out again), scene y
runs down the lanes and scrolls.
"""

from __future__ import annotations

from PySide6.QtCore import QRectF
from PySide6.QtGui import QPainter
from PySide6.QtWidgets import QGraphicsItem, QGraphicsScene

from timeline_app.gui.timeline.frame import Frame
from timeline_app.gui.timeline.items import ClusterItem, DensityItem, EventItem, SceneContext
from timeline_app.gui.timeline.metrics import TimeScale
from timeline_app.gui.timeline.paint import draw_gaps, draw_grid, draw_lane_bands, draw_lane_titles
from timeline_app.gui.timeline.theme import fonts
from timeline_app.gui.timeline.ticks import Tick

__all__ = ["TimelineScene"]


class _Pool:
    """Items of one kind, shown as needed and hidden when not."""

    def __init__(self, scene: QGraphicsScene, make) -> None:
        self.scene, self.make = scene, make
        self.items: list[QGraphicsItem] = []
        self.used = 0

    def begin(self) -> None:
        self.used = 0

    def take(self):
        if self.used == len(self.items):
            item = self.make()
            self.scene.addItem(item)
            self.items.append(item)
        item = self.items[self.used]
        self.used += 1
        return item

    def end(self) -> None:
        for item in self.items[self.used :]:
            if item.isVisible():
                item.hide()
        for item in self.items[: self.used]:
            if not item.isVisible():
                item.show()
        # let go of a large surplus left by a busy frame
        if len(self.items) > 2 * self.used + 256:
            for item in self.items[self.used * 2 + 256 :]:
                self.scene.removeItem(item)
            del self.items[self.used * 2 + 256 :]


class TimelineScene(QGraphicsScene):
    """Shows one :class:`~.frame.Frame`; knows nothing of zooming or input."""

    def __init__(self, ctx: SceneContext, parent=None) -> None:
        super().__init__(parent)
        self.setItemIndexMethod(QGraphicsScene.ItemIndexMethod.NoIndex)
        self.ctx = ctx
        self.frame = Frame()
        self.scale: TimeScale | None = None
        self.grid: tuple[list[Tick], list[Tick]] = ([], [])
        self.title_font = fonts()[2]
        self.events = _Pool(self, lambda: EventItem(self.ctx))
        self.clusters = _Pool(self, lambda: ClusterItem(self.ctx))
        self.densities = _Pool(self, lambda: DensityItem(self.ctx))

    def show_frame(self, frame: Frame, scale: TimeScale, grid) -> None:
        """Make the items match ``frame``."""
        self.frame, self.scale, self.grid = frame, scale, grid
        self.setSceneRect(QRectF(0, 0, frame.width, max(frame.height, 1.0)))
        for pool in (self.events, self.clusters, self.densities):
            pool.begin()
        for lf in frame.lanes:
            if lf.density is not None:
                self.densities.take().place(lf, frame.width)
            elif lf.layout is not None:
                for placed in lf.layout.items:
                    pool = self.clusters if placed.cluster else self.events
                    pool.take().place(placed, lf.row_y(placed.row))
        for pool in (self.events, self.clusters, self.densities):
            pool.end()
        self.update()

    def event_items(self) -> list[EventItem]:
        return [i for i in self.events.items[: self.events.used]]  # type: ignore[misc]

    def cluster_items(self) -> list[ClusterItem]:
        return [i for i in self.clusters.items[: self.clusters.used]]  # type: ignore[misc]

    def item_of_row(self, row: int) -> EventItem | None:
        for item in self.event_items():
            if item.row == row:
                return item
        return None

    def drawBackground(self, p: QPainter, rect: QRectF) -> None:  # noqa: D102
        theme = self.ctx.theme
        p.fillRect(rect, theme.background)
        draw_lane_bands(p, self.frame, theme, rect.left(), rect.right())
        if self.scale is not None:
            draw_gaps(p, self.scale, rect.top(), rect.bottom(), theme)
        draw_grid(p, *self.grid, rect.top(), rect.bottom(), theme)

    def drawForeground(self, p: QPainter, rect: QRectF) -> None:  # noqa: D102
        draw_lane_titles(
            p, self.frame, self.ctx.theme, self.title_font, 0.0, rect.top(), rect.bottom()
        )
