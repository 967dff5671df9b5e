"""The one place icons come from: SVGs in ``resources/icons``, tinted to the current palette.

Monochrome icons are drawn with ``currentColor`` and rendered in the palette's text colour, so the
toolbar reads on light and dark themes alike; coloured icons (anchor status) keep their colours.
"""

from __future__ import annotations

from functools import cache

from PySide6.QtCore import QByteArray, QRectF, Qt
from PySide6.QtGui import QGuiApplication, QIcon, QPainter, QPalette, QPixmap
from PySide6.QtSvg import QSvgRenderer

from timeline_app.core.resources import resource

__all__ = ["app_icon", "clear_cache", "icon"]

_SIZES = (16, 20, 24, 32, 48)


def _text_color() -> str:
    app = QGuiApplication.instance()
    palette = QGuiApplication.palette() if app is not None else QPalette()
    return palette.color(QPalette.ColorRole.WindowText).name()


def _svg_bytes(name: str) -> bytes:
    return resource("icons", f"{name}.svg").read_bytes()


@cache
def _icon(name: str, color: str) -> QIcon:
    data = _svg_bytes(name).replace(b"currentColor", color.encode())
    renderer = QSvgRenderer(QByteArray(data))
    if not renderer.isValid():
        raise ValueError(f"icon {name!r} is not a valid SVG")
    result = QIcon()
    for size in _SIZES:
        for ratio in (1, 2):
            pixmap = QPixmap(size * ratio, size * ratio)
            pixmap.fill(Qt.GlobalColor.transparent)
            painter = QPainter(pixmap)
            renderer.render(painter, QRectF(0, 0, size * ratio, size * ratio))
            painter.end()
            pixmap.setDevicePixelRatio(ratio)
            result.addPixmap(pixmap)
    return result


def icon(name: str) -> QIcon:
    """The icon ``resources/icons/<name>.svg``, tinted for the current palette."""
    return _icon(name, _text_color())


def app_icon() -> QIcon:
    """The application icon (``resources/icons/app/timeline-app.svg`` and its PNG sizes)."""
    result = QIcon()
    folder = resource("icons", "app")
    for size in (16, 24, 32, 48, 64, 128, 256):
        node = folder / f"timeline-app-{size}.png"
        if node.is_file():
            pixmap = QPixmap()
            pixmap.loadFromData(node.read_bytes(), "PNG")
            result.addPixmap(pixmap)
    return result


def clear_cache() -> None:
    """Forget rendered icons (after the palette changes)."""
    _icon.cache_clear()
