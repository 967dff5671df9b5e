"""Articles that date the same periods: evidence that they tell one story, whatever their words.

Outlets covering one story date the same happenings: the collapse on Saturday, the closure on
Sunday, the inspection in March. Two articles that give two or more of the same days, weeks or
months tell one story, even when they share almost no word (a paraphrase, a translation, a trade
paper's angle) and their story keys look unalike. One shared day proves nothing (two stories of
one town on one Tuesday); on the development stories no two articles of different stories share
two such periods, while most pairs of one story do.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable

import numpy as np

from timeline_app.core.model import Event

__all__ = ["LONGEST_PERIOD", "SHARED_PERIODS", "SharedDates", "article_periods"]

LONGEST_PERIOD = 31
"""Periods of at most this many days count (a day, a week, a month): a year is shared by too
many stories of a folder."""
SHARED_PERIODS = 2
"""Distinct periods two articles must both date to count as one story."""


def article_periods(events: Iterable[Event]) -> dict[str, frozenset[tuple[int, int]]]:
    """``{article_id: the periods its events date}``, as :class:`SharedDates` counts them."""
    out: dict[str, set[tuple[int, int]]] = defaultdict(set)
    for event in events:
        when = event.interval
        if when.days <= LONGEST_PERIOD:
            out[event.article_id].add((when.begin.toordinal(), when.end.toordinal()))
    return {k: frozenset(v) for k, v in out.items()}


class SharedDates:
    """Per article (by index), the periods its events date; per pair of articles, how many agree."""

    def __init__(self, events: list[Event], article_of: np.ndarray, articles: int,
                 periods: list[frozenset[tuple[int, int]]] | None = None) -> None:  # fmt: skip
        """Periods read from ``events``, or given.

        ``periods``: each article's, found on all its events (:func:`article_periods`) when
        ``events`` are only some of them (a window of an archive).
        """
        if periods is None:
            found: list[set[tuple[int, int]]] = [set() for _ in range(articles)]
            for event, article in zip(events, article_of.tolist(), strict=True):
                when = event.interval
                if when.days <= LONGEST_PERIOD:
                    found[article].add((when.begin.toordinal(), when.end.toordinal()))
            periods = [frozenset(p) for p in found]
        self._periods = periods
        self._memo: dict[tuple[int, int], int] = defaultdict(int)

    def shared(self, a: np.ndarray, b: np.ndarray) -> np.ndarray:
        """Per pair of article indices: the number of periods both date."""
        if not len(a):
            return np.zeros(0, np.int64)
        # each distinct pair once (a pair of articles is asked for every pair of their events)
        width = len(self._periods) + 1
        codes, back = np.unique(np.minimum(a, b) * width + np.maximum(a, b), return_inverse=True)
        out = np.zeros(len(codes), np.int64)
        memo, periods = self._memo, self._periods
        for p, code in enumerate(codes.tolist()):
            x, y = divmod(code, width)
            key = (x, y)
            if key not in memo:
                memo[key] = len(periods[x] & periods[y])
            out[p] = memo[key]
        return out[back.reshape(-1)]

    def one_story(self, a: np.ndarray, b: np.ndarray) -> np.ndarray:
        """Per pair of article indices: whether they date :data:`SHARED_PERIODS` periods alike."""
        return self.shared(a, b) >= SHARED_PERIODS
