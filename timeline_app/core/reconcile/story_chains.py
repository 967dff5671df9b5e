"""Articles of one story told over weeks: alike through a chain of articles, not each pair.

A story followed by thirty outlets for six weeks has phases (a fire, an arrest, a lawsuit) whose
articles share few distinctive words: the names every one of them gives (the company, the town)
are too common in the folder to weigh, so two articles of distant phases look unalike. Yet each
is plainly alike another, which is alike a third: the fire's reports, the reports of the arrest
that recall the fire, and so on. Articles linked by such a chain count as alike as
:data:`~.lone_days.LONE_DAY_STORY` at least; a link is a pair of articles that date one period
alike and are that alike already, or that date two periods alike (:class:`.SharedDates`). Two
stories of one town stay apart: no article of one links to any article of the other.
"""

from __future__ import annotations

import numpy as np

from timeline_app.core.reconcile.bulk_similarity import StoryLikeness
from timeline_app.core.reconcile.lone_days import LONE_DAY_STORY
from timeline_app.core.reconcile.shared_dates import SHARED_PERIODS, SharedDates

__all__ = ["StoryChains"]


class StoryChains:
    """:meth:`StoryLikeness.cosine`, raised to :data:`LONE_DAY_STORY` for chained articles.

    The links are read among the article pairs that have candidate event pairs (``a``, ``b``):
    articles with nothing to compare are never asked about.
    """

    def __init__(self, likeness: StoryLikeness, shared: SharedDates, articles: int,
                 a: np.ndarray, b: np.ndarray) -> None:
        self.likeness = likeness
        width = articles + 1
        lo, hi = np.minimum(a, b), np.maximum(a, b)
        keys = np.unique(lo[lo != hi] * width + hi[lo != hi])
        x, y = keys // width, keys % width
        shared_periods = shared.shared(x, y)
        # alike keys alone may be two outlets' furniture ("summary in English"): a link also
        # dates one period alike, or two periods with no alike keys
        linked = ((likeness.cosine(x, y) >= LONE_DAY_STORY) & (shared_periods >= 1)) | (
            shared_periods >= SHARED_PERIODS)
        root = list(range(articles))

        def find(i: int) -> int:
            while root[i] != i:
                root[i] = root[root[i]]
                i = root[i]
            return i

        for i, j in zip(x[linked].tolist(), y[linked].tolist(), strict=True):
            ri, rj = find(i), find(j)
            if ri != rj:
                root[max(ri, rj)] = min(ri, rj)  # (the smaller root: no order dependence)
        self.group = np.fromiter((find(i) for i in range(articles)), np.int64, articles)

    def cosine(self, a: np.ndarray, b: np.ndarray) -> np.ndarray:
        found = self.likeness.cosine(a, b)
        chained = self.group[a] == self.group[b]
        return np.where(chained, np.maximum(found, LONE_DAY_STORY), found)
