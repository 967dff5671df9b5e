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
from collections.abc import Iterator, Mapping, Sequence

import numpy as np

from timeline_app.core.model import Event
from timeline_app.core.reconcile.bulk_similarity import FIELDS, BulkSimilarity, KeySets
from timeline_app.core.reconcile.sentence_signatures import event_texts
from timeline_app.core.reconcile.signatures import EventText

__all__ = ["PART_EVENTS", "LeanTexts"]

PART_EVENTS = 50_000
"""Events whose texts are held at once (about 75 MB of objects), read one sentence at a time."""


class LeanTexts(Mapping[str, EventText]):
    """``{event_id: event_text}`` of ``events`` (sorted by id), held as key ids.

    ``bulk``: their :class:`~.bulk_similarity.BulkSimilarity`, with the texts' own word weights.
    """

    def __init__(self, events: Sequence[Event], text: str, part: int | None = None) -> None:
        n, part = len(events), part or PART_EVENTS
        self.row = {e.event_id: r for r, e in enumerate(events)}
        vocab: dict[str, int] = {}  # a key's id in the order it is first met here
        rows, fields, keys, weighed = [], [], [], []  # (row, field, key id) and names | stems
        flat: list[str] = [""] * n
        said: list[tuple[str, ...]] = [()] * n
        by_sentence = sorted(range(n), key=lambda r: (events[r].sentence_start,
                                                      events[r].sentence_end))
        for lo in range(0, n, part):
            which = by_sentence[lo:lo + part]
            found = event_texts([events[r] for r in which], text)
            got_rows, got_fields, got_keys, got_weighed = [], [], [], []
            for r, t in zip(which, found, strict=True):
                for f, name in enumerate(FIELDS):
                    ids = [vocab.setdefault(k, len(vocab)) for k in sorted(getattr(t, name))]
                    got_rows.extend([r] * len(ids))
                    got_fields.extend([f] * len(ids))
                    got_keys.extend(ids)
                got_weighed.extend(vocab[k] for k in t.names | t.stems)
                flat[r], said[r] = t.flat, t.quotes
            rows.append(np.array(got_rows, np.int64))
            fields.append(np.array(got_fields, np.int8))
            keys.append(np.array(got_keys, np.int64))
            weighed.append(np.array(got_weighed, np.int64))
            del found, got_rows, got_fields, got_keys
        row, field, key = (np.concatenate(x) if x else np.zeros(0, np.int64)
                           for x in (rows, fields, keys))
        del rows, fields, keys
        # the ids BulkSimilarity gives: by first appearance in event, field and sorted-key order
        order = np.lexsort((field, row))  # stable: each set's keys stay in sorted order
        row, field, key = row[order], field[order], key[order]
        del order
        seen, first = np.unique(key, return_index=True)
        canonical = np.empty(len(vocab), np.int64)
        canonical[seen[np.argsort(first, kind="stable")]] = np.arange(len(seen), dtype=np.int64)
        key = canonical[key]
        words = [""] * len(vocab)
        for word, provisional in vocab.items():
            words[int(canonical[provisional])] = word
        del vocab, seen, first
        df = np.bincount(canonical[np.concatenate(weighed)] if weighed else np.zeros(0, np.int64),
                         minlength=len(words)).tolist()
        del weighed
        weights = np.fromiter((math.log((n + 1) / (count + 0.5)) + 1.0 for count in df),
                              np.float64, len(words))  # Idf's weight, key by key
        self.words = words
        self.bulk = _bulk(row, field, key, n, len(words), weights, flat, said)

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


def _bulk(row: np.ndarray, field: np.ndarray, key: np.ndarray, n: int, vocabulary: int,
          weights: np.ndarray, flat: list[str], said: list[tuple[str, ...]]) -> BulkSimilarity:
    """What ``BulkSimilarity(texts, idf)`` holds, from every ``(row, field, key)`` of the texts."""
    sets = {}
    for f, name in enumerate(FIELDS):
        mine = field == f
        sets[name] = KeySets.from_codes(row[mine], key[mine], n, vocabulary + 1, weights)
    return BulkSimilarity.from_sets(sets, flat, said)
