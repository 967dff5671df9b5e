"""The axis never contradicts itself: a period's label stands only over ticks inside it.

Read as a person reads an axis: a major label ("2010s", "21st century", "Oct 2023") names every
minor tick after it until the next major tick or a collapsed gap.
"""

from __future__ import annotations

import re
from datetime import date

import pytest

from timeline_app.core.layout.metrics import AxisMap, TimeScale, from_days, to_days
from timeline_app.core.layout.ticks import Tick, axis_ticks, default_measure

_MONTHS = {m: i for i, m in enumerate(
    "Jan Feb Mar Apr May Jun Jul Aug Sep Oct Nov Dec".split(), 1)}  # fmt: skip


def _period(label: str) -> tuple[date, date]:
    """``[first, last]`` day a major label names."""
    if m := re.fullmatch(r"(\d+)(?:st|nd|rd|th) century", label):
        c = int(m.group(1))
        return date(max(1, (c - 1) * 100), 1, 1), date(c * 100 - 1, 12, 31)
    if m := re.fullmatch(r"(\d+)s", label):
        y = int(m.group(1))
        return date(y, 1, 1), date(y + 9, 12, 31)
    if m := re.fullmatch(r"(\w{3}) (\d+)", label):
        y, mo = int(m.group(2)), _MONTHS[m.group(1)]
        end = date(y + (mo == 12), mo % 12 + 1, 1)
        return date(y, mo, 1), date.fromordinal(end.toordinal() - 1)
    y = int(label)
    return date(y, 1, 1), date(y, 12, 31)


def _contradictions(scale: TimeScale) -> list[str]:
    minors, majors = axis_ticks(scale)
    # read on until the next label of a period: above, or below where the one above found no
    # room (a period's first tick then carries its name), or a collapsed gap
    silent = {t.days for t in majors if not t.label}
    stops = sorted(
        [t.x for t in majors if t.label]
        + [t.x for t in minors if t.days in silent and t.label]
        + [scale.x_of_units(g.u0) for g in scale.axis.gaps]
    )
    wrong = []
    for major in (t for t in majors if t.label):
        first, last = _period(major.label)
        until = min((s for s in stops if s > major.x + 0.5), default=scale.width)
        for minor in minors:  # the ticks a reader reads: those with a label
            if minor.label and major.x - 0.5 <= minor.x < until - 0.5:
                day = from_days(minor.days)
                if not first <= day <= last:
                    wrong.append(f"{major.label!r} over {day}")
    return wrong


def _story(*spans: tuple[date, date]) -> AxisMap:
    return AxisMap.compressed([(to_days(b), to_days(e)) for b, e in spans])


STORIES = [
    # one event in 1948, a few years in the late 2010s, a busy autumn in 2023
    _story((date(1948, 1, 1), date(1949, 1, 1)), (date(2016, 1, 1), date(2017, 1, 1)),
           (date(2018, 1, 1), date(2019, 1, 1)), (date(2019, 6, 1), date(2019, 7, 1)),
           (date(2023, 10, 18), date(2023, 10, 19)), (date(2023, 10, 19), date(2023, 10, 20))),
    _story((date(1905, 5, 1), date(1905, 6, 1)), (date(1999, 12, 1), date(2000, 1, 1)),
           (date(2001, 3, 3), date(2001, 3, 4)), (date(2001, 9, 1), date(2001, 10, 1))),
    AxisMap.identity(),
]  # fmt: skip


@pytest.mark.parametrize("axis", STORIES)
@pytest.mark.parametrize("width", [500, 900, 1500])
@pytest.mark.parametrize("zoom", [1.0, 3.0, 12.0, 60.0, 400.0])
def test_no_label_contradicts_the_ticks_under_it(axis, width, zoom):
    begin, end = to_days(date(1940, 1, 1)), to_days(date(2026, 1, 1))
    scale = TimeScale(begin, end, width, axis)
    for centre in (date(1948, 6, 1), date(2016, 3, 1), date(2019, 6, 20), date(2023, 10, 18)):
        scale.set_range(begin, end)
        scale.zoom(zoom, scale.x_of(to_days(centre)))
        assert _contradictions(scale) == [], (width, zoom, centre)


