"""Headless entry points over a Document: open paths and projects, correct, report anchors.

The command line and scripts use these; the window has its own background loader.
"""

from __future__ import annotations

from collections.abc import Iterable
from datetime import date
from pathlib import Path

from timeline_app.core.corrections import SetAnchor
from timeline_app.core.document import Document
from timeline_app.core.pipeline import load

__all__ = [
    "PROJECT_SUFFIX",
    "anchor_report",
    "open_corpus",
    "resolve_article_id",
    "set_manual_anchor",
]

PROJECT_SUFFIX = ".timeline"


def open_corpus(
    article_paths: Iterable[str | Path], project_paths: Iterable[str | Path] = ()
) -> Document:
    """A document with the articles under ``article_paths`` and the projects' corrections."""
    document = Document()
    for project in project_paths:
        from timeline_app.core.project import load_project_into

        load_project_into(document, Path(project))
    article_paths = list(article_paths)
    if article_paths:
        document.add(load(article_paths))
    return document


def resolve_article_id(prefix: str, ids: Iterable[str]) -> str:
    """The one id that starts with ``prefix``; KeyError with a clear message otherwise."""
    ids = list(ids)
    if prefix in ids:
        return prefix
    matches = [i for i in ids if i.startswith(prefix)]
    if len(matches) == 1:
        return matches[0]
    if not matches:
        raise KeyError(f"no article id starts with {prefix!r}")
    raise KeyError(f"article id prefix {prefix!r} is ambiguous: {', '.join(sorted(matches)[:5])}")


def set_manual_anchor(document: Document, prefix: str, value: date | None, note: str = "") -> None:
    """The command line's ``--anchor ID=DATE``: the same correction the window makes."""
    article_id = resolve_article_id(prefix, document.analyses)
    document.apply(SetAnchor(article_id, value, note=note or "set on the command line"))


def accept_suggestions(document: Document) -> list[str]:
    """Apply every suggested anchor as a correction; returns the ids corrected."""
    accepted = []
    for article_id, report in list(document.timeline.reports.items()):
        suggestion = getattr(report, "suggestion", None)
        if suggestion is not None:
            document.apply(SetAnchor(article_id, suggestion.best, note="accepted suggestion"))
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
                "anchor": anchor.value.isoformat() if anchor.value else None,
                "anchor_source": str(anchor.source),
                "problems": problems,
                "suggestion": suggestion,
            }
        )
    return rows
