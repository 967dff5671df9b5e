"""Weekdays by tense, deictics, offsets, narrative years, durations, sets and vague references."""

from __future__ import annotations

from datetime import date

import pytest

from timeline_app.core.model import Interval
from timeline_app.core.temporal import tag

from .conftest import THURSDAY, by_text, value_of

WEDNESDAY = date(2023, 10, 18)


@pytest.mark.parametrize(
    ("sentence", "anchor", "value"),
    [
        ("The envoy arrived on Wednesday.", THURSDAY, "2023-10-18"),
        ("The envoy will meet officials on Friday.", THURSDAY, "2023-10-20"),
        ("The envoy is to meet officials on Friday.", THURSDAY, "2023-10-20"),
        ("The envoy plans to fly home next Tuesday.", THURSDAY, "2023-10-24"),
        ("The envoy spoke on Wednesday.", WEDNESDAY, "2023-10-18"),
        ("The envoy spoke last Friday.", THURSDAY, "2023-10-13"),
        ("The envoy said Monday that talks stalled.", THURSDAY, "2023-10-16"),
    ],
)
def test_weekdays_by_tense(sentence: str, anchor: date, value: str) -> None:
    (m,) = tag(sentence, anchor)
    assert m.value == value
    assert m.interval == Interval.day(date.fromisoformat(value))


@pytest.mark.parametrize(
    ("sentence", "expr", "value"),
    [
        ("Officials met today.", "today", "2023-10-19"),
        ("Officials met yesterday.", "yesterday", "2023-10-18"),
        ("Officials will meet tomorrow.", "tomorrow", "2023-10-20"),
        ("Officials met last week.", "last week", "2023-W41"),
        ("Officials meet this week.", "this week", "2023-W42"),
        ("Officials will meet next week.", "next week", "2023-W43"),
        ("Officials met last month.", "last month", "2023-09"),
        ("Officials will meet next month.", "next month", "2023-11"),
        ("Officials met last year.", "last year", "2022"),
        ("Officials meet this year.", "this year", "2023"),
        ("Officials will meet next year.", "next year", "2024"),
        ("Officials met three years ago.", "three years ago", "2020"),
        ("Officials met 10 days ago.", "10 days ago", "2023-10-09"),
        ("Officials met two months ago.", "two months ago", "2023-08"),
    ],
)
def test_deictic_and_offsets(sentence: str, expr: str, value: str) -> None:
    assert value_of(sentence, expr) == value


def test_earlier_this_week_and_late_yesterday() -> None:
    m = by_text("Officials met earlier this week.")["earlier this week"]
    assert (m.value, m.mod) == ("2023-W42", "START")
    m = by_text("Officials met late yesterday.")["late yesterday"]
    assert (m.value, m.mod) == ("2023-10-18", "END")


def test_parts_of_day_are_times_on_their_day() -> None:
    m = by_text("Officials met on Wednesday morning.")["Wednesday morning"]
    assert (str(m.type), m.value) == ("TIME", "2023-10-18TMO")
    assert m.interval == Interval.day(date(2023, 10, 18))
    m = by_text("Officials met 07:00 EDT on Oct 18 in the hall.")["07:00 EDT on Oct 18"]
    assert (str(m.type), m.value) == ("TIME", "2023-10-18T07:00")


def test_narrative_year_inheritance() -> None:
    text = ("The country was founded in 1948 after a long war. In October, the first parliament "
            "met in the capital.")
    m = by_text(text)["October"]
    assert m.value == "1948-10"
    assert m.reference == "narrative"
    assert m.confidence < 1


def test_offset_after_a_dated_event() -> None:
    text = "The dam failed on March 3, 2011. A month later, the valley was rebuilt."
    assert value_of(text, "A month later") == "2011-04"


@pytest.mark.parametrize(
    ("sentence", "expr", "typ", "value"),
    [
        ("The siege lasted for three years.", "three years", "DURATION", "P3Y"),
        ("The minister began a two-day visit.", "two-day", "DURATION", "P2D"),
        ("The crew ended a six-day trip.", "six-day", "DURATION", "P6D"),
        ("The committee meets every week.", "every week", "SET", "P1W"),
        ("The bulletin is printed weekly.", "weekly", "SET", "P1W"),
        ("The fair is held each year.", "each year", "SET", "P1Y"),
        ("The fee is paid annually.", "annually", "SET", "P1Y"),
        ("The market opens every Monday.", "every Monday", "SET", "XXXX-WXX-1"),
    ],
)
def test_durations_and_sets_are_not_placed(sentence: str, expr: str, typ: str, value: str) -> None:
    m = by_text(sentence)[expr]
    assert (str(m.type), m.value) == (typ, value)
    assert m.interval is None


@pytest.mark.parametrize(
    ("sentence", "expr", "value"),
    [
        ("Prices have risen recently.", "recently", "PAST_REF"),
        ("Prices are high now.", "now", "PRESENT_REF"),
        ("Prices are currently high.", "currently", "PRESENT_REF"),
        ("Prices will fall in the very near future.", "the very near future", "FUTURE_REF"),
    ],
)
def test_vague_references(sentence: str, expr: str, value: str) -> None:
    m = by_text(sentence)[expr]
    assert m.value == value and m.interval is None


@pytest.mark.parametrize(
    "sentence",
    [
        "We agreed that the rules may change.",
        "Thousands of protesters march through the city.",
        "The team lost in Week 1 of the season.",
        "Watch the new show 24 Hours on our channel.",
        "Turnout rose 45% among young voters.",
        "The port handled 1,000 containers and 30,000 soldiers.",
        "Call 555-2048 or 020 7946 0958 for tickets.",
        "At least 2 killed in the crash.",
        "Upgrade to version 2.3.1 of the app.",
        "Apollo 11 landed on the moon.",
        "Pause Icon A two-lined pause icon for stopping interactions.",
    ],
)
def test_no_false_alarms(sentence: str) -> None:
    assert tag(sentence, THURSDAY) == []


@pytest.mark.parametrize(
    ("sentence", "expr", "value", "mod"),
    [
        ("He left over three years ago.", "over three years ago", "2020", "BEFORE"),
        ("He left about two years ago.", "about two years ago", "2021", "APPROX"),
        ("They met earlier in the week.", "earlier in the week", "2023-W42", "START"),
        ("They meet this weekend.", "this weekend", "2023-W42-WE", ""),
        ("Talks resume later this week.", "later this week", "2023-W42", "END"),
        ("The heat broke in late June.", "late June", "2023-06", "END"),
        ("Sales slowed last summer.", "last summer", "2023-SU", ""),
        ("Prices rose in the first quarter.", "the first quarter", "2023-Q1", ""),
        ("The vote comes next month.", "next month", "2023-11", ""),
        ("They met late last week.", "late last week", "2023-W41", "END"),
    ],
)
def test_relative_values_and_mods(sentence: str, expr: str, value: str, mod: str) -> None:
    m = by_text(sentence)[expr]
    assert (m.value, m.mod) == (value, mod)


def test_days_after_a_dated_event() -> None:
    text = "The dam failed on March 3, 2011. Days after the failure, the valley flooded."
    found = by_text(text)
    assert found["Days"].type.value in ("DATE", "DURATION")
    text = "The vote was held on March 3, 2011. A month after the vote, the law passed."
    assert value_of(text, "A month") == "2011-04"
