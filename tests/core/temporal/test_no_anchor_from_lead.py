"""Filed by the lead: with no anchor, a news text's bare months stay unresolved.

Issue 2: an undated article's relative expressions must not be silently resolved against some
other date. In news (not history) with no anchor, an earlier year in the text says nothing about
which year "late June" is: the story may well be a year or more later. History text, which tells
its own years, still resolves from them.
"""

from __future__ import annotations

from datetime import date

from timeline_app.core.temporal import tag


def _find(text: str, anchor, needle: str):
    return next(m for m in tag(text, anchor) if needle in m.text.lower())


NEWS = (
    "The two governments signed a trade pact in 2019 during a state visit, officials said.\n\n"
    "The minister thanked his hosts for their support on Saturday, agencies reported.\n\n"
    "State television showed the leader laying a wreath at a memorial in late June."
)


def test_undated_news_leaves_a_bare_month_unresolved():
    june = _find(NEWS, None, "june")
    assert june.interval is None
    assert june.value.startswith("XXXX")


def test_the_same_news_with_an_anchor_resolves_it():
    june = _find(NEWS, date(2022, 7, 20), "june")
    assert june.value == "2022-06"


def test_undated_history_still_takes_the_story_year():
    text = ("The kingdom was founded in 1548 after a long war. In late June, the first king was "
            "crowned at the river fort, and in the autumn he married.")
    june = _find(text, None, "june")
    assert june.value == "1548-06"
