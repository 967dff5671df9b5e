"""The timeline's order: ``sort_key`` packs the days into one int and must sort as the dates do."""

from __future__ import annotations

from datetime import date, timedelta

from hypothesis import given, settings
from hypothesis import strategies as st

from timeline_app.core.model import Event, Interval, Mention, TimexType
from timeline_app.core.timeline import sort_key

_days = st.one_of(st.sampled_from([date(1, 1, 1), date(2024, 1, 1)]), st.dates())


@st.composite
def _event(draw) -> Event:
    begin = draw(_days.filter(lambda d: d < date.max))
    end = draw(
        st.one_of(st.just(begin + timedelta(days=1)), st.dates(min_value=begin + timedelta(days=1)))
    )
    start = draw(st.integers(0, 3))
    m = Mention(start, start + 1, "x", TimexType.DATE, "v", interval=Interval(begin, end))
    article_id = draw(st.sampled_from(["a", "b", "ab"]))
    return Event(f"{article_id}@{start}", article_id, m, 0, 1, "s", "l", draw(st.text(max_size=2)))


@settings(max_examples=300, deadline=None)
@given(st.lists(_event(), max_size=30))
def test_events_sort_by_begin_end_article_and_offset(events):
    by_dates = sorted(
        events, key=lambda e: (e.interval.begin, e.interval.end, e.article_id, e.mention.start)
    )
    assert [id(e) for e in sorted(events, key=sort_key)] == [id(e) for e in by_dates]
