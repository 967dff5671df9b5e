"""The archive timeline's canvas: paints its owner's frame and turns input into requests.

Wheel zooms around the cursor (horizontal wheel pans), drag pans, a click activates the event
under it (or zooms into density), a double click zooms in, +/-/Home/arrows navigate.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QEvent, QPoint, QRectF, Qt
from PySide6.QtGui import QKeyEvent, QMouseEvent, QPainter, QWheelEvent
from PySide6.QtWidgets import QSizePolicy, QToolTip, QWidget

if TYPE_CHECKING:
    from timeline_app.gui.timeline.archive_view import ArchiveTimelineView

__all__ = ["ArchiveCanvas"]


class ArchiveCanvas(QWidget):
    """Paints the owner's frame; wheel zooms around the cursor, drag pans, click activates."""

    def __init__(self, owner: ArchiveTimelineView) -> None:
        super().__init__(owner)
        self.owner = owner
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)
        self.setCursor(Qt.CursorShape.OpenHandCursor)
        self.setAttribute(Qt.WidgetAttribute.WA_OpaquePaintEvent)
        self._last: QPoint | None = None
        self._moved = 0

    def paintEvent(self, event) -> None:  # noqa: D102
        p = QPainter(self)
        self.owner.paint(p, QRectF(self.rect()))
        p.end()

    def resizeEvent(self, event) -> None:  # noqa: D102
        self.owner.relayout()

    def wheelEvent(self, event: QWheelEvent) -> None:  # noqa: D102
        d = event.angleDelta()
        if d.x() and abs(d.x()) > abs(d.y()):
            self.owner.pan_px(d.x() / 2)
        elif d.y():
            self.owner.zoom_at(1.2 ** (d.y() / 120), event.position().x())
        event.accept()

    def mousePressEvent(self, event: QMouseEvent) -> None:  # noqa: D102
        self._last, self._moved = event.position().toPoint(), 0
        self.setCursor(Qt.CursorShape.ClosedHandCursor)

    def mouseMoveEvent(self, event: QMouseEvent) -> None:  # noqa: D102
        if self._last is None:
            return
        pos = event.position().toPoint()
        dx, self._last = pos.x() - self._last.x(), pos
        self._moved += abs(dx)
        if dx:
            self.owner.pan_px(dx)

    def mouseReleaseEvent(self, event: QMouseEvent) -> None:  # noqa: D102
        if self._last is not None and self._moved < 4:
            self.owner.clicked(event.position().toPoint())
        self._last = None
        self.setCursor(Qt.CursorShape.OpenHandCursor)

    def mouseDoubleClickEvent(self, event: QMouseEvent) -> None:  # noqa: D102
        self.owner.zoom_at(2.0, event.position().x())

    def keyPressEvent(self, event: QKeyEvent) -> None:  # noqa: D102
        k, w = event.key(), self.width()
        actions = {
            Qt.Key.Key_Plus: self.owner.zoom_in, Qt.Key.Key_Equal: self.owner.zoom_in,
            Qt.Key.Key_Minus: self.owner.zoom_out, Qt.Key.Key_Home: self.owner.fit_all,
            Qt.Key.Key_Left: lambda: self.owner.pan_px(w * 0.15),
            Qt.Key.Key_Right: lambda: self.owner.pan_px(-w * 0.15),
        }  # fmt: skip
        if k in actions:
            actions[k]()
        else:
            super().keyPressEvent(event)

    def event(self, event: QEvent) -> bool:  # noqa: D102
        if event.type() == QEvent.Type.ToolTip:
            text = self.owner.tooltip_at(event.pos())  # type: ignore[attr-defined]
            if text:
                QToolTip.showText(event.globalPos(), text, self)  # type: ignore[attr-defined]
            else:
                QToolTip.hideText()
            return True
        return super().event(event)
