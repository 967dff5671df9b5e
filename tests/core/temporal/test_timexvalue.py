"""Values a user types for an expression: the tagger's reading, and clear words when none."""

from __future__ import annotations

from datetime import date

import pytest

from timeline_app.core.errors import CorrectionError
from timeline_app.core.model import Granularity
from timeline_app.core.temporal.timexvalue import interval_of_value
from timeline_app.core.temporal.values import interval_of


@pytest.mark.parametrize("value", ["2023-10-18", "2023-10-18T10:00", "2023-10", "2023-W42",
                                   "2024-SU", "2024-Q1", "2023-H1", "1948", "194", "19"])
def test_the_tagger_reading_decides(value: str) -> None:
    granularity, interval = interval_of(value)
    assert interval_of_value(value) == (interval, granularity)


def test_autumn_may_be_spelt_au() -> None:
    interval, granularity = interval_of_value("2024-au")
    assert (interval.begin, interval.end, granularity) == (
        date(2024, 9, 1), date(2024, 12, 1), Granularity.SEASON)


@pytest.mark.parametrize(("value", "why"), [
    ("2023-02-30", "day is out of range for month"),
    ("2023-13", "month 13"),
    ("2023-W53", "week"),
    ("9999", "outside the calendar"),
    ("XXXX-10", "not a placeable TIMEX3 date value"),
    ("PRESENT_REF", "not a placeable TIMEX3 date value"),
])
def test_a_value_that_names_no_time_says_why(value: str, why: str) -> None:
    with pytest.raises(CorrectionError, match=why):
        interval_of_value(value)
