"""Headless export of the timeline picture to PNG or SVG: painted, not grabbed from a screen.

Uses only QtGui (a ``QGuiApplication`` on the offscreen platform is enough), and the same
layout and painting code as the interactive view, so an export looks like the app.
"""

from __future__ import annotations

import os
import re
import sys
from dataclasses import dataclass
from datetime import date
from pathlib import Path
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QPointF, QRectF, QSize, Qt
from PySide6.QtGui import QFont, QFontMetricsF, QGuiApplication, QImage, QPainter

from timeline_app.core.layout.event_index import EventIndex
from timeline_app.core.layout.frame import Frame, build_frame
from timeline_app.core.layout.metrics import AxisMap, TimeScale, from_days, to_days
from timeline_app.core.storage.atomic import replaced_atomically
from timeline_app.gui.timeline.axis import AXIS_H, _measure, draw_axis, draw_legend
from timeline_app.gui.timeline.paint import (
    draw_cluster,
    draw_density,
    draw_event,
    draw_gaps,
    draw_grid,
    draw_lane_bands,
    draw_lane_titles,
)
from timeline_app.gui.timeline.theme import Theme, fonts, register_fonts

if TYPE_CHECKING:
    from timeline_app.core.model import Timeline
    from timeline_app.core.story.document import Document

__all__ = ["ensure_gui_app", "render_image_files", "render_png", "render_svg"]

MARGIN = 16.0
TITLE_H = 58.0
_app: QGuiApplication | None = None


def ensure_gui_app() -> QGuiApplication:
    """The running Qt application, or a new QGuiApplication (offscreen when there is no display)."""
    global _app
    app = QGuiApplication.instance()
    if app is not None:
        return app  # type: ignore[return-value]
    headless = not (os.environ.get("DISPLAY") or os.environ.get("WAYLAND_DISPLAY"))
    if headless and sys.platform.startswith("linux"):
        if os.environ.get("QT_QPA_PLATFORM") not in ("offscreen", "minimal"):
            os.environ["QT_QPA_PLATFORM"] = "offscreen"
    _app = QGuiApplication([sys.argv[0] if sys.argv else "timeline-app"])
    return _app


@dataclass
class _Picture:
    index: EventIndex
    scale: TimeScale
    frame: Frame
    theme: Theme
    width: float
    height: float
    title: str
    subtitle: str


def _compose(
    source: Document | Timeline,
    width: int,
    begin: date | None,
    end: date | None,
    dark: bool,
    lane_mode: str,
    compressed: bool,
    title: str | None = None,
) -> _Picture:
    timeline = getattr(source, "timeline", source)
    index = EventIndex(timeline, lane_mode)
    n = len(index)
    axis = AxisMap.identity()
    if compressed and n:
        axis = AxisMap.compressed(index.story_spans())
    if begin is None or end is None:
        if n:
            u0, u1 = map(axis.units, index.story_extent())
        else:
            u0, u1 = float(date.today().toordinal()) - 30, float(date.today().toordinal())
        pad = (u1 - u0) * 0.04 + 1
        b = axis.days(u0 - pad) if begin is None else to_days(begin)
        e = axis.days(u1 + pad) if end is None else to_days(end)
    else:
        b, e = to_days(begin), max(to_days(end), to_days(begin) + 1)
    scale = TimeScale(b, e, width, axis)
    label = fonts()[0]
    frame = build_frame(index, scale, _measure(label), fit_rows=True)
    articles = len({ev.article_id for ev in index.events})
    heading = "Timeline"
    subtitle = f"{n} dated events from {articles} article{'s' * (articles != 1)}"
    if n:
        lo, hi = from_days(float(index.begin.min())), from_days(float(index.end.max()) - 1)
        heading = f"Timeline, {lo.year}–{hi.year}" if lo.year != hi.year else f"Timeline, {lo.year}"
        shown = scale.visible_range()
        subtitle += f"  ·  showing {shown[0]:%d %b %Y} – {shown[1]:%d %b %Y}"
        if not axis.is_identity:
            subtitle += "  ·  long empty stretches collapsed (//)"
    if title:  # the user's own (export --title), as written; the years stay in the subtitle
        title = title.replace("\n", " ").strip()[:200]
    title = title or heading
    height = TITLE_H + AXIS_H + max(frame.height, 40.0) + MARGIN
    theme = Theme.dark_theme() if dark else Theme.light()
    return _Picture(index, scale, frame, theme, float(width), height, title, subtitle)


