"""The streamed join of a cut group's runs joins as ``clustering.join_scored`` joins all pairs."""

from __future__ import annotations

import io
import random
from datetime import date, timedelta
from typing import NamedTuple

import pytest

from timeline_app.core.model import Interval
from timeline_app.core.reconcile.clustering import SAID_TWICE_AT, join_scored
from timeline_app.core.reconcile.pair_columns import PairColumns
from timeline_app.core.story import pair_stream
from timeline_app.core.story.partitions import run_of


class _Event(NamedTuple):
    event_id: str
    article_id: str
    interval: Interval


def _archive(seed: int, n: int = 300) -> tuple[list[_Event], list[tuple[float, int, int]]]:
    """Events of few articles over a few weeks (days, a week, a month) and random pairs among
    the near ones: many chains, constraints and own-article pairs on both sides of
    ``SAID_TWICE_AT``."""
    rng = random.Random(seed)
    start = date(2020, 1, 1)
    events = []
    for k in range(n):
        begin = start + timedelta(days=rng.randrange(40))
        length = rng.choice([1, 1, 1, 2, 7, 30])
        events.append(
            _Event(
                f"a{rng.randrange(8):02d}@{k}", "", Interval(begin, begin + timedelta(days=length))
            )
        )
    events = [e._replace(article_id=e.event_id.split("@")[0]) for e in events]
    events[0] = events[0]._replace(event_id="a00@é0")  # ids sort as strings, beyond ASCII too
    events.sort(key=lambda e: e.event_id)
    pairs = set()
    for _ in range(n * 10):
        i, j = sorted(rng.sample(range(n), 2))
        if abs((events[i].interval.begin - events[j].interval.begin).days) <= 3:
            score = rng.choice([0.45, 0.5, 0.6, SAID_TWICE_AT - 0.05, SAID_TWICE_AT + 0.05, 0.9])
            pairs.add((score, i, j))
    return events, sorted(pairs, key=lambda p: (-p[0], p[1], p[2]))


def _runs(events, pairs, seed: int, parts: int = 4):
    """The pairs dealt to ``parts`` windows, some to two of them, each window's in join order."""
    rng = random.Random(seed)
    dealt: list[list] = [[] for _ in range(parts)]
    for pair in pairs:
        for w in rng.sample(range(parts), rng.choice([1, 1, 2])):
            dealt[w].append(pair)
    out = []
    for found in dealt:
        named = sorted({k for _, i, j in found for k in (i, j)})
        rows = [(events[k].event_id, events[k].article_id, events[k].interval.begin.toordinal(),
                 events[k].interval.end.toordinal()) for k in named]  # fmt: skip
        out.append(([s for s, _, _ in found], [events[i].event_id for _, i, _ in found],
                    [events[j].event_id for _, _, j in found], rows))  # fmt: skip
    return out


@pytest.mark.parametrize("seed", range(6))
@pytest.mark.parametrize("chunk", [1, 3, 4096])
def test_runs_streamed_in_chunks_join_as_all_pairs_at_once(seed, chunk, monkeypatch):
    monkeypatch.setattr(pair_stream, "CHUNK", chunk)
    events, pairs = _archive(seed)
    expected = join_scored(events, PairColumns.of(pairs))
    assert len(set(expected.values())) < len(events) * 0.9  # joins there are
    got = pair_stream.join_runs([run_of(w) for w in _runs(events, pairs, seed)]).clusters()
    assert got == {eid: cid for eid, cid in expected.items() if cid != eid or
                   list(expected.values()).count(eid) > 1}  # fmt: skip


def test_stored_chunks_read_back_one_at_a_time():
    columns = ([0.9, 0.8, 0.5, 0.5, 0.41], ["a@1", "a@2", "b@1", "b@2", "c@1"],
               ["b@1", "c@3", "c@1", "c@1", "d@1"])  # fmt: skip
    data = pair_stream.pack_chunks(pair_stream.chunks_of(*columns, size=2))
    read = list(pair_stream.read_chunks(io.BytesIO(data)))
    assert [len(c[0]) for c in read] == [2, 2, 1]
    assert tuple(sum((list(c[k]) for c in read), []) for k in range(3)) == columns
    with pytest.raises(ValueError, match="cut short"):
        list(pair_stream.read_chunks(io.BytesIO(data[: -len(data) + 2])))


def test_a_run_out_of_join_order_is_refused():
    rows = [("a@1", "a", 1, 2), ("b@1", "b", 1, 2), ("c@1", "c", 1, 2)]
    run = run_of(([0.5, 0.9], ["a@1", "a@1"], ["b@1", "c@1"], rows))
    with pytest.raises(ValueError, match="join order"):
        pair_stream.join_runs([run])


@pytest.mark.parametrize("where", ["file", "memory"])
def test_runs_stored_by_windows_are_joined_from_the_store_a_chunk_at_a_time(
    where, tmp_path, monkeypatch
):
    from timeline_app.core.story import archive_run

    monkeypatch.setattr(pair_stream, "CHUNK", 2)
    events, pairs = _archive(11)
    root = f"file://{tmp_path}" if where == "file" else "memory://pair-stream-test"
    stems = [f"{root}/pairs/w{k:05d}" for k in range(4)]
    for stem, found in zip(stems, _runs(events, pairs, 11), strict=True):
        archive_run._put_run(stem, found)
    reads = []
    runs = [archive_run._run_at(stem) for stem in stems]
    counted = [
        r._replace(chunks=lambda r=r: (reads.append(c) or c for c in r.chunks())) for r in runs
    ]
    got = pair_stream.join_runs(counted).clusters()
    expected = join_scored(events, PairColumns.of(pairs))
    assert got == {eid: cid for eid, cid in expected.items() if eid in got}
    assert all(len(c[0]) <= 2 for c in reads) and len(reads) >= len(pairs) // 2
    assert {e for e, c in expected.items() if c != e} <= set(got)
