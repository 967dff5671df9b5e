"""The QGraphicsView timeline: time-to-pixel metrics, lane layout, scene, view, rendering."""

from __future__ import annotations

__all__ = ["TimelineView", "ensure_gui_app", "render_png", "render_svg"]


def __getattr__(name: str):
    if name == "TimelineView":
        from timeline_app.gui.timeline.view import TimelineView

        return TimelineView
    if name in ("ensure_gui_app", "render_png", "render_svg"):
        from timeline_app.gui.timeline import render

        return getattr(render, name)
    raise AttributeError(name)
