"""Cross-source merging in pieces: related groups by time, clustered apart with shared weights.

Two events can only be one happening if their dates overlap or lie a few days apart
(``clustering.date_relation`` calls anything else ``far``), so the timeline falls into *related
groups*: maximal runs of events whose intervals, each widened by :data:`OVERLAP_DAYS`, chain
together. Each part of the archive reports the runs of its own events (:func:`spans`); the runs of
all parts are joined where they touch (:func:`join_spans`), and contiguous groups are packed into
windows of about :data:`WINDOW_EVENTS` events (:func:`windows`). A window is clustered on its own
(:func:`cluster_window`) by the default engine's scoring (``clustering.scored_pairs``) and its
greedy join, with the word weights (:class:`~timeline_app.core.reconcile.signatures.Idf`) of the
WHOLE archive, summed from the parts' counts (:func:`key_counts`): so a window gives its events
the clusters the whole-archive run gives them.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterable, Mapping, Sequence
from datetime import timedelta

from timeline_app.core.model import ArticleAnalysis, Event
from timeline_app.core.reconcile.clustering import (
    event_texts,
    gather,
    lead_texts,
    scored_pairs,
    stories,
)
from timeline_app.core.reconcile.signatures import Idf

__all__ = [
    "OVERLAP_DAYS",
    "WINDOW_EVENTS",
    "Span",
    "cluster_window",
    "group_of",
    "join_spans",
    "key_counts",
    "spans",
    "weights",
    "windows",
]

OVERLAP_DAYS = 7
"""How far past its end an event's interval reaches when groups are formed: more than the few
days (``clustering.NEAR_DAYS``) at which two events may still be one happening."""
WINDOW_EVENTS = 20_000
"""Events per window, about: a window is one task, its articles held by one worker. A related
group is never split, so a window may hold more."""

Span = tuple[int, int, int]
"""``(first day, day after the reach, events)``: day numbers are ``date.toordinal()``."""


def _reach(event: Event) -> tuple[int, int]:
    interval = event.interval
    return interval.begin.toordinal(), (interval.end + timedelta(days=OVERLAP_DAYS)).toordinal()


def join_spans(runs: Iterable[Span]) -> list[Span]:
    """Runs merged wherever they touch or overlap, in time order, with their event counts."""
    out: list[list[int]] = []
    for begin, end, count in sorted(runs):
        if out and begin < out[-1][1]:
            out[-1][1] = max(out[-1][1], end)
            out[-1][2] += count
        else:
            out.append([begin, end, count])
    return [(b, e, n) for b, e, n in out]


def spans(analyses: Iterable[ArticleAnalysis]) -> list[Span]:
    """The related groups of these events alone (a part of the archive)."""
    return join_spans((*_reach(e), 1) for a in analyses for e in a.events)


def windows(groups: Sequence[Span], size: int = WINDOW_EVENTS) -> list[list[Span]]:
    """Consecutive groups packed into windows of about ``size`` events (never splitting one)."""
    out: list[list[Span]] = []
    held = 0
    for group in groups:
        if not out or held + group[2] > size:
            out.append([])
            held = 0
        out[-1].append(group)
        held += group[2]
    return out


def group_of(event: Event, window: Sequence[Span]) -> int | None:
    """The index in ``window`` of the group holding ``event``, or None if it lies elsewhere."""
    begin = event.interval.begin.toordinal()
    for i, (first, after, _) in enumerate(window):
        if first <= begin < after:
            return i
    return None


def key_counts(analyses: Iterable[ArticleAnalysis]) -> tuple[int, Counter[str]]:
    """``(events, keys' event counts)``: this part's share of the archive's word weights."""
    events, texts = gather(list(analyses))
    counts: Counter[str] = Counter()
    for text in event_texts(events, texts).values():
        counts.update(text.names | text.stems)
    return len(events), counts


def weights(parts: Iterable[tuple[int, Counter[str]]]) -> Idf:
    """The archive's :class:`Idf`, from every part's :func:`key_counts`."""
    idf = Idf(())
    for n, counts in parts:
        idf.n += n
        idf.df.update(counts)
    return idf


def cluster_window(
    analyses: Sequence[ArticleAnalysis], window: Sequence[Span], idf: Idf
) -> dict[str, str]:
    """``{event_id: cluster_id}`` for the events of ``analyses`` that fall in ``window``.

    ``analyses`` are whole (every event of each article, so each article's lead event is found
    as in the whole run); only the window's events are paired. Groups share no pair, so the
    window is joined in one pass, best pair first, as ``clustering.cluster_events`` joins.
    """
    leads = lead_texts(analyses)
    inside = [e for a in analyses for e in a.events if group_of(e, window) is not None]
    events = sorted(inside, key=lambda e: e.event_id)
    texts = event_texts(events, {a.article.id: a.article.text for a in analyses})
    pairs = scored_pairs(events, texts, idf, stories(analyses),
                         {k: v for k, v in leads.items() if k in texts})  # fmt: skip
    return _join(events, [(i, j) for _, i, j in pairs])


def _join(events: list[Event], pairs: Iterable[tuple[int, int]]) -> dict[str, str]:
    """Greedy union of ``pairs`` in the order given, under ``cluster_events``' one constraint.

    Two events of one article share a cluster only when they are the same happening said twice:
    the pair itself, each the only event of that article on its side. Clusters are member lists
    (the smaller merged into the larger) with per-article counts; the partition, and so each
    cluster's id (its smallest event id), is what ``cluster_events`` gives for the same pairs.
    """
    label = list(range(len(events)))
    members = {i: [i] for i in range(len(events))}
    per_article = {i: Counter({e.article_id: 1}) for i, e in enumerate(events)}
    for i, j in pairs:
        a, b = label[i], label[j]
        if a == b:
            continue
        article = events[i].article_id
        shared = per_article[a].keys() & per_article[b].keys()
        if shared and not (
            shared == {article}
            and events[j].article_id == article
            and per_article[a][article] + per_article[b][article] == 2
        ):
            continue
        if len(members[a]) < len(members[b]):
            a, b = b, a
        for k in members[b]:
            label[k] = a
        members[a] += members.pop(b)
        per_article[a] += per_article.pop(b)
    out: dict[str, str] = {}
    for group in members.values():
        ids = [events[k].event_id for k in group]
        out.update(dict.fromkeys(ids, min(ids)))
    return out


def relevant(analyses: Iterable[ArticleAnalysis], window: Sequence[Span]) -> list[ArticleAnalysis]:
    """The analyses with at least one event in ``window``."""
    return [a for a in analyses if any(group_of(e, window) is not None for e in a.events)]


def clusters_by_window(
    analyses: Sequence[ArticleAnalysis], size: int = WINDOW_EVENTS
) -> Mapping[str, str]:
    """Every window of ``analyses`` clustered apart: what the cluster computes, in one process."""
    idf = weights([key_counts(analyses)])
    out: dict[str, str] = {}
    for window in windows(spans(analyses), size):
        out.update(cluster_window(relevant(analyses, window), window, idf))
    return out
