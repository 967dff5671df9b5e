from __future__ import annotations

from datetime import date

import pytest

from timeline_app.core.model import Granularity, Interval, Mention, TimexType
from timeline_app.core.temporal.display import human_date


def _m(value, gran, begin, end, mod=""):
    return Mention(0, 1, "x", TimexType.DATE, value, mod, gran, Interval(begin, end))


@pytest.mark.parametrize(
    ("mention", "text"),
    [
        (_m("2023-10-18", Granularity.DAY, date(2023, 10, 18), date(2023, 10, 19)), "18 Oct 2023"),
        (_m("2023-09", Granularity.MONTH, date(2023, 9, 1), date(2023, 10, 1)), "September 2023"),
        (_m("2024-SU", Granularity.SEASON, date(2024, 6, 1), date(2024, 9, 1)), "Summer 2024"),
        (_m("1948", Granularity.YEAR, date(1948, 1, 1), date(1949, 1, 1)), "1948"),
        (_m("199", Granularity.DECADE, date(1990, 1, 1), date(2000, 1, 1), "START"), "Early 1990s"),
        (_m("19", Granularity.CENTURY, date(1900, 1, 1), date(2000, 1, 1)), "20th century"),
        (_m("2024-Q3", Granularity.QUARTER, date(2024, 7, 1), date(2024, 10, 1)), "Q3 2024"),
        (_m("2025-06", Granularity.MONTH, date(2025, 6, 1), date(2025, 7, 1), "END"), "Late June 2025"),
        (_m("2023-W42", Granularity.WEEK, date(2023, 10, 16), date(2023, 10, 23)), "Week of 16 Oct 2023"),
        (_m("2023-W42", Granularity.WEEK, date(2023, 10, 16), date(2023, 10, 23), "START"),
         "Early in the week of 16 Oct 2023"),
        (_m("1990", Granularity.YEAR, date(1990, 1, 1), date(1991, 1, 1), "APPROX"), "About 1990"),
    ],
)
def test_human_date_is_true_to_granularity(mention, text):
    assert human_date(mention) == text


def test_unplaced_mentions_show_their_value():
    m = Mention(0, 8, "recently", TimexType.DATE, "PAST_REF")
    assert human_date(m) == "PAST_REF"
