"""Projects: open and save a story (articles, corrections, view settings) as a ``.timeline`` file.

``open_project`` gives what a :class:`Document` needs plus notices for the user (an article file
that changed or vanished since the save, corrections that no longer apply); corrections are always
kept, applied or not. Saving is atomic (see :mod:`timeline_app.core.projectdb`).
"""

from __future__ import annotations

import json
import os
from collections.abc import Callable, Iterable, Mapping
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path

from timeline_app.core import projectdb
from timeline_app.core.corrections import Corrections
from timeline_app.core.errors import CorrectionError, ProjectError
from timeline_app.core.model import Article, PublishedSource

__all__ = [
    "PROJECT_SUFFIX",
    "OpenedProject",
    "ProjectError",
    "document_of",
    "open_project",
    "read_project",
    "save_document",
    "save_project",
]

PROJECT_SUFFIX = ".timeline"


@dataclass(slots=True)
class OpenedProject:
    """A project as read: articles (re-read where their files still are), corrections, notices."""

    path: Path
    articles: list[Article]
    corrections: Corrections
    settings: dict[str, str] = field(default_factory=dict)
    notices: list[str] = field(default_factory=list)
    analyses: list = field(default_factory=list)  # ArticleAnalysis, filled by open_project


def _stored(article: Article, folder: Path) -> projectdb.StoredArticle:
    path = ""
    if article.path:
        p = Path(article.path).resolve()
        try:
            path = p.relative_to(folder.resolve()).as_posix()
        except ValueError:
            try:
                path = Path(os.path.relpath(p, folder.resolve())).as_posix()
            except ValueError:  # another drive
                path = str(p)
    published = article.published.isoformat() if article.published else None
    return projectdb.StoredArticle(
        article.id, article.text, path, article.content_hash, article.title, published,
        str(article.published_source), article.url,
    )  # fmt: skip


def _article(row: projectdb.StoredArticle, folder: Path) -> Article:
    path = str((folder / row.path).resolve()) if row.path else ""
    return Article(
        id=row.id, title=row.title, text=row.text,
        published=date.fromisoformat(row.published) if row.published else None,
        published_source=PublishedSource(row.published_source or "none"),
        url=row.url, path=path, content_hash=row.content_hash,
    )  # fmt: skip


def save_project(
    path: str | Path,
    articles: Iterable[Article],
    corrections: Corrections,
    settings: Mapping[str, str] | None = None,
    *,
    before_replace: Callable[[Path], None] | None = None,
) -> None:
    """Save atomically; article paths are stored relative to the project's folder."""
    path = Path(path)
    folder = path.parent
    stored = projectdb.StoredProject(
        [_stored(a, folder) for a in articles],
        [json.dumps(row, ensure_ascii=False, sort_keys=True) for row in corrections.to_list()],
        {str(k): str(v) for k, v in (settings or {}).items()},
    )
    projectdb.write(path, stored, before_replace=before_replace)


def read_project(path: str | Path) -> OpenedProject:
    """The project's stored articles and corrections, without touching article files."""
    path = Path(path)
    stored = projectdb.read(path)
    try:
        corrections = Corrections.from_list(json.loads(row) for row in stored.corrections)
    except (ValueError, CorrectionError) as exc:
        raise ProjectError(f"{path.name} holds a correction that cannot be read ({exc})") from None
    try:
        articles = [_article(row, path.parent) for row in stored.articles]
    except (TypeError, ValueError) as exc:
        raise ProjectError(f"{path.name} holds an article that cannot be read ({exc})") from None
    return OpenedProject(path, articles, corrections, dict(stored.settings))


def _refresh_from_files(project: OpenedProject) -> None:
    """Re-read article files still on disk; say which changed or vanished (stored text is used)."""
    from timeline_app.core.ingest import read_file  # heavy: only when opening for real

    by_file: dict[str, list[int]] = {}
    for i, article in enumerate(project.articles):
        if article.path:
            by_file.setdefault(article.path, []).append(i)
    for file, indexes in by_file.items():
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
    from timeline_app.core.pipeline import analyze

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
    """A :class:`~timeline_app.core.document.Document` holding ``project`` (analyses included)."""
    from timeline_app.core.document import Document
    from timeline_app.core.pipeline import LoadResult

    document = Document(project.corrections)
    document.add(LoadResult(list(project.analyses)))
    return document


def save_document(path: str | Path, document, settings: Mapping[str, str] | None = None) -> None:
    """Save a :class:`Document`'s articles and corrections (and ``settings``) to ``path``."""
    save_project(path, document.articles, document.corrections, settings)
