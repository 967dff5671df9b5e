"""Two dates told as one span: "between 2019 and 2021", "from May 1804 to September 1806".

TIMEX3 marks each end apart (TimeBank does, and the scorers count them so), so both mentions
stay; the first one's interval then runs to the end of the second, so the timeline draws the
span the text tells rather than its first unit. The link words are the language's
(``range_open``, ``range_link`` and ``range_list`` in ``cues.txt``): a dash or "to" needs no
opening word ("2019-2021", "March 3 to March 10"), a link that also joins lists does ("between
... and": "in 1990 and 1991" is a list, not a span).
"""

from __future__ import annotations

import re
from dataclasses import replace

from timeline_app.core.model import Interval, Mention

from . import lexicon
from .cues import pattern as cue
from .cues import word_set
from .values import interval_of

__all__ = ["join_ranges", "order_lists"]

_MONTH_OR_DAY = re.compile(r"(\d{4})(-\d\d(?:-\d\d)?)")
_YEAR_WRITTEN = re.compile(r"\d{4}|'\d\d")


def order_lists(text: str, mentions: list[Mention]) -> None:
    """A month or day without a year joined to the one before it comes after it, in place.

    "made up in December and June" (told in September) is next June, not the June gone:
    a list or a span of dates runs forward unless the text gives a year that says otherwise.
    """
    range_link = cue("range_link")
    for i in range(len(mentions) - 1):
        first, last = mentions[i], mentions[i + 1]
        a, b = _MONTH_OR_DAY.fullmatch(first.value), _MONTH_OR_DAY.fullmatch(last.value)
        if (a is None or b is None or len(a.group(2)) != len(b.group(2))
                or last.rule.startswith("weekday")  # "made Friday and Thursday": days gone
                or _YEAR_WRITTEN.search(last.text) or range_link.fullmatch(
                    text, first.end, last.start) is None or a.group(1) != b.group(1)
                or b.group(2) >= a.group(2)):
            continue
        value = f"{int(b.group(1)) + 1:04d}{b.group(2)}"
        granularity, interval = interval_of(value, last.mod)
        if interval is not None:
            mentions[i + 1] = replace(last, value=value, granularity=granularity,
                                      interval=interval)


def join_ranges(text: str, mentions: list[Mention]) -> None:
    """Stretch, in place, each mention that opens a span to the end of the one closing it."""
    range_link = cue("range_link")  # (once a text, not once a mention)
    for i in range(len(mentions) - 1):
        first, last = mentions[i], mentions[i + 1]
        if not (first.placeable and last.placeable):
            continue
        link = range_link.fullmatch(text, first.end, last.start)
        if link is None:
            continue
        word = link.group(0).strip().lower()
        if (word in word_set("range_list", lexicon.current())
                and cue("range_open").search(text, max(0, first.start - 24), first.start) is None):
            continue
        a, b = first.interval, last.interval
        assert a is not None and b is not None  # (placeable)
        if b.begin < a.begin or b.end <= a.end:
            continue  # the end never before the start: "from 2021 to 2019" is no span
        mentions[i] = replace(first, interval=Interval(a.begin, b.end))
