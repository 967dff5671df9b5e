"""Opening a project file into a story, and saving a story's articles and corrections.

``open_project`` gives what a :class:`Document` needs plus notices for the user (an article file
that changed or vanished since the save, corrections that no longer apply).
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from pathlib import Path

from timeline_app.core.ingest import read_file
from timeline_app.core.model import Article
from timeline_app.core.storage.project import (
    OpenedProject,
    read_project,
    readable_article_path,
    save_project,
)
from timeline_app.core.story.document import Document
from timeline_app.core.story.pipeline import LoadResult, analyze

__all__ = ["document_of", "open_project", "save_document", "snapshot_for_save"]


def _refresh_from_files(project: OpenedProject) -> None:
    """Re-read article files still on disk; say which changed or vanished (stored text is used)."""
    by_file: dict[str, list[int]] = {}
    for i, article in enumerate(project.articles):
        if article.path:
            by_file.setdefault(article.path, []).append(i)
    for file, indexes in by_file.items():
        refused = readable_article_path(project.path, file)
        if refused is not None:  # never read a file the user did not load: the saved text stays
            if refused.startswith("is not"):  # outside the folder is usual enough to go unsaid
                for i in indexes:
                    project.notices.append(
                        f"{project.articles[i].id}: {file} {refused}, so it was not read; using"
                        " the text saved in the project"
                    )
            continue
        if not Path(file).is_file():
            for i in indexes:
                project.notices.append(
                    f"{project.articles[i].id}: {file} has vanished; using the text saved in "
                    "the project"
                )
            continue
        fresh = {a.id: a for a in read_file(Path(file))[0]}
        for i in indexes:
            old = project.articles[i]
            new = fresh.get(old.id)
            if new is None:
                project.notices.append(
                    f"{old.id}: no longer found in {file}; using the text saved in the project"
                )
                continue
            if new.content_hash != old.content_hash:
                project.notices.append(f"{old.id}: {file} has changed since the project was saved")
            project.articles[i] = new


def open_project(
    path: str | Path,
    *,
    reread_files: bool = True,
    analyzer: Callable[[list[Article]], list] | None = None,
) -> OpenedProject:
    """Read a project, re-read its article files, analyze every article; notices say what moved.

    ``analyzer`` maps the articles to their analyses (a process pool, say); by default they are
    analyzed one after the other in this process.
    """
    project = read_project(path)
    if reread_files:
        _refresh_from_files(project)
    if analyzer is not None:
        project.analyses = list(analyzer(list(project.articles)))
    else:
        project.analyses = [analyze(a) for a in project.articles]
    for orphan in project.corrections.orphans(project.articles):
        project.notices.append(
            f"a correction no longer applies ({orphan.edit.kind}): {orphan.reason}"
        )
    for edit in project.corrections.made_on_other_versions(project.articles):
        project.notices.append(
            f"{edit.slot[1]}: a correction ({edit.kind}) was made on an earlier version of it"
        )
    for edit in project.corrections.relocated(project.articles):
        project.notices.append(f"a correction was moved with its text: “{edit.slot[4]}”")
    return project


def document_of(project: OpenedProject):
    """A :class:`~.document.Document` holding ``project`` (analyses included)."""
    document = Document(project.corrections)
    document.add(LoadResult(list(project.analyses)))
    return document


def save_document(path: str | Path, document, settings: Mapping[str, str] | None = None) -> None:
    """Save a :class:`Document`'s articles and corrections (and ``settings``) to ``path``."""
    snapshot_for_save(document, settings)(path)


def snapshot_for_save(
    document, settings: Mapping[str, str] | None = None
) -> Callable[[str | Path], None]:
    """What :func:`save_document` writes, frozen now; the function returned may run on any thread.

    The freezing is cheap (the articles are immutable, the corrections copied); the writing
    (every article's text into a new file, then one rename) is what a window does on a worker.
    """
    articles, corrections = list(document.articles), document.corrections.copy()
    settings = dict(settings or {})

    def write(path: str | Path) -> None:
        save_project(path, articles, corrections, settings)

    return write
