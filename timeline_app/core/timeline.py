"""The reconstruction: every analysis under the corrections, assembled into one timeline."""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field, replace
from functools import partial
from typing import Any

from timeline_app.core.corrections import Corrections
from timeline_app.core.model import Event, Interval, Mention, TimexType
from timeline_app.core.pipeline import ArticleAnalysis

__all__ = ["Timeline", "assemble", "sort_key"]


def sort_key(event: Event) -> tuple:
    mention = event.mention
    interval = mention.interval
    return (interval.begin, interval.end, event.article_id, mention.start)


@dataclass(slots=True)
class Timeline:
    """What the views show: analyses by article id and all placed events, sorted by date."""

    analyses: dict[str, ArticleAnalysis] = field(default_factory=dict)
    events: list[Event] = field(default_factory=list)
    cluster_summaries: dict[str, Any] = field(default_factory=dict)
    """Merged happenings by cluster id (``clustering.ClusterSummary``): sources, combined
    interval, disagreement."""
    anchor_check: Callable[[], dict[str, Any]] | None = field(
        default=None, repr=False, compare=False
    )
    """Computes :attr:`reports` when first asked for: an export of events never needs them, and
    on a large story they cost more than everything else."""

    _reports: dict[str, Any] | None = field(default=None, init=False, repr=False, compare=False)
    _by_id: dict[str, Event] | None = field(default=None, init=False, repr=False, compare=False)

    @property
    def reports(self) -> dict[str, Any]:
        """Anchor problems and suggestions by article id (``anchor_check.AnchorReport``)."""
        if self._reports is None:
            self._reports = self.anchor_check() if self.anchor_check is not None else {}
        return self._reports

    def event(self, event_id: str) -> Event | None:
        """The event with this id; the index is built once (a Timeline is never mutated)."""
        if self._by_id is None:
            self._by_id = {e.event_id: e for e in self.events}
        return self._by_id.get(event_id)

    def events_of(self, article_id: str) -> list[Event]:
        return [e for e in self.events if e.article_id == article_id]

    def clusters(self) -> dict[str, list[Event]]:
        groups: dict[str, list[Event]] = defaultdict(list)
        for event in self.events:
            groups[event.cluster_id or event.event_id].append(event)
        return dict(groups)

    def unplaced(self) -> list[tuple[str, Mention]]:
        """DATE/TIME mentions that could not be placed (vague, or no anchor in reach)."""
        return [
            (article_id, m)
            for article_id, a in self.analyses.items()
            for m in a.mentions
            if m.type in (TimexType.DATE, TimexType.TIME) and m.interval is None
        ]

    def span(self) -> Interval | None:
        if not self.events:
            return None
        return Interval(
            min(e.interval.begin for e in self.events), max(e.interval.end for e in self.events)
        )


def assemble(
    analyses: Iterable[ArticleAnalysis], corrections: Corrections | None = None
) -> Timeline:
    """Put analyses together, give every event its cluster, and sort by date."""
    from timeline_app.core.anchor_check import check_anchors
    from timeline_app.core.clustering import cluster_events, summarize

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
