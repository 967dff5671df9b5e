"""Parts of months, years and longer periods: weeks of a month, halves, winters across two years,
nights across two dates (sentences written here)."""

from __future__ import annotations

from datetime import date

import pytest

from timeline_app.core.model import Granularity, Interval, TimexType
from timeline_app.core.temporal.dates import week_of_month

from .conftest import by_text


@pytest.mark.parametrize(
    ("year", "month", "n", "weekend", "expected"),
    [
        (2020, 3, 1, False, date(2020, 3, 2)),  # 1 March 2020 is a Sunday: week 1 starts on the 2nd
        (2021, 4, 1, False, date(2021, 3, 29)),  # 1 April 2021 is a Thursday: its week counts
        (2023, 6, -1, False, date(2023, 6, 26)),  # Thursday 29 June: the last week is June's
        (2023, 8, -1, False, date(2023, 8, 28)),  # Thursday 31 August
        (2023, 9, -1, False, date(2023, 9, 25)),  # Saturday 30 September: week of Thursday 28th
        (2023, 6, 5, False, date(2023, 6, 26)),
        (2023, 6, 1, True, date(2023, 6, 3)),  # weekends: the Saturday
        (2023, 6, -1, True, date(2023, 6, 24)),
    ],
)
def test_week_of_month_follows_the_thursday(year: int, month: int, n: int, weekend: bool,
                                            expected: date) -> None:
    assert week_of_month(year, month, n, weekend=weekend) == expected


def test_week_of_month_past_the_end_is_none() -> None:
    assert week_of_month(2023, 2, 5) is None  # February 2023 holds four Thursdays


@pytest.mark.parametrize(
    ("sentence", "expr", "value", "begin", "end"),
    [
        ("Pollen counts peaked during the last week of June.", "the last week of June",
         "2023-W26", date(2023, 6, 26), date(2023, 7, 3)),
        ("Schools shut in the first week of March 2020 across the county.",
         "the first week of March 2020", "2020-W10", date(2020, 3, 2), date(2020, 3, 9)),
        ("Ferries were cancelled over the second weekend of Sept. 2019.",
         "the second weekend of Sept. 2019", "2019-W37-WE", date(2019, 9, 14),
         date(2019, 9, 16)),
        ("The festival will fill the town in the final week of January.",
         "the final week of January", "2024-W04", date(2024, 1, 22), date(2024, 1, 29)),
    ],
)
def test_week_of_a_month_is_an_iso_week(sentence: str, expr: str, value: str, begin: date,
                                        end: date) -> None:
    m = by_text(sentence)[expr]
    assert (m.type, m.value) == (TimexType.DATE, value)
    assert m.granularity is Granularity.WEEK
    assert m.interval == Interval(begin, end)


def test_week_of_month_without_anchor_keeps_the_month() -> None:
    m = by_text("Pollen counts peak in the last week of June.", None)["the last week of June"]
    assert m.value == "XXXX-06"
    assert m.interval is None


@pytest.mark.parametrize(
    ("sentence", "expr", "value", "mod"),
    [
        ("Exports slowed in the second half of 2019 after the tariffs.",
         "the second half of 2019", "2019-H2", ""),
        ("Exports slowed in the second half of the year.", "the second half of the year",
         "2023-H2", ""),
        ("Exports will recover in the first half of next year.",
         "the first half of next year", "2024-H1", ""),
        ("Railways spread in the second half of the 19th century.",
         "the second half of the 19th century", "18", "END"),
        ("Mills closed in the early part of the 20th century.",
         "the early part of the 20th century", "19", "START"),
        ("Rents climbed in the last half of the '80s.", "the last half of the '80s", "198",
         "END"),
    ],
)
def test_halves_and_parts(sentence: str, expr: str, value: str, mod: str) -> None:
    m = by_text(sentence)[expr]
    assert (m.value, m.mod) == (value, mod)
    assert m.interval is not None


def test_half_of_the_year_in_history_is_the_story_year() -> None:
    text = "In 1931 the mill lost its contract. Output fell in the first half of the year."
    m = by_text(text)["the first half of the year"]
    assert m.value == "1931-H1"
    assert m.interval == Interval(date(1931, 1, 1), date(1931, 7, 1))


