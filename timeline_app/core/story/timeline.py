"""The reconstruction: every analysis under the corrections, assembled into one timeline.

:func:`assemble` is the whole cross-source stage (clusters, summaries, anchor checks on demand).
:func:`provisional` is what a correction shows at once: the touched articles' events replaced in
the previous timeline, clusters and anchor reports carried over, so that the exact assembly can
follow on a worker without the window waiting for it.
"""

from __future__ import annotations

import bisect
from collections.abc import Collection, Iterable, Mapping
from dataclasses import dataclass, field, replace
from functools import partial
from itertools import groupby
from operator import itemgetter

from timeline_app.core.corrections.ledger import Corrections
from timeline_app.core.model import (
    ArticleAnalysis,
    Event,
    Mention,
    Timeline,
    sort_key,
    unplaced_in,
)
from timeline_app.core.reconcile.anchor_check import AnchorReport, set_by_user
from timeline_app.core.reconcile.signature_memo import SignatureMemo
from timeline_app.core.story.big_texts import voice
from timeline_app.core.story.collector import fewer_collections

__all__ = [
    "RowDelta",
    "assemble",
    "changed_rows",
    "checked",
    "fresh_events",
    "merged_in_order",
    "provisional",
    "row_delta",
]


def assemble(
    analyses: Iterable[ArticleAnalysis],
    corrections: Corrections | None = None,
    memo: SignatureMemo | None = None,
    clusters: Mapping[str, str] | None = None,
) -> Timeline:
    """Put analyses together, give every event its cluster, and sort by date.

    ``clusters``: ``cluster_events`` of these analyses, if computed elsewhere (a window's story
    process).
    """
    with fewer_collections():  # a big text's clusters and summaries: a third of it was the GC
        return _assemble({a.article.id: a for a in analyses}, corrections, memo, clusters)


def _assemble(
    by_id: dict[str, ArticleAnalysis],
    corrections: Corrections | None,
    memo: SignatureMemo | None,
    clusters: Mapping[str, str] | None,
) -> Timeline:
    from timeline_app.core.reconcile.anchor_check import check_anchors
    from timeline_app.core.reconcile.clustering import cluster_events, summarize
    from timeline_app.core.reconcile.lone_article import cluster_lone_article

    events = [e for a in by_id.values() for e in a.events]
    if clusters is not None:
        merged = clusters
    elif len(by_id) == 1:  # no other source: the same clusters in far less work (a big text)
        merged = cluster_lone_article(next(iter(by_id.values())), memo, say=voice())
    else:
        merged = cluster_events(list(by_id.values()), memo)  # the same happening across sources
    events = [replace(e, cluster_id=e.cluster_id or merged.get(e.event_id, e.event_id))
              for e in events]
    if corrections is not None:  # labels, hiding, merges and splits a user made
        events = corrections.correct_events(events, {k: a.article for k, a in by_id.items()})
    events.sort(key=sort_key)
    timeline = Timeline(by_id, events, anchor_check=partial(check_anchors, by_id))
    if (say := voice()) is not None:
        say(f"summing up the clusters of {len(events):,} events")
    timeline.cluster_summaries = summarize(timeline)
    return timeline


def provisional(
    previous: Timeline,
    analyses: Mapping[str, ArticleAnalysis],
    touched: Collection[str],
    corrections: Corrections | None = None,
) -> Timeline:
    """``previous`` with the events of the ``touched`` articles taken from ``analyses``.

    An event keeps the cluster it had (its id is its article and offset); a new one stands
    alone. Only the summaries of the clusters it touches are redone; anchor reports are the
    previous ones, as far as they were computed, but for articles whose anchor the user has set
    or accepted, which have none. Cost: the touched articles, one pass over the others, and a
    binary search per fresh event (the kept events are in order already).
    """
    from timeline_app.core.reconcile.clustering import summarize

    touched = set(touched)
    was = {e.event_id: e.cluster_id for e in previous.events if e.article_id in touched}
    fresh = fresh_events(was, analyses, touched, corrections)
    kept = [e for e in previous.events if e.article_id not in touched]
    events = merged_in_order(kept, fresh)
    timeline = Timeline(dict(analyses), events)
    timeline._reports = {
        aid: AnchorReport(aid) if set_by_user(analyses[aid]) else r
        for aid, r in (previous._reports or {}).items()
        if aid in analyses
    }  # (an anchor the user set or accepted has no anchor problem: an old one would be stale)
    redo = set(was.values()) | {e.cluster_id for e in fresh}
    summaries = {cid: s for cid, s in previous.cluster_summaries.items() if cid not in redo}
    members = [e for e in events if e.cluster_id in redo]
    part = Timeline({aid: analyses[aid] for aid in {e.article_id for e in members}}, members)
    summaries.update(summarize(part))
    timeline.cluster_summaries = dict(sorted(summaries.items()))
    timeline._unplaced = _unplaced_after(previous, timeline.analyses, touched)
    return timeline


