"""Golden tables for the remaining English gaps of issue 13, written before the fixes: each row is
a sentence, the anchor, the expression the tagger must find in it and what it must give."""

from __future__ import annotations

from datetime import date

import pytest

from timeline_app.core.model import Interval
from timeline_app.core.temporal import tag

WED = date(2023, 10, 18)  # Wednesday 18 October 2023


def _rows(text: str) -> list[tuple[str, ...]]:
    """Rows of cells separated by `` | ``, one a line."""
    return [tuple(cell.strip() for cell in line.split(" | "))
            for line in text.strip().splitlines()]


def _found(sentence: str, anchor: date = WED, prefer: str = "past") -> dict:
    return {m.text: m for m in tag(sentence, anchor, prefer=prefer)}


# sentence | expression | value | reference (a prefix of it)
ANNIVERSARIES = _rows("""
The bridge's opening on May 4, 1948 drew crowds. The 75th anniversary of the opening was marked today. | The 75th anniversary | 2023-05-04 | narrative
The war ended on May 8, 1945. Veterans met on the anniversary of the end of the war. | the anniversary | 2023-05-08 | narrative
The war lasted from 1939 to 1945. The 50th anniversary of the end of the war was in 1995. | The 50th anniversary | 1995 | narrative
The war lasted from 1939 to 1945. The 50th anniversary of the start of the war was in 1989. | The 50th anniversary | 1989 | narrative
The attack took place on March 3, 2020. The first anniversary of the attack was sombre. | The first anniversary | 2021-03-03 | narrative
The city marked the 10th anniversary of the 2013 floods. | the 10th anniversary | 2023 | narrative
They marked the first anniversary of the attack in March 2020 quietly. | the first anniversary | 2021-03 | narrative
The first anniversary of the attack was sombre. | The first anniversary | XXXX-XX-XX | event:the attack
Crowds gathered on the second anniversary of the uprising. | the second anniversary | XXXX-XX-XX | event:the uprising
Crowds gathered on Sunday, the second anniversary of the uprising. | the second anniversary | 2023-10-15 | narrative
The plan could fail today, the 39th anniversary of the failed invasion. | the 39th anniversary | 2023-10-18 | narrative
""")


@pytest.mark.parametrize("sentence,expr,value,reference", ANNIVERSARIES)
def test_anniversary(sentence: str, expr: str, value: str, reference: str) -> None:
    found = _found(sentence)
    assert expr in found, found
    m = found[expr]
    assert m.value == value, m
    assert m.reference.startswith(reference), m
    assert (m.interval is None) == value.startswith("X"), m


# sentence | expression | value | mod | interval begin | interval end (exclusive)
BOUNDS = _rows("""
It closed over three years ago. | over three years ago | 2020 | BEFORE | 2017-10-18 | 2020-10-18
It was built at least 20 years ago. | at least 20 years ago | 2003 | ON_OR_BEFORE | 1983-10-18 | 2003-10-19
It was built less than 20 years ago. | less than 20 years ago | 2003 | AFTER | 2003-10-19 | 2023-10-19
The plan was approved on 18 October 2013. It opened more than a decade later. | more than a decade later | 2023 | AFTER | 2023-10-19 | 2033-10-18
The vote was on March 10, 2023. He left less than a week before the vote. | less than a week | 2023-W09 | AFTER | 2023-03-04 | 2023-03-11
The crash was on March 10, 2023. She flew more than two months after the crash. | more than two months | 2023-05 | AFTER | 2023-05-11 | 2023-07-10
It was built almost 20 years ago. | almost 20 years ago | 2003 | APPROX | 2003-01-01 | 2004-01-01
He left less than a week before the vote on March 10. | less than a week | 2023-W09 | AFTER | 2023-03-04 | 2023-03-11
Troops arrived more than two years after the talks on 5 May 2018. | more than two years | 2020 | AFTER | 2020-05-06 | 2022-05-05
The dam was finished on 18 October 2016. It collapsed over three years later. | over three years later | 2019 | AFTER | 2019-10-19 | 2022-10-18
""")


