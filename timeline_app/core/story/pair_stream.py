"""A cut group's join, streamed: the windows' sorted pair files merged, never all pairs held.

Each cut window (and a cut group's side task of long events) leaves to its group's join the
pairs of the components reaching past it (``partitions.window_pairs``), already in the order the
whole run joins them: best score first, ties by the two event ids. They are stored as a *run*:
a head (the events the pairs name, as ``(id, article, first day, day after)`` rows, and the
pairs of two events of one article) and the pairs in compressed chunks of :data:`CHUNK`.

The join (:func:`join_runs`) then holds one chunk per run and the events, never the pairs:

1. the heads give every event a code, its article and days, and the own-article pairs (few);
2. the events those pairs call doubtful (``clustering.SAID_TWICE_AT``) need the other sources'
   events paired with them: one pass over the runs, in any order, keeps only those;
3. the runs are merged in a stream (``heapq.merge``; a pair two windows found, once) and
   joined best first by the union-find of ``clustering`` with its columns per event.

The same clusters as ``clustering.join_scored`` over all the pairs at once, in memory bounded
by the events the pairs name (at 100,000 generated articles some 40 million pairs would have
been held, about 1 GB as columns, for 1.5 million events).
"""

from __future__ import annotations

import heapq
import json
import struct
import zlib
from array import array
from collections.abc import Callable, Iterable, Iterator, Sequence
from typing import BinaryIO, NamedTuple

from timeline_app.core.reconcile.clustering import SAID_TWICE_AT, _Clusters, said_groups

__all__ = ["CHUNK", "Head", "Run", "chunks_of", "head_of", "join_runs", "pack_chunks",
           "read_chunks"]  # fmt: skip

CHUNK = 4096
"""Pairs per stored chunk: what the join holds of each run at once (a window's pairs were
up to 1.6 million at 100,000 articles)."""

Chunk = tuple[list[float], list[str], list[str]]
"""Scores and the two event ids of some pairs, as three columns."""
Owned = tuple[str, str, int, int]
"""``(event id, article id, first day, day after)``, as ``partitions.Owned``."""


class Head(NamedTuple):
    """What the join reads of a run before its pairs: the events named, the own-article pairs."""

    rows: list[Owned]
    own: list[tuple[float, str, str]]


class Run(NamedTuple):
    """A run's head, and a way to read its pairs (best first) a chunk at a time, again."""

    head: Head
    chunks: Callable[[], Iterator[Chunk]]


def head_of(firsts: Sequence[str], seconds: Sequence[str], scores: Sequence[float],
            rows: list[Owned]) -> Head:  # fmt: skip
    """The :class:`Head` of a window's pairs: ``rows`` name every event of them."""
    article = {row[0]: row[1] for row in rows}
    own = [(s, a, b) for s, a, b in zip(scores, firsts, seconds, strict=True)
           if article[a] == article[b]]  # fmt: skip
    return Head(rows, own)


def chunks_of(scores: Sequence[float], firsts: Sequence[str], seconds: Sequence[str],
              size: int | None = None) -> Iterator[Chunk]:  # fmt: skip
    """Columns in chunks of ``size`` pairs (default :data:`CHUNK`)."""
    size = size or CHUNK
    for at in range(0, len(scores), size):
        yield (list(scores[at : at + size]), list(firsts[at : at + size]),
               list(seconds[at : at + size]))  # fmt: skip


_LENGTH = struct.Struct(">I")


def pack_chunks(chunks: Iterable[Chunk]) -> bytes:
    """Chunks as stored: each a length and its compressed JSON, so a reader streams them."""
    out = []
    for chunk in chunks:
        data = zlib.compress(json.dumps(chunk, separators=(",", ":")).encode(), 1)
        out += [_LENGTH.pack(len(data)), data]
    return b"".join(out)


def read_chunks(handle: BinaryIO) -> Iterator[Chunk]:
    """The chunks of :func:`pack_chunks` from an open file, one read at a time."""
    while True:
        size = handle.read(_LENGTH.size)
        if not size:
            return
        if len(size) != _LENGTH.size:
            raise ValueError("a pair file is cut short")
        data = handle.read(_LENGTH.unpack(size)[0])
        yield tuple(json.loads(zlib.decompress(data)))  # type: ignore[misc]


