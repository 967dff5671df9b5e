"""The event index and frames over the synthetic story (core tier: no QApplication)."""

from __future__ import annotations

from datetime import date

import numpy as np
import pytest

from tests.gui.timeline import story
from timeline_app.core.layout.event_index import EventIndex
from timeline_app.core.layout.frame import build_frame
from timeline_app.core.layout.metrics import TimeScale, from_days, to_days


@pytest.fixture
def timeline():
    return story.timeline()


def measure(text: str) -> float:
    return 7.0 * len(text)


def test_lanes_by_article_in_publication_order(timeline):
    idx = EventIndex(timeline)
    assert [lane.key for lane in idx.lanes] == ["a1", "a2", "a3", "a4", "a5"]
    assert idx.lanes[1].title == "A short history of the Harbor Bridge"
    assert sum(len(lane.members) for lane in idx.lanes) == len(timeline.events)


def test_lane_modes(timeline):
    idx = EventIndex(timeline, "granularity")
    assert [lane.key for lane in idx.lanes][:3] == ["day", "week", "month"]
    idx.set_lane_mode("single")
    assert len(idx.lanes) == 1 and len(idx.lanes[0].members) == 40
    idx.set_lane_mode("cluster")  # one item per happening reported by several articles
    assert len(idx.lanes[0].members) == len(timeline.clusters())
    with pytest.raises(ValueError):
        idx.set_lane_mode("nope")


def test_query_matches_a_scan(timeline):
    idx = EventIndex(timeline)
    d0, d1 = to_days(date(1950, 6, 1)), to_days(date(2023, 10, 10))
    for lane in idx.lanes:
        got = set(idx.query(lane, d0, d1).tolist())
        want = {int(r) for r in lane.members if idx.end[r] > d0 and idx.begin[r] < d1}
        assert got == want


def test_filter_and_sources(timeline):
    idx = EventIndex(timeline)
    some = {e.event_id for e in timeline.events[:5]}
    idx.set_shown(some)
    assert {idx.events[r].event_id for r in idx.shown_rows()} == some
    vote = next(r for r, e in enumerate(idx.events) if e.cluster_id == "c-vote")
    assert idx.source_count(vote) == 3
    assert idx.uncertain == {"a5"}


def test_frame_lays_out_every_event_in_view(timeline):
    idx = EventIndex(timeline)
    s = TimeScale(date(1890, 1, 1), date(2030, 1, 1), 1600)
    frame = build_frame(idx, s, measure)
    placed = [k for lf in frame.lanes for item in lf.layout.items for k in item.keys]
    assert sorted(placed) == list(range(40))
    assert frame.height == pytest.approx(sum(lf.height for lf in frame.lanes))


def test_frame_culls_lanes_below_the_band(timeline):
    idx = EventIndex(timeline)
    s = TimeScale(date(1890, 1, 1), date(2030, 1, 1), 1600)
    frame = build_frame(idx, s, measure, y0=0, y1=50)
    assert frame.lanes[0].layout is not None and frame.lanes[-1].layout is None


def test_crowded_lanes_draw_density_without_losing_events():
    from tests.gui.timeline.synth import big_timeline

    tl = big_timeline(20000, articles=4)
    idx = EventIndex(tl)
    s = TimeScale(date(1940, 1, 1), date(2030, 1, 1), 1000)
    frame = build_frame(idx, s, measure)
    assert all(lf.density is not None for lf in frame.lanes)
    assert sum(int(lf.density.sum()) for lf in frame.lanes) == pytest.approx(20000, abs=40)
    assert np.all(np.concatenate([lf.density for lf in frame.lanes]) >= 0)


def test_story_spans_cut_coarse_tails_to_the_story(timeline):
    idx = EventIndex(timeline)
    spans = idx.story_spans()
    century = idx.row_of[next(e.event_id for e in timeline.events if e.label.startswith("Harbor"))]
    # "the 20th century" (1900-2000) in a story whose dated events run 1948-2025
    assert from_days(spans[century, 0]) == date(1948, 5, 14)
    assert from_days(spans[century, 1] - 1) == date(1999, 12, 31)
    b, e = idx.story_extent()
    assert from_days(b) == date(1948, 5, 14) and from_days(e - 1) == date(2025, 6, 11)
    decade = idx.row_of[next(e.event_id for e in timeline.events if e.label.startswith("Traffic"))]
    assert tuple(spans[decade]) == (idx.begin[decade], idx.end[decade])  # inside: kept whole


def test_a_tail_after_the_story_takes_a_year_at_most():
    from tests.gui.timeline.story import G, analyses
    from timeline_app.core.model import Timeline, sort_key

    rows = [("a1", date(2023, 10, 2), G.DAY, "October 2", "Bridge closed", ""),
            ("a1", date(2023, 11, 1), G.MONTH, "next month", "Tender opens", ""),
            ("a1", date(2020, 1, 1), G.DECADE, "this decade", "Traffic doubles", ""),
            ("a1", date(2000, 1, 1), G.CENTURY, "this century", "Port grows", "")]  # fmt: skip
    found = analyses(rows, [("a1", "Bridge", date(2023, 10, 18), None)])
    events = sorted((e for a in found for e in a.events), key=sort_key)
    idx = EventIndex(Timeline(analyses={a.article.id: a for a in found}, events=events))
    b, e = idx.story_extent()
    assert from_days(e) <= date(2024, 12, 2)  # not 2030, not 2100
    assert from_days(b) >= date(2022, 10, 1)


def test_lanes_with_nothing_in_view_fold_to_their_title(timeline):
    from timeline_app.core.layout.frame import FOLDED_H, lane_height

    idx = EventIndex(timeline)
    scale = TimeScale(date(2025, 5, 25), date(2025, 6, 15), 1000)  # only a5 reports these days
    frame = build_frame(idx, scale, measure, fold=True)
    folded = {lf.lane.key for lf in frame.lanes if lf.folded}
    assert folded == {"a1", "a2", "a3", "a4"}
    assert all(lf.height == FOLDED_H for lf in frame.lanes if lf.folded)
    a5 = frame.lanes[-1]
    assert a5.y == 4 * FOLDED_H and a5.layout is not None and a5.layout.items
    assert frame.height == 4 * FOLDED_H + lane_height(a5.lane)
    unfolded = build_frame(idx, scale, measure)  # without fold: heights stay as they were
    assert not any(lf.folded for lf in unfolded.lanes) and unfolded.lanes[-1].y > 4 * FOLDED_H