@pytest.mark.parametrize(
    ("sentence", "expr"),
    [
        ("The garrison starved through the winter of 1942/43.", "the winter of 1942/43"),
        ("Convoys stalled in winter 1942-43 off the cape.", "winter 1942-43"),
        ("Convoys stalled in winter 1942\u20131943 off the cape.", "winter 1942\u20131943"),
        ("Fuel ran short during the 1942-43 winter.", "the 1942-43 winter"),
    ],
)
def test_winter_across_two_years_is_the_first_years(sentence: str, expr: str) -> None:
    m = by_text(sentence)[expr]
    assert (m.type, m.value) == (TimexType.DATE, "1942-WI")
    assert m.granularity is Granularity.SEASON
    assert m.interval == Interval(date(1942, 12, 1), date(1943, 3, 1))


def test_winter_across_the_century() -> None:
    m = by_text("Pipes burst in the 1999/2000 winter.")["the 1999/2000 winter"]
    assert m.value == "1999-WI"


def test_season_before_a_span_of_years_is_only_the_first() -> None:
    found = by_text("Wells ran dry in summer 1990-95, farmers said.")
    assert "summer 1990-95" not in found
    assert found["summer 1990"].value == "1990-SU"


@pytest.mark.parametrize(
    ("sentence", "expr", "value", "day"),
    [
        ("Gliders landed on the night of 16/17 September 1944 near the bridges.",
         "the night of 16/17 September 1944", "1944-09-16TNI", date(1944, 9, 16)),
        ("Gliders landed on the night of 16 to 17 September 1944.",
         "the night of 16 to 17 September 1944", "1944-09-16TNI", date(1944, 9, 16)),
        ("Gliders landed on the night of Sept. 16-17, 1944, officers recalled.",
         "the night of Sept. 16-17, 1944", "1944-09-16TNI", date(1944, 9, 16)),
        ("The levee gave way on the night of 3rd\u20134th March 1927.",
         "the night of 3rd\u20134th March 1927", "1927-03-03TNI", date(1927, 3, 3)),
        ("Thieves broke in on the night of 16/17 September.",
         "the night of 16/17 September", "2023-09-16TNI", date(2023, 9, 16)),
    ],
)
def test_night_across_two_dates_is_the_evenings_date(sentence: str, expr: str, value: str,
                                                     day: date) -> None:
    m = by_text(sentence)[expr]
    assert (m.type, m.value) == (TimexType.TIME, value)
    assert m.interval == Interval(day, date.fromordinal(day.toordinal() + 1))


def test_single_night_still_reads() -> None:
    m = by_text("Sirens sounded on the night of 18 September.")["the night of 18 September"]
    assert m.value == "2023-09-18TNI"


def test_day_range_with_to_dates_its_first_day() -> None:
    found = by_text("Shelling went on from 1 to 3 July 1916 along the ridge.")
    assert found["1"].value == "1916-07-01"
    assert found["3 July 1916"].value == "1916-07-03"


@pytest.mark.parametrize(
    ("sentence", "expr", "value", "begin"),
    [
        ("Snow closed the pass on the weekend of 14-15 October.",
         "the weekend of 14-15 October", "2023-W41-WE", date(2023, 10, 14)),
        ("The garrison surrendered in the week of 9 May 1945.", "the week of 9 May 1945",
         "1945-W19", date(1945, 5, 7)),
        ("Stocks slid in the week of Oct. 9-13, 2023.", "the week of Oct. 9-13, 2023",
         "2023-W41", date(2023, 10, 9)),
    ],
)
def test_week_of_a_day_in_either_order(sentence: str, expr: str, value: str,
                                       begin: date) -> None:
    m = by_text(sentence)[expr]
    assert m.value == value
    assert m.interval is not None and m.interval.begin == begin


@pytest.mark.parametrize(
    ("sentence", "expr", "value"),
    [
        ("The first boats touched the sand at dawn on 6 June 1944.", "dawn on 6 June 1944",
         "1944-06-06TMO"),
        ("By nightfall on 6 June 1944 the town was taken.", "nightfall on 6 June 1944",
         "1944-06-06TEV"),
        ("Fog lifted at the dusk of 2 May 1915.", "the dusk of 2 May 1915", "1915-05-02TEV"),
        ("Fishermen left port at daybreak today.", "daybreak today", "2023-10-19TMO"),
    ],
)
def test_dawn_and_dusk_are_parts_of_their_day(sentence: str, expr: str, value: str) -> None:
    m = by_text(sentence)[expr]
    assert (m.type, m.value) == (TimexType.TIME, value)
    assert m.granularity is Granularity.DAY


def test_the_dawn_of_an_era_is_no_time() -> None:
    assert by_text("Shares soared at the dawn of the internet age.") == {}
