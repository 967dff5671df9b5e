"""ingest/tense: the words that tell a day as past or still to come, read from data."""

from __future__ import annotations

import pytest

from timeline_app.core.ingest.dates import calendar_words
from timeline_app.core.ingest.tense import ahead_markers, clause_tense, done_markers, told


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("The council tabled the budget on May 14.", "past"),
        ("Tickets go on sale on Friday, March 15.", "future"),
        ("La réunion aura lieu le jeudi 12 octobre.", "future"),
        ("Решение приняли на совещании 11 марта.", "past"),
        ("The ferry leaves from pier 4 on May 2.", None),  # neither
        ("It was delayed and will open on May 2.", None),  # both
    ],
)
def test_told_reads_the_whole_sentence(sentence: str, expected: str | None) -> None:
    assert told(sentence) == expected


def test_clause_tense_takes_the_nearest_marker_before_the_mention() -> None:
    text = "Workers will get a wage rise from April, ending a strike that began in January 2023."
    assert clause_tense(text, text.index("January")) == "event"
    assert clause_tense(text, text.index("April")) == "plan"
    assert clause_tense("The fair in May 2024 drew crowds.", 12) == ""


def test_done_and_ahead_markers_are_whole_words() -> None:
    assert done_markers().search("The mayor reopened the bridge")
    assert not done_markers().search("The red bridge")  # (too short for an -ed verb)
    assert ahead_markers().search("The plan to widen it is scheduled")
    assert not ahead_markers().search("The plan was presented")


def test_calendar_words_hold_every_language_of_the_data() -> None:
    words = calendar_words()
    assert {"monday", "mardi", "mittwoch", "jueves", "пятница", "토요일"} <= words
    assert {"may", "january"} <= words and "lagos" not in words
