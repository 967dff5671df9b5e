"""The reconstruction: every analysis under the corrections, assembled into one timeline."""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import replace
from functools import partial

from timeline_app.core.corrections.ledger import Corrections
from timeline_app.core.model import ArticleAnalysis, Timeline, sort_key

__all__ = ["assemble"]


def assemble(
    analyses: Iterable[ArticleAnalysis], corrections: Corrections | None = None
) -> Timeline:
    """Put analyses together, give every event its cluster, and sort by date."""
    from timeline_app.core.reconcile.anchor_check import check_anchors
    from timeline_app.core.reconcile.clustering import cluster_events, summarize

    by_id = {a.article.id: a for a in analyses}
    events = [e for a in by_id.values() for e in a.events]
    merged = cluster_events(list(by_id.values()))  # the same happening across sources
    events = [replace(e, cluster_id=e.cluster_id or merged.get(e.event_id, e.event_id))
              for e in events]
    if corrections is not None:  # labels, hiding, merges and splits a user made
        events = corrections.correct_events(events, {k: a.article for k, a in by_id.items()})
    events.sort(key=sort_key)
    timeline = Timeline(by_id, events, anchor_check=partial(check_anchors, by_id))
    timeline.cluster_summaries = summarize(timeline)
    return timeline
