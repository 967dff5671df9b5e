"""Merging events across sources: the same happening reported by several articles is one cluster.

Candidate pairs come from blocks keyed by a signature (a name or content key) and a time key (the
months, years or decades an interval touches), so cost grows with the events, not their square.
Pairs are scored by wording (:func:`content_similarity`) and joined greedily, best first, under
one constraint: two events of the same article only share a cluster when they are the same
happening said twice. A cluster's id is its smallest event id.
"""

from __future__ import annotations

from array import array
from collections import defaultdict
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, replace
from datetime import timedelta
from typing import NamedTuple

import numpy as np

from timeline_app.core.model import Anchor, ArticleAnalysis, Event, Granularity, Interval
from timeline_app.core.reconcile.bulk_similarity import BulkSimilarity, StoryLikeness
from timeline_app.core.reconcile.coarse_reports import CoarseReports
from timeline_app.core.reconcile.deed_rivals import DeedRivals
from timeline_app.core.reconcile.deeds import deed_classes
from timeline_app.core.reconcile.lone_days import (
    BACKGROUND_DAYS,
    LONE_DAY_KEY,
    LONE_DAY_STORY,
    LONGEST,
    Unlikeness,
    deed_keys,
    lone_day_reports,
    own_deeds,
    own_words,
)
from timeline_app.core.reconcile.one_sentence import SentenceDates
from timeline_app.core.reconcile.pair_columns import PairColumns, distinct
from timeline_app.core.reconcile.quantities import SharedCounts
from timeline_app.core.reconcile.shared_dates import SharedDates
from timeline_app.core.reconcile.signature_memo import SignatureMemo
from timeline_app.core.reconcile.signatures import (
    EventText,
    Idf,
    dateline_end,
    event_text,
    story_keys,
)
from timeline_app.core.reconcile.told_again import told_again, with_told_again

__all__ = [
    "SignatureMemo",
    "LEDE_CHARS",
    "MERGE_AT",
    "Blocker",
    "ClusterSummary",
    "Reading",
    "cluster_events",
    "combine",
    "date_bonus",
    "actors_overlap",
    "date_relation",
    "event_texts",
    "gather",
    "join_scored",
    "lead_text",
    "lead_texts",
    "scored_pairs",
    "stories",
    "summarize",
]

MERGE_AT = 0.4
"""Least score (wording, plus a bonus for the same day in the same story) to be one happening."""
NEAR_MERGE_AT = 0.62
"""Least wording similarity for events a few days apart (a disagreement between sources)."""
SAID_TWICE_AT = 0.72
"""Least wording similarity for two events of one article to be the same happening."""
NEAR_DAYS = 2
"""Most days between two day-precise reports of one happening (sources that disagree)."""
BLOCK_CAP = 40
"""Blocks larger than this compare each event only with its neighbours in date order."""


def _analyses(source: object) -> list:
    analyses = getattr(source, "analyses", source)
    if isinstance(analyses, Mapping):
        analyses = list(analyses.values())
    return list(analyses)  # type: ignore[call-overload]


def gather(source: object) -> tuple[list[Event], dict[str, str]]:
    """Events and article texts of a :class:`Timeline`, analyses, or a mapping of analyses."""
    analyses = _analyses(source)
    texts = {a.article.id: a.article.text for a in analyses}
    events = getattr(source, "events", None)
    if events is None:
        events = [e for a in analyses for e in a.events]
    return list(events), texts


def stories(source: object) -> dict[str, frozenset[str]]:
    """``{article_id: story keys}`` (title and lede) of the articles of ``source``."""
    return {a.article.id: story_keys(a.article.title, a.article.text) for a in _analyses(source)}


STORY_GATE = 0.03
"""Least cosine of two articles' story keys for shared actors to count on one day: none at all
means two stories that happen to name one person or place."""
ACTORS_WEIGHT = 1.0
"""Weight of shared names (actors, places) for two reports of one story dated the same day."""
SAME_PERIOD = 0.15
"""What the very same month, season or year adds for two reports of one story: background
("completed in 1987", "since 2012") that outlets repeat in their own words. Kept well below
``MERGE_AT``: a month of one story often holds several happenings with the same actors, so the
wording must still say which (0.15 and 0.2 score alike on the dev stories; 0.35 found more
there but joined two happenings of one month in a folder of real pages)."""
NESTED_PERIOD = 0.5 * SAME_PERIOD
"""What a period inside the other adds ("in January 1993" and "since 1993"): less, as a year
holds many months."""
QUOTE_DAY = 0.3
"""What the same words quoted add for two reports of one story dated the same day."""
FOCUS_SHARE = 0.7
"""Share of that weight for names in the clause of the date (what the dated happening is about);
the rest for names anywhere in the sentence."""


def actors_overlap(names: float | np.ndarray, focus: float | np.ndarray) -> float | np.ndarray:
    """How much two reports share their actors and places, from the overlap of their names.

    Names elsewhere in the sentence count squared: one city named by two reports of a day is
    weak evidence (a storm and a ceremony in one town), most of their names strong.
    """
    return (1 - FOCUS_SHARE) * names * names + FOCUS_SHARE * focus


