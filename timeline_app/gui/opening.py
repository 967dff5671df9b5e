"""Opening a story: which paths go where, and taking a finished load into the document.

Article files and folders go to the background loader; ``.timeline`` projects are handed to the
project feature (``projects_requested``: the window's ``projectsRequested``). A finished load
either starts a new story (one ``reset`` of the document) or joins the current one. Like every
feature it is given what it uses (:class:`~.features.FeatureContext`), not the window.

The window's document is ``deferred``: a load is committed once it is merged, and whatever the
document still owes (anchor checks after a load, exact clusters and re-checks after a
correction) runs on a second worker, ``checks``, whose result lands in one ``settle``. The
newest state wins: a change while a check runs starts another, and the old result is refused.
"""

from __future__ import annotations

import threading
import time
from dataclasses import replace
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtWidgets import QFileDialog

from timeline_app.core.ingest import LoadProblem
from timeline_app.core.story.document import Change, Prepared
from timeline_app.core.story.headless import PROJECT_SUFFIX
from timeline_app.core.story.pipeline import CancelledError, LoadResult, analyze
from timeline_app.core.story.story_process import StoryProcess
from timeline_app.gui.display import plural
from timeline_app.gui.loader import LoadWorker, yield_to_foreground

if TYPE_CHECKING:
    from collections.abc import Callable

    from timeline_app.core.model import ArticleAnalysis
    from timeline_app.gui.features import FeatureContext
    from timeline_app.gui.recent import RecentFiles
    from timeline_app.gui.status import StatusLine

__all__ = ["ARTICLE_FILTER", "StoryOpener"]

ARTICLE_FILTER = (
    "Articles (*.txt *.html *.htm *.json *.jsonl);;Projects (*.timeline);;All files (*)"
)

CHECK_DELAY_S = 0.3
"""The checks wait this long after a change: the window takes it first (drawing it costs the
interpreter's attention that a check would take), and a burst of changes is checked once."""


WARM_CHARS = 500
"""Characters of an article tagged to warm the tagger up (its grammar loads at the first)."""


def _warming(prepare: Callable[[LoadResult], Prepared]) -> Callable[[LoadResult], Prepared]:
    """``prepare``, then the tagger warmed up in this process for the story's languages.

    The articles are read in worker processes; this process tags only when the user corrects
    an anchor, on the main thread, and its first tagging paid for loading the grammar (25 of
    28 CPU-ms on a news article), its first events for compiling the labels' patterns. One
    short text per language, analysed on the loader's thread, pays both beforehand.
    """

    def warmed(result: LoadResult) -> Prepared:
        prepared = prepare(result)
        firsts: dict[str, ArticleAnalysis] = {}
        for analysis in prepared.analyses.values():
            firsts.setdefault(analysis.article.lang, analysis)
        for analysis in firsts.values():  # tagged and made events of (labels compile theirs)
            short = analysis.article.text[:WARM_CHARS]
            analyze(replace(analysis.article, text=short, content_hash=""), analysis.anchor)
        return prepared

    return warmed


class StoryOpener:
    """The window's open commands and what happens when their load ends."""

    def __init__(
        self,
        ctx: FeatureContext,
        loader: LoadWorker,
        status: StatusLine,
        recent: RecentFiles,
        fit_timeline: Callable[[], None],
        open_paths: Callable[[list[str]], None],
        projects_requested: Callable[[list[str]], None],
    ) -> None:
        self.ctx, self.document, self.loader, self.recent = ctx, ctx.document, loader, recent
        self.fit_timeline, self._open_paths = fit_timeline, open_paths
        self._projects_requested = projects_requested
        self.replace_on_load = True
        loader.finished.connect(self.on_loaded)
        loader.failed.connect(self.on_failed)
        self.document.deferred = True
        self.checks = LoadWorker(parent=ctx.host, priority="background")
        self.story_process = StoryProcess()  # estimates, clusters, checks: off the window's
        self.document.remote = self.story_process  # interpreter
        self._one_at_a_time = threading.Lock()
        self.checks.finished.connect(self.on_checked)
        status.follow(self.checks, "Checking")
        self.document.changed.connect(self.on_changed)

    def open_paths(self, paths: list[str | Path], *, replace: bool = True) -> None:
        """See :meth:`MainWindow.open_paths`."""
        paths = [str(p) for p in paths]
        articles = [p for p in paths if Path(p).suffix != PROJECT_SUFFIX]
        projects = [p for p in paths if Path(p).suffix == PROJECT_SUFFIX]
        if projects:
            self._projects_requested(projects)
        if not articles:
            return
        loader = self.loader
        if loader.running and not replace:  # join the load in flight: the newest run wins
            articles = loader.paths + [p for p in articles if p not in loader.paths]
            replace = self.replace_on_load
        self.replace_on_load = replace
        self.recent.add(paths)
        self.ctx.host.setWindowTitle(f"{Path(paths[0]).name} — timeline_app")
        loader.start(articles, prepare=_warming(self.document.snapshot_for_load(replace=replace)))

    def on_loaded(self, prepared: Prepared) -> None:
        """Install a load the worker already assembled (clusters, anchor checks) in one change."""
        if prepared.replace:
            self.ctx.undo_stack.clear()  # a new story starts uncorrected
        self.document.commit(prepared)
        articles, events = len(prepared.result.analyses), len(self.document.timeline.events)
        self.ctx.show_message(f"Loaded {plural(articles, 'article')}: {plural(events, 'event')}",
                              5000)  # fmt: skip
        if prepared.replace:
            self.fit_timeline()

    def on_changed(self, change: Change) -> None:
        """Start the work the document still owes for its new state (the newest state wins)."""
        document = self.document
        if change.kind == "settled" or not document.unsettled:
            return
        job, one_at_a_time = document.settle_job(), self._one_at_a_time

        def work(phase, progress, cancelled):  # the worker thread: no Qt here
            phase("checking")
            time.sleep(CHECK_DELAY_S)  # the window shows the change before the checks compete
            yield_to_foreground()  # (a view still drawing the change, say)
            with one_at_a_time:  # an abandoned check cannot stop: never two at once
                if cancelled():
                    raise CancelledError("a newer state is being checked")
                return job()

        self.checks.run(work)

    def on_checked(self, result: tuple) -> None:
        """Install the clusters and anchor reports of a check, unless the story moved on."""
        if self.document.settle(result):
            self.ctx.show_message("Anchors checked", 3000)

    def on_failed(self, message: str) -> None:
        self.document.add(LoadResult(problems=[LoadProblem("(load)", message)]))
        self.ctx.docks["problems"].raise_()

    def files_dialog(self) -> None:
        paths, _ = QFileDialog.getOpenFileNames(
            self.ctx.host, "Open Articles", self._last_dir(), ARTICLE_FILTER
        )
        if paths:
            self._open_paths(paths)

    def folder_dialog(self) -> None:
        path = QFileDialog.getExistingDirectory(
            self.ctx.host, "Open Folder of Articles", self._last_dir()
        )
        if path:
            self._open_paths([path])

    def _last_dir(self) -> str:
        recent = self.recent.paths()
        return str(Path(recent[0]).parent) if recent else str(Path.home())
