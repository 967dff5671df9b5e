"""One article alone: its events clustered as :func:`.clustering.cluster_events` does, in less work.

With one article there is no other source. Two of its events are then one cluster only when the
article says one happening twice: wording at least ``SAID_TWICE_AT`` and dates that overlap
(``clustering._said_twice``); every bonus of the cross-source score (same day in one story,
shared actors, quotes, lone days, leads) needs two articles. So the clusters are the said-twice
groups of the pairs scoring at least ``SAID_TWICE_AT``, joined best first.

This module finds the same candidate pairs (the :class:`.clustering.Blocker`), scores them with
the same bulk numbers (:class:`.bulk_similarity.BulkSimilarity`), drops in bulk the pairs that
cannot reach that threshold before the fuzzy ratio, and joins what is left. The
general path keeps every pair from ``MERGE_AT`` as a Python tuple and joins them all: about 19
per event in dense prose, gigabytes and most of the time for a text of tens of megabytes.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator, Mapping

import numpy as np

from timeline_app.core.model import ArticleAnalysis, Event
from timeline_app.core.reconcile.bulk_similarity import BulkSimilarity
from timeline_app.core.reconcile.clustering import PAIR_CHUNK, SAID_TWICE_AT, Blocker
from timeline_app.core.reconcile.lean_texts import LeanTexts
from timeline_app.core.reconcile.lone_days import LONE_DAY_KEY, lone_day_reports
from timeline_app.core.reconcile.one_sentence import SentenceDates
from timeline_app.core.reconcile.signature_memo import SignatureMemo
from timeline_app.core.reconcile.signatures import EventText, Idf
from timeline_app.core.reconcile.told_again import told_again, with_told_again

__all__ = ["cluster_lone_article", "said_twice_pairs"]

Say = Callable[[str], None]
"""``say(message)``: how far the pass has come."""

MEMO_EVENTS = 100_000
"""Texts with more events than this (about 4 MB of dense prose) keep no signatures in the memo:
about 1.5 kB an event for the whole session, against tens of seconds to read them again after
a correction."""
_SLACK = 1e-9
"""Bounds are compared with this much room, as the general path compares them."""


def said_twice_pairs(
    events: list[Event],
    text: str,
    memo: SignatureMemo | None = None,
    counts: dict[str, int] | None = None,
    say: Say | None = None,
) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
    """The pairs of one article's ``events`` said twice: ``(score, i, j)``, best first.

    Those scoring ``SAID_TWICE_AT`` or more as ``clustering.scored_pairs`` scores them, ties in
    the order of ``i`` then ``j``. ``events`` are sorted by event id. ``counts``, if given,
    gains the number of candidate pairs (``candidates``), of pairs scored in full (``scored``:
    those whose wording keys alone allow the threshold) and of pairs kept (``kept``).
    ``say``, if given, is told how far the pass has come (a big text's minutes).
    """
    say = say or _silent
    ids = [e.event_id for e in events]
    texts: Mapping[str, EventText]
    if len(events) > MEMO_EVENTS:  # read for this pass only, a part at a time, kept as ids
        texts = LeanTexts(events, text, ticks=lambda done, n: say(
            f"reading the wording of {n:,} dates, {done:,} read"))
        bulk = texts.bulk
    else:
        say(f"reading the wording of {len(events):,} dates")
        memo = memo or SignatureMemo()
        texts = memo.event_texts(events, {e.article_id: text for e in events[:1]})
        idf = Idf(t.names | t.stems for t in texts.values())
        bulk = BulkSimilarity([texts[eid] for eid in ids], idf)
    n = len(events)
    begin = np.fromiter((e.interval.begin.toordinal() for e in events), np.int64, n)
    end = np.fromiter((e.interval.end.toordinal() for e in events), np.int64, n)
    lone_days = {}
    for e in np.flatnonzero(lone_day_reports(events, texts)).tolist():  # blocked as in general
        when = events[e].interval
        lone_days[ids[e]] = f"{LONE_DAY_KEY}{when.begin.isoformat()}/{when.days}"
    sigs = _LeanBlockKeys(texts, lone_days) if isinstance(texts, LeanTexts) else \
        _BlockKeys(texts, lone_days)
    sentences = SentenceDates(events)

    def dated(i: np.ndarray, j: np.ndarray) -> np.ndarray:
        """One article's events are one happening only on overlapping dates (or the same).

        Two dates of one sentence only when one restates the other (``one_sentence``).
        """
        same = (begin[i] == begin[j]) & (end[i] == end[j])
        return (same | ((begin[i] < end[j]) & (begin[j] < end[i]))) & ~sentences.apart(i, j)

    blocker = Blocker(events, sigs)
    again = told_again(events, texts)  # one happening told again on its day
    del texts, sigs  # (what the pass still needs is in ``bulk`` and ``blocker``)
    tally = counts if counts is not None else {}
    found = [_no_pairs()]
    say(f"finding the pairs of {n:,} dates")
    every_i, every_j = blocker.unique_pairs(dated)  # each pair once, however often it is met
    tally["candidates"] = tally.get("candidates", 0) + len(every_i)
    for lo in range(0, len(every_i), PAIR_CHUNK):
        say(f"scoring {len(every_i):,} pairs, {lo:,} scored")
        i, j = every_i[lo:lo + PAIR_CHUNK], every_j[lo:lo + PAIR_CHUNK]
        parts = bulk.wording(i, j)
        hopeful = bulk.bound(parts, i, j) + _SLACK >= SAID_TWICE_AT
        i, j = i[hopeful], j[hopeful]
        tally["scored"] = tally.get("scored", 0) + len(i)
        score = bulk.finish({k: v[hopeful] for k, v in parts.items()}, i, j)
        ok = score >= SAID_TWICE_AT
        found.append((score[ok], i[ok], j[ok]))
    score, i, j = with_told_again(found, again, n, SAID_TWICE_AT)  # as the general path
    tally["kept"] = tally.get("kept", 0) + len(score)
    return score, i, j


def _silent(message: str) -> None:
    pass


def _no_pairs() -> tuple[np.ndarray, np.ndarray, np.ndarray]:
    empty = np.zeros(0, np.int64)
    return np.zeros(0), empty, empty


class _BlockKeys(Mapping[str, frozenset[str]]):
    """An event's block keys (its names, its clause's stems, a lone day's key), made as asked.

    The Blocker reads each once: made all at once they were half a gigabyte for a big text.
    """

    def __init__(self, texts: Mapping[str, EventText], lone_days: Mapping[str, str]) -> None:
        self.texts, self.lone_days = texts, lone_days

    def __getitem__(self, event_id: str) -> frozenset[str]:
        t = self.texts[event_id]
        keys = t.names | t.clause
        day = self.lone_days.get(event_id)
        return keys | {day} if day is not None else keys

    def __iter__(self) -> Iterator[str]:
        return iter(self.texts)

    def __len__(self) -> int:
        return len(self.texts)


class _LeanBlockKeys(_BlockKeys):
    """The same keys from :class:`.lean_texts.LeanTexts`: word ids (one id a word), day keys."""

    def __init__(self, texts: LeanTexts, lone_days: Mapping[str, str]) -> None:
        super().__init__(texts, lone_days)
        self.lean = texts

    def __getitem__(self, event_id: str) -> frozenset[str]:
        keys = self.lean.block_keys(self.lean.row[event_id])
        day = self.lone_days.get(event_id)
        return keys | {day} if day is not None else keys  # type: ignore[return-value]


def cluster_lone_article(
    analysis: ArticleAnalysis,
    memo: SignatureMemo | None = None,
    counts: dict[str, int] | None = None,
    say: Say | None = None,
) -> dict[str, str]:
    """``{event_id: cluster_id}``: what ``cluster_events([analysis], memo)`` gives, for one article.

    Groups form best pair first; a pair joins two groups only if every date of the one still
    overlaps every date of the other (a chain may not stretch a group over two days). A
    cluster's id is its smallest event id. ``say``: told how far it has come.
    """
    events = sorted(analysis.events, key=lambda e: e.event_id)
    if not events:
        return {}
    _, first, second = said_twice_pairs(events, analysis.article.text, memo, counts, say)
    rep = list(range(len(events)))
    begin = [e.interval.begin.toordinal() for e in events]  # a group's dates in common
    end = [e.interval.end.toordinal() for e in events]

    def find(i: int) -> int:
        while rep[i] != i:
            rep[i] = rep[rep[i]]
            i = rep[i]
        return i

    for i, j in zip(first.tolist(), second.tolist(), strict=True):
        ri, rj = find(i), find(j)
        if ri != rj:
            lo, hi = max(begin[ri], begin[rj]), min(end[ri], end[rj])
            if lo < hi:
                rep[rj] = ri
                begin[ri], end[ri] = lo, hi
    smallest: dict[int, str] = {}
    for k, e in enumerate(events):  # in id order: a group's first member is its smallest id
        smallest.setdefault(find(k), e.event_id)
    return {e.event_id: smallest[find(k)] for k, e in enumerate(events)}