def _paint(p: QPainter, pic: _Picture) -> None:
    theme, w = pic.theme, pic.width
    p.setRenderHint(QPainter.RenderHint.Antialiasing)
    p.setRenderHint(QPainter.RenderHint.TextAntialiasing)
    p.fillRect(QRectF(0, 0, w, pic.height), theme.background)
    label, small, bold = fonts()
    big = QFont(bold)
    big.setPixelSize(18)
    p.setFont(big)
    p.setPen(theme.text)
    p.drawText(QPointF(MARGIN, 26), pic.title)
    p.setFont(small)
    p.setPen(theme.muted)
    p.drawText(QPointF(MARGIN, 45), pic.subtitle)
    present = [g for g in _granularities(pic.index)]
    legend = fonts()[1]
    fm = QFontMetricsF(legend)
    legend_w = sum(fm.horizontalAdvance(g.value) + 34 for g in present)
    legend_w += (fm.horizontalAdvance("estimated anchor") + 34) if pic.index.uncertain else 0
    x = max(MARGIN + QFontMetricsF(big).horizontalAdvance(pic.title) + 24, w - MARGIN - legend_w)
    draw_legend(p, x, 20, theme, legend, present, bool(pic.index.uncertain))
    top = TITLE_H
    minors, majors = draw_axis(p, pic.scale, QRectF(0, top, w, AXIS_H), theme, small, bold)
    p.save()
    p.translate(0, top + AXIS_H)
    p.setClipRect(QRectF(0, 0, w, pic.frame.height))
    bottom = pic.frame.height
    draw_lane_bands(p, pic.frame, theme, 0, w)
    draw_gaps(p, pic.scale, 0, bottom, theme)
    draw_grid(p, minors, majors, 0, bottom, theme)
    idx = pic.index
    for lf in pic.frame.lanes:
        if lf.density is not None:
            draw_density(p, lf, theme)
        if lf.layout is None:
            continue
        for item in lf.layout.items:
            y = lf.row_y(item.row)
            if item.cluster:
                draw_cluster(p, item, y, theme, label)
            else:
                row = int(item.keys[0])  # type: ignore[call-overload]
                draw_event(
                    p, item, y, idx.events[row], theme, label,
                    uncertain=idx.is_uncertain(row), sources=idx.source_count(row),
                    disagree=idx.disagrees(row),
                )  # fmt: skip
    draw_lane_titles(p, pic.frame, theme, bold, 0.0, 0.0, bottom)
    if not len(idx):
        p.setPen(theme.muted)
        p.setFont(label)
        p.drawText(QRectF(0, 0, w, 40), Qt.AlignmentFlag.AlignCenter, "No dated events")
    p.restore()


def _granularities(index: EventIndex):
    present = {e.granularity for e in index.events if e.granularity is not None}
    from timeline_app.core.model import Granularity

    return [g for g in Granularity if g in present]


IMAGE_FORMATS = {".png": "PNG", ".jpg": "JPEG", ".jpeg": "JPEG", ".bmp": "BMP", ".webp": "WEBP"}
"""The picture's format follows the file's extension; a name without one gets PNG."""
MAX_TILE_SIDE = 16384
MAX_TILE_PIXELS = 64 * 1024 * 1024
"""One image at most this tall and this many pixels (256 MB of ARGB); a taller picture is
written as tiles ``name-01.png``, ``name-02.png``... each of them within both limits."""


def image_format(path: Path) -> str:
    """The Qt image format for ``path``'s extension; OSError for one Qt cannot write."""
    from PySide6.QtGui import QImageWriter

    name = IMAGE_FORMATS.get(path.suffix.lower(), "" if path.suffix else "PNG")
    written = {bytes(f).decode().upper() for f in QImageWriter.supportedImageFormats()}
    if not name or name not in written:
        known = ", ".join(s for s, f in IMAGE_FORMATS.items() if f in written)
        raise OSError(f"cannot write '{path.suffix}' images (use {known})")
    return name