def date_bonus(a: Interval, b: Interval, story: float, actors: float = 0.0,
               quote: bool = False, named: bool = True) -> float:
    """Same day in the same story is itself evidence of the same happening; a month much less.

    ``story`` is the cosine of the articles' story keys; ``actors`` :func:`actors_overlap`: on
    one day of one story, reports that name the same people or places tell the same happening
    however differently they word it (paraphrase, translation), and so do reports that quote
    the same words (``quote``). Reports that share no name (``named`` false) get only what a
    quote or the very same period (:data:`SAME_PERIOD`) gives.
    """
    if not a.overlaps(b):
        return 0.0
    days = max(a.days, b.days)
    scale = 0.3 if days <= 1 else 0.15 if days <= 7 else 0.05 if days <= 31 else 0.0
    if story < STORY_GATE:
        return scale * story if named else 0.0
    said = ACTORS_WEIGHT * actors * named + QUOTE_DAY * quote if days <= 1 else 0.0
    inside = a.begin <= b.begin and b.end <= a.end or b.begin <= a.begin and a.end <= b.end
    period = (SAME_PERIOD if a == b and days > 1
              else NESTED_PERIOD if inside and min(a.days, b.days) > 7 else 0.0)
    return (scale * story if named else 0.0) + said + period


def event_texts(events: Iterable[Event], texts: Mapping[str, str]) -> dict[str, EventText]:
    return {e.event_id: event_text(e, texts.get(e.article_id)) for e in events}


LEDE_CHARS = 700


def lead_texts(source: object) -> dict[str, EventText]:
    """Signatures of each article's lead event read together with the undated lines before it.

    News often tells the happening first and dates it a paragraph later ("... as he arrived.";
    "Crowds greeted him on Wednesday"): the first day-precise event near the top of an article,
    dated near its anchor, carries the title and those opening lines as its own wording.
    """
    return dict(lead for a in _analyses(source) if (lead := lead_text(a)) is not None)


def lead_text(analysis: ArticleAnalysis) -> tuple[str, EventText] | None:
    """``(event_id, signatures)`` of one article's lead event (see :func:`lead_texts`)."""
    a = analysis
    text, anchor = a.article.text, a.anchor.value
    for e in sorted(a.events, key=lambda e: e.mention.start):
        if e.sentence_start > 2 * LEDE_CHARS:
            break
        near = anchor is None or 0 <= (anchor - e.interval.begin).days <= 7
        sentence = text[e.sentence_start:e.sentence_end]
        if dateline_end(sentence) > e.mention.start - e.sentence_start:
            continue  # the dateline's date says when the report was filed, not what happened
        if e.interval.days <= 1 and near:
            lede = f"{a.article.title}. {text[:e.sentence_start][-LEDE_CHARS:]}"
            return e.event_id, replace(event_text(e, text, lede),
                                       headline=deed_classes(a.article.title))
    return None


def date_relation(a: Interval, b: Interval) -> str:
    """``same``, ``overlap`` (e.g. a day inside a month), ``near`` (a few days apart) or ``far``."""
    if a == b:
        return "same"
    if a.overlaps(b):
        return "overlap"
    gap = max((b.begin - a.end).days, (a.begin - b.end).days)
    if max(a.days, b.days) <= 7 and gap < NEAR_DAYS:
        return "near"
    return "far"


