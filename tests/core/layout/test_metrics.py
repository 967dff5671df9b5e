"""Time <-> pixel maths and the compressed axis (core tier: no QApplication)."""

from __future__ import annotations

from datetime import date

import pytest

from timeline_app.core.layout.metrics import AxisMap, TimeScale, from_days, to_days


def d(y: int, m: int = 1, dd: int = 1) -> float:
    return to_days(date(y, m, dd))


def test_x_of_and_date_at_round_trip():
    s = TimeScale(date(2023, 1, 1), date(2024, 1, 1), 365)
    assert s.x_of(date(2023, 1, 1)) == pytest.approx(0)
    assert s.x_of(date(2023, 7, 2)) == pytest.approx(182)
    assert s.date_at(182.5) == date(2023, 7, 2)
    assert s.visible_range() == (date(2023, 1, 1), date(2024, 1, 1))


def test_zoom_keeps_the_time_under_the_cursor():
    s = TimeScale(date(2000, 1, 1), date(2010, 1, 1), 1000)
    at = s.days_at(300)
    s.zoom(4.0, 300)
    assert s.days_at(300) == pytest.approx(at)
    assert s.end_days - s.begin_days == pytest.approx((d(2010) - d(2000)) / 4)


def test_pan_moves_by_pixels():
    s = TimeScale(date(2000, 1, 1), date(2000, 1, 11), 100)  # 10 px per day
    s.pan(50)
    assert s.begin_days == pytest.approx(d(2000) + 5)


def test_zoom_is_bounded_from_days_to_centuries():
    s = TimeScale(date(2000, 1, 1), date(2001, 1, 1), 1000)
    s.zoom(1e6, 500)
    assert s.end_days - s.begin_days == pytest.approx(TimeScale.MIN_VISIBLE_DAYS)
    s.zoom(1e-9, 500)
    assert s.end_days - s.begin_days <= TimeScale.MAX_VISIBLE_DAYS + 1
    assert date(1, 1, 1) <= s.visible_range()[0]


def test_dates_clamp_to_what_date_holds():
    assert from_days(-5) == date(1, 1, 1)
    assert from_days(1e9) == date(9999, 12, 31)


STORY = [(d(1948, 5, 14), d(1948, 5, 15)), (d(1967, 3, 1), d(1967, 6, 1)),
         (d(1973, 10, 1), d(1974, 1, 1))] + [(d(2023, 10, k), d(2023, 10, k + 1)) for k in range(1, 29)]  # fmt: skip


def test_compressed_axis_collapses_long_gaps_to_one_width():
    axis = AxisMap.compressed(STORY)
    assert len(axis.gaps) == 3
    widths = {round(g.u1 - g.u0, 6) for g in axis.gaps}
    assert len(widths) == 1  # every gap the same width, whatever its length
    assert all(g.end - g.begin > (g.u1 - g.u0) for g in axis.gaps)


def test_compressed_axis_is_monotonic_and_invertible():
    axis = AxisMap.compressed(STORY)
    xs = [d(1900) + k * 97.3 for k in range(500)]
    us = [axis.units(x) for x in xs]
    assert all(b > a for a, b in zip(us, us[1:], strict=False))
    for x in xs:
        assert axis.days(axis.units(x)) == pytest.approx(x)


def test_busy_groups_get_more_room_than_quiet_ones():
    axis = AxisMap.compressed(STORY)
    busy = axis.units(d(2023, 10, 29)) - axis.units(d(2023, 10, 1))
    quiet = axis.units(d(1948, 5, 15)) - axis.units(d(1948, 4, 17))
    assert busy > 3 * quiet


@pytest.mark.parametrize(
    "long", [(d(1900), d(2000)), (d(1960), d(1970)), (d(1950), d(1951)), (d(1975), d(2024))]
)
def test_a_gap_never_falls_inside_an_event(long):
    axis = AxisMap.compressed([*STORY, long])
    assert axis.gaps or long[1] - long[0] > 20000
    for b, e in [*STORY, long]:
        assert not [g for g in axis.gaps if b < g.end and g.begin < e], (b, e)


def test_one_group_or_one_event_needs_no_compression():
    assert AxisMap.compressed(
        [(d(2023, 10, k), d(2023, 10, k + 1)) for k in range(1, 9)]
    ).is_identity
    assert AxisMap.compressed([(d(2023), d(2024))]).is_identity


def test_segments_leave_out_the_gaps():
    axis = AxisMap.compressed(STORY)
    segs = axis.segments(d(1940), d(2030))
    for a, b, _ in segs:
        assert not any(g.begin <= a and b <= g.end for g in axis.gaps)
    covered = sum(b - a for a, b, _ in segs) + sum(g.end - g.begin for g in axis.gaps)
    assert covered == pytest.approx(d(2030) - d(1940))


def test_scale_keeps_visible_days_when_switching_axis():
    s = TimeScale(date(2023, 10, 1), date(2023, 11, 1), 800)
    s.set_axis(AxisMap.compressed(STORY))
    assert s.visible_range() == (date(2023, 10, 1), date(2023, 11, 1))
    assert s.x_of(date(2023, 10, 1)) == pytest.approx(0)
