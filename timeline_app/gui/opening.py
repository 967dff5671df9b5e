"""Opening a story: which paths go where, and taking a finished load into the document.

Article files and folders go to the background loader; ``.timeline`` projects are handed to the
project feature through the window's ``projectsRequested``. A finished load either starts a new
story (one ``reset`` of the document) or joins the current one.

The window's document is ``deferred``: a load is committed once it is merged, and whatever the
document still owes (anchor checks after a load, exact clusters and re-checks after a
correction) runs on a second worker, ``checks``, whose result lands in one ``settle``. The
newest state wins: a change while a check runs starts another, and the old result is refused.
"""

from __future__ import annotations

import threading
import time
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtWidgets import QFileDialog

from timeline_app.core.ingest import LoadProblem
from timeline_app.core.story.document import Change, Prepared
from timeline_app.core.story.headless import PROJECT_SUFFIX
from timeline_app.core.story.pipeline import CancelledError, LoadResult
from timeline_app.gui.display import plural
from timeline_app.gui.loader import LoadWorker

if TYPE_CHECKING:
    from timeline_app.gui.main_window import MainWindow

__all__ = ["ARTICLE_FILTER", "StoryOpener"]

ARTICLE_FILTER = (
    "Articles (*.txt *.html *.htm *.json *.jsonl);;Projects (*.timeline);;All files (*)"
)

CHECK_DELAY_S = 0.3
"""The checks wait this long after a change: the window takes it first (drawing it costs the
interpreter's attention that a check would take), and a burst of changes is checked once."""


class StoryOpener:
    """The window's open commands and what happens when their load ends."""

    def __init__(self, window: MainWindow) -> None:
        self.window = window
        self.replace_on_load = True
        window.loader.finished.connect(self.on_loaded)
        window.loader.failed.connect(self.on_failed)
        window.document.deferred = True
        self.checks = LoadWorker(parent=window, priority="background")
        self._one_at_a_time = threading.Lock()
        self.checks.finished.connect(self.on_checked)
        window.status.follow(self.checks, "Checking")
        window.document.changed.connect(self.on_changed)

    def open_paths(self, paths: list[str | Path], *, replace: bool = True) -> None:
        """See :meth:`MainWindow.open_paths`."""
        w = self.window
        paths = [str(p) for p in paths]
        articles = [p for p in paths if Path(p).suffix != PROJECT_SUFFIX]
        projects = [p for p in paths if Path(p).suffix == PROJECT_SUFFIX]
        if projects:
            w.projectsRequested.emit(projects)
        if not articles:
            return
        if w.loader.running and not replace:  # join the load in flight: the newest run wins
            articles = w.loader.paths + [p for p in articles if p not in w.loader.paths]
            replace = self.replace_on_load
        self.replace_on_load = replace
        w.recent.add(paths)
        w.setWindowTitle(f"{Path(paths[0]).name} — timeline_app")
        w.loader.start(articles, prepare=w.document.snapshot_for_load(replace=replace))

    def on_loaded(self, prepared: Prepared) -> None:
        """Install a load the worker already assembled (clusters, anchor checks) in one change."""
        w = self.window
        if prepared.replace:
            w.undo_stack.clear()  # a new story starts uncorrected
        w.document.commit(prepared)
        articles, events = len(prepared.result.analyses), len(w.document.timeline.events)
        loaded = f"Loaded {plural(articles, 'article')}: {plural(events, 'event')}"
        w.statusBar().showMessage(loaded, 5000)
        if prepared.replace:
            w.timeline.fit_all()

    def on_changed(self, change: Change) -> None:
        """Start the work the document still owes for its new state (the newest state wins)."""
        document = self.window.document
        if change.kind == "settled" or not document.unsettled:
            return
        job, one_at_a_time = document.settle_job(), self._one_at_a_time

        def work(phase, progress, cancelled):  # the worker thread: no Qt here
            phase("checking")
            time.sleep(CHECK_DELAY_S)  # the window shows the change before the checks compete
            with one_at_a_time:  # an abandoned check cannot stop: never two at once
                if cancelled():
                    raise CancelledError("a newer state is being checked")
                return job()

        self.checks.run(work)

    def on_checked(self, result: tuple) -> None:
        """Install the clusters and anchor reports of a check, unless the story moved on."""
        if self.window.document.settle(result):
            self.window.statusBar().showMessage("Anchors checked", 3000)

    def on_failed(self, message: str) -> None:
        self.window.document.add(LoadResult(problems=[LoadProblem("(load)", message)]))
        self.window.docks["problems"].raise_()

    def files_dialog(self) -> None:
        paths, _ = QFileDialog.getOpenFileNames(
            self.window, "Open Articles", self._last_dir(), ARTICLE_FILTER
        )
        if paths:
            self.window.open_paths(paths)

    def folder_dialog(self) -> None:
        path = QFileDialog.getExistingDirectory(
            self.window, "Open Folder of Articles", self._last_dir()
        )
        if path:
            self.window.open_paths([path])

    def _last_dir(self) -> str:
        recent = self.window.recent.paths()
        return str(Path(recent[0]).parent) if recent else str(Path.home())
