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
    if len(mentions) == 1:
        return _with_bare_hour(text, mentions[0])
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


_BARE_HOUR = re.compile(r"\s*,?\s*(?P<link>[^\W\d_]+|@)?\s*(?P<hour>[01]?\d|2[0-3])"
                        r"(?::(?P<minute>[0-5]\d))?[\s.!?]*")


def _with_bare_hour(text: str, day: Mention) -> list[Mention]:
    """A day, a link word and an hour no rule reads alone: "november 5th at 5", "morgen 7:30".

    With minutes the hour is as written (a 24-hour clock); a bare one is the evening's after
    "tonight" or "this evening", else an hour of the working day ("at 5" is 17:00), as the
    rules read "tomorrow at 5".
    """
    m = _BARE_HOUR.fullmatch(text, day.end)
    if m is None or not _DAY.fullmatch(day.value) or text[:day.start].strip():
        return [day]
    link = (m["link"] or "").lower()
    if (link and link not in word_set("day_time_link", lexicon.current())) or (
            not link and m["minute"] is None):
        return [day]
    hour, part = int(m["hour"]), day.value[11:]
    if m["minute"] is None and (part in ("AF", "EV", "NI") or (not part and hour <= 7)):
        hour = hour % 12 + 12 if hour < 12 else hour
    value = f"{day.value[:10]}T{hour:02d}:{m['minute'] or '00'}"
    granularity, interval = interval_of(value, "")
    return [replace(day, end=m.end("minute") if m["minute"] else m.end("hour"),
                    text=text[day.start:m.end("minute") if m["minute"] else m.end("hour")],
                    value=value, type=TimexType.TIME, granularity=granularity, interval=interval)]