def _unplaced_after(previous: Timeline, analyses: Mapping[str, ArticleAnalysis],
                    touched: set[str]) -> list[tuple[str, Mention]] | None:
    """``Timeline(analyses).unplaced()``, the untouched articles' taken from ``previous``.

    None (found when asked) if ``previous`` has not found its own or holds other articles.
    """
    before = previous.analyses
    if previous._unplaced is None or before.keys() != analyses.keys():
        return None
    groups = {aid: list(entries)
              for aid, entries in groupby(previous._unplaced, key=itemgetter(0))}
    unplaced: list[tuple[str, Mention]] = []
    for aid, analysis in analyses.items():
        if aid in touched or before[aid] is not analysis:
            unplaced.extend(unplaced_in(aid, analysis))
        else:
            unplaced.extend(groups.get(aid, ()))
    return unplaced


def fresh_events(
    was: Mapping[str, str | None],
    analyses: Mapping[str, ArticleAnalysis],
    touched: Collection[str],
    corrections: Corrections | None = None,
) -> list[Event]:
    """The ``touched`` articles' events as :func:`provisional` places them (unordered).

    ``was``: the cluster of each of their events before (``{event id: cluster id}``).
    """
    fresh = [replace(e, cluster_id=e.cluster_id or was.get(e.event_id) or e.event_id)
             for aid in touched if aid in analyses for e in analyses[aid].events]
    if corrections is not None:
        articles = {aid: analyses[aid].article for aid in touched if aid in analyses}
        fresh = corrections.correct_events(fresh, articles)
    return fresh


def merged_in_order(ordered: list[Event], fresh: list[Event]) -> list[Event]:
    """``sorted(ordered + fresh, key=sort_key)`` when ``ordered`` is sorted already.

    Each fresh event goes after its equals, as the stable sort puts it: the same list, in a
    binary search per fresh event instead of a key per event of the story.
    """
    events = list(ordered)
    for event in sorted(fresh, key=sort_key):
        bisect.insort_right(events, event, key=sort_key)
    return events


@dataclass(frozen=True, slots=True)
class RowDelta:
    """How ``new`` follows from ``old`` (two events lists): rows taken out, then put in.

    The rows ``gone`` from ``old`` are taken out, then the rows ``came`` of ``new`` put in
    (each list in ascending order).

    What a provisional timeline changes, found with it on a worker: a view of the rows then
    tells exactly these rows, with no pass over the story on the window's thread.
    """

    old: list[Event]
    new: list[Event]
    gone: list[int]
    came: list[int]
    changed: list[int] = field(default_factory=list)
    """Rows of ``new`` whose event changed in place (the same event, other values)."""


def changed_rows(old: list[Event], new: list[Event]) -> RowDelta | None:
    """The :class:`RowDelta` of a check: the same events in the same order, some changed.

    None where the events or their order differ (a view then finds its rows itself).
    """
    if len(old) != len(new) or any(a.event_id != b.event_id
                                   for a, b in zip(old, new, strict=True) if a is not b):
        return None
    return RowDelta(old, new, [], [], [i for i, (a, b) in enumerate(zip(old, new, strict=True))
                                       if a is not b and a != b])


def row_delta(old: list[Event], new: list[Event], touched: Collection[str]) -> RowDelta:
    """The :class:`RowDelta` from ``old`` to ``new``, which differ by ``touched``'s events alone.

    (The others are the same objects in the same order, as :func:`provisional` keeps them.)
    """
    touched = set(touched)
    return RowDelta(old, new, [i for i, e in enumerate(old) if e.article_id in touched],
                    [i for i, e in enumerate(new) if e.article_id in touched])


def checked(timeline: Timeline) -> Timeline:
    """``timeline`` with its anchor reports computed (the slow part: run it on a worker)."""
    timeline.reports  # noqa: B018 -- computed and kept on the timeline
    return timeline
