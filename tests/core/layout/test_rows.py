"""Lane layout: rows without overlapping labels, crowds counted, nothing dropped."""

from __future__ import annotations

import random

import pytest

from timeline_app.core.layout.rows import LABEL_GAP, Mark, layout_lane


def measure(text: str) -> float:
    return 7.0 * len(text)


def _check(marks, out, max_rows, clip_right=float("inf")):
    keys = [k for item in out.items for k in item.keys]
    assert sorted(keys) == sorted(m.key for m in marks)  # nothing dropped, nothing twice
    assert out.rows <= max_rows
    by_row: dict[int, list] = {}
    for item in out.items:
        by_row.setdefault(item.row, []).append(item)
        if item.label_w and not item.cluster:
            assert item.label_x + item.label_w <= clip_right + 1e-6
            assert item.label_x >= 0
    for items in by_row.values():
        items.sort(key=lambda i: i.left)
        for a, b in zip(items, items[1:], strict=False):
            assert b.left >= a.right + LABEL_GAP - 1e-6, (a, b)


def test_separate_events_share_one_row():
    marks = [Mark(i, 100.0 * i, 100.0 * i, True, "ab") for i in range(5)]
    out = layout_lane(marks, measure)
    assert out.rows == 1 and not any(i.cluster for i in out.items)
    _check(marks, out, 5)


def test_long_labels_push_neighbours_down():
    marks = [Mark(i, 40.0 * i, 40.0 * i, True, "a long label here") for i in range(3)]
    out = layout_lane(marks, measure)
    assert [i.row for i in out.items] == [0, 1, 2]
    _check(marks, out, 5)


def test_a_crowd_collapses_into_one_counted_cluster():
    marks = [Mark(i, 200.0 + i * 0.5, 200.0 + i * 0.5, True, "x") for i in range(9)]
    out = layout_lane(marks, measure, max_rows=3)
    clusters = [i for i in out.items if i.cluster]
    assert len(clusters) == 1
    assert clusters[0].label == f"+{len(clusters[0].keys)}"
    _check(marks, out, 3)


def test_labels_near_the_right_edge_end_at_their_mark_or_are_elided():
    marks = [
        Mark(0, 980.0, 980.0, True, "ends at the mark"),
        Mark(1, 5.0, 2000.0, False, "w" * 400),
    ]
    out = layout_lane(marks, measure, clip_right=1000.0, max_label=5000)
    a = next(i for i in out.items if i.keys == [0])
    assert a.label_x + a.label_w <= 1000 and a.label_x < 980
    b = next(i for i in out.items if i.keys == [1])
    assert b.label_x >= 0 and b.label_x + b.label_w <= 1000
    _check(marks, out, 5, clip_right=1000.0)


def test_bars_starting_off_screen_keep_their_label_in_view():
    out = layout_lane([Mark(0, -5000.0, 300.0, False, "a decade")], measure, clip_left=0.0)
    assert out.items[0].label_x >= 0


@pytest.mark.parametrize("seed", range(20))
def test_random_lanes_never_overlap_and_never_drop(seed):
    rng = random.Random(seed)
    marks = []
    for k in range(rng.randint(1, 300)):
        x = rng.uniform(-200, 1500)
        point = rng.random() < 0.6
        x1 = x if point else x + rng.choice([2, 30, 300, 3000])
        marks.append(Mark(k, x, x1, point, "e" * rng.randint(0, 40), rng.choice([0.0, 24.0])))
    marks.sort(key=lambda m: m.x0)
    rows = rng.randint(1, 6)
    out = layout_lane(marks, measure, max_rows=rows, clip_right=1400.0)
    _check(marks, out, rows, clip_right=1400.0)


def test_a_lone_event_with_no_room_never_becomes_a_cluster_of_one():
    marks = [Mark(i, 100.0 + i * 0.2, 100.0 + i * 0.2, True, "label") for i in range(4)]
    marks.append(Mark(9, 104.0, 104.0, True, "late"))
    out = layout_lane(marks, measure, max_rows=2)
    assert all(len(i.keys) > 1 for i in out.items if i.cluster)
    _check(marks, out, 2)


def test_long_bars_leave_rows_to_the_precise_events_they_span():
    years = [Mark(100 + k, -50.0, 1500.0, False, f"year {k}") for k in range(8)]
    days = [Mark(k, 100.0 + 150 * k, 100.0 + 150 * k, True, f"day {k}") for k in range(6)]
    marks = sorted(years + days, key=lambda m: m.x0)
    out = layout_lane(marks, measure, max_rows=5, clip_right=1400.0)
    alone = [i for i in out.items if not i.cluster]
    assert {k for i in alone for k in i.keys} >= set(range(6))  # every day event shown itself
    year_rows = {i.row for i in out.items if i.keys[0] >= 100}
    day_rows = {i.row for i in out.items if i.keys[0] < 100}
    assert min(year_rows) > max(day_rows)  # the years below, in the rows the days leave
    _check(marks, out, 5, clip_right=1400.0)


def test_what_several_sources_report_is_never_swallowed_by_a_crowd():
    # six single-source events crowd the rows before the one several sources report
    singles = [Mark(k, 100.0 + 0.5 * k, 100.0 + 0.5 * k, True, "a single report") for k in range(6)]
    shared = Mark(99, 102.2, 102.2, True, "reported by four", extra=24.0)
    marks = sorted([*singles, shared], key=lambda m: m.x0)
    out = layout_lane(marks, measure, max_rows=3)
    alone = next(i for i in out.items if i.keys == [99])
    assert not alone.cluster and alone.label_w > 0
    assert any(i.cluster for i in out.items)  # the singles pay for it
    _check(marks, out, 3)
    before = layout_lane([m if m.key != 99 else Mark(99, 102.2, 102.2, True,
                          "reported by four") for m in marks], measure, max_rows=3)  # fmt: skip
    assert any(99 in i.keys and i.cluster for i in before.items)  # without the badge
