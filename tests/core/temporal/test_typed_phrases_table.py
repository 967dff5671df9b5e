"""Tables two to five of typed phrases (``typed_phrases_golden.py``): share right, and each line.

All written with their values before the tagger first ran on them: the second 172 of 239 right
then (72.0%); the third, written after the rules the second showed wanting, 99 of 130 (76.2%);
the fourth, after the third's, 80 of 94 (85.1%); the fifth, chat and booking messages with
words around the expression, 36 of 48 (75.0%); the sixth, short phrases of every family typed
into a date box or a note (Duckling's and ctparse's kinds, written without opening them), 147
of 159 (92.5%; 150 with three lines of its gold corrected to the date box's future policy);
the seventh, more date-box and caption forms at two other anchors, 93 of 101 (92.1%); the
eighth, stamps, clock forms and holidays at a Saturday anchor, 65 of 73 (89.0%).
Every line right now must stay right; the lines still wrong are listed with why, so that a change
that mends one shows here too.
"""

from __future__ import annotations

import pytest

from .typed_phrases_golden import (
    BLIND,
    EIGHTH,
    FIFTH,
    FOURTH,
    PHRASES,
    SEVENTH,
    SIXTH,
    is_right,
    reading,
)

FLOORS = {"second": 97.0, "third": 99.0, "fourth": 98.5, "fifth": 91.5, "sixth": 100.0,
          "seventh": 98.0, "eighth": 94.5}
"""Share of lines right (percent) in each table: measured 97.5 (233 of 239), 99.2 (129 of 130),
98.9 (93 of 94), 91.7 (44 of 48), 100 (159 of 159), 98.0 (99 of 101) and 94.5 (69 of 73).
Raise them, never lower them."""
TABLES = {"second": PHRASES, "third": BLIND, "fourth": FOURTH, "fifth": FIFTH, "sixth": SIXTH,
          "seventh": SEVENTH, "eighth": EIGHTH}

STILL_WRONG = {
    "the night before last": "no rule",
    "the 25th": "past preferred: the 25th a week ahead is nearer than the one gone (policy)",
    "the week before christmas": "a week counted from a holiday: only the holiday is read",
    "1 Jan": "past preferred, yet the coming 1 January is nearer (the nearest-date policy)",
    "Jan 1st": "the same",
    "march through may": "two month names that are common words, in lower case, as a range",
    "Posted: Tue 17 Oct 2023 14:05": "a stamp after a label: its date and time stay two mentions",
    "Updated: 06/14/2016 10:32 AM": "the same",
    "Fr 11.6. 10:00": "German weekday abbreviations are not in the generated name list",
    "dinner on saturday at 8": "a bare 8 is the morning's (hours 1 to 7 are the afternoon's)",
    "the dentist is on the 23rd at 10:30": "in a sentence the day and the time stay two",
    "party sat night": "'sat' in lower case needs a number",
    "report due q2": "'q2' in lower case inside a sentence",
    "20240315": "a compact date: its rule would scan around every number of every text",
    "a week tomorrow": "the British 'a week tomorrow' (tomorrow and seven days): no rule",
    "saturday between 10 and 12": "hours without am/pm or a colon are no clock times here",
    "tomorrow 8-10": "the same",
    "the end of the quarter": "'the quarter' alone is the last one reported (news), not this one",
    "07/01": "an ambiguous numeric date is not guessed (calendar.txt numeric_order none)",
    "thu 22/06": "a weekday before a numeric date: no rule",
}


@pytest.mark.parametrize("name", sorted(TABLES))
def test_the_share_right_holds_its_floor(name: str) -> None:
    table = TABLES[name]
    right = sum(is_right(reading(phrase, key), value) for _, phrase, key, value in table)
    assert len(table) >= 40
    assert 100 * right / len(table) >= FLOORS[name]


ALL = [line for table in TABLES.values() for line in table]
LINES = [line for line in ALL if line[1] not in STILL_WRONG]


@pytest.mark.parametrize(("family", "phrase", "key", "value"), LINES,
                         ids=[f"{f}:{p}@{k}" for f, p, k, _ in LINES])
def test_a_line_right_stays_right(family: str, phrase: str, key: str, value: str) -> None:
    found = reading(phrase, key)
    assert is_right(found, value), [(m.text, m.value, m.rule) for m in found]


def test_the_lines_still_wrong_are_in_the_tables() -> None:
    assert set(STILL_WRONG) <= {phrase for _, phrase, _, _ in ALL}