def tile_spans(height: int, width: int) -> list[tuple[int, int]]:
    """``(top, rows)`` of each tile of a ``width`` x ``height`` image (one span if it fits)."""
    rows = max(1, min(MAX_TILE_SIDE, MAX_TILE_PIXELS // max(1, width)))
    return [(top, min(rows, height - top)) for top in range(0, height, rows)] or [(0, 1)]


def tile_path(path: Path, number: int, count: int) -> Path:
    """``story.png`` -> ``story-01.png`` (the numbers as wide as the count)."""
    if count == 1:
        return path
    return path.with_name(f"{path.stem}-{number:0{len(str(count))}d}{path.suffix}")


def render_png(source: Document | Timeline, path: str | os.PathLike, width: int = 1600,
               *args: Any, **options: Any) -> Path:
    """Paint the timeline ``width`` logical pixels wide into an image at ``path``.

    Takes :func:`render_image_files`'s arguments. The image is ``width * device_pixel_ratio``
    pixels wide (2.0 for a crisp HiDPI picture); its format follows the extension (``.jpg``
    writes JPEG). Returns ``path``, or the first tile's when the picture is too tall for one.
    """
    return render_image_files(source, path, width, *args, **options)[0]


def render_image_files(
    source: Document | Timeline,
    path: str | os.PathLike,
    width: int = 1600,
    begin: date | None = None,
    end: date | None = None,
    *,
    dark: bool = False,
    device_pixel_ratio: float = 1.0,
    lane_mode: str = "article",
    compressed: bool = True,
    title: str | None = None,
) -> list[Path]:
    """:func:`render_png`, returning every file written: one, or the tiles of a tall picture.

    Each file is written to a temporary file beside it and renamed, so a kill leaves the old one.
    """
    out = Path(path)
    fmt = image_format(out)
    ensure_gui_app()
    pic = _compose(source, width, begin, end, dark, lane_mode, compressed, title)
    dpr = max(1.0, float(device_pixel_ratio))
    full_w, full_h = round(width * dpr), round(pic.height * dpr)
    spans = tile_spans(full_h, full_w)
    written = []
    for number, (top, rows) in enumerate(spans, 1):
        image = QImage(full_w, rows, QImage.Format.Format_ARGB32_Premultiplied)
        if image.isNull():
            raise OSError(f"not enough memory for a {full_w} x {rows} image")
        image.setDevicePixelRatio(dpr)
        image.fill(pic.theme.background)
        p = QPainter(image)
        try:
            p.translate(0, -top / dpr)
            _paint(p, pic)
        finally:
            p.end()
        target = tile_path(out, number, len(spans))
        with replaced_atomically(target) as tmp:
            if not image.save(str(tmp), fmt):
                raise OSError(f"could not write {target}")
        written.append(target)
    return written


def render_svg(
    source: Document | Timeline,
    path: str | os.PathLike,
    width: int = 1600,
    begin: date | None = None,
    end: date | None = None,
    *,
    dark: bool = False,
    lane_mode: str = "article",
    compressed: bool = True,
    title: str | None = None,
) -> Path:
    """Paint the timeline ``width`` pixels wide into an SVG file at ``path``."""
    from PySide6.QtSvg import QSvgGenerator

    ensure_gui_app()
    pic = _compose(source, width, begin, end, dark, lane_mode, compressed, title)
    out = Path(path)
    if out.parent and not out.parent.exists():
        raise OSError(f"no such folder: {out.parent}")
    with replaced_atomically(out) as tmp:
        gen = QSvgGenerator()
        gen.setFileName(str(tmp))
        gen.setSize(QSize(width, round(pic.height)))
        gen.setViewBox(QRectF(0, 0, width, pic.height))
        gen.setTitle(pic.title)
        gen.setDescription(pic.subtitle)
        p = QPainter()
        if not p.begin(gen):
            raise OSError(f"could not write {out}")
        try:
            _paint(p, pic)
        finally:
            p.end()
        _name_fallback_fonts(Path(tmp))
    return out


_FONT_FAMILY = re.compile(r'font-family="([^"]*)"')


def _name_fallback_fonts(svg: Path) -> None:
    """List the bundled fonts after each family in ``svg``: a viewer draws Hangul with them.

    Qt writes the text as text with its one family; what a viewer lacks in it, it then looks
    for in the next ones ("Sans Serif", 'Noto Sans KR', sans-serif).
    """
    extra = "".join(f", '{family}'" for family in register_fonts())
    text = svg.read_text(encoding="utf-8")
    text = _FONT_FAMILY.sub(lambda m: f"font-family=\"'{m.group(1)}'{extra}, sans-serif\"", text)
    svg.write_text(text, encoding="utf-8")  # (the scratch file, replaced into place once whole)
