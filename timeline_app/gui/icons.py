"""The one place icons come from: SVGs in ``resources/icons``, tinted to the current palette.

Monochrome icons are drawn with ``currentColor``; their icon engine renders them in the palette's
text colour each time they are painted, so toolbars follow a switch between light and dark (and
disabled actions get the palette's disabled colour). Coloured icons (anchor status) keep theirs.
"""

from __future__ import annotations

from functools import cache

from PySide6.QtCore import QByteArray, QRect, QRectF, QSize, Qt, QTimer
from PySide6.QtGui import QGuiApplication, QIcon, QIconEngine, QPainter, QPalette, QPixmap
from PySide6.QtSvg import QSvgRenderer

from timeline_app.core.resources import resource

__all__ = ["app_icon", "clear_cache", "icon", "warm_up"]


@cache
def _svg_bytes(name: str) -> bytes:
    return resource("icons", f"{name}.svg").read_bytes()


@cache
def _renderer(name: str, color: str) -> QSvgRenderer:
    renderer = QSvgRenderer(QByteArray(_svg_bytes(name).replace(b"currentColor", color.encode())))
    if not renderer.isValid():
        raise ValueError(f"icon {name!r} is not a valid SVG")
    return renderer


def _color(mode: QIcon.Mode) -> str:
    palette = QGuiApplication.palette()
    if mode == QIcon.Mode.Disabled:
        return palette.color(QPalette.ColorGroup.Disabled, QPalette.ColorRole.WindowText).name()
    if mode == QIcon.Mode.Selected:
        return palette.color(QPalette.ColorRole.HighlightedText).name()
    return palette.color(QPalette.ColorRole.WindowText).name()


class _TintedSvg(QIconEngine):
    """Renders one SVG, ``currentColor`` replaced by the palette colour for the icon's mode."""

    def __init__(self, name: str) -> None:
        super().__init__()
        self.name = name

    def paint(self, painter: QPainter, rect: QRect, mode: QIcon.Mode, state: QIcon.State) -> None:
        _renderer(self.name, _color(mode)).render(painter, QRectF(rect))

    def pixmap(self, size: QSize, mode: QIcon.Mode, state: QIcon.State) -> QPixmap:
        return self.scaledPixmap(size, mode, state, 1.0)

    def scaledPixmap(  # noqa: N802
        self, size: QSize, mode: QIcon.Mode, state: QIcon.State, scale: float
    ) -> QPixmap:
        pixmap = QPixmap(round(size.width() * scale), round(size.height() * scale))
        pixmap.fill(Qt.GlobalColor.transparent)
        painter = QPainter(pixmap)
        _renderer(self.name, _color(mode)).render(painter, QRectF(pixmap.rect()))
        painter.end()
        pixmap.setDevicePixelRatio(scale)
        return pixmap

    def clone(self) -> QIconEngine:
        return _TintedSvg(self.name)


def icon(name: str) -> QIcon:
    """The icon ``resources/icons/<name>.svg``; monochrome ones follow the palette."""
    _renderer(name, "#000000")  # fail early on a missing or broken file
    if b"currentColor" not in _svg_bytes(name):
        return _fixed(name)
    return QIcon(_TintedSvg(name))


@cache
def _fixed(name: str) -> QIcon:
    """A fixed-colour SVG as an icon (pixmaps at the usual sizes, 1x and 2x).

    Drawn once: a list asks for its rows' status icons at every repaint.
    """
    result = QIcon()
    for size in (16, 20, 24, 32, 48):
        for ratio in (1, 2):
            pixmap = QPixmap(size * ratio, size * ratio)
            pixmap.fill(Qt.GlobalColor.transparent)
            painter = QPainter(pixmap)
            _renderer(name, "#000000").render(painter, QRectF(pixmap.rect()))
            painter.end()
            pixmap.setDevicePixelRatio(ratio)
            result.addPixmap(pixmap)
    return result


def warm_up(names: list[str]) -> None:
    """Make these icons ahead of their first use, one per turn of the event loop.

    A fixed-colour icon's ten pixmaps cost a few ms: made when a list first shows a status (the
    first manual anchor, at a correction) they lengthened that turn; made in idle turns after
    the window starts, nobody waits for them.
    """
    if not names:
        return
    icon(names[0])
    QTimer.singleShot(0, lambda: warm_up(names[1:]))


def app_icon() -> QIcon:
    """The application icon (``resources/icons/app/timeline-app-*.png``)."""
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
    """Forget parsed SVGs (after the icon files or the palette change)."""
    _renderer.cache_clear()
    _svg_bytes.cache_clear()
    _fixed.cache_clear()