def _ordered(chunks: Iterator[Chunk]) -> Iterator[tuple[float, str, str]]:
    for scores, firsts, seconds in chunks:
        yield from zip([-s for s in scores], firsts, seconds, strict=True)


class _Events:
    """The events the runs name: a code each, with its article's code and its days as columns."""

    def __init__(self, heads: Iterable[Head]) -> None:
        self.code: dict[str, int] = {}
        self.ids: list[str] = []
        self.article, self.begin, self.end = array("l"), array("l"), array("l")
        articles: dict[str, int] = {}
        own: set[tuple[float, str, str]] = set()
        for head in heads:
            for eid, aid, begin, end in head.rows:
                if eid in self.code:
                    continue
                self.code[eid] = len(self.ids)
                self.ids.append(eid)
                self.article.append(articles.setdefault(aid, len(articles)))
                self.begin.append(begin)
                self.end.append(end)
            own.update(map(tuple, head.own))  # type: ignore[arg-type]
        self.own = sorted(own, key=lambda p: (-p[0], p[1], p[2]))

    def clusters(self, said: dict[int, int]) -> _Clusters:
        fine = [e - b <= 7 for b, e in zip(self.begin, self.end, strict=True)]
        rep = array("l", range(len(self.ids)))
        for k, r in said.items():
            rep[k] = r
        return _Clusters(self.article, rep,
                         [b if f else None for b, f in zip(self.begin, fine, strict=True)],
                         [e if f else None
                          for e, f in zip(self.end, fine, strict=True)])  # fmt: skip


def _said(events: _Events, runs: Sequence[Run]) -> dict[int, int]:
    """Each event of an own-article pair and its said-twice representative."""
    code = events.code
    own = [(s, code[a], code[b]) for s, a, b in events.own]
    doubtful = {k for s, i, j in own if s < SAID_TWICE_AT for k in (i, j)}
    names = {events.ids[k] for k in doubtful}
    others: dict[int, set[int]] = {}
    if doubtful:  # the other sources' events paired with a doubtful one: a pass in any order
        article = events.article
        for run in runs:
            for _scores, firsts, seconds in run.chunks():
                for a, b in zip(firsts, seconds, strict=True):
                    if a in names or b in names:
                        i, j = code[a], code[b]
                        if article[i] != article[j]:
                            if i in doubtful:
                                others.setdefault(i, set()).add(j)
                            if j in doubtful:
                                others.setdefault(j, set()).add(i)
    spans = {k: (events.begin[k], events.end[k]) for _, i, j in own for k in (i, j)}
    return said_groups(own, spans, others)


def join_runs(runs: Sequence[Run], counts: dict[str, int] | None = None
              ) -> Iterator[tuple[str, int, str]]:  # fmt: skip
    """``(event id, first day, cluster id)`` of every event the runs' pairs join to another.

    The runs' pairs are merged best first (ties by event ids: each run is in that order, and
    a run that is not raises ``ValueError``) and joined as ``clustering.join_scored`` joins
    them all; a cluster's id is its smallest event id. Events left alone are not given.
    ``counts``, if given, gets the events named and the distinct pairs (``events``, ``pairs``).
    """
    events = _Events(run.head for run in runs)
    clusters = events.clusters(_said(events, runs))
    code, join = events.code, clusters.join
    last, streamed = None, 0
    for pair in heapq.merge(*(_ordered(run.chunks()) for run in runs)):
        if pair == last:
            continue  # the same pair from two windows
        if last is not None and pair < last:
            raise ValueError("a run's pairs are not in join order")
        last = pair
        streamed += 1
        join(code[pair[1]], code[pair[2]])
    if counts is not None:
        counts.update(events=len(events.ids), pairs=streamed)
    del code, events.code
    ids, find = events.ids, clusters.find
    least: dict[int, int] = {}
    for k in clusters.groups:  # roots of clusters of two or more
        least[k] = k
    for k in range(len(ids)):
        root = find(k)
        if root in least and ids[k] < ids[least[root]]:
            least[root] = k
    for k in range(len(ids)):
        root = find(k)
        if root in least:
            yield ids[k], events.begin[k], ids[least[root]]
