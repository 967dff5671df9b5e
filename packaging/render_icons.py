"""Render the application icon's PNG sizes from its SVG (run after editing the SVG).

    QT_QPA_PLATFORM=offscreen python packaging/render_icons.py

The PNGs are committed, so neither a build nor an install needs this script.
"""

from __future__ import annotations

import os
import sys
from pathlib import Path

ICON_DIR = Path(__file__).resolve().parents[1] / "resources" / "icons" / "app"
SVG = ICON_DIR / "timeline-app.svg"
SIZES = (16, 24, 32, 48, 64, 128, 256, 512)


def main() -> int:
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from PySide6.QtCore import Qt
    from PySide6.QtGui import QGuiApplication, QImage, QPainter
    from PySide6.QtSvg import QSvgRenderer

    app = QGuiApplication.instance() or QGuiApplication([])  # noqa: F841 (kept alive)
    renderer = QSvgRenderer(str(SVG))
    if not renderer.isValid():
        print(f"render_icons: cannot read {SVG}", file=sys.stderr)
        return 1
    for size in SIZES:
        image = QImage(size, size, QImage.Format.Format_ARGB32)
        image.fill(Qt.GlobalColor.transparent)
        painter = QPainter(image)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        renderer.render(painter)
        painter.end()
        out = ICON_DIR / f"timeline-app-{size}.png"
        if not image.save(str(out)):
            print(f"render_icons: cannot write {out}", file=sys.stderr)
            return 1
        # the Windows and macOS builds take their icon in the platform's own format
        for suffix, platform_size in ((".ico", 256), (".icns", 512)):
            if size == platform_size and not image.save(str(SVG.with_suffix(suffix))):
                print(f"render_icons: cannot write {SVG.with_suffix(suffix)}", file=sys.stderr)
                return 1
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
