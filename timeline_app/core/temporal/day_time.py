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
    if len(mentions) == 3:
        return _day_and_clock_range(text, mentions)
    if len(mentions) != 2:
        return mentions
    day, clock = mentions
    if _CLOCK.fullmatch(day.value) and _CLOCK.fullmatch(clock.value):
        return _range_on_its_day(text, day, clock)
    if _CLOCK.fullmatch(day.value) and _DAY.fullmatch(clock.value):
        day, clock = clock, day  # the time first: "3pm next tuesday", "quarter to five tonight"
    first, last = sorted((day, clock), key=lambda m: m.start)
    hit = _CLOCK.fullmatch(clock.value)
    lead = text[:first.start].strip().lower()
    if (not _DAY.fullmatch(day.value) or hit is None or text[last.end:].strip(_TAIL)
            or (lead and lead not in word_set("day_time_link", lexicon.current())
                and lead not in word_set("phrase_lead", lexicon.current()))):
        return mentions
    gap = " ".join(text[first.end:last.start].strip(_GAP).lower().split())
    if gap and gap not in word_set("day_time_link", lexicon.current()):
        return mentions
    value = f"{day.value[:10]}T{_in_part(hit.group(1), clock.text, day.value[11:])}"
    granularity, interval = interval_of(value, "")
    return [replace(clock, start=first.start, end=last.end, text=text[first.start:last.end],
                    value=value, type=TimexType.TIME, granularity=granularity, interval=interval,
                    reference=day.reference)]


_MERIDIEM = re.compile(r"\d\s*[ap]\.?\s*m\b|\b0\d:|\b(?:1[3-9]|2\d)[:.h]|noon|midnight",
                       re.IGNORECASE)


def _in_part(clock: str, written: str, part: str) -> str:
    """``clock`` (HH:MM) in the afternoon or evening the day names, unless written with its half.

    "quarter to five this afternoon" is 16:45, "last night at 11:30" 23:30; "5am this evening",
    "07:30" and "17:00" stay as written.
    """
    hour = int(clock[:2])
    if part in ("AF", "EV", "NI") and 1 <= hour < 12 and not _MERIDIEM.search(written):
        return f"{hour + 12:02d}{clock[2:]}"
    return clock


_BARE_HOUR = re.compile(r"\s*,?\s*(?P<link>[^\W\d_]+|@)?\s*(?P<hour>[01]?\d|2[0-3])"
                        r"(?::(?P<minute>[0-5]\d))?[\s.!?]*")


def _with_bare_hour(text: str, day: Mention) -> list[Mention]:
    """A day, a link word and an hour no rule reads alone: "november 5th at 5", "morgen 7:30".

    With minutes the hour is as written (a 24-hour clock); a bare one is the evening's after
    "tonight" or "this evening", else an hour of the working day ("at 5" is 17:00), as the
    rules read "tomorrow at 5".
    """
    if text[:day.start].strip():
        return _with_bare_hour_before(text, day)
    m = _BARE_HOUR.fullmatch(text, day.end)
    if m is None or not _DAY.fullmatch(day.value):
        return [day]
    link = (m["link"] or "").lower()
    if (link and link not in word_set("day_time_link", lexicon.current())) or (
            not link and m["minute"] is None):
        return [day]
    end = m.end("minute") if m["minute"] else m.end("hour")
    return [_at_hour(day, m, day.start, end, text)]


def _at_hour(day: Mention, m: re.Match[str], start: int, end: int, text: str) -> Mention:
    """``day`` at the hour (and minute) of ``m``, spanning ``start:end``.

    A bare hour is the evening's after a part of the day that is ("tonight"), else one of the
    working day (1 to 7 are the afternoon's).
    """
    hour, part = int(m["hour"]), day.value[11:]
    if m["minute"] is None and (part in ("AF", "EV", "NI") or (not part and hour <= 7)):
        hour = hour % 12 + 12 if hour < 12 else hour
    value = f"{day.value[:10]}T{hour:02d}:{m['minute'] or '00'}"
    granularity, interval = interval_of(value, "")
    return replace(day, start=start, end=end, text=text[start:end], value=value,
                   type=TimexType.TIME, granularity=granularity, interval=interval)


_HOUR_BEFORE = re.compile(r"\s*(?P<link>[^\W\d_]+|@)\s+(?P<hour>[01]?\d|2[0-3])"
                          r"(?::(?P<minute>[0-5]\d))?\s*,?\s*")


def _with_bare_hour_before(text: str, day: Mention) -> list[Mention]:
    """A link word and an hour before the day: "at 4 this afternoon", "at 9 tomorrow".

    The hour is read as after the day ("tomorrow at 4"): in the day's part, else the working day's.
    """
    m = _HOUR_BEFORE.fullmatch(text, 0, day.start)
    if (m is None or not _DAY.fullmatch(day.value) or text[day.end:].strip(_TAIL)
            or m["link"].lower() not in word_set("day_time_link", lexicon.current())):
        return [day]
    return [_at_hour(day, m, m.start("hour"), day.end, text)]


_CLOCK_WORDS = re.compile(r"(?:[\d:.\s]|[ap]\.?m\.?|noon|midnight|o'clock|half|quarter|past|to)+",
                          re.IGNORECASE)


def _range_on_its_day(text: str, start: Mention, end: Mention) -> list[Mention]:
    """"from 10am to noon tomorrow": a start with no day of its own is on the end's day."""
    lex = lexicon.current()
    lead = text[:start.start].strip().lower()
    gap = text[start.end:end.start].strip(" \t").lower()
    if (text[end.end:].strip(_TAIL) or (lead and lead not in word_set("range_open", lex))
            or (gap not in ("-", "\u2013") and gap not in word_set("range_link", lex))
            or not _CLOCK_WORDS.fullmatch(start.text) or start.value[:10] == end.value[:10]):
        return [start, end]
    return [_on_day(start, end.value[:10], start.start, text), end]



def _day_and_clock_range(text: str, mentions: list[Mention]) -> list[Mention]:
    """"today between 2 and 4pm", "friday from 9 to 11am": both ends on the day, joined to it."""
    day, start, end = mentions
    if not (_DAY.fullmatch(day.value) and _CLOCK.fullmatch(start.value)
            and _CLOCK.fullmatch(end.value)):
        return mentions
    lex = lexicon.current()
    lead = text[:day.start].strip().lower()
    opener = text[day.end:start.start].strip(_GAP).lower()
    link = text[start.end:end.start].strip(" \t").lower()
    if (text[end.end:].strip(_TAIL) or (lead and lead not in word_set("phrase_lead", lex))
            or (opener and opener not in word_set("range_open", lex)
                and opener not in word_set("day_time_link", lex))
            or (link not in ("-", "\u2013") and link not in word_set("range_link", lex))):
        return mentions
    on = day.value[:10]
    return [_on_day(start, on, day.start, text), _on_day(end, on, end.start, text)]


def _on_day(clock: Mention, day: str, start: int, text: str) -> Mention:
    """``clock`` on ``day`` (YYYY-MM-DD), spanning from ``start``."""
    value = day + clock.value[10:]
    granularity, interval = interval_of(value, "")
    return replace(clock, start=start, text=text[start:clock.end], value=value,
                   type=TimexType.TIME, granularity=granularity, interval=interval)
