"""Families the TimeBank/AQUAINT error analysis found wanting, in the project's own words.

"today's" before a happening is the page's day ("today's vote"), not before a generation or
an era ("today's youth"); a date that opens its sentence before a comma takes the tense of
the main verb however far it stands ("In January, a week after ..., a bombing killed ...");
a clock time that borrows its day from a sentence before dates no event, so an offset from an
event of its own sentence is not counted from that day ("at 6 a.m. ten days before the fire");
"by mid-afternoon", "into the late evening" are parts of the day told (else of the page's);
"the previous Friday" counts from the Friday told a few sentences back; after a verb that
takes a length ("must wait 30 days before closing") "N days before" is that length;
an anniversary that a date after its event's words would put years ahead stays unplaced; "some
40 years later" with nothing dated before it is a length; "the following spring" moves a
history's year, and "Three years later, in 1372" is 1372.
"""

from __future__ import annotations

import pytest

from .test_news_families import _value

LINES = [
    ("2021-03-04", "Turnout in today's vote was low, the election board said.", "today",
     "2021-03-04"),
    ("2021-03-04", "Ministers gathered for today's emergency meeting in Brussels.", "today",
     "2021-03-04"),
    ("2018-10-25", "In January, a week after the anniversary of the founding of the party and "
     "a round of strikes in the port, a car bomb in the northern city of Tikrit killed two "
     "soldiers.", "January", "2018-01"),
    ("2018-10-25", "In January, weeks after the collapse of the coalition talks in the capital "
     "and a string of strikes, Dr. Ruiz of the Univ. of Lima resigned from the board.",
     "January", "2018-01"),
    ("2019-09-30", "In November, after the harvest and the usual autumn rains, the "
     "cooperative plans to open a second mill.", "November", "2019-11"),
    ("2022-06-15", "The warehouse burned down on May 2. A guard saw a van near the gate at "
     "5 a.m. three days before the fire.", "three days", "P3D"),
    # a part of the day with early/mid/late after a preposition: the day told, else the page's
    ("2020-11-05", "Rescuers reached the valley on Tuesday. By mid-afternoon the road was "
     "open again.", "mid-afternoon", "2020-11-03TAF"),
    ("2020-11-05", "By late evening, the count in the capital was complete, officials said.",
     "late evening", "2020-11-05TEV"),
    # "the previous Friday" counts from the Friday told, sentences back if need be
    ("2023-10-23", "Shares closed lower on Friday after the minister resigned. Traders were "
     "nervous. The pound fell. Bonds rallied late. The index lost 4% from the previous "
     "Friday.", "the previous Friday", "2023-10-13"),
    # a verb that takes a length: "wait 30 days before", "took two years after"
    ("2023-10-18", "The ministry approved the sale on Tuesday, and the buyers must wait 30 days "
     "before closing it.", "30 days", "P30D"),
    ("2023-10-18", "The dam failed in May 2021. It took two years after the flood to rebuild "
     "the bridge.", "two years", "P2Y"),
    # a date after the event's words that dates the marking, not the event: left unplaced
    ("2024-05-15", "The country marked the 30th anniversary of the genocide last month.",
     "the 30th anniversary", "XXXX-XX-XX"),
    ("2024-05-15", "The 10th anniversary of the 2013 floods fell last year.",
     "The 10th anniversary", "2023"),
    # "N years later" with nothing dated before it: the length, never the page's date plus it
    ("2024-05-15", "Some 40 years later, the case was reopened by a new prosecutor.",
     "Some 40 years later", "P40Y"),
    ("2024-05-15", "The mine closed in 1984. Some 40 years later, the case was reopened.",
     "Some 40 years later", "2024"),
    # history: "the following spring" moves the story's year; an offset takes the date apposed
    ("2024-05-15", "The siege of the port began in the summer of 1652. The following spring the "
     "fleet returned. On 12 April, the harbour chain was cut.", "12 April", "1653-04-12"),
    ("2024-05-15", "The dynasty was founded in 1368. Three years later, in 1372, the capital "
     "moved north.", "Three years later", "1372"),
]

NOT_DATES = [
    ("2021-03-04", "Critics say today's youth read less than their parents did.", "today"),
    ("2021-03-04", "In today's world, few firms can ignore the internet.", "today"),
]


@pytest.mark.parametrize(("anchor", "text", "phrase", "value"), LINES)
def test_family_line(anchor: str, text: str, phrase: str, value: str) -> None:
    assert _value(anchor, text, phrase) == value, text


@pytest.mark.parametrize(("anchor", "text", "phrase"), NOT_DATES)
def test_not_a_date(anchor: str, text: str, phrase: str) -> None:
    assert _value(anchor, text, phrase) is None, text
