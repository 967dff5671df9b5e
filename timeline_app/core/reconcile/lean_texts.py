"""The wording signatures of one huge article's events, read a part at a time and kept as arrays.

A said-twice pass (:mod:`.lone_article`) over a big text needs every event's
:class:`~.signatures.EventText` at once: for the word weights, the bulk similarity, the blocks
and the reports of one day. Held as objects (five frozensets, a string, a tuple each) they were
about 1.5 kB an event, over a gigabyte for a 34 MB text, on top of everything the load keeps.

Here the texts are read a part of :data:`PART_EVENTS` events at a time, in the order of their
sentences (each sentence read once), and only their key ids, flat wording and quotes are kept.
The result is what :class:`~.bulk_similarity.BulkSimilarity` makes of the whole list of texts,
to the bit: the same key ids (by first appearance in event order, fields in order, keys sorted),
the same weights (:class:`~.signatures.Idf`'s formula, key by key) and the same sums.
:class:`LeanTexts` also reads as ``{event_id: EventText}`` for the passes that look at a few
texts (the reports of one day, the reports told again), each made again from its ids when asked.
"""

from __future__ import annotations

import math
from collections.abc import Callable, Iterator, Mapping, Sequence

import numpy as np

from timeline_app.core.model import Event
from timeline_app.core.reconcile.bulk_similarity import FIELDS, BulkSimilarity, KeySets
from timeline_app.core.reconcile.sentence_signatures import event_texts
from timeline_app.core.reconcile.signatures import EventText

__all__ = ["PART_EVENTS", "LeanTexts"]

PART_EVENTS = 10_000
"""Events whose texts are held at once (about 15 MB of objects), read one sentence at a time."""
_PLACES = 1 << 24
"""More than the keys of any one set: a key's place in its set, in its first-met code."""
_NEVER = np.iinfo(np.int64).max


class LeanTexts(Mapping[str, EventText]):
    """``{event_id: event_text}`` of ``events`` (sorted by id), held as key ids.

    ``bulk``: their :class:`~.bulk_similarity.BulkSimilarity`, with the texts' own word weights.
    """

    def __init__(self, events: Sequence[Event], text: str, part: int | None = None,
                 ticks: Callable[[int, int], None] | None = None) -> None:
        """``ticks(done, n)``: told as each part of the texts is read."""
        n, part = len(events), part or PART_EVENTS
        self.row = {e.event_id: r for r, e in enumerate(events)}
        vocab: dict[str, int] = {}  # a key's id in the order it is first met here
        first = np.zeros(0, np.int64)  # per id: where it is first met in event and field order
        df = np.zeros(0, np.int64)  # per id: the events whose names or stems hold it (Idf)
        rows: list[list[np.ndarray]] = [[] for _ in FIELDS]  # per field: (row, id) of each key
        keys: list[list[np.ndarray]] = [[] for _ in FIELDS]
        flat: list[str] = [""] * n
        said: list[tuple[str, ...]] = [()] * n
        by_sentence = sorted(range(n), key=lambda r: (events[r].sentence_start,
                                                      events[r].sentence_end))
        for lo in range(0, n, part):
            if ticks is not None:
                ticks(lo, n)
            which = by_sentence[lo:lo + part]
            found = event_texts([events[r] for r in which], text)
            got = [([], [], []) for _ in FIELDS]  # per field: rows, ids, places in sorted order
            weighed: list[int] = []
            for r, t in zip(which, found, strict=True):
                for (got_rows, got_keys, got_places), name in zip(got, FIELDS, strict=True):
                    ids = [vocab.setdefault(k, len(vocab)) for k in sorted(getattr(t, name))]
                    got_rows.extend([r] * len(ids))
                    got_keys.extend(ids)
                    got_places.extend(range(len(ids)))
                weighed.extend(vocab[k] for k in t.names | t.stems)
                flat[r], said[r] = t.flat, t.quotes
            del found
            first = np.concatenate([first, np.full(len(vocab) - len(first), _NEVER, np.int64)])
            df = np.concatenate([df, np.zeros(len(vocab) - len(df), np.int64)])
            df += np.bincount(np.array(weighed, np.int64), minlength=len(vocab))
            for f, (got_rows, got_keys, got_places) in enumerate(got):
                row, key = np.array(got_rows, np.int64), np.array(got_keys, np.int64)
                np.minimum.at(first, key, (row * len(FIELDS) + f) * _PLACES
                              + np.array(got_places, np.int64))
                rows[f].append(row.astype(np.int32))
                keys[f].append(key.astype(np.int32))
        # the ids BulkSimilarity gives: by first appearance in event, field and sorted-key order
        canonical = np.empty(len(vocab), np.int64)
        canonical[np.argsort(first, kind="stable")] = np.arange(len(vocab), dtype=np.int64)
        words = [""] * len(vocab)
        for word, provisional in vocab.items():
            words[int(canonical[provisional])] = word
        del vocab
        weights = np.fromiter((math.log((n + 1) / (count + 0.5)) + 1.0
                               for count in df[np.argsort(canonical)].tolist()),
                              np.float64, len(words))  # Idf's weight, key by key
        sets = {}
        for f, name in enumerate(FIELDS):  # one field's keys at a time
            row = np.concatenate(rows[f]).astype(np.int64) if rows[f] else np.zeros(0, np.int64)
            key = canonical[np.concatenate(keys[f])] if keys[f] else np.zeros(0, np.int64)
            rows[f], keys[f] = [], []
            sets[name] = KeySets.from_codes(row, key, n, len(words) + 1, weights)
            del row, key
        self.words = words
        self.bulk = BulkSimilarity.from_sets(sets, flat, said)

    def keys_of(self, name: str, r: int) -> np.ndarray:
        """The key ids of field ``name`` of event row ``r`` (ascending)."""
        sets = self.bulk.sets[name]
        return sets.keys[sets.indptr[r]:sets.indptr[r + 1]]

    def field(self, name: str, r: int) -> frozenset[str]:
        words = self.words
        return frozenset(words[k] for k in self.keys_of(name, r).tolist())

    def block_keys(self, r: int) -> frozenset[int]:
        """The ids of event row ``r``'s names and clause stems (the Blocker's wording keys)."""
        return frozenset(self.keys_of("names", r).tolist()) | frozenset(
            self.keys_of("clause", r).tolist())

    def __getitem__(self, event_id: str) -> _Row:
        return _Row(self, self.row[event_id])

    def __iter__(self) -> Iterator[str]:
        return iter(self.row)

    def __len__(self) -> int:
        return len(self.row)


class _Row:
    """An event's :class:`~.signatures.EventText`, each field made from its ids when read."""

    __slots__ = ("r", "texts")

    def __init__(self, texts: LeanTexts, r: int) -> None:
        self.texts, self.r = texts, r

    def __getattr__(self, name: str) -> frozenset[str] | str | tuple[str, ...]:
        """A field of :class:`~.signatures.EventText` (only asked for what slots do not hold)."""
        if name in FIELDS:
            return self.texts.field(name, self.r)
        if name == "flat":
            return self.texts.bulk.flat[self.r]
        if name == "quotes":
            return self.texts.bulk.said[self.r]
        raise AttributeError(name)
