"""The rows that share most keys with a wording, at a cost bounded by its rare keys.

A wording's keys are looked up in an index of which rows (events) hold each key. Counting every
row of every key's list grows with the story: the lists of common words ("minister", the story's
main actor) hold a share of all its events, so each lookup cost more the bigger the story. The
few rows that share most keys are found, exactly, from the short lists: a row holding ``c`` of
``K`` keys is in at least one of any ``K - c + 1`` of their lists, so when enough rows of the
shortest lists hold ``c`` keys, no row outside them can rank before those. Their counts in the
long lists are binary searches, not a pass over the lists.
"""

from __future__ import annotations

import numpy as np

__all__ = ["most_shared_rows"]

SHORT_SHARE = 8
"""The short lists read in full make up at most this fraction (1/8) of all the rows looked up;
beyond it (or when they cannot prove the ranking) every list is counted, as always."""


def most_shared_rows(lists: list[np.ndarray], limit: int) -> list[int]:
    """The rows (at most ``limit``) most often in ``lists``, more first, then the lower row.

    ``lists``: ascending arrays of distinct rows, one per key. One total order, whatever the
    order of ``lists`` (never the order of a set of strings, which follows the hash seed).
    """
    if not lists:
        return []
    total = sum(len(rows) for rows in lists)
    found = _from_short(lists, limit, total) if total > SHORT_SHARE * 64 else None
    if found is not None:
        return found
    counts = np.bincount(np.concatenate(lists))
    hit = np.flatnonzero(counts)
    return _top(hit, counts[hit], limit)


def _top(rows: np.ndarray, counts: np.ndarray, limit: int) -> list[int]:
    """``rows`` ranked by ``counts`` (more first), then by row; the first ``limit``."""
    span = int(rows.max()) + 1
    order = (int(counts.max()) - counts.astype(np.int64)) * span + rows
    if len(order) > limit:
        order = order[np.argpartition(order, limit - 1)[:limit]]
    order.sort()
    return (order % span).tolist()


def _from_short(lists: list[np.ndarray], limit: int, total: int) -> list[int] | None:
    """The ranking read off the shortest lists, or None when they cannot prove it."""
    by_size = sorted(lists, key=len)
    taken, size = 0, 0
    while taken < len(by_size) and SHORT_SHARE * (size + len(by_size[taken])) <= total:
        size += len(by_size[taken])
        taken += 1
    if taken == 0 or taken == len(by_size):
        return None
    # a row in c of the K lists is in one of any K - c + 1 of them: the rows holding at least
    # ``least`` keys are all among the rows of the ``taken`` shortest lists
    least = len(by_size) - taken + 1
    rows, counts = np.unique(np.concatenate(by_size[:taken]), return_counts=True)
    for long in by_size[taken:]:
        at = np.searchsorted(long, rows)
        np.minimum(at, len(long) - 1, out=at)
        counts += long[at] == rows
    if int(np.count_nonzero(counts >= least)) < limit:
        return None  # fewer than ``limit`` rows surely rank first: count every list
    return _top(rows, counts, limit)
