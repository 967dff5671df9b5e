"""The second table of typed phrases (``typed_phrases_golden.py``): its share right, and each line.

Written with their values before the tagger first ran on them: 172 of 239 right then (72.0%).
Every line right now must stay right; the lines still wrong are listed with why, so that a change
that mends one shows here too.
"""

from __future__ import annotations

import pytest

from .typed_phrases_golden import PHRASES, is_right, reading

FLOOR = 96.0
"""Share of lines right (percent): measured 96.7 (231 of 239). Raise it, never lower it."""

STILL_WRONG = {
    "5pm on the 20th": "a clock time with a bare day of the month after it: two mentions",
    "the night before last": "no rule",
    "the 25th": "past preferred: the 25th a week ahead is nearer than the one gone (policy)",
    "the week before christmas": "a week counted from a holiday: only the holiday is read",
    "1 Jan": "past preferred, yet the coming 1 January is nearer (the nearest-date policy)",
    "Jan 1st": "the same",
    "march through may": "two month names that are common words, in lower case, as a range",
    "Posted: Tue 17 Oct 2023 14:05": "a date and a time are one only when alone in the text",
}


def test_the_share_right_holds_its_floor() -> None:
    right = sum(is_right(reading(phrase, key), value) for _, phrase, key, value in PHRASES)
    assert len(PHRASES) >= 150
    assert 100 * right / len(PHRASES) >= FLOOR


LINES = [line for line in PHRASES if line[1] not in STILL_WRONG]


@pytest.mark.parametrize(("family", "phrase", "key", "value"), LINES,
                         ids=[f"{f}:{p}@{k}" for f, p, k, _ in LINES])
def test_a_line_right_stays_right(family: str, phrase: str, key: str, value: str) -> None:
    found = reading(phrase, key)
    assert is_right(found, value), [(m.text, m.value, m.rule) for m in found]


def test_the_lines_still_wrong_are_in_the_table() -> None:
    assert set(STILL_WRONG) <= {phrase for _, phrase, _, _ in PHRASES}
