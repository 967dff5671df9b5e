"""Cross-source merging in pieces: related groups by time, clustered apart with shared weights.

Two events can only be one happening if their dates overlap or lie a few days apart
(``clustering.date_relation`` calls anything else ``far``), so the timeline falls into *related
groups*: maximal runs of events whose intervals, each widened by :data:`OVERLAP_DAYS`, chain
together. Each part of the archive reports the runs of its own events (:func:`spans`); the runs of
all parts are joined where they touch (:func:`join_spans`), and contiguous groups are packed into
:class:`Window` s of about :data:`WINDOW_EVENTS` events (:func:`windows`). A window is clustered on
its own (:func:`cluster_window`) by the default engine's scoring (``clustering.scored_pairs``) and
its greedy join, with the word weights (:class:`~timeline_app.core.reconcile.signatures.Idf`) of
the WHOLE archive, summed from the parts' counts (:func:`key_counts`). A window of whole groups
gives its events exactly the clusters the whole-archive run gives them.

A group larger than a window (long intervals, "the 1990s", chain a news archive into few groups)
is cut at month boundaries into windows that each *own* the events beginning in their months and
also see every event of the group reaching within :data:`OVERLAP_DAYS` of them, so a happening on
an edge is scored whole on both sides. Such a window only scores its pairs (:func:`window_pairs`,
the costly part, in parallel); the pairs of the group's windows are then joined in one pass
(:func:`join_pairs`: a sort and a union, cheap), in the whole run's order. The one way the result
can still differ from the whole run's: ``clustering``'s blocks of more than ``BLOCK_CAP`` events
compare an event only with its neighbours, and a window's block holds fewer events than the
whole run's.
"""

from __future__ import annotations

from bisect import bisect_right
from collections import Counter
from collections.abc import Callable, Iterable, Mapping, Sequence
from dataclasses import dataclass, replace
from datetime import date, timedelta
from typing import NamedTuple

import numpy as np

from timeline_app.core.model import ArticleAnalysis, Event
from timeline_app.core.reconcile.clustering import (
    event_texts,
    gather,
    join_scored,
    lead_texts,
    scored_pairs,
    stories,
)
from timeline_app.core.reconcile.pair_columns import PairColumns, distinct
from timeline_app.core.reconcile.shared_dates import article_periods
from timeline_app.core.reconcile.signatures import EventText, Idf
from timeline_app.core.story import long_events, pair_stream
from timeline_app.core.story.long_events import LongIndex, LongRow, Slim

__all__ = [
    "OVERLAP_DAYS",
    "WINDOW_EVENTS",
    "LONG_DAYS",
    "Known",
    "Owned",
    "WindowPairs",
    "Span",
    "Window",
    "begin_months",
    "cluster_window",
    "clusters_by_window",
    "join_pairs",
    "run_of",
    "join_spans",
    "is_long",
    "key_counts",
    "long_side",
    "long_side_of",
    "known",
    "month_of",
    "seen_by",
    "sliced",
    "trimmed",
    "spans",
    "weights",
    "window_pairs",
    "windows",
]

LONG_DAYS = 800
"""An event longer than this is *long*: the blocks of ``clustering.Blocker`` put it at their
coarsest level (decades), where it meets other events only by a name or clause key shared in a
decade it touches. In a cut group such an event would be seen by every window of its decade (the
1980s window of a 100,000-article archive saw 104,369 events, most of them "the 1970s" and "the
1980s"), and each window would score the pairs of all of them again: long events are kept apart
instead (:class:`LongIndex`). Longer than ``lone_days.LONGEST``, a long event is never a lone
report, so its pairs depend on the two events and their articles' story keys alone."""
OVERLAP_DAYS = 7
"""How far past its end an event's interval reaches when groups are formed: more than the few
days (``clustering.NEAR_DAYS``) at which two events may still be one happening."""
WINDOW_EVENTS = 20_000
"""Events per window, about: a window is one task, its articles held by one worker. A related
group is never split, so a window may hold more."""