def _time_keys(interval: Interval, slack: int = 0) -> tuple[str, list[int]]:
    """The level (m, y, d) of an interval and the keys it touches at that level."""
    begin, end = interval.begin - timedelta(days=slack), interval.end + timedelta(days=slack)
    last = end - timedelta(days=1)
    if interval.days <= 62:
        return "m", list(range(begin.year * 12 + begin.month - 1, last.year * 12 + last.month))
    if interval.days <= 800:
        return "y", list(range(begin.year, last.year + 1))
    return "d", list(range(begin.year // 10, last.year // 10 + 1))[:30]


def _keys_at(level: str, interval: Interval, slack: int) -> list[int]:
    begin, last = interval.begin - timedelta(days=slack), interval.end - timedelta(days=1 - slack)
    if level == "y":
        return list(range(begin.year, last.year + 1))
    return list(range(begin.year // 10, last.year // 10 + 1))[:30]


LEVELS = ("m", "y", "d")
_SPAN = 1 << 17
"""Room for one level's time keys in a block code (months of years up to 10,000)."""
PROBE_CHUNK = 1024
"""Events whose candidate pairs are made together (bounds the memory of that pass: an event
meets up to ``BLOCK_CAP`` neighbours in each of its blocks before they are made unique)."""
PAIR_CHUNK = 1 << 16
"""Candidate pairs scored together (bounds the memory of the scoring)."""


def _probes(interval: Interval) -> list[tuple[int, int]]:
    """``(level, key)`` blocks an event looks into: its own level a few days wide, and coarser."""
    level, keys = _time_keys(interval, NEAR_DAYS)
    out = [(LEVELS.index(level), k) for k in keys]
    for coarser in LEVELS[LEVELS.index(level) + 1:]:
        out += [(LEVELS.index(coarser), k) for k in _keys_at(coarser, interval, 0)]
    return out


def _csr(rows: list[list[int]]) -> tuple[np.ndarray, np.ndarray]:
    sizes = np.fromiter((len(r) for r in rows), np.int64, len(rows))
    values = np.fromiter((v for r in rows for v in r), np.int64, int(sizes.sum()))
    return sizes, values


def _per_event(rows: tuple[np.ndarray, np.ndarray], which: np.ndarray
               ) -> tuple[np.ndarray, np.ndarray]:
    """The CSR rows of distinct intervals ``rows``, one per event (``which``: its interval's)."""
    sizes, values = rows
    _, at = _expand(sizes[which], (np.cumsum(sizes) - sizes)[which])
    return sizes[which], values[at]


def _expand(sizes: np.ndarray, starts: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
    """For runs ``[starts[r], starts[r] + sizes[r])``: the run of each item and the item."""
    run = np.repeat(np.arange(len(sizes), dtype=np.int64), sizes)
    first = np.cumsum(sizes) - sizes
    return run, starts[run] + (np.arange(len(run), dtype=np.int64) - first[run])


class Blocker:
    """Candidate pairs: events sharing a signature key and touching a common time key.

    Each block is kept in one order (date, then place in the article, so that copies of a story
    sit side by side); a block larger than ``BLOCK_CAP`` gives an event only its neighbours in
    that order, found by binary search: the pass is O(N log N), however many events share a day.
    Blocks are integer codes in sorted numpy arrays, so no pair is made in Python.
    """

    def __init__(self, events: list[Event], sigs: Mapping[str, frozenset[str]]) -> None:
        self.events = events
        n = len(events)
        # an event's time keys depend on its interval alone: made once per distinct interval
        # (a big text's tens of thousands of events hold a few hundred)
        where: dict[Interval, int] = {}
        which = np.fromiter((where.setdefault(e.interval, len(where)) for e in events),
                            np.int64, n)
        intervals = list(where)
        by_date = sorted(range(len(intervals)), key=intervals.__getitem__)
        date_rank = np.empty(len(intervals), np.int64)
        date_rank[by_date] = np.arange(len(intervals), dtype=np.int64)
        places: dict[str, int] = {aid: k for k, aid in enumerate(sorted(
            {e.article_id for e in events}))}
        start = np.fromiter((e.mention.start for e in events), np.int64, n)
        place = np.fromiter((places[e.article_id] for e in events), np.int64, n)
        order = np.lexsort((place, start, date_rank[which]))  # stable, as sorted() is
        self.rank = np.empty(n, np.int64)
        self.rank[order] = np.arange(n, dtype=np.int64)
        sig_ids: dict[str, int] = {}
        sig_rows = [[sig_ids.setdefault(s, len(sig_ids)) for s in sigs[e.event_id]]
                    for e in events]
        self.sig_sizes, self.sig_values = _csr(sig_rows)
        own, probes = [], []
        for interval in intervals:
            level, keys = _time_keys(interval)
            own.append([LEVELS.index(level) * _SPAN + k for k in keys])
            probes.append([lv * _SPAN + k for lv, k in _probes(interval)])
        self.own = _per_event(_csr(own), which)
        self.probes = _per_event(_csr(probes), which)
        # every (block, rank, event) a block holds, sorted by block then rank
        # (in place, one array freed as the next is made: at 100,000 articles a cut group's
        # long events hold some 9 million (key, time) entries, and a worker 1 GiB)
        event, keyed = self._codes(np.arange(n, dtype=np.int64), self.own)
        self.n = n
        keyed *= n
        keyed += self.rank[event]  # block code * n + rank: a block is the run [code*n, (code+1)*n)
        sort = np.argsort(keyed, kind="stable")
        self.block_keyed = keyed[sort]
        del keyed
        self.block_events = event[sort]
        del event, sort

    def _codes(self, which: np.ndarray, times: tuple[np.ndarray, np.ndarray]
               ) -> tuple[np.ndarray, np.ndarray]:
        """``(event, block code)`` for every signature key and time key of the events ``which``."""
        t_sizes, t_values = times
        t_starts = np.cumsum(t_sizes) - t_sizes
        s_starts = np.cumsum(self.sig_sizes) - self.sig_sizes
        run, at = _expand(self.sig_sizes[which], s_starts[which])
        event, sig = which[run], self.sig_values[at]
        del run, at
        run, at = _expand(t_sizes[event], t_starts[event])
        code = sig[run]
        del sig
        code *= len(LEVELS) * _SPAN
        code += t_values[at]
        del at
        return event[run], code

    def pair_chunks(self, worth=None):
        """Arrays ``(i, j)`` with ``i < j``, a chunk of probing events at a time.

        A pair is unique within its chunk; one found from both of its events comes twice.
        ``worth(i, j)``, a mask symmetric in ``i`` and ``j``, drops pairs before they are made
        unique (the costly step: an event meets its neighbours in many blocks).
        """
        half = BLOCK_CAP // 2
        for start in range(0, self.n, PROBE_CHUNK):
            which = np.arange(start, min(start + PROBE_CHUNK, self.n), dtype=np.int64)
            event, code = self._codes(which, self.probes)
            lo = np.searchsorted(self.block_keyed, code * self.n, "left")
            hi = np.searchsorted(self.block_keyed, (code + 1) * self.n, "left")
            big = hi - lo > BLOCK_CAP
            if big.any():
                pos = np.searchsorted(self.block_keyed, code[big] * self.n + self.rank[event[big]])
                lo[big], hi[big] = np.maximum(lo[big], pos - half), np.minimum(hi[big], pos + half)
            run, at = _expand(hi - lo, lo)
            i, j = event[run], self.block_events[at]
            keep = i != j
            i, j = i[keep], j[keep]
            if worth is not None:
                keep = worth(i, j)
                i, j = i[keep], j[keep]
            pairs = distinct(np.minimum(i, j) * self.n + np.maximum(i, j))
            yield pairs // self.n, pairs % self.n

    def unique_pairs(self, worth=None) -> tuple[np.ndarray, np.ndarray]:
        """Arrays ``(i, j)``, ``i < j``, of every candidate pair once, in ``(i, j)`` order.

        A pair is found from both of its events, most often in two chunks: made unique over
        all chunks, it is scored once (half the work of scoring each chunk's pairs).
        """
        codes = [c for i, j in self.pair_chunks(worth) if len(c := i * self.n + j)]
        if not codes:
            return np.empty(0, np.int64), np.empty(0, np.int64)
        pairs = distinct(np.concatenate(codes))
        del codes
        return pairs // self.n, pairs % self.n

    def pairs(self) -> set[tuple[int, int]]:
        i, j = self.unique_pairs()
        return set(zip(i.tolist(), j.tolist(), strict=True))


def _days(events: list[Event]) -> tuple[np.ndarray, np.ndarray]:
    begin = np.fromiter((e.interval.begin.toordinal() for e in events), np.int64, len(events))
    end = np.fromiter((e.interval.end.toordinal() for e in events), np.int64, len(events))
    return begin, end


def _bonus_scale(days: np.ndarray) -> np.ndarray:
    """:func:`date_bonus` per unit of story likeness, for overlapping intervals this long."""
    return np.select([days <= 1, days <= 7, days <= 31], [0.3, 0.15, 0.05], 0.0)


def scored_pairs(
    events: list[Event],
    texts: Mapping[str, EventText],
    idf: Idf,
    story: Mapping[str, frozenset[str]] | None = None,
    leads: Mapping[str, EventText] | None = None,
    candidates: tuple[np.ndarray, np.ndarray] | None = None,
    periods: Mapping[str, frozenset[tuple[int, int]]] | None = None,
    naming: np.ndarray | None = None,
) -> PairColumns:
    """Pairs worth joining, best first: ``(score, i, j)`` (as columns, iterable as tuples).

    Candidate pairs come from the :class:`Blocker` a chunk at a time and are scored in bulk
    (:class:`BulkSimilarity`): pairs that cannot reach their threshold even with the best fuzzy
    ratio and date bonus are dropped before the per-pair work. ``candidates``: distinct pairs
    ``(i, j)``, ``i < j``, found by a caller that holds the blocks (``story.partitions``: the
    long events kept apart), scored instead of the Blocker's. ``periods``: each article's dated
    periods (``shared_dates.article_periods``) found on all its events, when ``events`` are only
    some of them (a window of an archive). ``naming``: a mask over ``events``; only the pairs
    naming one of those are scored (a window of an archive scores the pairs of its own events).
    """
    leads = leads or {}
    ids = [e.event_id for e in events]
    lead_ids = [eid for eid in ids if eid in leads]
    rows = [texts[eid] for eid in ids] + [leads[eid] for eid in lead_ids]
    bulk = BulkSimilarity(rows, idf)
    lead_row = np.arange(len(events), dtype=np.int64)
    has_lead = np.zeros(len(events), bool)
    at = {eid: i for i, eid in enumerate(ids)}
    for r, eid in enumerate(lead_ids):
        lead_row[at[eid]], has_lead[at[eid]] = len(events) + r, True
    article_ids: dict[str, int] = {}
    article = np.fromiter((article_ids.setdefault(e.article_id, len(article_ids))
                           for e in events), np.int64, len(events))
    articles = list(article_ids)
    begin, end = _days(events)
    sentences = SentenceDates(events)  # (two dates of one sentence: two happenings)
    lone = lone_day_reports(events, texts) if story else np.zeros(len(events), bool)
    sigs = {eid: t.names | t.clause for eid, t in texts.items()}
    for e in np.flatnonzero(lone).tolist():  # compared with their period's, sharing no word
        when = events[e].interval
        sigs[ids[e]] = sigs[ids[e]] | {f"{LONE_DAY_KEY}{when.begin.isoformat()}/{when.days}"}
    again = told_again(events, texts)  # one happening told again on its day: one report
    pairs_again = set(zip(again[0].tolist(), again[1].tolist(), strict=True))
    own = own_deeds(events, texts, lone, pairs_again) if story else [frozenset()] * len(events)
    for eid in lead_ids:  # a lead told alone on its day, naming no deed, tells its title's
        if story and lone[at[eid]] and not own[at[eid]] and leads[eid].headline:
            own[at[eid]] = leads[eid].headline
    solo = lone | np.fromiter(map(bool, own), bool, len(events))  # (lone_deed_reports)
    for e in np.flatnonzero(solo).tolist():  # and with the reports of their deed, however worded
        sigs[ids[e]] = sigs[ids[e]] | deed_keys(events[e], own[e])
    coarse = CoarseReports(events, texts, own, lone.tolist())  # (a month's, a deedless day's)
    rivals = DeedRivals(events, own)
    for e in np.flatnonzero(solo).tolist():
        sigs[ids[e]] = sigs[ids[e]] | coarse.keys(e)
    likeness = StoryLikeness([story.get(a, frozenset()) for a in articles] if story else [], idf)
    shared_dates = SharedDates(events, article, len(articles), None if periods is None else
                               [periods.get(a, frozenset()) for a in articles])  # fmt: skip
    found: list[tuple[np.ndarray, np.ndarray, np.ndarray]] = []
    words = own_words(events, texts, solo) if story else [frozenset()] * len(events)
    worded = np.fromiter(map(bool, words), bool, len(events))  # (not solo: see own_words)
    told_alone = solo | worded
    unlikeness = Unlikeness(events, texts, solo | worded, own, words)
    counts = SharedCounts(events)

    def by_dates(i: np.ndarray, j: np.ndarray) -> tuple[np.ndarray, ...]:
        """Per pair: whether its dates allow one happening, overlap, near, longest interval."""
        same_day = (begin[i] == begin[j]) & (end[i] == end[j])
        overlap = (begin[i] < end[j]) & (begin[j] < end[i])
        longest = np.maximum(end[i] - begin[i], end[j] - begin[j])
        gap = np.maximum(begin[j] - end[i], begin[i] - end[j])
        near = ~same_day & ~overlap & (longest <= 7) & (gap < NEAR_DAYS)
        near &= article[i] != article[j]  # one article's different days are different happenings
        return same_day | overlap | near, overlap, near, longest

    if candidates is None:
        def worth(i: np.ndarray, j: np.ndarray) -> np.ndarray:
            keep = by_dates(i, j)[0]
            return keep if naming is None else keep & (naming[i] | naming[j])

        every_i, every_j = Blocker(events, sigs).unique_pairs(worth)
    else:
        every_i, every_j = candidates
    del sigs
    for start in range(0, len(every_i), PAIR_CHUNK):
        i, j = every_i[start:start + PAIR_CHUNK], every_j[start:start + PAIR_CHUNK]
        keep, overlap, near, longest = by_dates(i, j)
        keep &= ~sentences.apart(i, j)
        i, j, overlap, near, longest = i[keep], j[keep], overlap[keep], near[keep], longest[keep]
        same_article = article[i] == article[j]
        need = np.where(near, NEAR_MERGE_AT, MERGE_AT)
        # one article's pairs are kept from MERGE_AT: below SAID_TWICE_AT, they are one
        # happening only if another source's report matches both (see _said_twice)
        parts = bulk.wording(i, j)
        with_lead = ~same_article & (has_lead[i] | has_lead[j])
        li, lj = lead_row[i], lead_row[j]
        lead_parts = bulk.wording(li[with_lead], lj[with_lead])
        best = bulk.bound(parts, i, j)
        best[with_lead] = np.maximum(best[with_lead],
                                     0.9 * bulk.bound(lead_parts, li[with_lead], lj[with_lead]))
        bonus, actors = np.zeros(len(i)), np.zeros(len(i))
        quoting = np.zeros(len(i), bool)
        alone = np.zeros(len(i))
        if story:
            quoting = ~same_article & overlap & (longest <= 1) & bulk.quoted[i] & bulk.quoted[j]
            dated = ~same_article & parts["shared_names"] & overlap
            bonus = np.where(dated, _bonus_scale(longest), 0.0)
            day = np.flatnonzero(dated & (longest <= 1))
            actors[day] = ACTORS_WEIGHT * actors_overlap(parts["names"][day],
                                                         parts["focus_names"][day])
            period = ~same_article & (begin[i] == begin[j]) & (end[i] == end[j]) & (longest > 1)
            actors[period] += SAME_PERIOD
            inside = ((begin[i] <= begin[j]) & (end[j] <= end[i])) | (
                (begin[j] <= begin[i]) & (end[i] <= end[j]))
            shortest = np.minimum(end[i] - begin[i], end[j] - begin[j])
            actors[~same_article & ~period & inside & (shortest > 7)] += NESTED_PERIOD
            same = (begin[i] == begin[j]) & (end[i] == end[j])
            pair = np.flatnonzero(~same_article & same & (longest <= LONGEST)
                                  & told_alone[i] & told_alone[j])
            # one story: alike articles, dates in common, or one class of deed in background,
            # on one day in articles alike as much as shared actors need (STORY_GATE), or on
            # one day with two more words of what was done, two names or a count in common
            # ("three thousand", "трёх тысяч": quantities.py); or, with no class of deed,
            # two words of what was done in common ("the emergency department
            # opened its doors to ambulances again", "nurses cheered in the emergency department
            # when the first ambulance ... pulled up"), in background as on one day
            alike = likeness.cosine(article[i[pair]], article[j[pair]])
            deed = unlikeness.same_deed(i[pair], j[pair])
            background = longest[pair] > BACKGROUND_DAYS
            # words one's sentence says past the clause of its date are not its date's when
            # the other's article tells its own deed that day in another report (deed_rivals)
            told = rivals.told(*unlikeness.said_by(i[pair], j[pair]), i[pair], j[pair])
            keep = ((alike >= LONE_DAY_STORY)
                    | shared_dates.one_story(article[i[pair]], article[j[pair]])
                    | deed & (background | (alike >= STORY_GATE)) | told
                    | unlikeness.same_deed_and_actors(i[pair], j[pair]))
            ask = np.flatnonzero(deed & ~keep)  # (counts are read for these pairs only)
            keep[ask] = counts(i[pair[ask]], j[pair[ask]])
            # a report told in words of its own meets another only on those words
            keep &= (solo[i[pair]] & solo[j[pair]]) | told
            pair, deed, told = pair[keep], deed[keep], told[keep]
            keep = (lone[i[pair]] & lone[j[pair]]) | deed | (worded[i[pair]] | worded[j[pair]])
            pair, told = pair[keep], told[keep]
            alone[pair] = unlikeness.bonus(i[pair], j[pair], told)
            # a shorthand month, or a day told with no deed, and the day its period's deed
            # peaks on, in articles alike as much as shared actors need
            fits = np.flatnonzero(~same_article & overlap & coarse.fits(i, j))
            fits = fits[likeness.cosine(article[i[fits]], article[j[fits]]) >= STORY_GATE]
            alone[fits] = np.maximum(alone[fits], unlikeness.bonus(
                i[fits], j[fits], np.ones(len(fits), bool)))
        hope = bonus + actors + QUOTE_DAY * quoting + alone
        hopeful = best + hope * (1 + 1e-9) + 1e-9 >= need
        if not hopeful.any():
            continue
        lead_at = np.flatnonzero(with_lead)
        lead_hope = hopeful[with_lead]
        i, j, need, bonus = i[hopeful], j[hopeful], need[hopeful], bonus[hopeful]
        actors, quoting, alone = actors[hopeful], quoting[hopeful], alone[hopeful]
        parts = {k: v[hopeful] for k, v in parts.items()}
        score = bulk.finish(parts, i, j)
        if lead_hope.any():
            pick = np.cumsum(hopeful)[lead_at[lead_hope]] - 1  # places among the hopeful
            lp = {k: v[lead_hope] for k, v in lead_parts.items()}
            lead_score = 0.9 * bulk.finish(lp, lead_row[i[pick]], lead_row[j[pick]])
            score[pick] = np.maximum(score[pick], lead_score)
        with_bonus = np.flatnonzero((bonus > 0) | quoting | (actors > 0) | (alone > 0))
        if len(with_bonus):
            wi, wj = i[with_bonus], j[with_bonus]
            together = likeness.cosine(article[wi], article[wj])
            said = QUOTE_DAY * np.where(quoting[with_bonus], bulk.quotes(wi, wj), 0.0)
            score[with_bonus] += (bonus[with_bonus] * together + np.where(
                together >= STORY_GATE, actors[with_bonus] + said, 0.0)
                + alone[with_bonus])  # (set only for pairs of one story: see above)
        ok = score >= need
        found.append((score[ok], i[ok], j[ok]))
    return PairColumns(*with_told_again(found, again, len(events), SAID_TWICE_AT))


def cluster_events(source: object, memo: SignatureMemo | None = None) -> dict[str, str]:
    """``{event_id: cluster_id}`` for every event of a timeline or of a list of analyses.

    ``memo`` keeps the signatures of events and articles between calls (an open story is
    re-clustered after every correction; most of its articles have not changed).
    """
    events, article_texts = gather(source)
    events = sorted(events, key=lambda e: e.event_id)
    memo = memo or SignatureMemo()
    texts = memo.event_texts(events, article_texts)
    idf = Idf(t.names | t.stems for t in texts.values())
    analyses = _analyses(source)
    pairs = scored_pairs(events, texts, idf, memo.stories(analyses), memo.lead_texts(analyses))
    return join_scored(events, pairs)


def join_scored(events: list[Event], pairs: object) -> dict[str, str]:
    """``{event_id: cluster_id}``: the :func:`scored_pairs` of ``events`` joined best first.

    ``pairs``: ``(score, i, j)`` best first, as :class:`PairColumns` or any iterable of tuples.
    Every join keeps a cluster one happening (:class:`_Clusters`); a cluster's id is its
    smallest event id, so the result depends on the pairs alone, not on the events' order.
    """
    pairs = PairColumns.of(pairs)
    clusters = _Clusters.of(events, _said_twice(events, pairs))
    for i, j in zip(pairs.i.tolist(), pairs.j.tolist(), strict=True):
        clusters.join(i, j)
    groups: dict[int, list[str]] = defaultdict(list)
    for i, e in enumerate(events):
        groups[clusters.find(i)].append(e.event_id)
    return {eid: min(ids) for ids in groups.values() for eid in ids}


def _said_twice(events: list[Event], pairs: PairColumns) -> list[int]:
    """For each event, a representative of the events its own article says it in again.

    Two events of one article whose intervals overlap are one happening told twice when their
    wording is nearly the same, or when it is alike and another source's report matches both
    (a photo caption and the lead, say). Groups form best pair first, and a chain may not
    stretch a group over two different days.
    """
    codes: dict[str, int] = {}
    article = np.fromiter((codes.setdefault(e.article_id, len(codes)) for e in events),
                          np.int64, len(events))
    same = article[pairs.i] == article[pairs.j]
    own_i, own_j, own_score = pairs.i[same], pairs.j[same], pairs.score[same]
    doubtful = np.zeros(len(events), bool)
    low = own_score < SAID_TWICE_AT
    doubtful[own_i[low]] = doubtful[own_j[low]] = True
    others: dict[int, set[int]] = defaultdict(set)
    if doubtful.any():
        cross_i, cross_j = pairs.i[~same], pairs.j[~same]
        for mine, theirs in ((cross_i, cross_j), (cross_j, cross_i)):
            asked = doubtful[mine]
            for k, other in zip(mine[asked].tolist(), theirs[asked].tolist(), strict=True):
                others[k].add(other)
    own = zip(own_score.tolist(), own_i.tolist(), own_j.tolist(), strict=True)
    spans = {k: (events[k].interval.begin, events[k].interval.end)
             for k in {*own_i.tolist(), *own_j.tolist()}}  # fmt: skip
    found = said_groups(own, spans, others)
    return [found.get(k, k) for k in range(len(events))]


def said_groups(own: Iterable[tuple[float, int, int]], spans: Mapping[int, tuple],
                others: Mapping[int, set[int]]) -> dict[int, int]:  # fmt: skip
    """Each event of ``own`` and its said-twice representative (:func:`_said_twice`).

    ``own``: an article's pairs with itself, best first; ``spans``: those events' ``(begin,
    end)``; ``others``: the other sources' events paired with each doubtful one (an own pair
    below :data:`SAID_TWICE_AT`). An event named by no own pair is its own representative.
    """
    rep: dict[int, int] = {}
    span = dict(spans)

    def find(i: int) -> int:
        while rep.get(i, i) != i:
            rep[i] = rep.get(rep[i], rep[i])
            i = rep[i]
        return i

    none: set[int] = set()
    for score, i, j in own:
        if score < SAID_TWICE_AT and not others.get(i, none) & others.get(j, none):
            continue  # alike, but no other source tells them as one
        ri, rj = find(i), find(j)
        if ri == rj:
            continue
        begin, end = max(span[ri][0], span[rj][0]), min(span[ri][1], span[rj][1])
        if begin < end:  # every interval of the group overlaps every other
            rep[rj] = ri
            span[ri] = (begin, end)
    return {k: find(k) for k in spans}


REMEMBER_AT = 4
"""Least articles in the smaller of two clusters for a refused join to be remembered (below,
asking again costs less than the memory)."""


class _Clusters:
    """Union-find over events that keeps every cluster one happening.

    A cluster holds at most one happening per article (events of an article join only within
    one said-twice group), and its day-precise events lie within ``NEAR_DAYS`` of each other,
    so no chain of reports can join two days of one article or drift from day to day.
    Columns per event, and a cluster's articles kept only once it holds two events: an
    archive's join holds millions of events, most of them alone.

    A join refused stays refused: clusters only grow (an article's group, its said-twice
    representative and the span of days never shrink), so two roots that could not join cannot
    later. Refusals of large clusters are remembered by their roots (:data:`REMEMBER_AT`): a
    happening told by hundreds of sources was asked again for each of its pairs, each time
    comparing every article of the smaller cluster (19 million look-ups at 3,000 generated
    articles, for 42,000 distinct refusals).
    """

    def __init__(self, article: Sequence[int], said: Sequence[int], latest: list,
                 earliest: list) -> None:  # fmt: skip
        """Columns by event: article code, said-twice representative, first and last day.

        The days are -1 for an event coarser than a week (columns may be compact arrays).
        """
        self.article, self.said = article, said
        self.parent = array("q", range(len(article)))  # 8 bytes an event, not 36
        self.groups: dict[int, dict[int, int]] = {}  # of clusters of two events or more
        self.latest, self.earliest = latest, earliest
        self.refused: set[int] = set()  # root pairs (i * events + j, i < j) that cannot join

    @classmethod
    def of(cls, events: list[Event], said: Sequence[int]) -> _Clusters:
        codes: dict[str, int] = {}
        fine = [e.interval.days <= 7 for e in events]
        return cls([codes.setdefault(e.article_id, len(codes)) for e in events], said,
                   [e.interval.begin.toordinal() if f else -1
                    for e, f in zip(events, fine, strict=True)],
                   [e.interval.end.toordinal() if f else -1
                    for e, f in zip(events, fine, strict=True)])  # fmt: skip

    def find(self, i: int) -> int:
        parent = self.parent
        while parent[i] != i:
            parent[i] = parent[parent[i]]
            i = parent[i]
        return i

    def _group(self, root: int) -> dict[int, int]:
        group = self.groups.get(root)
        return {self.article[root]: self.said[root]} if group is None else group

    def join(self, i: int, j: int) -> bool:
        ri, rj = self.find(i), self.find(j)
        if ri == rj:
            return False
        gi, gj = self._group(ri), self._group(rj)
        small, big = (gj, gi) if len(gj) < len(gi) else (gi, gj)
        remember = len(small) >= REMEMBER_AT
        if remember:
            key = min(ri, rj) * len(self.parent) + max(ri, rj)
            if key in self.refused:
                return False
        if any(big.get(a, s) != s for a, s in small.items()):
            if remember:
                self.refused.add(key)
            return False
        latest, earliest = self.latest[ri], self.earliest[ri]
        other_latest, other_earliest = self.latest[rj], self.earliest[rj]
        if latest < 0:
            latest, earliest = other_latest, other_earliest
        elif other_latest >= 0:
            latest, earliest = max(latest, other_latest), min(earliest, other_earliest)
            if latest - earliest >= NEAR_DAYS:
                if remember:
                    self.refused.add(key)
                return False
        self.parent[rj] = ri
        big.update(small)
        self.groups[ri] = big
        self.groups.pop(rj, None)
        self.latest[ri], self.earliest[ri] = latest, earliest
        return True


class Reading(NamedTuple):
    """One source's dating of a clustered happening, and why it reads so."""

    event_id: str
    value: str
    interval: Interval
    anchor_source: str
    article_id: str = ""
    why: str = ""


@dataclass(frozen=True, slots=True)
class ClusterSummary:
    """A merged happening: its sources, the interval they agree on, and whether they disagree."""

    cluster_id: str
    event_ids: tuple[str, ...]
    sources: tuple[str, ...]
    interval: Interval
    granularity: Granularity | None
    disagreement: bool
    readings: tuple[Reading, ...]

    def to_dict(self) -> dict:
        return {
            "cluster_id": self.cluster_id,
            "event_ids": list(self.event_ids),
            "sources": list(self.sources),
            "interval": self.interval.to_dict(),
            "granularity": str(self.granularity) if self.granularity else None,
            "disagreement": self.disagreement,
            "readings": [
                {**r._asdict(), "interval": r.interval.to_dict()} for r in self.readings
            ],
        }


def _reading(event: Event, anchor: Anchor | None) -> Reading:
    m = event.mention
    if anchor is not None and anchor.value is not None and m.reference != "absolute":
        why = f"'{m.text}' read against the {anchor.source} anchor {anchor.value.isoformat()}"
    else:
        why = f"'{m.text}' is an absolute date"
    src = str(anchor.source) if anchor is not None else "none"
    return Reading(event.event_id, m.value, m.interval, src, event.article_id, why)  # type: ignore[arg-type]


def combine(readings: list[Reading]) -> tuple[Interval, bool]:
    """The finest interval most sources allow, and whether some source contradicts it."""
    # a source's support depends on its interval alone: counted once per distinct interval
    # (a cluster of one huge article holds thousands of readings of a few dates; was quadratic)
    sources: dict[Interval, set[str]] = defaultdict(set)
    for r in readings:
        sources[r.interval].add(r.article_id)
    support = {
        interval: len(set().union(*(ids for o, ids in sources.items() if o.overlaps(interval))))
        for interval in sources
    }
    best = min(readings, key=lambda r: (-support[r.interval], r.interval.days, r.interval.begin))
    combined = best.interval
    for r in sorted(readings, key=lambda r: r.interval.days):
        if r.interval.overlaps(combined):
            combined = Interval(max(combined.begin, r.interval.begin),
                                min(combined.end, r.interval.end))
    return combined, any(not r.interval.overlaps(combined) for r in readings)


def summarize(source: object, clusters: Mapping[str, str] | None = None
              ) -> dict[str, ClusterSummary]:
    """A :class:`ClusterSummary` per cluster of a timeline or of analyses.

    ``clusters`` (``{event_id: cluster_id}``) defaults to the events' own ``cluster_id``.
    """
    events, _ = gather(source)
    analyses = {a.article.id: a for a in _analyses(source)}
    groups: dict[str, list[Event]] = defaultdict(list)
    for e in events:
        cid = clusters.get(e.event_id, e.event_id) if clusters is not None else e.cluster_id
        groups[cid or e.event_id].append(e)
    out = {}
    for cid, members in sorted(groups.items()):
        readings = [
            _reading(e, getattr(analyses.get(e.article_id), "anchor", None)) for e in members
        ]
        if len(members) == 1:  # told once (most of a big text's): its own dating, agreed
            e = members[0]
            out[cid] = ClusterSummary(cid, (e.event_id,), (e.article_id,), e.interval,
                                      e.granularity, False, (readings[0],))
            continue
        interval, disagreement = combine(readings)
        grains = [e.granularity for e in members if e.interval == interval]
        finest = min((e for e in members), key=lambda e: e.interval.days).granularity
        out[cid] = ClusterSummary(
            cid,
            tuple(sorted(e.event_id for e in members)),
            tuple(sorted({e.article_id for e in members})),
            interval,
            grains[0] if grains else finest,
            disagreement,
            tuple(sorted(readings, key=lambda r: (r.interval, r.event_id))),
        )
    return out
