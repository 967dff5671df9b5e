"""Working anchors for undated articles: the step the command line and the window share.

An article with no date of its own is read against its estimated anchor (``estimated``) where
its own evidence and related articles allow one, so its relative dates are placed, tentatively;
its report still says ``missing``, and a manual or accepted anchor replaces the estimate.
"""

from __future__ import annotations

from timeline_app.core.events.build import build_events
from timeline_app.core.model import Anchor, ArticleAnalysis
from timeline_app.core.reconcile.anchor_check import estimated_anchors
from timeline_app.core.reconcile.anchor_evidence import take_reading
from timeline_app.core.story.event_offsets import placed_from_story
from timeline_app.core.story.pipeline import analyze

__all__ = ["with_estimates"]


ROUNDS = 3
"""Estimates re-made at most this often on the re-read articles (see :func:`with_estimates`)."""


def with_estimates(analyses: list[ArticleAnalysis]) -> list[ArticleAnalysis]:
    """The analyses, each undated article re-read against its estimated anchor where it has one.

    Read against its estimate, an article dates more of its own words ("16 September" gets a
    year): estimated again, it may land elsewhere, and the anchor checks, which see it so read,
    would suggest another day than its working anchor. So the estimates are made again on the
    re-read articles until they hold (at most ``ROUNDS`` times); an estimate once given is kept
    when a later round finds none. Then, every anchor set, the offsets from a happening another
    article dates are placed from the story (:mod:`.event_offsets`).
    """
    for _ in range(ROUNDS):
        estimates = estimated_anchors(analyses)
        by_id = {a.article.id: a for a in analyses}
        changed = {aid for aid, e in estimates.items() if _moved(by_id[aid], e)}
        if not changed:
            break
        analyses = [_reread(a, estimates[a.article.id]) if a.article.id in changed else a
                    for a in analyses]
    return placed_from_story(analyses)


def _moved(a: ArticleAnalysis, estimate: Anchor) -> bool:
    return (a.anchor.source, a.anchor.value, a.anchor.interval) != \
        (estimate.source, estimate.value, estimate.interval)


def _reread(analysis: ArticleAnalysis, anchor: Anchor) -> ArticleAnalysis:
    """``analyze(article, anchor)``, from the estimate's own reading of a big text if it has it."""
    article = analysis.article
    mentions = take_reading(article, anchor.value) if anchor.value is not None else None
    if mentions is None:
        return analyze(article, anchor)
    return ArticleAnalysis(article, anchor, mentions, build_events(article, mentions))
