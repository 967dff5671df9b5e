"""The index's lanes in one sort: each lane's events by begin, ties in event order, as a filter
of the whole story per lane gives them."""

from __future__ import annotations

import numpy as np
import pytest

from timeline_app.core.layout.event_index import LANE_MODES, EventIndex
from timeline_app.core.resources import seeds_dir
from timeline_app.core.story.pipeline import load
from timeline_app.core.story.timeline import assemble


@pytest.fixture(scope="module")
def timeline():
    return assemble(load(sorted(seeds_dir().glob("*.txt"))).analyses)


def _by_filtering(index: EventIndex) -> list[list[int]]:
    """Each lane's members, a pass over every event per lane (the definition)."""
    keys, of = index._lane_keys()
    lane_of = np.array([dict((k, n) for n, (k, _) in enumerate(keys))[o] for o in of])
    mask = index.shown_mask()
    if index.lane_mode == "cluster":
        clusters = np.array([e.cluster_id or e.event_id for e in index.events], object)
        firsts = np.zeros(len(index), bool)
        firsts[np.unique(clusters, return_index=True)[1]] = True
        mask &= firsts
    order = np.argsort(index.begin, kind="stable")
    lanes = [order[(lane_of[order] == n) & mask[order]].tolist() for n in range(len(keys))]
    return [lane for lane in lanes if lane]


@pytest.mark.parametrize("mode", LANE_MODES)
def test_lanes_are_those_of_filtering_the_story_per_lane(timeline, mode):
    assert len({e.interval.begin for e in timeline.events}) < len(timeline.events)  # ties
    index = EventIndex(timeline, mode)
    assert [lane.members.tolist() for lane in index.lanes] == _by_filtering(index)
    some = {e.event_id for e in timeline.events[::3]}
    index.set_shown(some)
    assert [lane.members.tolist() for lane in index.lanes] == _by_filtering(index)
    assert all(np.array_equal(lane.begins, index.begin[lane.members]) for lane in index.lanes)


def test_an_index_after_a_change_keeps_the_titles_of_the_same_articles(timeline):
    before = EventIndex(timeline)
    after = EventIndex(timeline, previous=before)
    assert after._titles[1] is before._titles[1]
    assert [(lane.key, lane.title) for lane in after.lanes] == [
        (lane.key, lane.title) for lane in before.lanes]
    fewer = type(timeline)({k: a for k, a in list(timeline.analyses.items())[1:]},
                           [e for e in timeline.events if e.article_id in
                            list(timeline.analyses)[1:]])
    titled_again = EventIndex(fewer, previous=before)
    assert titled_again._titles[1] is not before._titles[1]  # other articles: titled afresh
    assert [lane.title for lane in titled_again.lanes] == [
        lane.title for lane in EventIndex(fewer).lanes]


@pytest.mark.parametrize("mode", LANE_MODES)
def test_every_lanes_count_at_once_is_each_lanes_count(timeline, mode):
    """``lane_counts`` (what a folded layout asks of every lane) is ``count`` lane by lane, on
    windows that start and end inside events, on their edges and beyond the story."""
    index = EventIndex(timeline, mode)
    days = sorted({*index.begin.tolist(), *index.end.tolist()})
    rng = np.random.default_rng(7)
    windows = [(d, d + w) for d in days[::3] for w in (0.5, 1.0, 30.0, 400.0)]
    windows += [tuple(sorted(rng.uniform(days[0] - 50, days[-1] + 50, 2))) for _ in range(50)]
    for shown in (None, {e.event_id for e in timeline.events[::4]}):
        index.set_shown(shown)
        for d0, d1 in windows:
            want = [index.count(lane, d0, d1) for lane in index.lanes]
            assert index.lane_counts(d0, d1).tolist() == want
    assert any(index.lane_counts(d0, d1).any() for d0, d1 in windows)