Span = tuple[int, int, int]
"""``(first day, day after the reach, events)``: day numbers are ``date.toordinal()``."""


def is_long(event: Event) -> bool:
    """Whether ``event`` is long (:data:`LONG_DAYS`): its pairs are found apart in a cut group."""
    return event.interval.days > LONG_DAYS


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


@dataclass(frozen=True, slots=True)
class Window:
    """A piece of the timeline merged by one task, in day numbers.

    Events beginning in ``[lo, hi)`` are its own. It sees them and, when ``split`` (a part of a
    group too large for one window), every event of its group (beginning in ``[g0, g1)``)
    reaching within :data:`OVERLAP_DAYS` of them.
    """

    lo: int
    hi: int
    g0: int
    g1: int

    @property
    def split(self) -> bool:
        return (self.lo, self.hi) != (self.g0, self.g1)

    def owns(self, event: Event) -> bool:
        return self.lo <= event.interval.begin.toordinal() < self.hi

    def shares(self, event: Event) -> bool:
        """Whether another window of the group sees ``event``, an event this one owns.

        The group's windows are contiguous, so only the neighbours can: the one before sees
        the events beginning within :data:`OVERLAP_DAYS` of ``lo``, the one after those
        reaching within :data:`OVERLAP_DAYS` of ``hi``.
        """
        begin, end = event.interval.begin.toordinal(), event.interval.end.toordinal()
        return (self.lo > self.g0 and begin < self.lo + OVERLAP_DAYS) or (
            self.hi < self.g1 and end + OVERLAP_DAYS > self.hi
        )

    def sees(self, event: Event) -> bool:
        """Whether the window's task is given ``event``: to score it, or (long) to write it.

        A long event (:func:`is_long`) of a cut group is given to its owner only, to be written:
        its pairs are found apart (:class:`LongIndex`, :func:`long_pairs`).
        """
        begin = event.interval.begin.toordinal()
        if not self.g0 <= begin < self.g1:
            return False
        if not self.split:
            return True
        if is_long(event):
            return self.lo <= begin < self.hi
        end = event.interval.end.toordinal()
        return begin < self.hi + OVERLAP_DAYS and end + OVERLAP_DAYS > self.lo

    def scores(self, event: Event) -> bool:
        """Whether the window scores ``event``'s pairs with the other events it sees."""
        return self.sees(event) and not (self.split and is_long(event))


