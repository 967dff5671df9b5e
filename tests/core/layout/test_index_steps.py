"""The view index built a step at a time (between the event loop's turns) is the index built at
once, whatever the lane mode, filter and previous index."""

from __future__ import annotations

import numpy as np
import pytest

from timeline_app.core.layout import event_index as event_index_module
from timeline_app.core.layout.event_index import LANE_MODES, EventIndex
from timeline_app.core.resources import seeds_dir
from timeline_app.core.story.pipeline import load
from timeline_app.core.story.timeline import assemble


@pytest.fixture(scope="module")
def timeline():
    return assemble(load(sorted(seeds_dir().glob("*.txt"))).analyses)


def _state(index: EventIndex) -> tuple:
    lanes = [(lane.key, lane.title, lane.rows, lane.members.tolist(), lane.begins.tolist(),
              lane.longest) for lane in index.lanes]
    return (index.begin.tolist(), index.end.tolist(), index.article_ids.tolist(),
            index.point.tolist(), sorted(index.uncertain), lanes,
            index._source_counts().tolist())


@pytest.mark.parametrize("mode", LANE_MODES)
def test_an_index_built_in_steps_is_the_index_built_at_once(timeline, mode, monkeypatch):
    monkeypatch.setattr(event_index_module, "LANES_PER_STEP", 2)  # a yield every two lanes
    shown = {e.event_id for e in timeline.events[::2]}
    previous = EventIndex(timeline, mode)
    for kwargs in ({}, {"shown": shown}, {"previous": previous}):
        steps = EventIndex.in_steps(timeline, mode, **kwargs)
        yields = 0
        try:
            while True:
                next(steps)
                yields += 1
        except StopIteration as done:
            built = done.value
        assert isinstance(built, EventIndex) and built.timeline is timeline
        assert yields >= 3 + (len(built.lanes) > 2 and mode == "article")
        assert _state(built) == _state(EventIndex(timeline, mode, **kwargs))
        assert np.array_equal(built.shown_mask(), EventIndex(timeline, mode, **kwargs).shown_mask())


@pytest.mark.parametrize("mode", LANE_MODES)
def test_a_corrections_index_spliced_from_the_previous_one_is_the_index_built_afresh(
        timeline, mode, monkeypatch):
    from datetime import date

    from timeline_app.core.corrections.edits import SetAnchor
    from timeline_app.core.corrections.ledger import Corrections
    from timeline_app.core.story.pipeline import analyze
    from timeline_app.core.story.timeline import provisional, row_delta

    # the article with the most events, read again three weeks later: its rows leave and come
    article_id = max(timeline.analyses, key=lambda aid: len(timeline.events_of(aid)))
    before = timeline.analyses[article_id]
    corrections = Corrections()
    corrections.apply(SetAnchor(article_id, date(2024, 2, 1)))
    analyses = dict(timeline.analyses)
    analyses[article_id] = analyze(before.article, corrections.anchor_for(before.article))
    corrected = provisional(timeline, analyses, [article_id], corrections)
    rows = row_delta(timeline.events, corrected.events, [article_id])
    assert rows.gone and rows.came and rows.gone != rows.came  # (its events moved)
    previous = EventIndex(timeline, mode)
    with monkeypatch.context() as patched:  # no pass over every event: the arrays are spliced
        patched.setattr(EventIndex, "_per_event", None)
        patched.setattr(EventIndex, "_source_counts_in_steps", None)  # the touched clusters'
        spliced = EventIndex(corrected, mode, previous=previous, rows=rows)
    assert _state(spliced) == _state(EventIndex(corrected, mode))
    for name in ("begin", "end", "article_ids"):
        assert getattr(spliced, name).dtype == getattr(EventIndex(corrected, mode), name).dtype
    # rows of another change (not from this previous index) are not used
    other = row_delta(corrected.events, timeline.events, [article_id])
    assert _state(EventIndex(corrected, mode, previous=previous, rows=other)) == _state(spliced)


def test_rows_a_check_changed_in_place_are_read_again_in_the_spliced_index(timeline):
    from dataclasses import replace

    from timeline_app.core.story.timeline import changed_rows

    events = list(timeline.events)
    row = len(events) // 2
    event = events[row]
    later = replace(event.mention.interval, begin=event.mention.interval.begin.replace(year=1999),
                    end=event.mention.interval.end.replace(year=1999))
    events[row] = replace(event, mention=replace(event.mention, interval=later))
    checked = replace(timeline, events=events)
    rows = changed_rows(timeline.events, events)
    assert rows is not None and rows.changed == [row]
    previous = EventIndex(timeline)
    spliced = EventIndex(checked, previous=previous, rows=rows)
    assert _state(spliced) == _state(EventIndex(checked))
    assert spliced.begin[row] != previous.begin[row]


@pytest.mark.parametrize("mode", ["article", "cluster"])
def test_a_checks_new_clusters_are_counted_again_in_the_spliced_index(timeline, mode,
                                                                        monkeypatch):
    from dataclasses import replace

    from timeline_app.core.story.timeline import changed_rows

    events = list(timeline.events)
    # an event joins another article's cluster: that cluster's count and its old one's change
    first = next(i for i, e in enumerate(events) if e.cluster_id)
    other = next(i for i, e in enumerate(events)
                 if e.article_id != events[first].article_id and e.cluster_id)
    events[other] = replace(events[other], cluster_id=events[first].cluster_id)
    checked = replace(timeline, events=events)
    rows = changed_rows(timeline.events, events)
    assert rows is not None and rows.changed == [other]
    previous = EventIndex(timeline, mode)
    with monkeypatch.context() as patched:
        patched.setattr(EventIndex, "_source_counts_in_steps", None)
        spliced = EventIndex(checked, mode, previous=previous, rows=rows)
    assert _state(spliced) == _state(EventIndex(checked, mode))
    assert _state(spliced) != _state(previous)
