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

import numpy as np

from timeline_app.core.reconcile.clustering import SAID_TWICE_AT, _Clusters, said_groups

__all__ = ["CHUNK", "Head", "Joined", "Run", "chunks_of", "head_of", "join_runs", "pack_chunks",
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
    """How to read a run's head, and its pairs (best first) a chunk at a time, again.

    The head is read once and its rows are not kept: some 300 bytes an event as Python lists.
    """

    head: Callable[[], Head]
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


def _bytes(ids: Iterable[str]) -> np.ndarray:
    """Event ids as a compact array of their UTF-8 bytes, which sort as the strings do."""
    return np.array([i.encode("utf-8", "surrogatepass") for i in ids], dtype=np.bytes_)


class _Events:
    """The events the runs name, as columns, numbered in event id order.

    Ids as one bytes array (tens of bytes an event: a dict of 1.5 million ids and the union-find's
    Python lists did not fit a 1 GiB worker), their articles' numbers and their days.
    """

    def __init__(self, runs: Sequence[Run]) -> None:
        articles: dict[str, int] = {}
        own: set[tuple[float, str, str]] = set()
        ids, article, begin, end = [], [], [], []
        for run in runs:  # a head at a time, kept as columns (its rows are 300 bytes an event)
            head = run.head()
            ids.append(_bytes(r[0] for r in head.rows))
            article.append(np.fromiter((articles.setdefault(r[1], len(articles))
                                        for r in head.rows), np.int64, len(head.rows)))  # fmt: skip
            begin.append(np.fromiter((r[2] for r in head.rows), np.int64, len(head.rows)))
            end.append(np.fromiter((r[3] for r in head.rows), np.int64, len(head.rows)))
            own.update(map(tuple, head.own))  # type: ignore[arg-type]
            del head
        del articles
        self.ids, first = np.unique(np.concatenate([np.empty(0, np.bytes_), *ids]),
                                    return_index=True)  # fmt: skip
        del ids
        self.article = np.concatenate([np.empty(0, np.int64), *article])[first]
        self.begin = np.concatenate([np.empty(0, np.int64), *begin])[first]
        self.end = np.concatenate([np.empty(0, np.int64), *end])[first]
        self.own = sorted(own, key=lambda p: (-p[0], p[1], p[2]))

    def codes(self, ids: Sequence[str]) -> np.ndarray:
        """The numbers of ``ids`` (events named by the runs' heads)."""
        return np.searchsorted(self.ids, _bytes(ids)) if len(ids) else np.empty(0, np.int64)

    def clusters(self, said: dict[int, int]) -> _Clusters:
        rep = array("q", range(len(self.ids)))
        for k, r in said.items():
            rep[k] = r
        fine = self.end - self.begin <= 7
        return _Clusters(array("q", self.article.tobytes()), rep,
                         array("q", np.where(fine, self.begin, -1).tobytes()),
                         array("q", np.where(fine, self.end, -1).tobytes()))  # fmt: skip


def _coded(chunks: Iterator[Chunk], events: _Events) -> Iterator[tuple[float, int, int]]:
    """A run's pairs in join order as ``(-score, i, j)``, the events by number."""
    for scores, firsts, seconds in chunks:
        yield from zip([-s for s in scores], events.codes(firsts).tolist(),
                       events.codes(seconds).tolist(), strict=True)  # fmt: skip


def _said(events: _Events, runs: Sequence[Run]) -> dict[int, int]:
    """Each event of an own-article pair and its said-twice representative."""
    codes = events.codes
    own = list(zip([s for s, _, _ in events.own], codes([a for _, a, _ in events.own]).tolist(),
                   codes([b for _, _, b in events.own]).tolist(), strict=True))  # fmt: skip
    doubtful = np.zeros(len(events.ids), bool)
    for s, i, j in own:
        if s < SAID_TWICE_AT:
            doubtful[i] = doubtful[j] = True
    others: dict[int, set[int]] = {}
    if doubtful.any():  # the other sources' events paired with a doubtful one: a pass in any order
        article = events.article
        for run in runs:
            for _scores, firsts, seconds in run.chunks():
                i, j = codes(firsts), codes(seconds)
                asked = (doubtful[i] | doubtful[j]) & (article[i] != article[j])
                for a, b in zip(i[asked].tolist(), j[asked].tolist(), strict=True):
                    if doubtful[a]:
                        others.setdefault(a, set()).add(b)
                    if doubtful[b]:
                        others.setdefault(b, set()).add(a)
    spans = {k: (int(events.begin[k]), int(events.end[k])) for _, i, j in own for k in (i, j)}
    return said_groups(own, spans, others)


class Joined(NamedTuple):
    """A join's result as columns, events in id order.

    ``cluster``: the number of the cluster's smallest event id, or -1 for an event joined to no
    other; ``first``: each event's first day.
    """

    ids: np.ndarray
    first: np.ndarray
    cluster: np.ndarray

    def clusters(self, which: np.ndarray | None = None) -> dict[str, str]:
        """``{event_id: cluster_id}`` of the events joined to another (of ``which``, a mask)."""
        keep = self.cluster >= 0 if which is None else which & (self.cluster >= 0)
        ids = [b.decode("utf-8", "surrogatepass") for b in self.ids[keep].tolist()]
        cids = [b.decode("utf-8", "surrogatepass")
                for b in self.ids[self.cluster[keep]].tolist()]  # fmt: skip
        return dict(zip(ids, cids, strict=True))


def join_runs(runs: Sequence[Run], counts: dict[str, int] | None = None) -> Joined:
    """The clusters of the events the runs' pairs name.

    The runs' pairs are merged best first (ties by event ids: each run is in that order, and
    a run that is not raises ``ValueError``) and joined as ``clustering.join_scored`` joins
    them all; a cluster's id is its smallest event id. ``counts``, if given, gets the events
    named and the distinct pairs (``events``, ``pairs``).
    """
    events = _Events(runs)
    clusters = events.clusters(_said(events, runs))
    join = clusters.join
    last, streamed = None, 0
    for pair in heapq.merge(*(_coded(run.chunks(), events) for run in runs)):
        if pair == last:
            continue  # the same pair from two windows
        if last is not None and pair < last:
            raise ValueError("a run's pairs are not in join order")
        last = pair
        streamed += 1
        join(pair[1], pair[2])
    n = len(events.ids)
    if counts is not None:
        counts.update(events=n, pairs=streamed)
    find = clusters.find
    root = np.fromiter((find(k) for k in range(n)), np.int64, n)
    least = np.full(n, n, np.int64)
    np.minimum.at(least, root, np.arange(n, dtype=np.int64))  # ids sorted: the smallest id
    size = np.bincount(root, minlength=n)
    cluster = np.where(size[root] > 1, least[root], -1)
    return Joined(events.ids, events.begin, cluster)
