"""A read-only index over a timeline's events for drawing: days as arrays, lanes, filters.

It derives arrays from ``timeline.events`` (never a copy of the events themselves), so visible
events of a lane in a range are found with a binary search, not a scan. The in-memory
implementation of :class:`~.timeline_index.TimelineIndex`. Qt-free.
"""

from __future__ import annotations

import html
from collections import Counter
from dataclasses import dataclass
from datetime import date
from operator import attrgetter, itemgetter
from typing import TYPE_CHECKING, Protocol

import numpy as np

from timeline_app.core.layout.lane_titles import LaneSource, lane_titles
from timeline_app.core.layout.timeline_index import extent, midpoint_bins, story_spans, xs
from timeline_app.core.model import AnchorSource, Granularity
from timeline_app.core.temporal.display import human_date

if TYPE_CHECKING:
    from collections.abc import Generator, Iterator

    from timeline_app.core.layout.metrics import TimeScale
    from timeline_app.core.model import Article, Event, Timeline

__all__ = ["LANE_MODES", "EventIndex", "Lane"]

_INTERVAL = attrgetter("mention.interval")
_BEGIN = attrgetter("begin")
_END = attrgetter("end")
_ARTICLE = attrgetter("article_id")
_ID = attrgetter("event_id")


_CLUSTER_ID = attrgetter("cluster_id")


def _CLUSTER(event: Event) -> str:  # noqa: N802 - reads like the getters above
    return event.cluster_id or event.event_id


def _clusters(events: list[Event]) -> list[str]:
    """``list(map(_CLUSTER, events))`` in C where every event has its cluster (as assembled)."""
    clusters = list(map(_CLUSTER_ID, events))
    if None in clusters or "" in clusters:
        return list(map(_CLUSTER, events))
    return clusters


class RowChanges(Protocol):
    """How an events list ``new`` follows from ``old``: rows taken out, then put in.

    The rows ``gone`` from ``old`` are taken out, then the rows ``came`` of ``new`` put in
    (ascending); the rest are the same objects in the same order (``story.timeline.RowDelta``,
    found with a correction on a worker).
    """

    old: list[Event]
    new: list[Event]
    gone: list[int]
    came: list[int]


def _spliced(previous: EventIndex, rows: RowChanges) -> tuple[np.ndarray, ...]:
    """``previous``'s begin, end and article id arrays with ``rows`` taken out and put in.

    The rows ``changed`` in place (a check's, where it gives them) are read again: the same
    event may have other days.
    """
    olds = (previous.begin, previous.end, previous.article_ids)
    at = np.asarray(rows.came, np.int64) - np.arange(len(rows.came))  # places among the kept
    arrays = tuple(np.insert(np.delete(old, rows.gone), at, new) for old, new in
                   zip(olds, _columns([rows.new[i] for i in rows.came], olds), strict=True))
    changed = list(getattr(rows, "changed", ()))
    if changed:
        for array, values in zip(arrays, _columns([rows.new[i] for i in changed], olds),
                                 strict=True):
            array[changed] = values
    return arrays


def _columns(events: list[Event], like: tuple[np.ndarray, ...]) -> tuple[np.ndarray, ...]:
    """The begin, end and article id arrays of ``events`` (of the dtypes of ``like``'s)."""
    ids = np.empty(len(events), object)
    ids[:] = [e.article_id for e in events]
    return (np.asarray([e.mention.interval.begin.toordinal() for e in events], like[0].dtype),
            np.asarray([e.mention.interval.end.toordinal() for e in events], like[1].dtype), ids)


def _recounted(sources: np.ndarray, rows: RowChanges, events: list[Event]) -> np.ndarray:
    """The source counts of ``rows.new`` from those of ``rows.old`` (``sources``).

    Only the clusters that ``rows`` touch (the clusters of the rows gone, come and changed,
    before and after) are counted again: every other cluster has the same members.
    """
    old = rows.old
    changed = list(getattr(rows, "changed", ()))
    kept = np.delete(np.arange(len(old)), rows.gone)  # old rows, in the order kept in new
    came = np.asarray(rows.came, np.int64)
    before = kept[np.asarray(changed, np.int64) - np.searchsorted(came, changed)]
    touched = set(map(_CLUSTER, [old[i] for i in (*rows.gone, *before.tolist())]))
    touched.update(map(_CLUSTER, [events[i] for i in (*rows.came, *changed)]))
    at = came - np.arange(len(came))
    counts = np.insert(np.delete(sources, rows.gone), at, 0)
    if not touched:
        return counts
    clusters = _clusters(events)
    hit = np.flatnonzero(np.fromiter(map(touched.__contains__, clusters), bool, len(events)))
    hit_clusters = [clusters[i] for i in hit.tolist()]
    pairs = set(zip(hit_clusters, [events[i].article_id for i in hit.tolist()], strict=True))
    per_cluster = Counter(map(itemgetter(0), pairs))
    counts[hit] = np.fromiter(map(per_cluster.__getitem__, hit_clusters), np.int64, len(hit))
    return counts


