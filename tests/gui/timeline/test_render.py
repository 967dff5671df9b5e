"""Headless export: a painted picture of the requested width, not a screen grab."""

from __future__ import annotations

import os
import subprocess
import sys
import textwrap
from datetime import date
from pathlib import Path

import pytest
from PySide6.QtGui import QImage

from tests.gui.timeline import story
from timeline_app.gui.timeline.render import ensure_gui_app, render_png, render_svg


@pytest.fixture
def doc(qapp):
    """pytest-qt's QApplication (any app will do; a bare one is tested in a subprocess)."""
    assert ensure_gui_app() is qapp
    return story.document()


def _distinct_colors(img: QImage) -> set[int]:
    return {img.pixel(x, y) for x in range(0, img.width(), 5) for y in range(0, img.height(), 5)}


@pytest.mark.parametrize("width", [640, 1600])
def test_png_has_the_requested_width_and_content(doc, tmp_path, width):
    out = render_png(doc, tmp_path / "t.png", width=width)
    img = QImage(str(out))
    assert img.width() == width and img.height() > 200
    background = img.pixel(img.width() - 1, img.height() - 1)
    inked = sum(1 for c in _distinct_colors(img) if c != background)
    assert inked > 20


def test_png_of_a_range_in_dark(doc, tmp_path):
    out = render_png(
        doc.timeline, tmp_path / "d.png", 1000, date(2023, 10, 1), date(2023, 11, 1), dark=True
    )
    img = QImage(str(out))
    assert img.width() == 1000
    assert img.pixelColor(2, 2).lightness() < 80  # a dark picture
    assert len(_distinct_colors(img)) > 20


def test_device_pixel_ratio_doubles_the_pixels(doc, tmp_path):
    img = QImage(str(render_png(doc, tmp_path / "hi.png", 800, device_pixel_ratio=2)))
    assert img.width() == 1600


def test_svg_is_written(doc, tmp_path):
    out = render_svg(doc, tmp_path / "t.svg", width=1200)
    text = out.read_text(encoding="utf-8")
    assert text.lstrip().startswith("<?xml") and "<svg" in text
    assert "Harbor Bridge" in text


def test_empty_timeline_renders(qapp, tmp_path):
    from timeline_app.core.model import Timeline

    img = QImage(str(render_png(Timeline(), tmp_path / "e.png", 500)))
    assert img.width() == 500


def test_unwritable_path_raises(doc, tmp_path):
    with pytest.raises(OSError):
        render_png(doc, tmp_path / "no" / "such" / "dir.png", 300)


def test_works_headless_with_only_a_gui_application(tmp_path):
    """In a fresh process with no display: no QApplication, no widgets, still a picture."""
    code = textwrap.dedent(f"""
        import sys
        from tests.gui.timeline import story
        from timeline_app.gui.timeline.render import ensure_gui_app, render_png
        app = ensure_gui_app()
        assert type(app).__name__ == "QGuiApplication", type(app)
        render_png(story.document(), {str(tmp_path / "h.png")!r}, width=900)
        assert "PySide6.QtWidgets" not in sys.modules, "render must not need widgets"
    """)
    env = {
        k: v
        for k, v in os.environ.items()
        if k not in ("DISPLAY", "WAYLAND_DISPLAY", "QT_QPA_PLATFORM")
    }
    root = Path(__file__).resolve().parents[3]
    env["PYTHONPATH"] = str(root)
    proc = subprocess.run(
        [sys.executable, "-c", code], env=env, cwd=root, capture_output=True, text=True, timeout=120
    )
    assert proc.returncode == 0, proc.stderr
    assert QImage(str(tmp_path / "h.png")).width() == 900
