"""The golden table of numeric dates (``numeric_order_golden.py``): which number is the month."""

from __future__ import annotations

from datetime import date

import pytest

from timeline_app.core.temporal import tag

from .numeric_order_golden import LINES, LOW_CONFIDENCE, NOT_DATES, PHRASES


def _mention(lang: str, anchor: str, text: str, phrase: str):
    start = text.index(phrase)
    end = start + len(phrase)
    for m in tag(text, date.fromisoformat(anchor), lang=lang):
        if m.start < end and m.end > start:
            return m
    return None


@pytest.mark.parametrize(("family", "lang", "anchor", "text", "phrase", "value"), LINES,
                         ids=[f"{f}:{lang}:{p}" for f, lang, _, _, p, _ in LINES])
def test_numeric_line(family: str, lang: str, anchor: str, text: str, phrase: str,
                      value: str) -> None:
    found = _mention(lang, anchor, text, phrase)
    assert found is not None and found.value == value, (family, text, found)


@pytest.mark.parametrize(("family", "anchor", "prefer", "phrase", "value"), PHRASES,
                         ids=[f"{f}:{p}@{a}" for f, a, _, p, _ in PHRASES])
def test_numeric_phrase(family: str, anchor: str, prefer: str, phrase: str, value: str) -> None:
    found = tag(phrase, date.fromisoformat(anchor), prefer=prefer, lang="en")
    assert found and found[0].value == value, (family, [(m.text, m.value) for m in found])


@pytest.mark.parametrize(("anchor", "text"), NOT_DATES)
def test_not_a_numeric_date(anchor: str, text: str) -> None:
    found = tag(text, date.fromisoformat(anchor), lang="en")
    assert not [m for m in found if "/" in m.text and m.text.count("/") == 1],\
        [(m.text, m.value) for m in found]


def test_a_policy_reading_is_told_less_sure_than_a_settled_one() -> None:
    guessed = _mention("en", "2019-06-01", "Payment was due 4/5/2016, the filing shows.",
                       "4/5/2016")
    settled = _mention("en", "2019-06-01", "Payment was due 4/15/2016, the filing shows.",
                       "4/15/2016")
    weekday = _mention("en", "2024-02-20", "The market reopens Friday, 3/5/24, after the works.",
                       "3/5/24")
    assert guessed is not None and guessed.confidence <= LOW_CONFIDENCE
    assert settled is not None and settled.confidence > LOW_CONFIDENCE
    assert weekday is not None and weekday.confidence > LOW_CONFIDENCE
