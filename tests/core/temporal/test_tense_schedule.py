"""Present-tense schedule verbs in news point ahead of the publication date (sentences written
here): "The ministers meet Monday" is next Monday, "failed to meet Monday" the last."""

from __future__ import annotations

from datetime import date

import pytest

from timeline_app.core.model import Interval, TimexType
from timeline_app.core.temporal import tag

ANCHOR = date(2023, 10, 18)  # a Wednesday

AHEAD = {  # sentence -> (expression, value)
    "The finance ministers meet separately Monday in Brussels.": ("Monday", "2023-10-23"),
    "The planning board votes Thursday on the stadium plan.": ("Thursday", "2023-10-19"),
    "Negotiations resume on Friday after a short break.": ("Friday", "2023-10-20"),
    "The city council, which was elected in May, convenes Tuesday.": ("Tuesday", "2023-10-24"),
    "The trade fair opens in January at the old airport.": ("January", "2024-01"),
    "Parliament reconvenes Monday morning.": ("Monday morning", "2023-10-23TMO"),
    "The curfew takes effect on Friday.": ("Friday", "2023-10-20"),
    "The festival gets under way Monday in the old port.": ("Monday", "2023-10-23"),
    "The new rules come into force in March.": ("March", "2024-03"),
}
NOT_FINITE = {  # a schedule verb that is no finite present leaves the other cues to decide
    "The two envoys failed to meet Monday, aides said.": ("Monday", "2023-10-16"),
    "The two envoys did not meet Monday.": ("Monday", "2023-10-16"),
    "The mayor won 300 votes Thursday in the primary.": ("Thursday", "2023-10-12"),
    "The two sides met Monday and meet again Friday.": ("Monday", "2023-10-16"),
    "The curfew took effect on Friday.": ("Friday", "2023-10-13"),
}


def _one(text: str, expr: str):
    found = {m.text: m for m in tag(text, ANCHOR)}
    assert expr in found, list(found)
    return found[expr]


@pytest.mark.parametrize("sentence", list(AHEAD))
def test_schedule_verbs_point_ahead(sentence: str) -> None:
    expr, value = AHEAD[sentence]
    m = _one(sentence, expr)
    assert (m.value, m.reference) == (value, "anchor")
    assert m.interval is not None and m.interval.begin > ANCHOR


@pytest.mark.parametrize("sentence", list(NOT_FINITE))
def test_schedule_verb_that_is_not_a_finite_present_says_nothing(sentence: str) -> None:
    expr, value = NOT_FINITE[sentence]
    assert _one(sentence, expr).value == value


def test_two_days_of_one_sentence_take_their_own_verbs() -> None:
    m = _one("The two sides met Monday and meet again Friday.", "Friday")
    assert m.type is TimexType.DATE
    assert m.interval == Interval(date(2023, 10, 20), date(2023, 10, 21))