def test_the_late_2010s_are_not_called_the_20th_century():
    scale = TimeScale(date(1946, 1, 1), date(2024, 6, 1), 1000, STORIES[0])
    minors, majors = axis_ticks(scale)
    x2016 = scale.x_of(to_days(date(2016, 1, 1)))
    before = [t for t in majors if t.label and t.x <= x2016]
    assert before and before[-1].label != "20th century"
    assert not _contradictions(scale)


@pytest.mark.parametrize("width", [400, 800, 1400])
@pytest.mark.parametrize(
    ("begin", "end"),
    [(date(2023, 2, 3), date(2023, 5, 20)), (date(2023, 10, 1), date(2023, 10, 25)),
     (date(2023, 11, 20), date(2024, 2, 10)), (date(1999, 3, 1), date(1999, 4, 2))],
)  # fmt: skip
def test_month_and_day_ticks_carry_their_year_in_view(width, begin, end):
    scale = TimeScale(begin, end, width)
    minors, majors = axis_ticks(scale)
    years = {str(y) for y in range(begin.year, end.year + 1)}
    shown = " ".join(t.label for t in majors if t.label)
    assert any(y in shown for y in years), shown
    first = next(t for t in majors if t.label)
    assert first.x < 120, "the period of the left edge is named at once"


def test_a_context_label_draws_no_grid_line():
    scale = TimeScale(date(2023, 3, 10), date(2023, 4, 20), 900)
    _, majors = axis_ticks(scale)
    context = [t for t in majors if t.context]
    assert context and context[0].label == "Mar 2023" and context[0].x == 0.0
    assert isinstance(context[0], Tick)


def test_a_period_with_no_room_above_is_named_below():
    axis = _story((date(1998, 1, 1), date(1999, 1, 1)), (date(2020, 9, 1), date(2020, 12, 1)),
                  (date(2021, 3, 4), date(2021, 3, 5)), (date(2022, 3, 10), date(2022, 3, 11)))
    scale = TimeScale(date(1997, 10, 24), date(2022, 4, 19), 738, axis)  # fmt: skip
    minors, majors = axis_ticks(scale)
    assert not _contradictions(scale)
    labels = [t.label for t in minors + majors if t.label]
    assert "1998" in labels and "1997" not in labels


DECADES = _story(  # one year in the 1940s, a decade bar in the 1990s, years and days later
    (date(1948, 1, 1), date(1949, 1, 1)), (date(1990, 1, 1), date(1994, 1, 1)),
    (date(2016, 1, 1), date(2017, 1, 1)), (date(2018, 1, 1), date(2019, 1, 1)),
    (date(2022, 1, 1), date(2023, 1, 1)), (date(2023, 10, 18), date(2023, 10, 19)),
    (date(2025, 7, 1), date(2025, 8, 1)),
)  # fmt: skip


@pytest.mark.parametrize("axis", [*STORIES[:2], DECADES])
@pytest.mark.parametrize("width", [600, 824, 1400])
@pytest.mark.parametrize("bold", [7.0, 11.0])  # px a character of the top row takes
def test_every_stretch_wide_enough_says_when_it_is(axis, width, bold):
    scale = TimeScale(date(1940, 1, 1), date(2026, 1, 1), width, axis)
    scale.set_range(axis.knots[0][0] - 30, axis.knots[0][-1] + 30)  # the whole story
    minors, majors = axis_ticks(scale, default_measure, lambda text: bold * len(text))
    edges = sorted([0.0, scale.width] + [scale.x_of_units(u) for g in scale.axis.gaps
                                         for u in (g.u0, g.u1)])  # fmt: skip
    labelled = [t.x for t in minors if t.label]  # on the tick row: the period above may not fit
    for x0, x1 in zip(edges[::2], edges[1::2], strict=True):
        if x1 - x0 > 60:
            assert any(x0 - 1 <= x < x1 for x in labelled), (x0, x1)
