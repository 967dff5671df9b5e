"""The scene: items for the current frame, reused from pools; lanes, grid and gaps behind.

Scene x is the viewport's pixel x for the current :class:`~.metrics.TimeScale` (the view never
scrolls horizontally: zoom and pan change the scale and the scene is laid out again), scene y
runs down the lanes and scrolls.
"""

from __future__ import annotations

from PySide6.QtCore import QRectF
from PySide6.QtGui import QPainter
from PySide6.QtWidgets import QGraphicsScene

from timeline_app.core.layout.frame import Frame
from timeline_app.core.layout.metrics import TimeScale
from timeline_app.core.layout.ticks import Tick
from timeline_app.gui.timeline.items import ClusterItem, DensityItem, EventItem, SceneContext
from timeline_app.gui.timeline.paint import draw_gaps, draw_grid, draw_lane_bands, draw_lane_titles
from timeline_app.gui.timeline.theme import fonts

__all__ = ["TimelineScene"]


class _Pool:
    """Items of one kind, shown as needed and hidden when not.

    :meth:`assign` gives each key the item that showed it last time when it can, so an item
    that only moves keeps its cached picture; new keys get spare items, or new ones.
    """

    def __init__(self, scene: QGraphicsScene, make) -> None:
        self.scene, self.make = scene, make
        self.items: list = []
        self.by_key: dict = {}
        self.used: list = []

    def assign(self, keys: list) -> list:
        """Items for ``keys`` (in order); every other item is hidden."""
        out: list = [None] * len(keys)
        taken: set[int] = set()
        for n, key in enumerate(keys):
            item = self.by_key.get(key)
            if item is not None and id(item) not in taken:
                out[n] = item
                taken.add(id(item))
        spare = iter([i for i in self.items if id(i) not in taken])
        for n, key in enumerate(keys):
            if out[n] is None:
                item = next(spare, None)
                if item is None:
                    item = self.make()
                    self.scene.addItem(item)
                    self.items.append(item)
                old = getattr(item, "_pool_key", None)
                if self.by_key.get(old) is item:
                    del self.by_key[old]
                self.by_key[key] = item
                item._pool_key = key
                out[n] = item
                taken.add(id(item))
        for item in self.items:
            shown = id(item) in taken
            if shown != item.isVisible():
                item.setVisible(shown)
        self.used = out
        self._trim(taken)
        return out

    def _trim(self, taken: set[int]) -> None:
        """Let go of what a busy frame left over, keeping a reserve."""
        if len(self.items) <= 2 * len(self.used) + 512:
            return
        spare = [i for i in self.items if id(i) not in taken]
        for item in spare[len(self.used) + 256 :]:
            self.scene.removeItem(item)
            self.by_key.pop(getattr(item, "_pool_key", None), None)
        self.items = list(self.used) + spare[: len(self.used) + 256]


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
        dens, events, clusters = [], [], []
        for lf in frame.lanes:
            if lf.density is not None:
                dens.append(lf)
            elif lf.layout is not None:
                for placed in lf.layout.items:
                    (clusters if placed.cluster else events).append((placed, lf.row_y(placed.row)))
        for item, lf in zip(self.densities.assign([lf.lane.key for lf in dens]), dens, strict=True):
            item.place(lf, frame.width)
        keys = [p.keys[0] for p, _ in events]
        for item, (placed, y) in zip(self.events.assign(keys), events, strict=True):
            item.place(placed, y)
        keys = [(p.keys[0], len(p.keys)) for p, _ in clusters]
        for item, (placed, y) in zip(self.clusters.assign(keys), clusters, strict=True):
            item.place(placed, y)
        self.update()

    def event_items(self) -> list[EventItem]:
        return list(self.events.used)

    def cluster_items(self) -> list[ClusterItem]:
        return list(self.clusters.used)

    def item_of_row(self, row: int) -> EventItem | None:
        item = self.events.by_key.get(row)
        return item if item is not None and item in self.events.used else None

    def set_selected(self, row: int | None) -> None:
        """Select the event at ``row`` and repaint what changes."""
        old, self.ctx.selected = self.ctx.selected, row
        for r in {old, row} - {None}:
            item = self.item_of_row(r)  # type: ignore[arg-type]
            if item is not None:
                item.place(item.placed, item.cy)

    def refresh_all(self) -> None:
        """Repaint every item (the theme changed)."""
        for pool in (self.events, self.clusters, self.densities):
            for item in pool.items:
                item.update()
        self.update()

    def drawBackground(self, p: QPainter, rect: QRectF) -> None:  # noqa: D102
        theme = self.ctx.theme
        p.fillRect(rect, theme.background)
        draw_lane_bands(p, self.frame, theme, rect.left(), rect.right(), rect.top(), rect.bottom())
        if self.scale is not None:
            draw_gaps(p, self.scale, rect.top(), rect.bottom(), theme)
        draw_grid(p, *self.grid, rect.top(), rect.bottom(), theme)

    def drawForeground(self, p: QPainter, rect: QRectF) -> None:  # noqa: D102
        draw_lane_titles(
            p, self.frame, self.ctx.theme, self.title_font, 0.0, rect.top(), rect.bottom()
        )
