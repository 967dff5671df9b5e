"""A typed phrase that holds a day and a clock time is one moment: "tomorrow at noon", "11/21 10am".

In a sentence TimeML marks the day and the time apart ("They met Monday at 3pm": "Monday" and
"3pm"), and so does the tagger, as it does a stamp after a label ("Stand: 03.11.2018 17:20 Uhr").
A text that is nothing but the two (a date box) names one moment: they become one TIME on that
day. The words allowed between them are the language's (``day_time_link`` in ``cues.txt``).
"""

from __future__ import annotations

import re
from dataclasses import replace

from timeline_app.core.model import Mention, TimexType

from . import lexicon
from .cues import word_set
from .values import interval_of

__all__ = ["join_day_and_time"]

_DAY = re.compile(r"\d{4}-\d\d-\d\d(?:T(?:MO|AF|EV|NI))?")
_CLOCK = re.compile(r"(?:\d{4}-\d\d-\d\d|XXXX-XX-XX)T(\d\d:\d\d)")
_GAP = " \t,|-\u2013\u2014"
_TAIL = " \t\r\n.,;:!?)"


def join_day_and_time(text: str, mentions: list[Mention]) -> list[Mention]:
    """``mentions`` with a day and the clock time after it joined, when they are all the text."""
    if len(mentions) != 2:
        return mentions
    day, clock = mentions
    hit = _CLOCK.fullmatch(clock.value)
    if (not _DAY.fullmatch(day.value) or hit is None or text[clock.end:].strip(_TAIL)
            or text[:day.start].strip()):
        return mentions
    gap = " ".join(text[day.end:clock.start].strip(_GAP).lower().split())
    if gap and gap not in word_set("day_time_link", lexicon.current()):
        return mentions
    value = f"{day.value[:10]}T{hit.group(1)}"
    granularity, interval = interval_of(value, "")
    return [replace(clock, start=day.start, text=text[day.start:clock.end], value=value,
                    type=TimexType.TIME, granularity=granularity, interval=interval,
                    reference=day.reference)]
