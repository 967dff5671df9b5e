"""Offsets in hours and minutes, and bare hours, from an anchor that carries a clock.

Written before ``clock_anchor.py``; a day anchor keeps the news readings (a length, the day).
"""

from __future__ import annotations

from datetime import date, datetime

import pytest

from timeline_app.core.temporal import tag

MORNING = datetime(2019, 3, 6, 8, 50)  # a Wednesday
NIGHT = datetime(2019, 3, 6, 22, 10)

CASES = [
    ("in 3 hours", MORNING, "future", "2019-03-06T11:50"),
    ("in 45 minutes", MORNING, "future", "2019-03-06T09:35"),
    ("in an hour and a half", MORNING, "future", "2019-03-06T10:20"),
    ("4 hours from now", NIGHT, "future", "2019-03-07T02:10"),
    ("ten minutes ago", MORNING, "past", "2019-03-06T08:40"),
    ("an hour ago", NIGHT, "past", "2019-03-06T21:10"),
    ("at 4", MORNING, "future", "2019-03-06T16:00"),
    ("at 11:30", MORNING, "future", "2019-03-06T11:30"),
    ("at 9 o'clock", NIGHT, "past", "2019-03-06T21:00"),
    ("at 7am", NIGHT, "past", "2019-03-06T07:00"),
    ("tomorrow at 9", NIGHT, "future", "2019-03-07T09:00"),
    # added with the rule: a time of the clock's day already gone (looking ahead) is the next
    # day's, a weekday naming today the next week's; looking back, one still to come is gone
    ("8:15am", MORNING, "future", "2019-03-07T08:15"),
    ("quarter past eight", MORNING, "future", "2019-03-06T20:15"),
    ("wednesday 7am", MORNING, "future", "2019-03-13T07:00"),
    ("11pm", NIGHT, "past", "2019-03-05T23:00"),
    ("this morning at 8", NIGHT, "past", "2019-03-06T08:00"),
    ("today at 7am", NIGHT, "future", "2019-03-06T07:00"),
]


@pytest.mark.parametrize(("phrase", "clock", "prefer", "value"), CASES)
def test_clock_anchor_places_the_phrase(phrase: str, clock: datetime, prefer: str,
                                        value: str) -> None:
    found = tag(phrase, clock, prefer=prefer, lang="en")
    assert found and found[0].value == value, [(m.text, m.value) for m in found]


def test_a_day_anchor_keeps_lengths_and_days() -> None:
    day = date(2019, 3, 6)
    assert [m.value for m in tag("The rescue took 3 hours.", day, lang="en")] == ["PT3H"]
    assert [m.value for m in tag("It ended in 3 hours.", day, lang="en")] == ["PT3H"]
    assert [m.value for m in tag("It began an hour ago.", day, lang="en")] == ["2019-03-06"]


def test_a_length_is_not_an_offset_even_with_a_clock() -> None:
    found = tag("The rescue took 3 hours.", MORNING, lang="en")
    assert [(m.type.value, m.value) for m in found] == [("DURATION", "PT3H")]