def _month_start(month: int) -> int:
    return date(month // 12, month % 12 + 1, 1).toordinal()


def month_of(day: int) -> int:
    """``year * 12 + month - 1`` of a day number: the key of :func:`begin_months`."""
    d = date.fromordinal(day)
    return d.year * 12 + d.month - 1


def begin_months(analyses: Iterable[ArticleAnalysis]) -> Counter[int]:
    """Events by the month they begin in: where an oversized group may be cut."""
    return Counter(month_of(e.interval.begin.toordinal()) for a in analyses for e in a.events)


def windows(
    groups: Sequence[Span], months: Mapping[int, int], size: int = WINDOW_EVENTS
) -> list[Window]:
    """Consecutive groups packed into windows of about ``size`` events.

    A larger group is cut at month boundaries (``months``: events by begin month, as
    :func:`begin_months` counts them).
    """
    out: list[Window] = []
    lo = hi = held = 0
    for first, after, count in groups:
        if count > size:
            if held:
                out.append(Window(lo, hi, lo, hi))
            out.extend(_cut(first, after, months, size))
            held = 0
            continue
        if held and held + count > size:
            out.append(Window(lo, hi, lo, hi))
            held = 0
        if not held:
            lo = first
        hi, held = after, held + count
    if held:
        out.append(Window(lo, hi, lo, hi))
    return out


def _cut(first: int, after: int, months: Mapping[int, int], size: int) -> list[Window]:
    cuts, held = [first], 0
    for month in range(month_of(first), month_of(after - 1) + 1):
        if held >= size and _month_start(month) > cuts[-1]:
            cuts.append(_month_start(month))
            held = 0
        held += months.get(month, 0)
    cuts.append(after)
    return [Window(a, b, first, after) for a, b in zip(cuts, cuts[1:], strict=False)]


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


class Known(NamedTuple):
    """Signatures found on the whole articles, before they were cut into windows.

    ``texts``: each event's (``clustering.event_texts``); ``story``: each article's story keys
    (``clustering.stories``). A window given them needs no article text (:func:`trimmed`).
    ``periods``: each article's dated periods (``shared_dates.article_periods``): a window sees
    only some of an article's events, and two articles dating the same periods tell one story.
    """

    texts: Mapping[str, EventText]
    story: Mapping[str, frozenset[str]]
    periods: Mapping[str, frozenset[tuple[int, int]]] | None = None


def known(analyses: Sequence[ArticleAnalysis]) -> Known:
    """The :class:`Known` signatures of whole articles (a part of the archive)."""
    events = [e for a in analyses for e in a.events]
    return Known(event_texts(events, {a.article.id: a.article.text for a in analyses}),
                 stories(analyses), article_periods(events))  # fmt: skip


def trimmed(
    seen: Sequence[ArticleAnalysis], window: Window | None = None
) -> list[ArticleAnalysis]:
    """``seen`` without the articles' texts, which a window given :class:`Known` never reads.

    It scores its events by their signatures and writes them with their own sentences. At
    100,000 articles a window's events come from some 20,000 articles, whose texts did not fit
    a 1 GiB worker beside the rest.
    """
    return [replace(a, article=replace(a.article, text="")) if a.article.text else a
            for a in seen]  # fmt: skip


class _Scored(NamedTuple):
    events: list  # by id: Events, and the long ones met as long_events.Slim
    pairs: PairColumns
    texts: Mapping[str, EventText]
    story: Mapping[str, frozenset[str]]
    leads: Mapping[str, EventText]


def _scored(
    analyses: Sequence[ArticleAnalysis], window: Window, idf: Idf,
    leads: Mapping[str, EventText] | None, signed: Known | None = None,
) -> _Scored:  # fmt: skip
    """The events ``window`` scores, by id, and their pairs worth joining, best first."""
    if leads is None:
        leads = lead_texts(analyses)
    seen = [e for a in analyses for e in a.events if window.scores(e)]
    events = sorted(seen, key=lambda e: e.event_id)
    periods = None
    if signed is None:
        texts = event_texts(events, {a.article.id: a.article.text for a in analyses})
        story = stories(analyses)
    else:
        texts = {e.event_id: signed.texts[e.event_id] for e in events}
        story = {a.article.id: signed.story[a.article.id] for a in analyses}
        if signed.periods is not None:
            periods = {a.article.id: signed.periods.get(a.article.id, frozenset())
                       for a in analyses}  # fmt: skip
    leads = {k: v for k, v in leads.items() if k in texts}
    naming = None  # a cut window keeps only the pairs naming an event it owns: scores no other
    if window.split:
        naming = np.fromiter(map(window.owns, events), bool, len(events))
    pairs = PairColumns.of(scored_pairs(events, texts, idf, story, leads, periods=periods,
                                        naming=naming))  # fmt: skip
    return _Scored(events, pairs, texts, story, leads)


LongTexts = Callable[[list[str]], tuple[Mapping[str, EventText], Mapping[str, frozenset[str]]]]
"""Given long events' ids, their signatures and their articles' story keys (from the side table)."""


def _with_long(scored: _Scored, window: Window, idf: Idf, index: LongIndex,
               fetch: LongTexts) -> _Scored:  # fmt: skip
    """``scored`` with the pairs of the short events ``window`` owns and the group's long ones.

    The long events met join the events (as :class:`~long_events.Slim`, by id); the pairs are
    found in the complete decade blocks of ``index`` and scored as the whole run scores them.
    """
    mine = [e for e in scored.events if window.owns(e)]
    first, row = long_events.partners(mine, scored.texts, index)
    if not len(first):
        return scored
    picked = sorted(set(row.tolist()))
    met = [long_events.slim(index.rows[k]) for k in picked]
    texts, story = fetch([e.event_id for e in met])
    at = np.empty(len(index), np.int64)
    at[picked] = np.arange(len(mine), len(mine) + len(picked), dtype=np.int64)
    ids = {e.event_id for e in mine}
    cross = scored_pairs([*mine, *met], {**{k: scored.texts[k] for k in ids}, **texts}, idf,  # type: ignore[list-item]
                         {**{e.article_id: scored.story[e.article_id] for e in mine}, **story},
                         {k: v for k, v in scored.leads.items() if k in ids},
                         candidates=(first, at[row]))  # fmt: skip
    events = sorted([*scored.events, *met], key=lambda e: e.event_id)
    place = {e.event_id: k for k, e in enumerate(events)}
    was = np.fromiter((place[e.event_id] for e in scored.events), np.int64, len(scored.events))
    now = np.fromiter((place[e.event_id] for e in [*mine, *met]), np.int64, len(mine) + len(met))
    score = np.concatenate([scored.pairs.score, cross.score])
    a = np.concatenate([was[scored.pairs.i], now[cross.i]])
    b = np.concatenate([was[scored.pairs.j], now[cross.j]])
    i, j = np.minimum(a, b), np.maximum(a, b)
    order = np.lexsort((j, i, -score))
    pairs = PairColumns(score[order], i[order], j[order])
    return _Scored(events, pairs, scored.texts, scored.story, scored.leads)


def cluster_window(
    analyses: Sequence[ArticleAnalysis],
    window: Window,
    idf: Idf,
    leads: Mapping[str, EventText] | None = None,
    signed: Known | None = None,
) -> dict[str, str]:
    """``{event_id: cluster_id}`` for the events of a window of whole groups.

    ``analyses`` hold the events the window sees (others are ignored); ``leads`` are the lead
    events' texts (``clustering.lead_texts``) found on the WHOLE articles, as the whole run finds
    them (default: found on ``analyses``, right when they are whole). Groups share no pair, so
    the window is joined in one pass, best pair first, by ``clustering.join_scored`` as the
    whole run is.
    """
    events, pairs = _scored(analyses, window, idf, leads, signed)[:2]
    joined = join_scored(events, pairs)
    return {e.event_id: joined[e.event_id] for e in events if window.owns(e)}


Owned = tuple[str, str, int, int]
"""``(event id, article id, first day, day after)``: all the join needs of an event."""
WindowPairs = tuple[list[float], list[str], list[str], list[Owned]]
"""A cut window's pairs left to its group's join, as columns (score, event id, greater event
id), and the events they name: four plain lists, written and read once per window."""


def _components(n: int, i: np.ndarray, j: np.ndarray) -> np.ndarray:
    """A label of each of ``n`` events' component in the graph of the pairs ``(i, j)``.

    Roots hooked under smaller roots, then every event pointed at its root, until no pair
    joins two roots (a few rounds: the pointers halve the paths each time), all in numpy.
    """
    parent = np.arange(n, dtype=np.int64)
    while True:
        pi, pj = parent[i], parent[j]
        apart = pi != pj
        if not apart.any():
            return parent
        lo, hi = np.minimum(pi[apart], pj[apart]), np.maximum(pi[apart], pj[apart])
        np.minimum.at(parent, hi, lo)
        while True:
            up = parent[parent]
            if np.array_equal(up, parent):
                break
            parent = up


def window_pairs(
    analyses: Sequence[ArticleAnalysis],
    window: Window,
    idf: Idf,
    leads: Mapping[str, EventText] | None = None,
    signed: Known | None = None,
    long: tuple[LongIndex, LongTexts] | None = None,
    counts: dict[str, int] | None = None,
) -> tuple[dict[str, str], WindowPairs]:
    """A cut window's own clusters it can settle alone, and the pairs it leaves to the join.

    ``clustering.join_scored`` only ever joins events linked by pairs, so each component of
    the pair graph is joined apart, in the same order. A component whose events the window
    owns and no other window sees (:meth:`Window.shares`) holds every pair of those events:
    it is joined here, as the whole run joins it. The pairs of every other component touching
    an event the window owns go to :func:`join_pairs`, with the events they name; so the join
    holds the events near the cuts and the long ones, not the whole group.

    ``long``: the group's side table of long events (:class:`LongIndex`) and how to fetch the
    signatures of those met; the pairs of the short events the window owns with them are scored
    here, and their components go to the join (a long event is no window's to settle).
    ``counts``, if given, gets the events scored and the pairs found (``events``, ``pairs``).
    """
    scored = _scored(analyses, window, idf, leads, signed)
    if long is not None:
        scored = _with_long(scored, window, idf, *long)
    events, pairs = scored.events, scored.pairs
    if counts is not None:
        counts.update(events=len(events), pairs=len(pairs))
    del scored
    own = np.fromiter((window.owns(e) and not isinstance(e, Slim) for e in events), bool,
                      len(events))  # fmt: skip
    kept = own[pairs.i] | own[pairs.j]
    score, i, j = pairs.score[kept], pairs.i[kept], pairs.j[kept]
    del pairs, kept
    root = _components(len(events), i, j)
    reach = np.zeros(len(events), bool)  # components reaching past the window
    reach[root[[k for k, e in enumerate(events) if not own[k] or window.shares(e)]]] = True
    left = reach[root[i]]
    settled = PairColumns(score[~left], i[~left], j[~left])
    joined = join_scored(events, settled)
    local = {events[k].event_id: joined[events[k].event_id]
             for k in distinct(np.concatenate([settled.i, settled.j])).tolist()}  # fmt: skip
    scores = score[left].tolist()
    firsts = [events[k].event_id for k in i[left].tolist()]
    seconds = [events[k].event_id for k in j[left].tolist()]
    named = distinct(np.concatenate([i[left], j[left]])).tolist()
    rows = [(events[k].event_id, events[k].article_id, events[k].interval.begin.toordinal(),
             events[k].interval.end.toordinal()) for k in named]  # fmt: skip
    return local, (scores, firsts, seconds, rows)


def run_of(pairs: WindowPairs) -> pair_stream.Run:
    """A window's :func:`window_pairs` (or :func:`long_side`) as a run of the streamed join."""
    scores, firsts, seconds, rows = pairs
    head = pair_stream.head_of(firsts, seconds, scores, [tuple(r) for r in rows])  # type: ignore[misc]
    return pair_stream.Run(lambda: head, lambda: pair_stream.chunks_of(scores, firsts, seconds))


def join_pairs(windows: Iterable[WindowPairs]) -> dict[str, str]:
    """``{event_id: cluster_id}`` of a group from its windows' :func:`window_pairs`.

    Pairs found by two windows are counted once; they are joined best first, ties in event id
    order, by ``clustering.join_scored``'s union-find: what ``cluster_events`` does. Streamed
    (``pair_stream.join_runs``); only the events joined to another are returned (the others
    are alone, or settled by their window).
    """
    return pair_stream.join_runs([run_of(w) for w in windows]).clusters()


def long_side(
    rows: Sequence[LongRow], texts: Mapping[str, EventText], story: Mapping[str, frozenset[str]],
    idf: Idf,
) -> WindowPairs:  # fmt: skip
    """A cut group's long events' pairs among themselves, scored once, for :func:`join_pairs`.

    ``rows``: the group's side table (every long event of the group); ``texts``, ``story``:
    their signatures and their articles' story keys.
    """
    return long_side_of(*long_events.long_pairs(rows, texts, idf, story))


def long_side_of(events: Sequence[long_events.Slim], pairs: PairColumns) -> WindowPairs:
    """:func:`long_side` from the scored pairs, which the caller may make with less held.

    Millions of pairs at 100,000 articles: as few lists of Python objects as the run needs.
    """
    ids = [e.event_id for e in events]
    named = np.unique(np.concatenate([pairs.i, pairs.j])).tolist()
    return (pairs.score.tolist(), [ids[i] for i in pairs.i.tolist()],
            [ids[j] for j in pairs.j.tolist()],
            [(ids[k], events[k].article_id, events[k].interval.begin.toordinal(),
              events[k].interval.end.toordinal()) for k in named])  # fmt: skip


def sliced(
    analyses: Iterable[ArticleAnalysis], windows: Sequence[Window]
) -> dict[int, list[ArticleAnalysis]]:
    """:func:`seen_by` of every window (by index) at once, each window holding some analyses.

    ``windows`` are in time order (as :func:`windows` makes them). An event's owner is found by
    bisection and only its neighbours in a cut group are tried: a part costs its events times
    the windows that see them, not times all windows.
    """
    los = [w.lo for w in windows]
    out: dict[int, list[ArticleAnalysis]] = {}
    for a in analyses:
        mine: dict[int, list[Event]] = {}
        for e in a.events:
            owner = bisect_right(los, e.interval.begin.toordinal()) - 1
            if owner < 0 or not windows[owner].sees(e):
                continue
            mine.setdefault(owner, []).append(e)
            if not windows[owner].split:
                continue
            for step in (-1, 1):
                k = owner + step
                while 0 <= k < len(windows) and windows[k].split and windows[k].sees(e):
                    mine.setdefault(k, []).append(e)
                    k += step
        for k, events in mine.items():
            out.setdefault(k, []).append(replace(a, mentions=[], events=events))
    return dict(sorted(out.items()))


def seen_by(analyses: Iterable[ArticleAnalysis], window: Window) -> list[ArticleAnalysis]:
    """The analyses cut to the events ``window`` sees (those with none left out), no mentions."""
    out = []
    for a in analyses:
        events = [e for e in a.events if window.sees(e)]
        if events:
            out.append(replace(a, mentions=[], events=events))
    return out


def clusters_by_window(
    analyses: Sequence[ArticleAnalysis], size: int = WINDOW_EVENTS
) -> Mapping[str, str]:
    """Every window of ``analyses`` clustered apart: what the cluster computes, in one process."""
    idf = weights([key_counts(analyses)])
    leads = lead_texts(analyses)
    out: dict[str, str] = {}
    cut: dict[tuple[int, int], list[WindowPairs]] = {}
    signed = known(analyses)
    sides: dict[tuple[int, int], tuple[LongIndex, LongTexts]] = {}

    def fetch(ids: list[str]) -> tuple[dict[str, EventText], dict[str, frozenset[str]]]:
        return ({k: signed.texts[k] for k in ids},
                {signed_article[k]: signed.story[signed_article[k]] for k in ids})  # fmt: skip

    signed_article = {e.event_id: e.article_id for a in analyses for e in a.events}
    for window in windows(spans(analyses), begin_months(analyses), size):
        seen = trimmed(seen_by(analyses, window), window)  # as the archive's slices hold them
        if not window.split:
            out.update(cluster_window(seen, window, idf, leads, signed))
            continue
        group = (window.g0, window.g1)
        if group not in sides:  # the side table of the group's long events
            rows = long_events.long_rows(
                (e for a in analyses for e in a.events
                 if is_long(e) and group[0] <= e.interval.begin.toordinal() < group[1]),
                signed.texts)  # fmt: skip
            sides[group] = (LongIndex(rows), fetch)
            ids = [r.event_id for r in rows]
            cut.setdefault(group, []).append(long_side(rows, *fetch(ids), idf))
        local, left = window_pairs(seen, window, idf, leads, signed, sides[group])
        out.update(local)
        cut.setdefault(group, []).append(left)
    for group in cut.values():
        out.update(join_pairs(group))
    for a in analyses:  # an event in no pair is alone
        for e in a.events:
            out.setdefault(e.event_id, e.event_id)
    return out
