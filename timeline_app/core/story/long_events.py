"""The long events of a cut group, kept apart: a side table of their signatures, pairs found once.

A decade ("the 1980s") is seen by every window of its decade; at 100,000 articles the 1980s
window of the bench saw 104,369 events, most of them long, and every window of a decade scored
the pairs among all of them again. Long events (``partitions.is_long``) of a cut group go
instead to a side table (:class:`LongRow`: ids, days, the blocking keys; their signatures apart),
written by each part, and their pairs are found as the whole run's ``clustering.Blocker`` finds
them:

- long with long (:func:`long_pairs`): only long events own the blocks of the decade level, and
  they probe no other, so the Blocker on the group's long events alone makes the whole run's
  pairs, each scored once, by one task per group;
- short with long (:func:`partners`): a short event meets a long one only by probing the decade
  blocks (coarser than its own level), so a window scores the pairs of the short events it owns
  with the long ones its events' keys pick from the complete decade blocks (:class:`LongIndex`),
  a block larger than ``BLOCK_CAP`` giving the neighbours in the whole run's order.
"""

from __future__ import annotations

from array import array
from bisect import bisect_left
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import replace
from datetime import date
from sys import intern
from typing import NamedTuple

import numpy as np

from timeline_app.core.model import Event, Interval
from timeline_app.core.reconcile.clustering import (  # the Blocker's own levels and keys
    BLOCK_CAP,
    LEVELS,
    _probes,
    _time_keys,
    scored_pairs,
)
from timeline_app.core.reconcile.pair_columns import PairColumns
from timeline_app.core.reconcile.signatures import EventText, Idf

__all__ = [
    "LongIndex", "LongRow", "Slim", "interned_row", "interned_texts", "long_pairs", "long_rows",
    "partners", "slim",
]

_DECADES = LEVELS.index("d")


class LongRow(NamedTuple):
    """A long event as the side table holds it: enough to block it and to join its pairs."""

    event_id: str
    article_id: str
    begin: int
    end: int
    start: int
    keys: list[str]


def long_rows(events: Iterable[Event], texts: Mapping[str, EventText]) -> list[LongRow]:
    """Rows of ``events`` (long ones), their blocking keys from ``texts`` (names and clause)."""
    return [LongRow(e.event_id, e.article_id, e.interval.begin.toordinal(),
                    e.interval.end.toordinal(), e.mention.start,
                    sorted(texts[e.event_id].names | texts[e.event_id].clause))
            for e in events]  # fmt: skip


def interned_row(row: Sequence) -> LongRow:
    """A side table's row read back, its words shared with every other row's (``sys.intern``).

    A cut group's side task holds all its long events at once (some 145,000 at 100,000
    articles, each with tens of keys): read from JSON, every row had its own copy of each word.
    """
    eid, aid, begin, end, start, keys = row
    return LongRow(intern(eid), intern(aid), begin, end, start, [intern(k) for k in keys])


def interned_texts(texts: Mapping[str, EventText]) -> dict[str, EventText]:
    """``texts`` with their words shared (``sys.intern``): the same values, far less memory."""
    def words(found: frozenset[str]) -> frozenset[str]:
        return frozenset(map(intern, found))

    return {intern(eid): replace(t, names=words(t.names), focus_names=words(t.focus_names),
                                 stems=words(t.stems), clause=words(t.clause),
                                 local=words(t.local), quotes=tuple(map(intern, t.quotes)),
                                 headline=words(t.headline))
            for eid, t in texts.items()}  # fmt: skip


class _At(NamedTuple):
    start: int


class Slim(NamedTuple):
    """A long event as ``clustering.scored_pairs`` and ``join_scored`` read it."""

    event_id: str
    article_id: str
    interval: Interval
    mention: _At


def slim(row: LongRow | Sequence) -> Slim:
    eid, aid, begin, end, start = row[:5]
    return Slim(eid, aid, Interval(date.fromordinal(begin), date.fromordinal(end)), _At(start))


