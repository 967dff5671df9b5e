"""Every article of a load under its own id: a clash is resolved the same way each time, and said.

An article's id is its file name without the extension, or its record's ``id``, so two can
meet: ``a/index.html`` and ``b/index.html``, ``x.txt`` and ``x.html``, a JSONL file repeating an
id. Keyed by id, the second would silently replace the first. Instead the first (in discovery
order) keeps the id, and each later one gets ``ID~2``, ``ID~3``... (skipping any id already
taken), with a notice naming both sources. Discovery order is fixed, so the ids are too.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import replace

from timeline_app.core.events.build import build_events
from timeline_app.core.ingest import LoadProblem
from timeline_app.core.model import ArticleAnalysis

__all__ = ["make_ids_unique", "renamed", "unique_ids"]


def unique_ids(sources: Sequence[tuple[str, str]]) -> tuple[list[str], list[LoadProblem]]:
    """Each ``(id, path)`` of ``sources`` (in discovery order) under its own id, and the notices.

    The rule of :func:`make_ids_unique` on names alone, so a run that holds no articles (the
    archive's client) renames them the same way.
    """
    taken = {aid for aid, _ in sources}
    first: dict[str, str] = {}
    ids, problems = [], []
    for aid, path in sources:
        if aid not in first:
            first[aid] = path or aid
            ids.append(aid)
            continue
        number = 2
        while f"{aid}~{number}" in taken:
            number += 1
        new_id = f"{aid}~{number}"
        taken.add(new_id)
        first[new_id] = path or new_id
        ids.append(new_id)
        message = (
            f"The id '{aid}' is also the id of an article in {first[aid]}; "
            f"this one is loaded as '{new_id}'."
        )
        problems.append(LoadProblem(path or new_id, message, skipped=False))
    return ids, problems


def renamed(analysis: ArticleAnalysis, new_id: str) -> ArticleAnalysis:
    """``analysis`` under ``new_id``, its events rebuilt (their ids hold the article's)."""
    if analysis.article.id == new_id:
        return analysis
    article = replace(analysis.article, id=new_id)
    events = build_events(article, analysis.mentions)
    return ArticleAnalysis(article, analysis.anchor, analysis.mentions, events)


def make_ids_unique(
    analyses: list[ArticleAnalysis], problems: list[LoadProblem]
) -> list[ArticleAnalysis]:
    """``analyses``, clashing ids renamed (events rebuilt); a notice per rename in ``problems``."""
    ids, notices = unique_ids([(a.article.id, a.article.path) for a in analyses])
    problems.extend(notices)
    return [renamed(a, new_id) for a, new_id in zip(analyses, ids, strict=True)]
