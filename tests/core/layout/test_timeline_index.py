"""The in-memory and the Parquet index give the same answers on the same events."""

from __future__ import annotations

from datetime import date

import numpy as np
import pytest

from tests.gui.timeline.synth import big_timeline
from timeline_app.core.layout.archive_index import ArchiveIndex, load_archive
from timeline_app.core.layout.event_index import EventIndex
from timeline_app.core.layout.frame import build_frame
from timeline_app.core.layout.metrics import AxisMap, TimeScale
from timeline_app.core.layout.timeline_index import TimelineIndex
from timeline_app.core.storage.parquet import write_parquet

RANGES = [
    (date(1950, 1, 1), date(2030, 1, 1)),
    (date(2010, 1, 1), date(2010, 6, 1)),
    (date(2020, 3, 1), date(2020, 3, 20)),
    (date(1961, 5, 2), date(1961, 5, 3)),
]


@pytest.fixture(scope="module")
def pair(tmp_path_factory) -> tuple[EventIndex, ArchiveIndex]:
    timeline = big_timeline(3000, seed=11)
    directory = tmp_path_factory.mktemp("pair") / "events"
    write_parquet(timeline, directory)
    archive = load_archive(directory)
    assert archive is not None
    return EventIndex(timeline, "granularity"), archive


def _ids(index: TimelineIndex, rows: np.ndarray) -> list[str]:
    return sorted(index.event_id(int(r)) for r in rows)


def test_both_are_timeline_indexes(pair):
    assert all(isinstance(index, TimelineIndex) for index in pair)


@pytest.mark.parametrize("mode", ["granularity", "single"])
def test_same_lanes_ranges_and_counts(pair, mode):
    memory, archive = pair
    memory.set_lane_mode(mode)
    archive.set_lane_mode(mode)
    assert len(memory) == len(archive) == 3000
    lanes = [(lane.key, lane.title, lane.rows) for lane in memory.lanes]
    assert lanes == [(lane.key, lane.title, lane.rows) for lane in archive.lanes]
    for a, b in zip(memory.lanes, archive.lanes, strict=True):
        for begin, end in RANGES:
            d0, d1 = begin.toordinal() + 0.25, end.toordinal() + 0.5
            rows_m, rows_a = memory.query(a, d0, d1), archive.query(b, d0, d1)
            assert _ids(memory, rows_m) == _ids(archive, rows_a)
            assert memory.count(a, d0, d1) == archive.count(b, d0, d1) == len(rows_m)
            # sorted by begin, both
            assert np.all(np.diff(memory.begin[rows_m]) >= 0)
            assert np.all(np.diff(archive.begin[rows_a]) >= 0)
    total = sum(memory.count(lane, 0, 1e7) for lane in memory.lanes)
    assert total == len(memory)


def test_same_event_by_id(pair):
    memory, archive = pair
    for event in memory.events[::97]:
        m, a = memory.find(event.event_id), archive.find(event.event_id)
        assert m is not None and a is not None
        assert archive.event_id(a) == memory.event_id(m) == event.event_id
        assert archive.label(a) == memory.label(m) == event.label
        assert archive.granularity(a) == memory.granularity(m)
        assert (archive.begin[a], archive.end[a]) == (memory.begin[m], memory.end[m])
        assert archive.point[a] == memory.point[m]
        assert memory.lanes[memory.lane_of_event(m)].key == (
            archive.lanes[archive.lane_of_event(a)].key
        )
        assert event.label in archive.tooltip(a) and event.label in archive.caption(a)
    assert memory.find("no such event") is None and archive.find("no such event") is None


@pytest.mark.parametrize("compressed", [False, True])
def test_same_density_overview_extent_and_frame(pair, compressed):
    memory, archive = pair
    memory.set_lane_mode("granularity")
    archive.set_lane_mode("granularity")
    assert memory.story_extent() == archive.story_extent()
    np.testing.assert_array_equal(
        np.sort(memory.story_spans(), axis=0), np.sort(archive.story_spans(), axis=0)
    )
    axis = AxisMap.compressed(memory.story_spans()) if compressed else AxisMap.identity()
    seen = {"density": 0, "items": 0}
    for begin, end in RANGES:
        scale = TimeScale(begin, end, 1003, axis)
        for a, b in zip(memory.lanes, archive.lanes, strict=True):
            np.testing.assert_array_equal(
                memory.density(a, scale, 3.0), archive.density(b, scale, 3.0)
            )
        full = TimeScale(begin, end, 800, axis)
        np.testing.assert_array_equal(memory.overview(full, 400), archive.overview(full, 400))
        # the frame the view draws: the same lanes, counts, density and placed labels
        fm = build_frame(memory, scale, lambda s: 7.0 * len(s), fold=True)
        fa = build_frame(archive, scale, lambda s: 7.0 * len(s), fold=True)
        assert [(lf.lane.key, lf.y, lf.count, lf.folded) for lf in fm.lanes] == [
            (lf.lane.key, lf.y, lf.count, lf.folded) for lf in fa.lanes
        ]
        for lm, la in zip(fm.lanes, fa.lanes, strict=True):
            assert (lm.density is None) == (la.density is None)
            if lm.density is not None:
                np.testing.assert_array_equal(lm.density, la.density)
                seen["density"] += 1
            if lm.layout is not None:
                placed = lambda lf, ix: sorted(  # noqa: E731
                    (ix.event_id(int(p.keys[0])), p.row, p.x0, p.x1, p.label_w)
                    for p in lf.layout.items if not p.cluster
                )  # fmt: skip
                assert placed(lm, memory) == placed(la, archive)
                seen["items"] += len(lm.layout.items)
    assert seen["density"] >= 2 and seen["items"] >= 20  # both levels of detail compared


def test_an_unknown_lane_mode_changes_nothing(pair):
    for index in pair:
        before = index.lane_mode
        with pytest.raises(ValueError):
            index.set_lane_mode("nonsense")
        assert index.lane_mode == before