LANE_MODES = ("article", "granularity", "cluster", "single")
LANES_PER_STEP = 300
"""Lanes laid between two yields of :meth:`EventIndex.in_steps` (about 2 ms)."""
_UNCERTAIN = {AnchorSource.ESTIMATED, AnchorSource.SUGGESTED}


@dataclass(slots=True)
class Lane:
    """One horizontal band: its title, a fixed row count, and its events sorted by begin."""

    key: str
    title: str
    rows: int
    members: np.ndarray  # event indices, sorted by begin
    begins: np.ndarray
    longest: float

    @property
    def total(self) -> int:
        """How many events the lane holds."""
        return len(self.members)


class EventIndex:
    """Arrays over ``timeline.events``; rebuilt when the document changes."""

    def __init__(
        self,
        timeline: Timeline,
        lane_mode: str = "article",
        shown: set[str] | None = None,
        max_rows: int = 5,
        previous: EventIndex | None = None,
        rows: RowChanges | None = None,
    ) -> None:
        """Index ``timeline``; ``previous`` is the index of the timeline before a change.

        What does not depend on the events' days (the articles' lane titles) is taken from
        ``previous`` where the articles are the same objects: a correction's index then costs
        a few sorts over arrays. ``rows`` (a correction's :class:`RowChanges` from
        ``previous``'s events to ``timeline``'s) lets the per-event arrays be ``previous``'s
        with those rows taken out and put in.
        """
        for _ in self._build(timeline, lane_mode, shown, max_rows, previous, rows):
            pass

    @classmethod
    def in_steps(
        cls,
        timeline: Timeline,
        lane_mode: str = "article",
        shown: set[str] | None = None,
        max_rows: int = 5,
        previous: EventIndex | None = None,
        rows: RowChanges | None = None,
    ) -> Generator[None, None, EventIndex]:
        """The same index, built a step of a few milliseconds at a time.

        Each ``next`` does one step; the generator's return value (``StopIteration.value``) is
        the index. A window builds a large story's index between the event loop's turns, so
        that no turn holds the main thread long.
        """
        index = cls.__new__(cls)
        yield from index._build(timeline, lane_mode, shown, max_rows, previous, rows)
        return index

    def _build(self, timeline: Timeline, lane_mode: str, shown: set[str] | None, max_rows: int,
               previous: EventIndex | None, rows: RowChanges | None = None) -> Iterator[None]:
        self.timeline = timeline
        self._titles: tuple[dict, dict[str, str]] | None = (
            previous._titles if previous is not None else None)
        self._article_keys: tuple[dict[str, str], list[tuple[str, str]]] | None = (
            previous._article_keys if previous is not None else None)
        events = self.events
        spliced = (rows is not None and previous is not None and rows.old is previous.events
                   and rows.new is events)
        if spliced:
            # a correction: the other events are the same objects in the same order
            self.begin, self.end, self.article_ids = _spliced(previous, rows)  # type: ignore[arg-type]
        else:
            yield from self._per_event(events)
        self.point = (self.end - self.begin) <= 1.0
        analyses = timeline.analyses
        self.uncertain = {aid for aid, a in analyses.items() if a.anchor.source in _UNCERTAIN}
        self.max_rows = max_rows
        self.lane_mode = lane_mode if lane_mode in LANE_MODES else "article"
        self.shown_ids = shown
        self._row_of: dict[str, int] | None = None
        self._sources: np.ndarray | None = None
        self._reports: dict[str, list[str]] | None = None
        self.lanes: list[Lane] = []
        self._flat: tuple[np.ndarray, np.ndarray, np.ndarray] | None = None
        yield from self._lanes_in_steps()
        yield
        if spliced and previous._sources is not None:  # type: ignore[union-attr]
            self._sources = _recounted(previous._sources, rows, self.events)  # type: ignore[arg-type,union-attr]
        else:
            yield from self._source_counts_in_steps()

    def _per_event(self, events: list[Event]) -> Iterator[None]:
        """Each event's begin, end (as ordinals) and article id."""
        n = len(events)
        # C-level maps over the events: 100,000 events in a few tens of milliseconds
        ivs = list(map(_INTERVAL, events))
        yield
        self.begin = np.fromiter(map(date.toordinal, map(_BEGIN, ivs)), float, n)
        yield
        self.end = np.fromiter(map(date.toordinal, map(_END, ivs)), float, n)
        del ivs
        yield
        self.article_ids = np.array(list(map(_ARTICLE, events)), dtype=object)

    @property
    def row_of(self) -> dict[str, int]:
        """Event id -> position in ``events`` (built on first use)."""
        if self._row_of is None:
            self._row_of = {eid: i for i, eid in enumerate(map(_ID, self.events))}
        return self._row_of

    def _source_counts(self) -> np.ndarray:
        """Per event: how many articles report its cluster (built on first use)."""
        if self._sources is None:
            for _ in self._source_counts_in_steps():
                pass
        return self._sources  # type: ignore[return-value]

    def _source_counts_in_steps(self) -> Iterator[None]:
        """:meth:`_source_counts` in three steps (a millisecond or two each per 16,000 events)."""
        clusters = _clusters(self.events)
        yield
        pairs = set(zip(clusters, self.article_ids.tolist(), strict=True))
        yield
        per_cluster = Counter(map(itemgetter(0), pairs))
        self._sources = np.fromiter(map(per_cluster.__getitem__, clusters), np.int64, len(self))

    @property
    def events(self) -> list[Event]:
        return self.timeline.events

    def __len__(self) -> int:
        return len(self.timeline.events)

    # --- settings --------------------------------------------------------------------------
    def set_lane_mode(self, mode: str) -> None:
        if mode not in LANE_MODES:
            raise ValueError(f"unknown lane mode {mode!r}; one of {LANE_MODES}")
        self.lane_mode = mode
        self._rebuild_lanes()

    def set_shown(self, ids: set[str] | None) -> None:
        """Show only ``ids`` (None: every event)."""
        self.shown_ids = ids
        self._rebuild_lanes()

    def shown_mask(self) -> np.ndarray:
        if self.shown_ids is None:
            return np.ones(len(self), bool)
        mask = np.zeros(len(self), bool)
        rows = [self.row_of[i] for i in self.shown_ids if i in self.row_of]
        mask[rows] = True
        return mask

    # --- lanes -----------------------------------------------------------------------------
    def _lane_keys(self) -> tuple[list[tuple[str, str]], list[str]]:
        events, mode = self.events, self.lane_mode
        if mode == "article":
            analyses = self.timeline.analyses
            of = self.article_ids.tolist()
            ids = set(of)

            def order(aid: str) -> tuple:
                a = analyses.get(aid)
                pub = a.article.published if a is not None else None
                return (pub is None, pub.toordinal() if pub else 0, self.title_of(aid))

            articles = {aid: a.article for aid in ids if (a := analyses.get(aid)) is not None}
            titles = self._lane_titles(articles)
            known = self._article_keys
            if known is not None and known[0] is titles and len(articles) == len(ids):
                return known[1], of  # the same article objects: the same lanes in the same order
            keys = [(aid, titles.get(aid, aid)) for aid in sorted(ids, key=order)]
            self._article_keys = (titles, keys) if len(articles) == len(ids) else None
            return keys, of
        if mode == "granularity":
            of = [str(e.granularity) if e.granularity else "unknown" for e in events]
            present = set(of)
            keys = [(str(g), f"{g.value.capitalize()}") for g in Granularity if str(g) in present]
            if "unknown" in present:
                keys.append(("unknown", "Unknown precision"))
            return keys, of
        if mode == "cluster":
            return [("*", "Merged across sources")], ["*"] * len(events)
        return [("*", "All events")], ["*"] * len(events)

    def _lane_titles(self, articles: dict[str, Article]) -> dict[str, str]:
        """The lanes' titles of ``articles``; the previous index's if they are the same."""
        if self._titles is not None:
            known, titles = self._titles
            if known.keys() == articles.keys() and all(
                known[aid] is article for aid, article in articles.items()
            ):
                return titles
        titles = lane_titles({
            aid: LaneSource(a.title or aid, a.url or "", a.published)
            for aid, a in articles.items()
        })  # fmt: skip
        self._titles = (articles, titles)
        return titles

    def title_of(self, article_id: str) -> str:
        a = self.timeline.analyses.get(article_id)
        return (a.article.title or article_id) if a is not None else article_id

    def _rebuild_lanes(self) -> None:
        for _ in self._lanes_in_steps():
            pass

    def _lanes_in_steps(self) -> Iterator[None]:
        """Lay the events in lanes (:meth:`_rebuild_lanes`), yielding between steps."""
        keys, of = self._lane_keys()
        yield
        mask = self.shown_mask()
        if self.lane_mode == "cluster":  # one item per happening: its first report
            _, first = np.unique(np.array(_clusters(self.events), object), True)
            firsts = np.zeros(len(self), bool)
            firsts[first] = True
            mask &= firsts
        slot = {k: n for n, (k, _) in enumerate(keys)}
        lane_of = np.fromiter(map(slot.__getitem__, of), np.int64, len(of))
        # every lane's members by begin (ties in event order) in one stable sort: by lane, then
        # by begin; each lane is then a slice (a pass per lane over every event was 1,000
        # passes over 16,000 events in a 1,000-article story)
        order = np.lexsort((self.begin, lane_of))
        order = order[mask[order]]
        bounds = np.searchsorted(lane_of[order], np.arange(len(keys) + 1), "left")
        single = self.lane_mode in ("cluster", "single")
        # each lane's longest event, every lane in one reduction over the sorted spans
        filled = np.flatnonzero(bounds[1:] > bounds[:-1])
        longest_of = np.zeros(len(keys))
        if len(order):
            spans = (self.end - self.begin)[order]
            longest_of[filled] = np.maximum.reduceat(spans, bounds[filled])
        begins = self.begin[order]
        lanes = []
        for made, n in enumerate(filled.tolist()):
            if made and not made % LANES_PER_STEP:
                yield
            key, title = keys[n]
            lo, hi = int(bounds[n]), int(bounds[n + 1])
            rows = min(self.max_rows * (3 if single else 1), hi - lo)
            lanes.append(Lane(key, title, rows, order[lo:hi], begins[lo:hi],
                              float(longest_of[n])))
        self.lanes = lanes  # (in one step: a lane mode set meanwhile sees whole lanes)
        self._flat = None

    # --- queries ---------------------------------------------------------------------------
    def query(self, lane: Lane, d0: float, d1: float) -> np.ndarray:
        """Event indices of ``lane`` overlapping days ``[d0, d1)``, sorted by begin."""
        lo = int(np.searchsorted(lane.begins, d0 - lane.longest, "left"))
        hi = int(np.searchsorted(lane.begins, d1, "left"))
        cand = lane.members[lo:hi]
        return cand[self.end[cand] > d0]

    def count(self, lane: Lane, d0: float, d1: float) -> int:
        return len(self.query(lane, d0, d1))

    def lane_counts(self, d0: float, d1: float) -> np.ndarray:
        """:meth:`count` of every lane at once, in lane order.

        One pass over the lanes' events in numpy, where a search per lane was a thousand small
        numpy calls (5-10 ms) for a 1,000-article story folded at every layout.
        """
        if not self.lanes:
            return np.zeros(0, np.int64)
        if self._flat is None:
            sizes = [len(lane.members) for lane in self.lanes]
            rows = np.concatenate([lane.members for lane in self.lanes])
            longest = np.repeat([lane.longest for lane in self.lanes], sizes)
            self._flat = (rows, longest, np.cumsum([0, *sizes[:-1]]))
        rows, longest, starts = self._flat
        begin = self.begin[rows]  # the bounds of query(): begun before d1, not ended by d0
        hit = (begin >= d0 - longest) & (begin < d1) & (self.end[rows] > d0)
        return np.add.reduceat(hit.astype(np.int64), starts)

    def density(self, lane: Lane, scale: TimeScale, bin_px: float) -> np.ndarray:
        """Events of ``lane`` per ``bin_px``-wide bin of ``scale``, placed by their middle."""
        n = int(np.ceil(scale.width / bin_px))
        d0 = scale.axis.days(scale.u0)
        d1 = scale.axis.days(scale.u0 + (n * bin_px + 1) / scale.px_per_unit)
        rows = self.query(lane, d0, d1)
        return midpoint_bins(scale, (self.begin[rows] + self.end[rows]) / 2, bin_px)

    def overview(self, full: TimeScale, bins: int) -> np.ndarray:
        rows = self.shown_rows()
        x = xs(full, (self.begin[rows] + self.end[rows]) / 2)
        at = np.floor(x / full.width * bins).astype(np.int64)
        return np.bincount(at[(at >= 0) & (at < bins)], minlength=bins)

    def shown_rows(self) -> np.ndarray:
        """Indices of every event drawn in some lane."""
        if not self.lanes:
            return np.zeros(0, np.int64)
        return np.concatenate([lane.members for lane in self.lanes])

    def lane_of_event(self, row: int) -> int | None:
        for n, lane in enumerate(self.lanes):
            k = int(np.searchsorted(lane.begins, self.begin[row], "left"))
            while k < len(lane.members) and lane.begins[k] == self.begin[row]:
                if lane.members[k] == row:
                    return n
                k += 1
        return None

    def reporting_articles(self, row: int) -> list[str]:
        """Ids of the articles that report the happening of event ``row``."""
        if self._reports is None:
            self._reports = {}
            for cid, aid in zip(map(_CLUSTER, self.events), self.article_ids.tolist(), strict=True):
                self._reports.setdefault(cid, []).append(aid)
        return sorted(set(self._reports.get(_CLUSTER(self.events[row]), [])))

    def story_spans(self, rows: np.ndarray | None = None) -> np.ndarray:
        """``(n, 2)`` begin/end days of ``rows`` (default: all) cut to the story they tell."""
        rows = np.arange(len(self)) if rows is None else rows
        return story_spans(self.begin[rows], self.end[rows])

    def story_extent(self, rows: np.ndarray | None = None) -> tuple[float, float] | None:
        """First and last day of :meth:`story_spans` (None without events)."""
        return extent(self.story_spans(rows))

    # --- one event --------------------------------------------------------------------------
    def find(self, event_id: str) -> int | None:
        return self.row_of.get(event_id)

    def event_id(self, row: int) -> str:
        return self.events[row].event_id

    def label(self, row: int) -> str:
        return self.events[row].label

    def labels(self, rows: np.ndarray) -> list[str]:
        events = self.events
        return [events[r].label for r in rows.tolist()]

    def granularity(self, row: int) -> Granularity | None:
        return self.events[row].granularity

    def cluster_of(self, row: int) -> str | None:
        return self.events[row].cluster_id

    def caption(self, row: int) -> str:
        e = self.events[row]
        return f"{human_date(e.mention)} — {e.label}"

    def tooltip(self, row: int) -> str:
        """Label, date, the expression as written, its anchor if uncertain, its sources."""
        e = self.events[row]
        m = e.mention
        sources = sorted(self.title_of(aid) for aid in self.reporting_articles(row))
        esc = html.escape
        lines = [
            f"<b>{esc(e.label)}</b>",
            f"{esc(human_date(m))} <span style='color:gray'>"
            f"({esc(m.value)}, {esc(str(m.granularity))})</span>",
            f"“{esc(m.text)}”",
        ]
        if self.is_uncertain(row):
            a = self.timeline.analyses[e.article_id].anchor
            lines.append(f"<i>Resolved against an {esc(str(a.source))} anchor</i>")
        label = "Source" if len(sources) == 1 else f"{len(sources)} sources"
        lines.append(f"{label}: " + "; ".join(esc(s) for s in sources))
        if self.disagrees(row):
            lines.append("<b style='color:#c62828'>⚠ The sources disagree on the date</b>"
                         " (click the count to compare them)")  # fmt: skip
        return "<br>".join(lines)

    def is_uncertain(self, row: int) -> bool:
        return self.events[row].article_id in self.uncertain

    def disagrees(self, row: int) -> bool:
        """Whether the sources reporting the happening of event ``row`` disagree on its date."""
        cluster = self.events[row].cluster_id
        summary = self.timeline.cluster_summaries.get(cluster) if cluster else None
        return bool(getattr(summary, "disagreement", False))

    def source_count(self, row: int) -> int:
        """How many articles report the happening of event ``row``."""
        return int(self._source_counts()[row])
