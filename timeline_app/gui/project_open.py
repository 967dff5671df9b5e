"""Opening a project off the main thread: read it, re-analyse its articles, build its story.

:func:`open_work` is a plain function for a :class:`~.loader.LoadWorker` (no Qt in it). It reads
the SQLite project (phase ``opening``), analyses its articles one by one with progress and
cancel (``resolving``), and lays the corrections over them and assembles the timeline
(``merging``) with :meth:`Document.snapshot_for_open`. The main thread only commits what it
returns. A project that cannot be read comes back as :class:`Refused`, with a message for the
user; an autosave that cannot be read falls back to the project as last saved, and says so.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

from timeline_app.core.corrections.ledger import Corrections
from timeline_app.core.errors import TimelineError
from timeline_app.core.ingest import LoadProblem
from timeline_app.core.model import Article, ArticleAnalysis
from timeline_app.core.storage.project import OpenedProject
from timeline_app.core.story.document import Prepared
from timeline_app.core.story.pipeline import CancelledError, LoadResult, analyze
from timeline_app.core.story.projects import open_project
from timeline_app.gui.loader import Report, Work

__all__ = ["Opened", "Refused", "open_work"]


@dataclass(frozen=True, slots=True)
class Opened:
    """A project read and its story built, ready to commit."""

    project: OpenedProject
    prepared: Prepared
    source: Path  # what was read: the project, or the autosave offered for it
    notice: str = ""  # said to the user once committed (a damaged autosave passed over)


@dataclass(frozen=True, slots=True)
class Refused:
    """A project that cannot be opened, and why, in words for the user."""

    message: str


def open_work(
    source: Path,
    path: Path,
    prepare: Callable[[LoadResult, Corrections], Prepared],
    refusal: str = "",
) -> Work:
    """Read ``source`` (``path`` or its autosave) and build its story; see the module docstring.

    ``refusal`` heads the message of a project that cannot be read ("Cannot open <name>").
    """
    refusal = refusal or f"Cannot open {path.name}"

    def work(phase: Callable[[str], None], progress: Report, cancelled: Callable[[], bool]):
        def analyzer(articles: list[Article]) -> list[ArticleAnalysis]:
            phase("resolving")
            done = []
            for article in articles:
                if cancelled():
                    raise CancelledError("opening cancelled")
                done.append(analyze(article))
                progress(len(done), len(articles), article.title or article.id)
            return done

        phase("opening")
        notice, read = "", source
        try:
            try:
                project = open_project(source, analyzer=analyzer)
            except TimelineError as exc:
                if source == path:
                    raise
                # a damaged autosave never keeps the saved project from opening
                notice = (f"The autosave {source.name} cannot be read ({exc}); "
                          f"opening {path.name} as last saved.")  # fmt: skip
                read = path
                project = open_project(path, analyzer=analyzer)
        except TimelineError as exc:
            return Refused(f"{refusal}: {exc}")
        if cancelled():
            raise CancelledError("opening cancelled")
        phase("merging")  # corrections laid over, clusters across sources
        problems = [LoadProblem(str(project.path.name), n) for n in project.notices]
        prepared = prepare(LoadResult(list(project.analyses), problems), project.corrections)
        return Opened(project, prepared, read, notice)

    return work
