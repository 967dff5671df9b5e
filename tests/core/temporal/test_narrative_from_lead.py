"""Narrative-history cases filed by the lead (text written for this file, WikiWars-like genre).

In narrative, "the next month", "the following year", "that winter", "by the end of the month"
are anaphoric: they move from the last date the story told, not from the publication date; and
the story's current year advances with them. "next month" without a determiner stays deictic.
"""

from __future__ import annotations

from datetime import date

from timeline_app.core.temporal import tag

ANCHOR = date(2024, 5, 1)


def _values(text: str) -> dict[str, tuple[str, str]]:
    return {m.text.lower(): (m.value, m.mod) for m in tag(text, ANCHOR)}


def test_the_next_month_follows_the_story_not_the_anchor():
    v = _values("The siege was lifted on 27 January 1944. The next month the army reached the river.")
    assert v["the next month"][0] == "1944-02"


def test_the_following_year_moves_the_story_year():
    v = _values(
        "In the spring of 1940 the offensive resumed. The following year, in June, the invasion "
        "began; that winter the advance stalled."
    )
    assert v["the following year"][0] == "1941"
    assert v["june"][0] == "1941-06"
    assert v["that winter"][0] == "1941-WI"


def test_end_of_the_month_is_found_and_anaphoric():
    v = _values("On 1 September 1939 the forces crossed the border. By the end of the month the capital had fallen.")
    assert v["the end of the month"] == ("1939-09", "END")


def test_deictic_next_month_stays_with_the_anchor():
    v = _values("The ministry said the talks would resume next month.")
    assert v["next month"][0] == "2024-06"
