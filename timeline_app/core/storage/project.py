"""Projects: open and save a story (articles, corrections, view settings) as a ``.timeline`` file.

``read_project`` gives the stored articles, corrections and settings; opening one into a story
is :mod:`timeline_app.core.story.projects`. Corrections are always kept, applied or not. Saving is
atomic (see :mod:`timeline_app.core.storage.projectdb`).
"""

from __future__ import annotations

import json
import os
from collections.abc import Callable, Iterable, Mapping
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path

from timeline_app.core.corrections.ledger import Corrections
from timeline_app.core.errors import CorrectionError, ProjectError
from timeline_app.core.ingest import ARTICLE_SUFFIXES
from timeline_app.core.ingest.language import detect_language
from timeline_app.core.model import Article, ArticleAnalysis, PublishedSource
from timeline_app.core.storage import projectdb

__all__ = [
    "PROJECT_SUFFIX",
    "OpenedProject",
    "ProjectError",
    "readable_article_path",
    "read_project",
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
    analyses: list[ArticleAnalysis] = field(default_factory=list)  # filled when opened


def _stored(article: Article, folder: Path) -> projectdb.StoredArticle:
    """``article`` as a row; ``folder`` is the project's folder, resolved (once per save)."""
    path = ""
    if article.path:
        p = Path(article.path).resolve()
        try:
            path = p.relative_to(folder).as_posix()
        except ValueError:
            try:
                path = Path(os.path.relpath(p, folder)).as_posix()
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
        lang=detect_language(row.title, row.text),
    )  # fmt: skip


def readable_article_path(project: Path, stored: str) -> str | None:
    """Why the app may not re-read an article path a project stores, or None if it may.

    A project file is data anyone could have written: its paths must not make the app read a
    file the user never loaded (``../../.ssh/id_rsa``, ``/etc/passwd``, a link out of the
    folder). Only an article file (by extension) inside the project's folder tree, links
    resolved, is re-read; otherwise the text saved in the project is used.
    """
    target = Path(stored)
    if target.suffix.lower() not in ARTICLE_SUFFIXES:
        return "is not an article file"
    try:
        target.resolve().relative_to(project.resolve().parent)
    except (OSError, RuntimeError, ValueError):
        return "is outside the project's folder"
    return None


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
    root = path.parent.resolve()
    stored = projectdb.StoredProject(
        [_stored(a, root) for a in articles],
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
