"""Every article of a load under its own id: a clash is resolved the same way each time, and said.

An article's id is its file name without the extension, or its record's ``id``, so two can
meet: ``a/index.html`` and ``b/index.html``, ``x.txt`` and ``x.html``, a JSONL file repeating an
id. Keyed by id, the second would silently replace the first. Instead the first (in discovery
order) keeps the id, and each later one gets ``ID~2``, ``ID~3``... (skipping any id already
taken), with a notice naming both sources. Discovery order is fixed, so the ids are too.
"""

from __future__ import annotations

from dataclasses import replace

from timeline_app.core.events.build import build_events
from timeline_app.core.ingest import LoadProblem
from timeline_app.core.model import ArticleAnalysis

__all__ = ["make_ids_unique"]


def make_ids_unique(
    analyses: list[ArticleAnalysis], problems: list[LoadProblem]
) -> list[ArticleAnalysis]:
    """``analyses``, clashing ids renamed (events rebuilt); a notice per rename in ``problems``."""
    taken = {a.article.id for a in analyses}
    first: dict[str, str] = {}
    out = []
    for analysis in analyses:
        article = analysis.article
        if article.id not in first:
            first[article.id] = article.path or article.id
            out.append(analysis)
            continue
        number = 2
        while f"{article.id}~{number}" in taken:
            number += 1
        new_id = f"{article.id}~{number}"
        taken.add(new_id)
        first[new_id] = article.path or new_id
        renamed = replace(article, id=new_id)
        events = build_events(renamed, analysis.mentions)
        out.append(ArticleAnalysis(renamed, analysis.anchor, analysis.mentions, events))
        message = (
            f"The id '{article.id}' is also the id of an article in {first[article.id]}; "
            f"this one is loaded as '{new_id}'."
        )
        problems.append(LoadProblem(article.path or new_id, message, skipped=False))
    return out
