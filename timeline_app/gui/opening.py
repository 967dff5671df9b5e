"""Opening a story: which paths go where, and taking a finished load into the document.

Article files and folders go to the background loader; ``.timeline`` projects are handed to the
project feature through the window's ``projectsRequested``. A finished load either starts a new
story (one ``reset`` of the document) or joins the current one.
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QFileDialog

from timeline_app.core.corpus import PROJECT_SUFFIX
from timeline_app.core.corrections import Corrections
from timeline_app.core.ingest import LoadProblem
from timeline_app.core.pipeline import LoadResult

if TYPE_CHECKING:
    from timeline_app.gui.main_window import MainWindow

__all__ = ["ARTICLE_FILTER", "StoryOpener"]

ARTICLE_FILTER = (
    "Articles (*.txt *.html *.htm *.json *.jsonl);;Projects (*.timeline);;All files (*)"
)


class StoryOpener:
    """The window's open commands and what happens when their load ends."""

    def __init__(self, window: MainWindow) -> None:
        self.window = window
        self.replace_on_load = True
        window.loader.finished.connect(self.on_loaded)
        window.loader.failed.connect(self.on_failed)

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
        w.loader.start(articles)

    def on_loaded(self, result: LoadResult) -> None:
        w = self.window
        # assembling (clusters, anchor checks) runs in core on this thread: say so while it does
        w.statusBar().showMessage(f"Building the timeline of {len(result.analyses)} articles…")
        w.statusBar().repaint()
        QApplication.setOverrideCursor(Qt.CursorShape.WaitCursor)
        try:
            if self.replace_on_load:
                w.undo_stack.clear()
                w.document.reset(result, Corrections())  # a new story starts uncorrected
            else:
                w.document.add(result)
        finally:
            QApplication.restoreOverrideCursor()
        events = len(w.document.timeline.events)
        w.statusBar().showMessage(f"Loaded {len(result.analyses)} articles: {events} events", 5000)
        if self.replace_on_load:
            w.timeline.fit_all()

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
