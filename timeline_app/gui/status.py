"""The status bar: article and event counts, the visible range, and progress with Cancel.

Progress names the phase a run is in (reading, resolving, merging, checking): it counts files
while they are read and resolved, and is busy, not "1 / 1 files", while the story is merged or
its anchors checked.
"""

from __future__ import annotations

from datetime import date

from PySide6.QtWidgets import QLabel, QProgressBar, QStatusBar, QToolButton

from timeline_app.core.story.document import Change, Document
from timeline_app.gui import icons
from timeline_app.gui.binding import follow
from timeline_app.gui.display import format_range, plural
from timeline_app.gui.loader import LoadWorker

__all__ = ["PHASE_TEXT", "StatusLine"]

PHASE_TEXT = {
    "opening": "Opening the project…",
    "reading": "Finding articles…",
    "resolving": "Reading and resolving",
    "merging": "Merging sources…",
    "checking": "Checking anchors…",
}


class StatusLine:
    """Fills ``bar`` and keeps it current with the document, the view and the loader."""

    def __init__(self, bar: QStatusBar, document: Document, loader: LoadWorker) -> None:
        self.bar, self.document, self.loader = bar, document, loader
        self._phase = ""
        self.counts = QLabel(objectName="counts")
        self.range = QLabel(objectName="visibleRange")
        self.progress = QProgressBar(objectName="loadProgress", textVisible=True)
        self.phase = QLabel(objectName="phase")  # a busy bar draws no text in most styles
        self.cancel = QToolButton(objectName="cancelLoad", icon=icons.icon("cancel"))
        self.cancel.setToolTip("Cancel loading (Esc)")
        self.cancel.setAutoRaise(True)
        self.cancel.clicked.connect(self._cancel)
        self._workers: list[LoadWorker] = []
        bar.addPermanentWidget(self.phase)
        bar.addPermanentWidget(self.progress)
        bar.addPermanentWidget(self.cancel)
        bar.addPermanentWidget(self.range)
        bar.addPermanentWidget(self.counts)
        self._show_progress(False)
        self.follow(loader, "Loading")
        follow(document.changed, self.counts, self._on_changed)
        self._on_changed(Change("reset"))

    def follow(self, worker: LoadWorker, doing: str) -> None:
        """Show the phases and progress of ``worker`` (``doing``: "Loading", "Checking")."""
        self._workers.append(worker)
        bar = self.bar
        worker.started.connect(self._on_started)
        worker.phase.connect(self._on_phase)
        worker.progress.connect(self._on_progress)
        worker.idle.connect(self._on_idle)
        worker.cancelled.connect(lambda: bar.showMessage(f"{doing} cancelled", 5000))
        worker.failed.connect(lambda message: bar.showMessage(f"{doing} failed: {message}", 10000))

    def _cancel(self) -> None:
        for worker in self._workers:
            worker.cancel()

    def _on_idle(self) -> None:
        self._show_progress(any(w.running for w in self._workers))

    def _on_phase(self, phase: str) -> None:
        self._phase = phase
        self.phase.setText(PHASE_TEXT[phase])
        if phase in ("opening", "merging", "checking"):
            self.progress.setRange(0, 0)  # busy: nothing to count
            self.progress.setFormat(PHASE_TEXT[phase])
        self._show_progress(True)

    def _show_progress(self, on: bool) -> None:
        self.progress.setVisible(on)
        self.phase.setVisible(on)
        self.cancel.setVisible(on)

    def _on_started(self, paths: list[str]) -> None:
        self._phase = "reading"
        self.phase.setText(PHASE_TEXT["reading"])
        self.progress.setRange(0, 0)  # busy until the first report says how many files
        self.progress.setFormat(PHASE_TEXT["reading"])
        self._show_progress(True)

    def _on_progress(self, done: int, total: int, message: str) -> None:
        if self._phase in ("opening", "merging", "checking"):
            return
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
