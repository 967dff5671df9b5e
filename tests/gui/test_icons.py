"""Icons: every SVG renders, and monochrome ones take the palette's colour when painted."""

from __future__ import annotations

import pytest
from PySide6.QtGui import QColor, QIcon, QPalette

from timeline_app.core.resources import resource
from timeline_app.gui import icons

NAMES = sorted(p.name[:-4] for p in resource("icons").iterdir() if p.name.endswith(".svg"))


@pytest.mark.parametrize("name", NAMES)
def test_every_icon_renders(qapp, name):
    pixmap = icons.icon(name).pixmap(24, 24)
    assert not pixmap.isNull()
    image = pixmap.toImage()
    assert any(image.pixelColor(x, y).alpha() for x in range(24) for y in range(24))


def test_anchor_icons_exist_for_every_status(qapp):
    for status in ("detected", "manual", "missing", "suspect"):
        assert f"anchor-{status}" in NAMES


def _opaque_color(icon: QIcon, mode: QIcon.Mode = QIcon.Mode.Normal) -> QColor:
    image = icon.pixmap(32, 32, mode).toImage()
    pixels = [image.pixelColor(x, y) for x in range(32) for y in range(32)]
    return next(c for c in pixels if c.alpha() == 255)


def test_monochrome_icons_follow_the_palette(qapp):
    saved = qapp.palette()
    zoom = icons.icon("zoom-in")
    try:
        palette = QPalette(saved)
        palette.setColor(QPalette.ColorRole.WindowText, QColor("#ff0000"))
        qapp.setPalette(palette)
        assert _opaque_color(zoom).name() == "#ff0000"
        palette.setColor(QPalette.ColorRole.WindowText, QColor("#00ff00"))
        qapp.setPalette(palette)
        assert _opaque_color(zoom).green() == 255  # the same icon, repainted
    finally:
        qapp.setPalette(saved)


def test_app_icon(qapp):
    assert not icons.app_icon().isNull()


def test_the_article_lists_status_icons_are_made_in_idle_turns_after_it_starts(qtbot):
    from timeline_app.core.story.document import Document
    from timeline_app.gui.articles_panel import ArticlesPanel
    from timeline_app.gui.display import AnchorStatus

    icons.clear_cache()
    panel = ArticlesPanel(Document())
    qtbot.addWidget(panel)
    assert icons._fixed.cache_info().currsize == 0  # nothing made while the window is built
    qtbot.waitUntil(lambda: icons._fixed.cache_info().currsize == len(AnchorStatus))
