"""The QGraphicsView that shows the scene and turns wheel, drag, click and keys into requests."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QEvent, QPoint, Qt
from PySide6.QtGui import QKeyEvent, QMouseEvent, QPainter, QResizeEvent, QWheelEvent
from PySide6.QtWidgets import QFrame, QGraphicsView, QToolTip

from timeline_app.gui.timeline.items import ClusterItem, DensityItem, EventItem
from timeline_app.gui.timeline.scene import TimelineScene

if TYPE_CHECKING:
    from timeline_app.gui.timeline.view import TimelineView

__all__ = ["Canvas"]

DRAG_THRESHOLD = 4


class Canvas(QGraphicsView):
    """No horizontal scrolling: horizontal motion changes the time scale of its owner."""

    def __init__(self, scene: TimelineScene, owner: TimelineView) -> None:
        super().__init__(scene, owner)
        self.owner = owner
        self.setFrameShape(QFrame.Shape.NoFrame)
        self.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.setAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop)
        self.setRenderHint(QPainter.RenderHint.Antialiasing)
        self.setRenderHint(QPainter.RenderHint.TextAntialiasing)
        self.setViewportUpdateMode(QGraphicsView.ViewportUpdateMode.SmartViewportUpdate)
        # self.setOptimizationFlag(QGraphicsView.OptimizationFlag.DontSavePainterState)
        self.setTransformationAnchor(QGraphicsView.ViewportAnchor.NoAnchor)
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.setMouseTracking(True)
        self.viewport().setCursor(Qt.CursorShape.OpenHandCursor)
        self._press: QPoint | None = None
        self._last: QPoint | None = None
        self._dragging = False

    def wheelEvent(self, event: QWheelEvent) -> None:  # noqa: D102
        d = event.angleDelta()
        if event.modifiers() & Qt.KeyboardModifier.ShiftModifier:
            super().wheelEvent(event)  # scroll the lanes
            return
        if d.x() and abs(d.x()) > abs(d.y()):
            self.owner.pan_px(d.x() / 2)
        elif d.y():
            self.owner.zoom_at(1.2 ** (d.y() / 120), event.position().x())
        event.accept()

    def mousePressEvent(self, event: QMouseEvent) -> None:  # noqa: D102
        if event.button() != Qt.MouseButton.LeftButton:
            super().mousePressEvent(event)
            return
        self.setFocus()
        self._press = self._last = event.position().toPoint()
        self._dragging = False
        event.accept()

    def mouseMoveEvent(self, event: QMouseEvent) -> None:  # noqa: D102
        if self._press is None or self._last is None:
            super().mouseMoveEvent(event)
            return
        pos = event.position().toPoint()
        if not self._dragging and (pos - self._press).manhattanLength() >= DRAG_THRESHOLD:
            self._dragging = True
            self.viewport().setCursor(Qt.CursorShape.ClosedHandCursor)
        if self._dragging:
            dx, dy = pos.x() - self._last.x(), pos.y() - self._last.y()
            self._last = pos
            if dy:
                bar = self.verticalScrollBar()
                bar.setValue(bar.value() - dy)
            if dx:
                self.owner.pan_px(dx)
        event.accept()

    def mouseReleaseEvent(self, event: QMouseEvent) -> None:  # noqa: D102
        if self._press is None:
            super().mouseReleaseEvent(event)
            return
        pos = event.position().toPoint()
        if not self._dragging:
            self.owner.clicked(self.itemAt(pos), pos)
        self._press = self._last = None
        self._dragging = False
        self.viewport().setCursor(Qt.CursorShape.OpenHandCursor)
        event.accept()

    def mouseDoubleClickEvent(self, event: QMouseEvent) -> None:  # noqa: D102
        # zoom in around the pointer, on an event too (its first click selected it)
        if event.button() == Qt.MouseButton.LeftButton:
            self.owner.zoom_at(2.0, event.position().x())
        event.accept()

    def keyPressEvent(self, event: QKeyEvent) -> None:  # noqa: D102
        if not self.owner.handle_key(event):
            super().keyPressEvent(event)

    def resizeEvent(self, event: QResizeEvent) -> None:  # noqa: D102
        super().resizeEvent(event)
        self.owner.viewport_resized()

    def scrollContentsBy(self, dx: int, dy: int) -> None:  # noqa: D102
        super().scrollContentsBy(dx, dy)
        if dy:
            self.owner.request_layout()

    def viewportEvent(self, event: QEvent) -> bool:  # noqa: D102
        if event.type() == QEvent.Type.ToolTip:
            pos = event.pos()  # type: ignore[attr-defined]
            text = self.owner.tooltip_for(self.itemAt(pos), pos)
            if text:
                QToolTip.showText(event.globalPos(), text, self)  # type: ignore[attr-defined]
            else:
                QToolTip.hideText()
            return True
        return super().viewportEvent(event)


ITEM_TYPES = (EventItem, ClusterItem, DensityItem)
