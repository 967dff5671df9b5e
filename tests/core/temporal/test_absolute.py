"""Absolute dates in their written forms, years, decades, centuries, months, seasons, quarters."""

from __future__ import annotations

from datetime import date

import pytest

from timeline_app.core.model import Granularity, Interval
from timeline_app.core.temporal import tag

from .conftest import THURSDAY, by_text, value_of


def tag_all(text: str):
    return tag(text, THURSDAY)


@pytest.mark.parametrize(
    ("sentence", "expr", "value"),
    [
        ("The ship docked on Oct. 18, 2023, at dawn.", "Oct. 18, 2023", "2023-10-18"),
        ("Talks opened on 18 October 2023 in Geneva.", "18 October 2023", "2023-10-18"),
        ("The filing is dated 2023-10-18.", "2023-10-18", "2023-10-18"),
        ("The form was signed 10/18/2023 by both.", "10/18/2023", "2023-10-18"),
        ("It rained on Wednesday, Oct. 18, 2023.", "Wednesday, Oct. 18, 2023", "2023-10-18"),
        ("They met on the 18th of October, 2023.", "the 18th of October, 2023", "2023-10-18"),
        ("The vote was held on October 18.", "October 18", "2023-10-18"),
        ("The vote was held on the 18th of October.", "the 18th of October", "2023-10-18"),
        ("The shipment left on Sept. 7 from the port.", "Sept. 7", "2023-09-07"),
        ("The bridge reopened Wednesday, Oct. 18.", "Wednesday, Oct. 18", "2023-10-18"),
        ("The museum opened in October 2021.", "October 2021", "2021-10"),
    ],
)
def test_written_dates(sentence: str, expr: str, value: str) -> None:
    assert value_of(sentence, expr) == value


def test_day_mention_has_day_interval_and_offsets() -> None:
    text = "The ship docked on Oct. 18, 2023, at dawn."
    (m,) = [m for m in by_text(text).values()]
    assert (m.start, m.end) == (19, 32)
    assert text[m.start:m.end] == "Oct. 18, 2023"
    assert m.granularity is Granularity.DAY
    assert m.interval == Interval(date(2023, 10, 18), date(2023, 10, 19))
    assert m.reference == "absolute"


@pytest.mark.parametrize(
    ("sentence", "expr", "value", "mod", "gran"),
    [
        ("The republic was founded in 1948 after the war.", "1948", "1948", "", "year"),
        ("Prices doubled during the 1990s across the region.", "the 1990s", "199", "", "decade"),
        ("Growth was fast in the early 1990s for exporters.", "the early 1990s", "199", "START",
         "decade"),
        ("Disco peaked in the '70s in the cities.", "the '70s", "197", "", "decade"),
        ("Railways spread in the 19th century over the continent.", "the 19th century", "18", "",
         "century"),
        ("The fort was built in the late nineteenth century by traders.",
         "the late nineteenth century", "18", "END", "century"),
        ("The plant will close in summer 2024 for repairs.", "summer 2024", "2024-SU", "",
         "season"),
        ("Revenue rose in Q3 2024 at the firm.", "Q3 2024", "2024-Q3", "", "quarter"),
        ("Sales grew in the third quarter of 2022.", "the third quarter of 2022", "2022-Q3", "",
         "quarter"),
        ("The policy dates from mid-1996 in most states.", "mid-1996", "1996", "MID", "year"),
    ],
)
def test_years_decades_centuries_seasons_quarters(sentence: str, expr: str, value: str, mod: str,
                                                  gran: str) -> None:
    m = by_text(sentence)[expr]
    assert (m.value, m.mod, str(m.granularity)) == (value, mod, gran)
    assert m.interval is not None and m.interval.begin < m.interval.end


def test_decade_interval() -> None:
    m = by_text("Prices doubled during the 1990s across the region.")["the 1990s"]
    assert m.interval == Interval(date(1990, 1, 1), date(2000, 1, 1))


def test_bare_months_take_the_anchor_year_by_tense() -> None:
    assert value_of("The council approved the budget in July.", "July") == "2023-07"
    assert value_of("The council will vote in December.", "December") == "2023-12"
    assert value_of("The council will vote in March.", "March") == "2024-03"
    m = by_text("The heat wave ended in late June.")["late June"]
    assert (m.value, m.mod) == ("2023-06", "END")


def test_season_and_quarter_relative_to_anchor() -> None:
    assert value_of("The lake froze last winter.", "last winter") == "2022-WI"
    assert value_of("Tourism recovered last summer.", "last summer") == "2023-SU"
    assert value_of("The firm lost money in the first quarter.", "the first quarter") == "2023-Q1"


def test_ranges_give_their_dates() -> None:
    found = {m.text: m.value for m in tag_all("Talks ran Oct. 18-20, 2023, and again on "
                                              "April 24 and 25; the battle of 5\u20137 June 1944.")}
    assert found["Oct. 18-20, 2023"] == "2023-10-18"  # one interval (see test_gaps)
    assert found["April 24"] == "2023-04-24" and found["25"] == "2023-04-25"
    assert found["5"] == "1944-06-05" and found["7 June 1944"] == "1944-06-07"
    found = {m.text: m.value for m in tag_all("Ships came between Sept. 7 and Oct. 1. The firm "
                                              "was run from 2019 to 2021. Its founder fought in "
                                              "the war of 1914-18.")}
    assert found["2019"] == "2019" and found["2021"] == "2021"
    assert found["1914"] == "1914" and found["18"] == "1918"
    assert found["Sept. 7"] == "2023-09-07" and found["Oct. 1"] == "2023-10-01"


def test_ranges_do_not_read_scores_or_pages() -> None:
    assert tag_all("The score was 3-2 and pages 10-12 of issue 4 and 5 people.") == []
