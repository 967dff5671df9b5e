"""Golden tables for the gaps of issue 13, written before the fixes: each row is a sentence, the
anchor, the expression the tagger must find in it and the TIMEX3 value it must give."""

from __future__ import annotations

from datetime import date

import pytest

from timeline_app.core.temporal import tag

WED = date(2023, 10, 18)  # Wednesday 18 October 2023

Row = tuple[str, date, str, str]


def _check(sentence: str, anchor: date, expr: str, value: str) -> None:
    found = {m.text: m.value for m in tag(sentence, anchor)}
    assert expr in found, f"{expr!r} not found in {found}"
    assert found[expr] == value, found


def _none(sentence: str, anchor: date = WED) -> None:
    found = {m.text: m.value for m in tag(sentence, anchor)}
    assert not found, found


PAST_TENSE: list[Row] = [
    ("The council voted on December 1.", WED, "December 1", "2022-12-01"),
    ("The council voted on November 30.", WED, "November 30", "2022-11-30"),
    ("Fighting broke out in December.", WED, "December", "2022-12"),
    ("The firm was founded on Nov. 5.", WED, "Nov. 5", "2022-11-05"),
    ("The council voted on October 1.", WED, "October 1", "2023-10-01"),
    ("The council will vote on December 1.", WED, "December 1", "2023-12-01"),
    ("The vote is expected in December.", WED, "December", "2023-12"),
    ("He said the plant would open on December 1.", WED, "December 1", "2023-12-01"),
]


@pytest.mark.parametrize(("sentence", "anchor", "expr", "value"), PAST_TENSE)
def test_past_tense_is_not_placed_in_the_future(sentence: str, anchor: date, expr: str,
                                                value: str) -> None:
    _check(sentence, anchor, expr, value)


FAR_YEARS: list[Row] = [
    ("The bond matures on 1 January 2100.", WED, "1 January 2100", "2100-01-01"),
    ("Revenue in Q3 2150 will be high.", WED, "Q3 2150", "2150-Q3"),
    ("The ship sailed on April fifth 1898.", WED, "April fifth 1898", "1898-04-05"),
    ("The lease runs until 2105.", WED, "2105", "2105"),
    ("The probe arrives on March 3, 2114.", WED, "March 3, 2114", "2114-03-03"),
    ("The treaty was signed on June the tenth, 1815.", WED, "June the tenth, 1815",
     "1815-06-10"),
]


@pytest.mark.parametrize(("sentence", "anchor", "expr", "value"), FAR_YEARS)
def test_written_years_are_kept(sentence: str, anchor: date, expr: str, value: str) -> None:
    _check(sentence, anchor, expr, value)


def test_counts_past_2099_are_no_years() -> None:
    _none("The club has 2150 members and 2300 visitors.")
