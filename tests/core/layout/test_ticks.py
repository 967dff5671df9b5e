"""Adaptive ticks: the right unit for the zoom, readable labels, never overlapping."""

from __future__ import annotations

from datetime import date

import pytest

from timeline_app.core.layout.metrics import AxisMap, TimeScale, to_days
from timeline_app.core.layout.ticks import axis_ticks, choose_levels, default_measure, ticks


def _no_overlap(items):
    ends = [(t.x, t.x + default_measure(t.label)) for t in items if t.label]
    return all(b[0] >= a[1] for a, b in zip(ends, ends[1:], strict=False))


@pytest.mark.parametrize(
    ("begin", "end", "minor", "major", "sample_minor", "sample_major"),
    [
        (date(2023, 10, 16), date(2023, 10, 23), "day", "month-major", "Wed 18", "Oct 2023"),
        (date(2023, 9, 1), date(2023, 12, 1), "week", "month-major", "16", "Oct 2023"),
        (date(2022, 1, 1), date(2024, 1, 1), "month", "year-major", "Oct", "2023"),
        (date(1955, 1, 1), date(1975, 1, 1), "year", "decade-major", "1967", "1960s"),
        (date(1700, 1, 1), date(2025, 1, 1), "decade-2", "century-major", "1960", "20th century"),
    ],
)
def test_levels_follow_the_zoom(begin, end, minor, major, sample_minor, sample_major):
    s = TimeScale(begin, end, 1200)
    lo, hi = choose_levels(s.px_per_day())
    assert (lo.name, hi.name if hi else None) == (minor, major)
    minors, majors = axis_ticks(s)
    assert sample_minor in [t.label for t in minors]
    assert sample_major in [t.label for t in majors + _left_major(s)]


def _left_major(s: TimeScale):
    _, major = choose_levels(s.px_per_day())
    return [] if major is None else ticks(s.begin_days, s.end_days, s.px_per_day())[1]


def test_decades_are_labelled_as_decades():
    s = TimeScale(date(1900, 1, 1), date(2030, 1, 1), 700)
    minors, _ = axis_ticks(s)
    assert "1950s" in [t.label for t in minors]


@pytest.mark.parametrize("days", [3, 10, 40, 200, 900, 4000, 20000, 80000, 300000])
@pytest.mark.parametrize("width", [300, 900, 1600])
def test_labels_never_overlap(days, width):
    s = TimeScale(to_days(date(1950, 3, 7)), to_days(date(1950, 3, 7)) + days, width)
    minors, majors = axis_ticks(s)
    assert minors
    assert _no_overlap(minors) and _no_overlap(majors)
    assert [t for t in minors if t.label]
    assert all(0 <= t.x and t.x + default_measure(t.label) <= width for t in minors + majors)


def test_ticks_skip_collapsed_gaps():
    spans = [(to_days(date(1948, 5, 14)), to_days(date(1948, 5, 15))),
             (to_days(date(2023, 10, 1)), to_days(date(2023, 11, 1)))]  # fmt: skip
    axis = AxisMap.compressed(spans)
    s = TimeScale(date(1947, 1, 1), date(2024, 6, 1), 1400, axis)
    minors, majors = axis_ticks(s)
    gap = axis.gaps[0]
    assert not [t for t in minors + majors if gap.begin < t.days < gap.end]
    assert _no_overlap(majors)
    x0, x1 = s.x_of_units(gap.u0), s.x_of_units(gap.u1)
    assert not [t for t in minors if t.label and t.x < x1 and t.x + default_measure(t.label) > x0]
    assert _no_overlap(minors)
    labels = [t.label for t in minors + majors]
    assert any("1948" in x for x in labels) and any("2023" in x or x == "Oct" for x in labels)


def test_years_before_1000_and_near_9999():
    minors, _ = ticks(to_days(date(5, 1, 1)), to_days(date(60, 1, 1)), 0.1)
    assert minors[0].label in {"1", "5", "10"} or minors
    s = TimeScale(date(9990, 1, 1), date(9999, 12, 31), 800)
    assert axis_ticks(s)[0]