@pytest.mark.parametrize("sentence,expr,value,mod,begin,end", BOUNDS)
def test_bound(sentence: str, expr: str, value: str, mod: str, begin: str, end: str) -> None:
    """The quantifier bounds the interval on the side it names, the amount on the other."""
    found = _found(sentence)
    assert expr in found, found
    m = found[expr]
    assert (m.value, m.mod) == (value, mod), m
    assert m.interval == Interval(date.fromisoformat(begin), date.fromisoformat(end)), m


# sentence | expression | value | prefer
TENSE = _rows("""
The council approved next year's budget on Tuesday. | Tuesday | 2023-10-17 | past
The board approved the budget for next year on Monday. | Monday | 2023-10-16 | past
The council will approve next year's budget on Tuesday. | Tuesday | 2023-10-24 | past
The offer had been due to expire on Friday. | Friday | 2023-10-13 | past
The offer had been scheduled to expire at midnight Friday. | midnight Friday | 2023-10-13T24:00 | past
The offer is scheduled to expire at midnight Friday. | midnight Friday | 2023-10-20T24:00 | past
The match is set for Friday. | Friday | 2023-10-20 | past
The film premieres Saturday. | Saturday | 2023-10-21 | past
The film premiered Saturday. | Saturday | 2023-10-14 | past
Its final episode airs Sunday. | Sunday | 2023-10-22 | past
The new law takes effect Friday. | Friday | 2023-10-20 | past
Voting kicks off Saturday. | Saturday | 2023-10-21 | past
The minister flies to Tokyo on Monday. | Monday | 2023-10-23 | past
The festival opens Friday. | Friday | 2023-10-20 | past
Tickets go on sale for the tour starting Monday. | Monday | 2023-10-23 | past
The minister is to visit Paris on Thursday. | Thursday | 2023-10-19 | past
Talks are scheduled for Saturday. | Saturday | 2023-10-21 | past
They said they would look for ways around Monday's ruling. | Monday's | 2023-10-16 | past
The meeting is on Friday. | Friday | 2023-10-13 | past
The meeting is on Friday. | Friday | 2023-10-20 | future
The report covers June. | June | 2023-06 | past
The report covers June. | June | 2024-06 | future
We meet next Friday. | next Friday | 2023-10-20 | past
We meet next Friday. | next Friday | 2023-10-20 | future
""")


@pytest.mark.parametrize("sentence,expr,value,prefer", TENSE)
def test_tense(sentence: str, expr: str, value: str, prefer: str) -> None:
    found = _found(sentence, prefer=prefer)
    assert expr in found, found
    assert found[expr].value == value, found[expr]


def test_next_weekday_policy_on_a_weekend() -> None:
    """The stated policy (rules README): "next Friday" is the first Friday after the anchor."""
    sunday = date(2023, 10, 22)
    assert _found("We meet next Friday.", sunday)["next Friday"].value == "2023-10-27"
    friday = date(2023, 10, 20)
    assert _found("We meet next Friday.", friday)["next Friday"].value == "2023-10-27"


def test_this_and_last_weekday_policy() -> None:
    """"this Friday" is the coming one (the anchor itself on a Friday), "last" the one before."""
    sunday, friday = date(2023, 10, 22), date(2023, 10, 20)
    assert _found("We meet this Friday.", sunday)["this Friday"].value == "2023-10-27"
    assert _found("We meet this Friday.", friday)["this Friday"].value == "2023-10-20"
    assert _found("We met last Friday.", sunday)["last Friday"].value == "2023-10-20"


def test_anniversary_not_dated_by_the_report_day() -> None:
    """The day a sentence reports is no date of the event its anniversary counts from."""
    found = _found("Officials said Thursday that the second anniversary of his abduction nears.")
    m = found["the second anniversary"]
    assert (m.value, m.reference) == ("XXXX-XX-XX", "event:his abduction"), m


def test_anniversary_needs_an_event() -> None:
    """As with "the first day of trading": an undetermined phrase names no event."""
    assert "the 100th anniversary" not in _found("It marks the 100th anniversary of federation.")
