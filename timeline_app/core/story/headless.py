"""Headless entry points over a Document: open paths and projects, correct, report anchors.

The command line and scripts use these; the window has its own background loader.
"""

from __future__ import annotations

from collections.abc import Iterable
from datetime import date
from pathlib import Path

from timeline_app.core.corrections.ids import resolve_article_prefix
from timeline_app.core.corrections.ledger import Corrections, SetAnchor
from timeline_app.core.ingest import LoadProblem
from timeline_app.core.model import Article
from timeline_app.core.storage.project import PROJECT_SUFFIX
from timeline_app.core.story.big_texts import speaking
from timeline_app.core.story.document import Document
from timeline_app.core.story.engines import load_with
from timeline_app.core.story.estimates import with_estimates
from timeline_app.core.story.pipeline import LoadResult, Progress
from timeline_app.core.story.projects import open_project

__all__ = [
    "PROJECT_SUFFIX",
    "accept_suggestions",
    "anchor_report",
    "open_corpus",
    "set_manual_anchor",
]


def open_corpus(
    article_paths: Iterable[str | Path],
    project_paths: Iterable[str | Path] = (),
    *,
    engine: str = "local",
    scheduler: str | None = None,
    progress: Progress | None = None,
) -> Document:
    """A document with the projects' articles and corrections plus the articles under the paths.

    Notices about the projects (changed or vanished files, corrections that no longer apply) are
    reported with the load problems, naming the project.
    """
    corrections: list[dict] = []
    notices: list[LoadProblem] = []
    analyses = []
    for path in project_paths:
        opened = open_project(path)
        analyses.extend(opened.analyses)
        notices.extend(LoadProblem(str(path), notice) for notice in opened.notices)
        corrections.extend(opened.corrections.to_list())
    document = Document(Corrections.from_list(corrections))
    article_paths = list(article_paths)
    counted = [0, 0]  # the files done and in all, as the load last said

    def loading(done: int, total: int, message: str) -> None:
        counted[:] = done, total
        if progress is not None:
            progress(done, total, message)

    def say(message: str) -> None:  # the steps after the load: minutes for a big text
        if progress is not None:
            progress(*counted, message)

    if article_paths:
        result = load_with(engine, article_paths, scheduler=scheduler, progress=loading)
    else:
        result = LoadResult()
    result.analyses[:0] = analyses
    result.problems[:0] = notices
    if any(a.anchor.value is None for a in result.analyses):
        say("estimating the anchors of undated articles")
    result.analyses = with_estimates(result.analyses)
    say(f"merging {sum(len(a.events) for a in result.analyses):,} events across sources")
    with speaking(say):  # a big text's clusters tell how far they have come
        document.add(result)
    return document


def set_manual_anchor(document: Document, prefix: str, value: date | None, note: str = "") -> None:
    """The command line's ``--anchor ID=DATE``: the same correction the window makes."""
    article_id = resolve_article_prefix(prefix, document.analyses)
    document.apply(SetAnchor(article_id, value, note=note or "set on the command line"))


def accept_suggestions(document: Document) -> list[str]:
    """Apply every suggested anchor as a correction; returns the ids corrected."""
    accepted = []
    for article_id, report in list(document.timeline.reports.items()):
        if report.suggestion is not None:
            document.apply(report.suggestion.edit(article_id))
            accepted.append(article_id)
    return accepted


def anchor_report(document: Document) -> list[dict]:
    """The contract's ``anchors --json`` array, one object per article."""
    rows = []
    for article_id, analysis in sorted(document.analyses.items()):
        article, anchor = analysis.article, analysis.anchor
        report = document.timeline.reports.get(article_id)
        if report is not None:
            extra = report.to_dict()
            problems, suggestion = extra.get("problems", []), extra.get("suggestion")
        else:
            problems, suggestion = [], None
            if anchor.value is None:
                problems = [{"kind": "missing", "detail": "no publication date was found"}]
        published_source = str(article.published_source)
        rows.append(
            {
                "article_id": article_id,
                "title": article.title,
                "published": article.published.isoformat() if article.published else None,
                "published_source": published_source,
                "published_precision": _precision(article),
                "anchor": anchor.value.isoformat() if anchor.value else None,
                "anchor_source": str(anchor.source),
                "problems": problems,
                "suggestion": suggestion,
                "lang": article.lang or None,
                "candidates": _candidates(article),
            }
        )
    return rows


def _precision(article: Article) -> str | None:
    if article.published is None:
        return None
    return article.published_precision or "day"


def _candidates(article: Article) -> list[dict]:
    """The dates the page offered, best first; a date given from outside the text leads them."""
    candidates = [dict(c) for c in article.date_candidates]
    source = str(article.published_source)
    if article.published is not None and not any(c["source"] == source for c in candidates):
        given = {
            "date": article.published.isoformat(),
            "source": source,
            "line": "",
            "score": None,
            "why": f"given as the article's {source} date",
        }
        candidates.insert(0, given)
    return candidates
