"""Export from the window: the timeline as PNG/SVG, the events as CSV, JSON or TimelineJS.

Pictures are drawn by ``gui.timeline.render``; tables are written by ``core.export``. This module
only asks the user where and how (file dialogs, an image options dialog) and reports the result.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from pathlib import Path

from PySide6.QtCore import QSettings
from PySide6.QtWidgets import (
    QCheckBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QMessageBox,
    QRadioButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from timeline_app.core.storage.export import write_csv, write_json, write_timelinejs
from timeline_app.core.story.document import Document
from timeline_app.gui.display import plural
from timeline_app.gui.palette import is_dark
from timeline_app.gui.timeline.view import TimelineView

__all__ = ["Exporter", "ImageOptions"]

_TABLES = {
    "csv": ("CSV", "CSV files (*.csv)", ".csv", write_csv),
    "json": ("events JSON", "JSON files (*.json)", ".json", write_json),
    "timelinejs": (
        "TimelineJS JSON",
        "JSON files (*.json)",
        ".json",
        write_timelinejs,
    ),
}


class ImageOptions(QDialog):
    """Whole story or the current view, the width in pixels, light or dark, resolution."""

    def __init__(self, kind: str, dark: bool, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(f"Export {kind.upper()}")
        self.whole = QRadioButton("The whole story", checked=True)
        self.view = QRadioButton("The current view")
        self.width = QSpinBox(minimum=400, maximum=12_000, singleStep=100, value=1600, suffix=" px")
        self.dark = QCheckBox("Dark background", checked=dark)
        self.sharp = QCheckBox("Double resolution, for high-density screens and print")
        self.sharp.setVisible(kind == "png")
        form = QFormLayout()
        form.addRow("Range:", self.whole)
        form.addRow("", self.view)
        form.addRow("Width:", self.width)
        form.addRow("", self.dark)
        form.addRow("", self.sharp)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(buttons)


class Exporter:
    """The export commands of one window."""

    def __init__(
        self, parent: QWidget, document: Document, view: TimelineView, settings: QSettings
    ) -> None:
        self.parent, self.document, self.view, self.settings = parent, document, view, settings
        self.title: Callable[[], str] = lambda: "Timeline"
        """The timeline's title (TimelineJS title slide, PNG/SVG): the window sets the story's."""

    def _ask_path(self, caption: str, name: str, file_filter: str, suffix: str) -> Path | None:
        folder = str(self.settings.value("exportDir", str(Path.home())))
        path, _ = QFileDialog.getSaveFileName(
            self.parent, caption, str(Path(folder) / name), file_filter
        )
        if not path:
            return None
        result = Path(path)
        if not result.suffix:
            result = result.with_suffix(suffix)
        self.settings.setValue("exportDir", str(result.parent))
        return result

    def _done(self, message: str) -> None:
        window = self.parent.window()
        if hasattr(window, "statusBar"):
            window.statusBar().showMessage(message, 6000)

    def _failed(self, path: Path, exc: Exception) -> None:
        QMessageBox.warning(self.parent, "Export failed", f"Could not write {path}:\n{exc}")

    def export_table(self, kind: str) -> Path | None:
        """``csv``, ``json`` or ``timelinejs``: ask for a file and write the events to it."""
        label, file_filter, suffix, write = _TABLES[kind]
        path = self._ask_path(f"Export {label}", f"timeline{suffix}", file_filter, suffix)
        if path is None:
            return None
        try:
            if kind == "timelinejs":
                count = write(self.document.timeline, path, self.title())
            else:
                count = write(self.document.timeline, path)
        except OSError as exc:
            self._failed(path, exc)
            return None
        self._done(f"Exported {plural(count, 'row')} to {path}")
        return path

    def export_image(self, kind: str, options: ImageOptions | None = None) -> Path | None:
        """``png`` or ``svg``: ask for range, width and file, then draw the timeline into it."""
        dark = is_dark(self.parent.palette())
        dialog = options or ImageOptions(kind, dark, self.parent)
        if options is None and dialog.exec() != QDialog.DialogCode.Accepted:
            return None
        file_filter = "PNG images (*.png)" if kind == "png" else "SVG images (*.svg)"
        path = self._ask_path(f"Export {kind.upper()}", f"timeline.{kind}", file_filter, f".{kind}")
        if path is None:
            return None
        begin: date | None = None
        end: date | None = None
        if dialog.view.isChecked():
            begin, end = self.view.visible_range()
        from timeline_app.gui.timeline import render  # drawing code loads on first export

        options = {
            "width": dialog.width.value(),
            "begin": begin,
            "end": end,
            "dark": dialog.dark.isChecked(),
            "lane_mode": self.view.lane_mode(),  # the picture shows what the view shows
            "compressed": self.view.is_compressed(),
            "title": self.title(),
        }
        files = [path]
        try:
            if kind == "png":
                ratio = 2.0 if dialog.sharp.isChecked() else 1.0
                files = render.render_image_files(
                    self.document, path, device_pixel_ratio=ratio, **options
                )
            else:
                render.render_svg(self.document, path, **options)
        except OSError as exc:
            self._failed(path, exc)
            return None
        if len(files) > 1:  # too tall for one image
            self._done(f"Exported the timeline as {len(files)} tiles, {files[0]} to "
                       f"{files[-1].name}")
            return files[0]
        self._done(f"Exported the timeline to {path}")
        return path
