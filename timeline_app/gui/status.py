"""The status bar: article and event counts, the visible range, and load progress with Cancel."""

from __future__ import annotations

from datetime import date

from PySide6.QtWidgets import QLabel, QProgressBar, QStatusBar, QToolButton

from timeline_app.core.story.document import Change, Document
from timeline_app.gui import icons
from timeline_app.gui.binding import follow
from timeline_app.gui.display import format_range, plural
from timeline_app.gui.loader import LoadWorker

__all__ = ["StatusLine"]


class StatusLine:
    """Fills ``bar`` and keeps it current with the document, the view and the loader."""

    def __init__(self, bar: QStatusBar, document: Document, loader: LoadWorker) -> None:
        self.bar, self.document, self.loader = bar, document, loader
        self.counts = QLabel(objectName="counts")
        self.range = QLabel(objectName="visibleRange")
        self.progress = QProgressBar(objectName="loadProgress", textVisible=True)
        self.cancel = QToolButton(objectName="cancelLoad", icon=icons.icon("cancel"))
        self.cancel.setToolTip("Cancel loading (Esc)")
        self.cancel.setAutoRaise(True)
        self.cancel.clicked.connect(loader.cancel)
        bar.addPermanentWidget(self.progress)
        bar.addPermanentWidget(self.cancel)
        bar.addPermanentWidget(self.range)
        bar.addPermanentWidget(self.counts)
        self._show_progress(False)
        loader.started.connect(self._on_started)
        loader.progress.connect(self._on_progress)
        loader.idle.connect(lambda: self._show_progress(False))
        loader.cancelled.connect(lambda: bar.showMessage("Loading cancelled", 5000))
        loader.failed.connect(lambda message: bar.showMessage(f"Loading failed: {message}", 10000))
        follow(document.changed, self.counts, self._on_changed)
        self._on_changed(Change("reset"))

    def _show_progress(self, on: bool) -> None:
        self.progress.setVisible(on)
        self.cancel.setVisible(on)

    def _on_started(self, paths: list[str]) -> None:
        self.progress.setRange(0, 0)  # busy until the first report says how many files
        self.progress.setFormat("Finding articles…")
        self._show_progress(True)

    def _on_progress(self, done: int, total: int, message: str) -> None:
        self.progress.setRange(0, max(total, 1))
        self.progress.setValue(done)
        self.progress.setFormat(f"{done} / {plural(total, 'file')}")
        if message:  # a file name, or a step that says itself ("Building the timeline…")
            said = message.endswith("…") or message[:1].isupper() and " " in message
            self.bar.showMessage(message if said else f"Loading {message}…", 2000)

    def _on_changed(self, change: Change) -> None:
        timeline = self.document.timeline
        articles, events = len(timeline.analyses), len(timeline.events)
        unplaced = len(timeline.unplaced())
        text = f"{plural(articles, 'article')} · {plural(events, 'event')}"
        if unplaced:
            text += f" · {unplaced} vague"
        self.counts.setText(text)

    def set_visible_range(self, begin: date | None, end: date | None) -> None:
        self.range.setText(format_range(begin, end) if begin and end else "")
