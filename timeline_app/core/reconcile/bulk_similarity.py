"""The wording similarity of many event pairs at once, in numpy.

The same numbers as :func:`~timeline_app.core.reconcile.signatures.content_similarity`, pair
for pair.

Each kind of key set (names, clause stems, ...) is held as one sorted array of ``row * K + key``
codes; the keys two rows share are found by binary search over that array, and their IDF weights
summed with ``bincount``. Only the fuzzy ratio (rapidfuzz, in C) and quotes (rare) go pair by
pair. A pair costs about a microsecond instead of twenty, whatever the size of the story.
"""

from __future__ import annotations

from collections.abc import Sequence

import numpy as np
from rapidfuzz import fuzz, process

from timeline_app.core.reconcile.signatures import EventText, Idf

__all__ = ["BulkSimilarity", "KeySets", "StoryLikeness"]

FIELDS = ("names", "focus_names", "stems", "clause", "local")
FUZZY_MAX = 0.2
"""The most the fuzzy ratio can add to a score (its weight)."""
QUOTE_BONUS = 0.15


class KeySets:
    """One kind of key set of many rows, as CSR arrays of key ids with their summed weights."""

    def __init__(self, sets: Sequence[frozenset[str]], key_ids: dict[str, int],
                 weights: np.ndarray) -> None:
        self.sizes = np.fromiter((len(s) for s in sets), np.int64, len(sets))
        self.indptr = np.zeros(len(sets) + 1, np.int64)
        np.cumsum(self.sizes, out=self.indptr[1:])
        keys = np.fromiter((key_ids[k] for s in sets for k in s), np.int64, int(self.indptr[-1]))
        self.width = len(key_ids) + 1
        row_of = np.repeat(np.arange(len(sets), dtype=np.int64), self.sizes)
        self.codes = np.sort(row_of * self.width + keys)  # rows ascending, keys sorted in each
        self.keys = self.codes - row_of * self.width
        self.weights = weights
        self.totals = np.bincount(row_of, weights=weights[self.keys], minlength=len(sets))

    @classmethod
    def from_codes(cls, row_of: np.ndarray, keys: np.ndarray, rows: int, width: int,
                   weights: np.ndarray) -> KeySets:
        """The key sets given as each key's row and id (``key_ids``' ids, ``width`` past them)."""
        self = cls.__new__(cls)
        self.sizes = np.bincount(row_of, minlength=rows).astype(np.int64)
        self.indptr = np.zeros(rows + 1, np.int64)
        np.cumsum(self.sizes, out=self.indptr[1:])
        self.width = width
        self.codes = np.sort(row_of * width + keys)
        row_of = self.codes // width
        self.keys = self.codes - row_of * width
        self.weights = weights
        self.totals = np.bincount(row_of, weights=weights[self.keys], minlength=rows)
        return self

    def shared(self, i: np.ndarray, j: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
        """Summed weight and count of the keys rows ``i[p]`` and ``j[p]`` share, per pair p."""
        counts = self.sizes[i]
        pair = np.repeat(np.arange(len(i), dtype=np.int64), counts)
        first = np.cumsum(counts) - counts
        at = self.indptr[i][pair] + (np.arange(len(pair), dtype=np.int64) - first[pair])
        keys = self.keys[at]
        probe = j[pair] * self.width + keys
        pos = np.searchsorted(self.codes, probe)
        pos[pos == len(self.codes)] = 0
        hit = self.codes[pos] == probe if len(self.codes) else np.zeros(len(probe), bool)
        weight = np.bincount(pair[hit], weights=self.weights[keys[hit]], minlength=len(i))
        number = np.bincount(pair[hit], minlength=len(i))
        return weight, number

    def overlap(self, i: np.ndarray, j: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
        """:meth:`Idf.overlap` of each pair, and whether the pair shares any key."""
        shared, number = self.shared(i, j)
        wa, wb = self.totals[i], self.totals[j]
        some = number > 0
        out = np.zeros(len(i))
        s, a, b = shared[some], wa[some], wb[some]
        out[some] = 0.3 * (s / np.minimum(a, b)) + 0.7 * (2 * s / (a + b))
        return out, some


def _pair_kinds(a: np.ndarray, b: np.ndarray, kinds: int
                ) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
    """The distinct pairs ``(a[p], b[p])`` as arrays ``(a, b)``, and each pair's place in them."""
    codes = a * kinds + b
    order = np.argsort(codes, kind="stable")
    ordered = codes[order]
    first = np.empty(len(codes), bool)
    first[:1] = True
    np.not_equal(ordered[1:], ordered[:-1], out=first[1:])
    back = np.empty(len(codes), np.int64)
    back[order] = np.cumsum(first) - 1
    distinct = ordered[first]
    return distinct // kinds, distinct % kinds, back


class BulkSimilarity:
    """:func:`content_similarity` over rows of ``texts``, for arrays of row pairs.

    Rows of the same wording (a syndicated copy, a sentence outlets repeat) are one kind, and
    each distinct pair of kinds is scored once: a score depends on the wording alone.
    """

    def __init__(self, texts: Sequence[EventText], idf: Idf) -> None:
        kinds: dict[tuple, int] = {}
        self.kind = np.fromiter((kinds.setdefault(_wording(t), len(kinds)) for t in texts),
                                np.int64, len(texts))
        key_ids: dict[str, int] = {}
        first: dict[int, EventText] = {}
        for t, kind in zip(texts, self.kind.tolist(), strict=True):
            if kind in first:
                continue
            first[kind] = t
            for name in FIELDS:
                for k in sorted(getattr(t, name)):  # ids (and so float sums) not in hash order
                    key_ids.setdefault(k, len(key_ids))
        texts = [first[k] for k in range(len(kinds))]  # one row per kind from here on
        self.kinds = len(kinds)
        self.said = [t.quotes for t in texts]  # (not the texts: a big text's are a gigabyte)
        weights = np.fromiter((idf(k) for k in key_ids), np.float64, len(key_ids))
        self.sets = {name: KeySets([getattr(t, name) for t in texts], key_ids, weights)
                     for name in FIELDS}
        self.flat = [t.flat for t in texts]
        self.quoted = np.fromiter((bool(t.quotes) for t in texts), bool, len(texts))[self.kind]
        self.has_flat = np.fromiter((bool(t.flat) for t in texts), bool, len(texts))[self.kind]
        self.stem_counts = np.fromiter((len(t.stems) for t in texts), np.int64,
                                       len(texts))[self.kind]

    @classmethod
    def from_sets(cls, sets: dict[str, KeySets], flat: list[str], said: list[tuple[str, ...]]
                  ) -> BulkSimilarity:
        """The same from its rows' key sets, flat wording and quotes.

        One key id per key across ``FIELDS`` (:mod:`.lean_texts`: a huge article's texts).
        """
        self = cls.__new__(cls)
        self.said, self.sets, self.flat = said, sets, flat
        self.kind, self.kinds = np.arange(len(said)), len(said)  # each row its own kind
        self.quoted = np.fromiter((bool(q) for q in said), bool, len(said))
        self.has_flat = np.fromiter((bool(t) for t in flat), bool, len(flat))
        self.stem_counts = sets["stems"].sizes.copy()
        return self

    def wording(self, i: np.ndarray, j: np.ndarray) -> dict[str, np.ndarray]:
        """The parts of the score that come from shared keys, and whether names are shared."""
        a, b, back = _pair_kinds(self.kind[i], self.kind[j], self.kinds)
        return {k: v[back] for k, v in self._wording(a, b).items()}

    def _wording(self, i: np.ndarray, j: np.ndarray) -> dict[str, np.ndarray]:
        """:meth:`wording` of pairs of kinds."""
        names, some_names = self.sets["names"].overlap(i, j)
        focus, _ = self.sets["focus_names"].overlap(i, j)
        stems, _ = self.sets["stems"].overlap(i, j)
        clause, _ = self.sets["clause"].overlap(i, j)
        local, _ = self.sets["local"].overlap(i, j)
        both = 0.5 * names + 0.5 * focus
        base = 0.3 * both + 0.25 * stems + 0.15 * clause + 0.1 * local
        return {"base": base, "stems": stems, "clause": clause, "shared_names": some_names,
                "names": names, "focus_names": focus}

    def bound(self, parts: dict[str, np.ndarray], i: np.ndarray, j: np.ndarray) -> np.ndarray:
        """The most the full score can be, given its key parts (fuzzy and quote at best).

        What :meth:`finish` adds is bounded pair by pair: no fuzzy ratio without words, half
        of it for a short sentence, and wording that shares too few stems is cut as there
        unless the pair may quote the same words.
        """
        quotes = self.quoted[i] & self.quoted[j]
        fuzzy = np.where(self.has_flat[i] & self.has_flat[j], FUZZY_MAX, 0.0)
        fuzzy = np.where(np.minimum(self.stem_counts[i], self.stem_counts[j]) < 4,
                         fuzzy * 0.5, fuzzy)
        most = parts["base"] + fuzzy
        weak = (np.maximum(parts["stems"], parts["clause"]) < 0.25) & ~quotes
        return np.minimum(1.0, np.where(weak, most * 0.6, most) + QUOTE_BONUS * quotes)

    def finish(self, parts: dict[str, np.ndarray], i: np.ndarray, j: np.ndarray) -> np.ndarray:
        """The full scores: the key parts with the fuzzy ratio and quotes of each pair."""
        a, b, back = _pair_kinds(self.kind[i], self.kind[j], self.kinds)
        fuzzy = process.cpdist([self.flat[k] for k in a.tolist()],
                               [self.flat[k] for k in b.tolist()],
                               scorer=fuzz.token_set_ratio, dtype=np.float64)[back]
        fuzzy = np.where(self.has_flat[i] & self.has_flat[j], fuzzy, 0.0)
        fuzzy = np.maximum(0.0, (fuzzy - 40.0) / 60.0)
        small = np.minimum(self.stem_counts[i], self.stem_counts[j]) < 4
        fuzzy = np.where(small, fuzzy * 0.5, fuzzy)
        quote = self.quotes(i, j)
        score = parts["base"] + 0.2 * fuzzy
        weak = (np.maximum(parts["stems"], parts["clause"]) < 0.25) & (quote == 0)
        score = np.where(weak, score * 0.6, score)
        return np.minimum(1.0, score + QUOTE_BONUS * quote)


    def quotes(self, i: np.ndarray, j: np.ndarray) -> np.ndarray:
        """1 where the two rows of a pair quote the same words, else 0 (few pairs quote)."""
        said, kind = self.said, self.kind
        quote = np.zeros(len(i))
        for p in np.flatnonzero(self.quoted[i] & self.quoted[j]).tolist():
            x, y = said[kind[i[p]]], said[kind[j[p]]]
            if any(fuzz.partial_ratio(q, r) >= 90 for q in x for r in y):
                quote[p] = 1.0
        return quote


def _wording(t: EventText) -> tuple:
    """What a row's scores depend on: rows equal in it score alike with any other."""
    return (*(getattr(t, name) for name in FIELDS), t.flat, t.quotes)


class StoryLikeness:
    """:meth:`Idf.cosine` of the story keys of article pairs, in bulk."""

    def __init__(self, stories: Sequence[frozenset[str]], idf: Idf) -> None:
        key_ids: dict[str, int] = {}
        for keys in stories:
            for k in sorted(keys):  # ids (and so float sums) not in hash order
                key_ids.setdefault(k, len(key_ids))
        weights = np.fromiter((idf(k) ** 2 for k in key_ids), np.float64, len(key_ids))
        self.sets = KeySets(stories, key_ids, weights)

    def cosine(self, a: np.ndarray, b: np.ndarray) -> np.ndarray:
        """The likeness of each pair of articles (rows ``a[p]``, ``b[p]``).

        It is asked for every pair of their events: each distinct pair is computed once.
        """
        if len(a) > 64:
            width = len(self.sets.sizes) + 1
            pairs, back = np.unique(a * width + b, return_inverse=True)
            return self._cosine(pairs // width, pairs % width)[back.reshape(-1)]
        return self._cosine(a, b)

    def _cosine(self, a: np.ndarray, b: np.ndarray) -> np.ndarray:
        shared, number = self.sets.shared(a, b)
        norm = np.sqrt(self.sets.totals[a] * self.sets.totals[b])
        out = np.zeros(len(a))
        some = (number > 0) & (norm > 0)
        out[some] = shared[some] / norm[some]
        return out
