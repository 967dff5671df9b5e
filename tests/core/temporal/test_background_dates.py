"""An old date told as background in news (a birth, an aside in commas or brackets) does not turn
the article into history: later bare months and weekdays keep the publication date (sentences
written here)."""

from __future__ import annotations

from datetime import date

import pytest

from timeline_app.core.model import Interval
from timeline_app.core.temporal import tag

ANCHOR = date(2023, 10, 18)  # a Wednesday

CASES = {  # text -> the values of its later bare expressions
    "The conductor, born on 3 March 1950 in Hull, retired on Tuesday. The orchestra tours "
    "in June.": {"Tuesday": "2023-10-17", "June": "2023-06"},
    "Born on 12 May 1948, the judge stepped down on Monday.": {"Monday": "2023-10-16"},
    "The senator, born in 1951, announced her retirement in September.": {
        "September": "2023-09"},
    "The library, which opened on 2 April 1962, shut its doors on Tuesday.": {
        "Tuesday": "2023-10-17"},
    "The poet (died 9 July 1971) was honoured with a plaque on Monday.": {
        "Monday": "2023-10-16"},
}


@pytest.mark.parametrize("text", list(CASES))
def test_background_date_keeps_news_on_the_anchor(text: str) -> None:
    found = {m.text: m for m in tag(text, ANCHOR)}
    for expr, value in CASES[text].items():
        assert found[expr].value == value, expr
        assert found[expr].reference == "anchor"


def test_the_background_date_itself_is_placed() -> None:
    (born, _) = tag("The conductor, born on 3 March 1950 in Hull, retired on Tuesday.", ANCHOR)
    assert born.value == "1950-03-03"
    assert born.interval == Interval(date(1950, 3, 3), date(1950, 3, 4))


def test_a_date_told_in_the_main_clause_still_starts_history() -> None:
    text = ("The dam was finished on 3 March 1927 after six years of work. On Friday the "
            "reservoir filled.")
    friday = {m.text: m for m in tag(text, ANCHOR)}["Friday"]
    assert (friday.value, friday.reference) == ("1927-03-04", "narrative")
