"""Properties every output must have, on generated text: offsets inside the text and equal to
the mention text, sorted and non-overlapping, intervals with begin < end, determinism."""

from __future__ import annotations

from datetime import date

from hypothesis import given, settings
from hypothesis import strategies as st

from timeline_app.core.model import TimexType
from timeline_app.core.temporal import tag

FRAGMENTS = [
    "On Wednesday, Oct. 18, 2023,", "the minister said", "yesterday", "in July", "last week",
    "three years ago", "for two days", "every Monday", "in the early 1990s", "the 19th century",
    "summer 2024", "Q3 2024", "at 7:15 p.m.", "10/18/2023", "recently", "now", "may", "March",
    "We", "1,000 containers", "45%", "Apollo 11", "a month later", "the following year",
    "between Sept. 7 and Oct. 1", "from 2019 to 2021", "tonight", "next Friday", ".", ",",
    "the end of the month", "Thanksgiving Day", "mid-1996", "'90s", "decades-long", "\n\n",
]


@settings(max_examples=150, deadline=None)
@given(
    parts=st.lists(st.sampled_from(FRAGMENTS), min_size=1, max_size=14),
    anchor=st.one_of(st.none(), st.dates(min_value=date(1900, 1, 1),
                                         max_value=date(2090, 12, 31))),
    prefer=st.sampled_from(["past", "future"]),
)
def test_mentions_are_well_formed(parts: list[str], anchor: date | None, prefer: str) -> None:
    text = " ".join(parts)
    mentions = tag(text, anchor, prefer=prefer)
    previous_end = 0
    for m in mentions:
        assert 0 <= m.start < m.end <= len(text)
        assert text[m.start:m.end] == m.text
        assert m.start >= previous_end  # sorted, no overlap
        previous_end = m.end
        assert 0.0 <= m.confidence <= 1.0
        assert m.reference in ("absolute", "anchor", "narrative", "unresolved")
        if m.interval is not None:
            assert m.interval.begin < m.interval.end
            assert m.type in (TimexType.DATE, TimexType.TIME)
        if m.type in (TimexType.DURATION, TimexType.SET):
            assert m.interval is None
        if "X" in m.value or m.value.endswith("_REF"):
            assert m.interval is None
    assert tag(text, anchor, prefer=prefer) == mentions  # deterministic


def test_no_clock_is_read() -> None:
    """The same text and anchor give the same answer whatever the day it runs."""
    text = "Officials met yesterday and will meet next week."
    assert [m.value for m in tag(text, date(2001, 2, 3))] == ["2001-02-02", "2001-W06"]