def _order(begin: int, end: int, start: int, article: str, event: str) -> tuple:
    """An event's place in the Blocker's order.

    By interval, place in the article, article; the events sorted by id before, the id breaks
    what is left.
    """
    return begin, end, start, article, event


class LongIndex:
    """The decade blocks of a group's long events, each in the whole run's order.

    Compact, as every window of the group holds one: each block is an array of the events'
    ranks in that order; the rows keep no keys.
    """

    def __init__(self, rows: Iterable[LongRow | Sequence]) -> None:
        self.rows: list[tuple] = []
        blocks: dict[tuple[str, int], list[int]] = {}
        keys: dict[str, str] = {}
        places = []
        for k, r in enumerate(rows):
            eid, aid, begin, end, start, found = r
            self.rows.append((eid, aid, begin, end, start))
            places.append(_order(begin, end, start, aid, eid))
            level, decades = _time_keys(slim(r).interval)
            assert level == "d", "a long event is blocked by decades"
            for key in found:
                key = keys.setdefault(key, key)
                for decade in decades:
                    blocks.setdefault((key, decade), []).append(k)
        self._order = sorted(range(len(places)), key=places.__getitem__)
        rank = [0] * len(places)
        for r, k in enumerate(self._order):
            rank[k] = r
        self._places = [places[k] for k in self._order]
        self._blocks = {code: array("l", sorted(rank[k] for k in members))
                        for code, members in blocks.items()}  # fmt: skip

    def __len__(self) -> int:
        return len(self.rows)

    def block_sizes(self) -> list[int]:
        return [len(ranks) for ranks in self._blocks.values()]

    def partners(self, event: Event, keys: Iterable[str]) -> set[int]:
        """Rows that ``event`` (short), with blocking ``keys``, meets as the Blocker meets them.

        Only those whose interval overlaps its own: a long event is never "near" another.
        """
        iv = event.interval
        begin, end = iv.begin.toordinal(), iv.end.toordinal()
        pos = bisect_left(self._places,
                          _order(begin, end, event.mention.start, event.article_id,
                                 event.event_id))  # fmt: skip
        decades = [k for level, k in _probes(iv) if level == _DECADES]
        out: set[int] = set()
        half = BLOCK_CAP // 2
        for key in keys:
            for decade in decades:
                ranks = self._blocks.get((key, decade))
                if ranks is None:
                    continue
                if len(ranks) > BLOCK_CAP:  # its neighbours in the block's order
                    at = bisect_left(ranks, pos)
                    ranks = ranks[max(0, at - half) : at + half]
                for r in ranks:
                    k = self._order[r]
                    if self.rows[k][2] < end and begin < self.rows[k][3]:
                        out.add(k)
        return out


def partners(
    events: Sequence[Event], texts: Mapping[str, EventText], index: LongIndex
) -> tuple[np.ndarray, np.ndarray]:
    """Candidate pairs of the short ``events`` with the long rows of ``index``: ``(event, row)``."""
    firsts, rows = [], []
    for i, e in enumerate(events):
        t = texts[e.event_id]
        found = sorted(index.partners(e, t.names | t.clause))
        firsts.extend([i] * len(found))
        rows.extend(found)
    return np.asarray(firsts, np.int64), np.asarray(rows, np.int64)


def long_pairs(
    rows: Sequence[LongRow], texts: Mapping[str, EventText], idf: Idf,
    story: Mapping[str, frozenset[str]],
) -> tuple[list[Slim], PairColumns]:  # fmt: skip
    """The long events (by id) and their pairs among themselves, as the whole run scores them."""
    events = sorted((slim(r) for r in rows), key=lambda e: e.event_id)
    pairs = scored_pairs(events, {e.event_id: texts[e.event_id] for e in events}, idf,  # type: ignore[arg-type]
                         {e.article_id: story[e.article_id] for e in events})  # fmt: skip
    return events, pairs
