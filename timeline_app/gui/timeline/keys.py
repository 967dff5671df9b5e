"""Keyboard navigation of the timeline.

+/- zoom, arrows pan, Home fits all, Enter/Z zooms to the selection, Ctrl+Left/Right steps
from event to event.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import Qt
from PySide6.QtGui import QKeyEvent

if TYPE_CHECKING:
    from timeline_app.gui.timeline.view import TimelineView

__all__ = ["handle_key"]

PAN_FRACTION = 0.15

K = Qt.Key


def handle_key(view: TimelineView, event: QKeyEvent) -> bool:
    """Act on ``event``; False if it is not a timeline key."""
    key, ctrl = event.key(), bool(event.modifiers() & Qt.KeyboardModifier.ControlModifier)
    width = view.scale.width
    if key in (K.Key_Plus, K.Key_Equal):
        view.zoom_in()
    elif key in (K.Key_Minus, K.Key_Underscore):
        view.zoom_out()
    elif key in (K.Key_Left, K.Key_Right) and ctrl:
        view.step_event(forward=key == K.Key_Right)
    elif key == K.Key_Left:
        view.pan_px(width * PAN_FRACTION)
    elif key == K.Key_Right:
        view.pan_px(-width * PAN_FRACTION)
    elif key == K.Key_Home:
        view.fit_all()
    elif key in (K.Key_Return, K.Key_Enter, K.Key_Z):
        view.zoom_to_selection()
    else:
        return False
    event.accept()
    return True
