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
The first anniversary of the attack was sombre. | The first anniversary | XXXX-XX-XX | event:the attack
Crowds gathered on the second anniversary of the uprising. | the second anniversary | XXXX-XX-XX | event:the uprising
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
It opened more than a decade later. | more than a decade later | 2033 | AFTER | 2033-10-19 | 2043-10-18
The vote was on March 10, 2023. He left less than a week before the vote. | less than a week | 2023-W09 | AFTER | 2023-03-04 | 2023-03-11
The crash was on March 10, 2023. She flew more than two months after the crash. | more than two months | 2023-05 | AFTER | 2023-05-11 | 2023-07-10
It was built almost 20 years ago. | almost 20 years ago | 2003 | APPROX | 2003-01-01 | 2004-01-01
""")


@pytest.mark.parametrize("sentence,expr,value,mod,begin,end", BOUNDS)
def test_bound(sentence: str, expr: str, value: str, mod: str, begin: str, end: str) -> None:
    """The quantifier bounds the interval on the side it names, the amount on the other."""
    found = _found(sentence)
    assert expr in found, found
    m = found[expr]
    assert (m.value, m.mod) == (value, mod), m
    assert m.interval == Interval(date.fromisoformat(begin), date.fromisoformat(end)), m
