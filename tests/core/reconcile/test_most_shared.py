"""The rows sharing most keys: read off the short lists, the same as counting every list."""

from __future__ import annotations

import numpy as np
import pytest

from timeline_app.core.reconcile.most_shared import most_shared_rows


def _counted(lists: list[np.ndarray], limit: int) -> list[int]:
    """Every row counted: more keys first, then the lower row."""
    counts = np.bincount(np.concatenate(lists))
    ranked = sorted(np.flatnonzero(counts).tolist(), key=lambda r: (-counts[r], r))
    return ranked[:limit]


def _lists(seed: int, rows: int, shares: list[float], planted: int) -> list[np.ndarray]:
    """Keys holding each row with the given shares; ``planted`` rows hold most of them."""
    rng = np.random.default_rng(seed)
    group = rng.choice(rows, planted, replace=False)
    out = []
    for share in shares:
        held = rng.random(rows) < share
        held[group[rng.random(planted) < 0.7]] = True
        out.append(np.flatnonzero(held).astype(np.int64))
    return out


@pytest.mark.parametrize("seed", range(12))
def test_a_few_rare_keys_and_common_ones_rank_as_counting_every_row(seed):
    # common words hold a share of a big story's rows, a name only a few: the short path
    lists = _lists(seed, 50_000, [0.0005, 0.001, 0.002, 0.3, 0.4, 0.5], planted=45)
    assert most_shared_rows(lists, 30) == _counted(lists, 30)
    assert most_shared_rows(lists[::-1], 30) == _counted(lists, 30)  # whatever the key order


@pytest.mark.parametrize("seed", range(6))
def test_rows_too_few_to_prove_the_ranking_are_all_counted(seed):
    # nothing shares the rare keys much: every list is counted, the answer the same
    lists = _lists(seed, 50_000, [0.0001, 0.2, 0.3, 0.5], planted=3)
    assert most_shared_rows(lists, 30) == _counted(lists, 30)


def test_small_and_empty_lookups():
    lists = [np.array([1, 4, 9]), np.array([4, 9]), np.array([0, 9])]
    assert most_shared_rows(lists, 2) == [9, 4]
    assert most_shared_rows(lists, 30) == [9, 4, 0, 1]
    assert most_shared_rows([], 30) == []
