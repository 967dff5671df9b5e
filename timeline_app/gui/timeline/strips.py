"""The axis above the canvas and the overview strip below it."""

from __future__ import annotations

from collections.abc import Callable

import numpy as np
from PySide6.QtCore import QRectF, Qt, Signal
from PySide6.QtGui import QMouseEvent, QPainter, QPaintEvent, QPixmap
from PySide6.QtWidgets import QSizePolicy, QWidget

from timeline_app.core.layout.metrics import TimeScale
from timeline_app.core.layout.ticks import Tick
from timeline_app.core.layout.timeline_index import TimelineIndex
from timeline_app.gui.timeline.axis import AXIS_H, OVERVIEW_H, draw_axis, draw_overview
from timeline_app.gui.timeline.theme import Theme, fonts

__all__ = ["AxisStrip", "OverviewStrip"]


class AxisStrip(QWidget):
    """Paints the ticks of a scale it is given; reports the ticks so the canvas draws a grid."""

    def __init__(self, scale: Callable[[], TimeScale], theme: Callable[[], Theme], parent=None):
        super().__init__(parent)
        self._scale, self._theme = scale, theme
        self.setFixedHeight(int(AXIS_H))
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
        _, self.small, self.bold = fonts()
        self.ticks: tuple[list[Tick], list[Tick]] = ([], [])

    def paintEvent(self, event: QPaintEvent) -> None:  # noqa: D102
        p = QPainter(self)
        p.setRenderHint(QPainter.RenderHint.Antialiasing)
        self.ticks = draw_axis(
            p, self._scale(), QRectF(self.rect()), self._theme(), self.small, self.bold
        )
        p.end()


class OverviewStrip(QWidget):
    """The whole story at a glance with the view's window marked; click jumps, drag pans.

    ``panned(dx_units)`` asks the view to move its window; ``jumped(units)`` to centre on it.
    """

    panned = Signal(float)
    jumped = Signal(float)

    BINS = 240

    def __init__(self, theme: Callable[[], Theme], parent=None) -> None:
        super().__init__(parent)
        self._theme = theme
        self.setFixedHeight(int(OVERVIEW_H))
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
        self.setCursor(Qt.CursorShape.PointingHandCursor)
        self.full: TimeScale | None = None
        self.counts = np.zeros(0, np.int64)
        self.window = (0.0, 0.0)  # units shown by the view
        self._drag_x: float | None = None
        self._cache: QPixmap | None = None
        self._cache_key: tuple = ()

    def set_data(self, index: TimelineIndex, full: TimeScale) -> None:
        """Recount events across ``full`` (the whole story in this strip's width)."""
        self.full = full
        self.counts = index.overview(full, self.BINS)
        self.update()

    def set_window(self, u0: float, u1: float) -> None:
        self.window = (u0, u1)
        self.update()

    def _window_px(self) -> tuple[float, float]:
        if self.full is None:
            return 0.0, 0.0
        return self.full.x_of_units(self.window[0]), self.full.x_of_units(self.window[1])

    def paintEvent(self, event: QPaintEvent) -> None:  # noqa: D102
        p = QPainter(self)
        theme = self._theme()
        if self.full is None:
            p.fillRect(self.rect(), theme.axis_bg)
            p.end()
            return
        key = (self.size().toTuple(), id(self.counts), id(self.full), theme.dark)
        if self._cache is None or self._cache_key != key:  # the story only: drawn once
            self._cache = QPixmap(self.size() * self.devicePixelRatioF())
            self._cache.setDevicePixelRatio(self.devicePixelRatioF())
            cp = QPainter(self._cache)
            cp.setRenderHint(QPainter.RenderHint.Antialiasing)
            draw_overview(cp, QRectF(self.rect()), self.full, self.counts, None, theme)
            cp.end()
            self._cache_key = key
        p.drawPixmap(0, 0, self._cache)
        p.setRenderHint(QPainter.RenderHint.Antialiasing)
        draw_overview(p, QRectF(self.rect()), self.full, self.counts, self._window_px(), theme)
        p.end()

    def mousePressEvent(self, event: QMouseEvent) -> None:  # noqa: D102
        if self.full is None or event.button() != Qt.MouseButton.LeftButton:
            return
        x = event.position().x()
        x0, x1 = self._window_px()
        if not (x0 - 3 <= x <= x1 + 3):
            self.jumped.emit(self.full.u0 + x / self.full.px_per_unit)
        self._drag_x = x
        self.setCursor(Qt.CursorShape.ClosedHandCursor)

    def mouseMoveEvent(self, event: QMouseEvent) -> None:  # noqa: D102
        if self._drag_x is None or self.full is None:
            return
        x = event.position().x()
        dx, self._drag_x = x - self._drag_x, x
        if dx:
            self.panned.emit(dx / self.full.px_per_unit)

    def mouseReleaseEvent(self, event: QMouseEvent) -> None:  # noqa: D102
        self._drag_x = None
        self.setCursor(Qt.CursorShape.PointingHandCursor)
