"""Merging in windows of related groups gives the whole run's clusters; oversized groups are cut."""

from __future__ import annotations

from collections import defaultdict
from datetime import date
from itertools import combinations

import pytest

from tests.core.story.test_dask_engine import _gen_corpus
from timeline_app.core.reconcile.clustering import cluster_events, lead_texts
from timeline_app.core.story.partitions import (
    OVERLAP_DAYS,
    begin_months,
    clusters_by_window,
    join_spans,
    key_counts,
    known,
    seen_by,
    sliced,
    spans,
    trimmed,
    weights,
    window_pairs,
    windows,
)
from timeline_app.core.story.pipeline import load


@pytest.fixture(scope="module")
def analyses(tmp_path_factory):
    folder = _gen_corpus().write_corpus(tmp_path_factory.mktemp("c"), 60, seed=5, paragraphs=5)
    return load([folder], workers=1).analyses


def day(y: int, m: int, d: int) -> int:
    return date(y, m, d).toordinal()


def test_runs_join_where_they_touch():
    runs = [(day(2020, 1, 1), day(2020, 1, 9), 2), (day(2020, 1, 8), day(2020, 2, 1), 3),
            (day(2020, 2, 1), day(2020, 2, 5), 1), (day(2019, 5, 1), day(2019, 5, 2), 4)]  # fmt: skip
    assert join_spans(runs) == [(day(2019, 5, 1), day(2019, 5, 2), 4),
                                (day(2020, 1, 1), day(2020, 2, 1), 5),
                                (day(2020, 2, 1), day(2020, 2, 5), 1)]  # fmt: skip


def test_groups_are_packed_whole_and_a_large_one_is_cut_by_month():
    small = [(day(2001, 1, 1), day(2001, 1, 20), 3), (day(2001, 3, 1), day(2001, 3, 9), 4)]
    big = (day(2002, 1, 1), day(2004, 1, 1), 30)
    months = {2002 * 12 + m: 1 for m in range(24)}
    months.update({2001 * 12: 3, 2001 * 12 + 2: 4})
    got = windows([*small, big], months, size=10)
    assert not got[0].split and (got[0].lo, got[0].hi) == (small[0][0], small[1][1])
    cut = got[1:]
    assert all(w.split and (w.g0, w.g1) == big[:2] for w in cut)
    assert cut[0].lo == big[0] and cut[-1].hi == big[1] and len(cut) == 3
    assert all(a.hi == b.lo for a, b in zip(cut, cut[1:], strict=False))
    assert all(date.fromordinal(w.lo).day == 1 for w in cut)


def test_whole_groups_give_the_whole_runs_clusters(analyses):
    expected = cluster_events(analyses)
    groups = spans(analyses)
    assert len(groups) > 1
    assert clusters_by_window(analyses, size=10**9) == expected
    largest = max(n for _, _, n in groups)  # several windows, none cut
    several = windows(groups, begin_months(analyses), largest)
    assert len(several) > 1 and not any(w.split for w in several)
    assert clusters_by_window(analyses, size=largest) == expected


def _pairs(clusters: dict[str, str]) -> set[tuple[str, str]]:
    members = defaultdict(list)
    for event, cluster in clusters.items():
        members[cluster].append(event)
    return {p for ids in members.values() for p in combinations(sorted(ids), 2)}


def test_a_cut_group_owns_each_event_once_and_joins_to_the_whole_runs_clusters(analyses):
    events = [e for a in analyses for e in a.events]
    size = len(events) // 6
    cut = windows(spans(analyses), begin_months(analyses), size)
    assert any(w.split for w in cut)
    assert all(sum(w.owns(e) for w in cut) == 1 for e in events)
    assert all(w.sees(e) for w in cut for e in events if w.owns(e))
    reach = [e for e in events if any(w.sees(e) and not w.owns(e) for w in cut)]
    assert reach and all(
        any(abs(e.interval.begin.toordinal() - edge) <= OVERLAP_DAYS
            or e.interval.begin.toordinal() < edge < e.interval.end.toordinal() + OVERLAP_DAYS
            for w in cut for edge in (w.lo, w.hi))
        for e in reach
    )  # fmt: skip
    got = clusters_by_window(analyses, size=size)
    assert set(got) == {e.event_id for e in events}
    expected = cluster_events(analyses)
    assert len(_pairs(expected)) > 100  # merges there are, across the cuts too
    assert got == expected


def test_all_windows_sliced_at_once_see_what_each_sees(analyses):
    events = [e for a in analyses for e in a.events]
    for size in (len(events) // 6, len(events) // 2, 10**9):
        cut = windows(spans(analyses), begin_months(analyses), size)
        expected = {w: seen_by(analyses, window) for w, window in enumerate(cut)}
        assert sliced(analyses, cut) == {w: seen for w, seen in expected.items() if seen}


def test_a_cut_window_settles_its_inner_components_and_leaves_the_rest_to_the_join(analyses):
    events = {e.event_id: e for a in analyses for e in a.events}
    cut = windows(spans(analyses), begin_months(analyses), len(events) // 6)
    idf, leads, signed = weights([key_counts(analyses)]), lead_texts(analyses), known(analyses)
    settled, named = {}, set()
    for w in (w for w in cut if w.split):
        local, (_, firsts, seconds, rows) = window_pairs(
            trimmed(seen_by(analyses, w), w), w, idf, leads, signed)
        assert all(w.owns(events[e]) and not w.shares(events[e]) for e in local)
        assert {r[0] for r in rows} == set(firsts) | set(seconds)
        settled.update(local)
        named.update(firsts)
    assert settled and named  # both roads are taken on this corpus
    expected = cluster_events(analyses)
    assert all(expected[e] == c for e, c in settled.items())


def test_a_cut_groups_join_streamed_in_chunks_of_two_pairs_gives_the_whole_runs_clusters(
    analyses, monkeypatch
):
    from timeline_app.core.story import pair_stream

    monkeypatch.setattr(pair_stream, "CHUNK", 2)
    events = sum(len(a.events) for a in analyses)
    assert clusters_by_window(analyses, size=events // 6) == cluster_events(analyses)
