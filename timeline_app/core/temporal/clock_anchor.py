"""Offsets in hours and minutes from an anchor that carries a clock ("in 2 hours", "an hour ago").

A news article's anchor is a day: "in two hours" there is a length and "an hour ago" that day.
An anchor with a clock (what an assistant or a date box is asked at a given minute) places
them to the minute: 09:15 and "in 2 hours" is 11:15, "20 minutes ago" at 21:40 is 21:20. A clock
time with no half of the day written ("at 3", "at 5 o'clock") takes the nearer of its two
readings on the preferred side of that minute: at 09:15, looking ahead, "at 3" is 15:00; at
21:40, looking back, "at 5 o'clock" is 17:00.
"""

from __future__ import annotations

import re
from dataclasses import replace
from datetime import datetime, timedelta
from functools import cache

from ..model import Mention, TimexType
from . import cues, lexicon, offset_words
from .norm_base import unit_code
from .recognition import Parse
from .values import interval_of

__all__ = ["place_on_clock"]

_OFFSET_RULES = frozenset({"ago"})
_FROM_CLOCK = frozenset({"ago", "earlier", "later", "hence"})
"""Offset directions counted from the clock ("20 minutes ago", "in 2 hours" is a length)."""
_LENGTH = re.compile(r"PT(?:(\d+)H)?(?:(\d+)M)?")
_MINUTES = {"TH": 60, "TM": 1}
_DAY_TIME = re.compile(r"(\d{4}-\d\d-\d\d)T(\d\d):(\d\d)")
_CLOCK_24 = r"\b0\d:\d\d"  # a 24-hour clock ("07:45") says the half of the day in any language


@cache
def _half_marked(lang: str) -> re.Pattern[str]:
    """What says the half of the day in ``lang``: its ``cues.txt`` words, or a 24-hour clock.

    ``clock_half_word`` are whole words ("pm", "a.m"); ``clock_half_start`` open a word
    ("morning" in "mornings", "오후" in "오후에").
    """
    whole = cues.alternation("clock_half_word", lang)
    start = cues.alternation("clock_half_start", lang)
    return re.compile(rf"(?<![^\W\d_])(?:(?:{whole})\b|{start})|{_CLOCK_24}", re.IGNORECASE)


@cache
def _ahead(lang: str) -> tuple[re.Pattern[str], int]:
    """The words before a length that make it a time ahead, and how far back they may stand.

    ``clock_ahead_prep`` in ``cues.txt``: "in 2 hours", "en 2 horas", "dentro de 2 horas".
    """
    reach = max((len(w) for w in cues.words("clock_ahead_prep", lang)), default=2) + 6
    words = cues.alternation("clock_ahead_prep", lang)
    return re.compile(rf"\b(?:{words})\s+$", re.IGNORECASE), reach


def _ahead_word(text: str, start: int) -> re.Match[str] | None:
    """The word right before ``start`` that makes the length there a time ahead, if any."""
    pattern, reach = _ahead(lexicon.current())
    return pattern.search(text, max(0, start - reach), start)


@cache
def _keeps_day(lang: str) -> re.Pattern[str]:
    """The words (``clock_same_day`` in ``cues.txt``) that keep a time on the day written."""
    return re.compile(rf"\b(?:{cues.alternation('clock_same_day', lang)})\b", re.IGNORECASE)


def _stamp(t: datetime) -> str:
    return f"{t.year:04d}-{t.month:02d}-{t.day:02d}T{t.hour:02d}:{t.minute:02d}"


def _at(m: Mention, value: str) -> Mention:
    gran, interval = interval_of(value, "")
    return replace(m, type=TimexType.TIME, value=value, granularity=gran, interval=interval,
                   reference="anchor")


def _offset(text: str, m: Mention, groups: dict[str, str | None] | None) -> float | None:
    """Minutes from the clock ``m`` says ("in 2 hours" +120, "5 minutes ago" -5), else None."""
    if m.type is TimexType.DURATION:
        length = _LENGTH.fullmatch(m.value)
        if length is None or not (length[1] or length[2]):
            return None
        if not _ahead_word(text, m.start):
            return None  # "waited 2 hours": a length
        return 60 * int(length[1] or 0) + int(length[2] or 0)
    if groups is None or m.rule not in _OFFSET_RULES:
        return None
    unit = unit_code(groups.get("unit") or "")
    if unit not in _MINUTES or groups.get("vnum"):
        return None
    n = lexicon.number_value(groups.get("num") or "")
    if n is None:
        return None
    if groups.get("prehalf") or groups.get("andhalf"):
        n += 0.5
    way = offset_words.direction(groups, {}, default=None)  # the language's offsets.txt
    if way is None or way.code not in _FROM_CLOCK or way.day is not None:
        return None  # "an hour after the vote", "an hour from today": not from this minute
    return way.sign * n * _MINUTES[unit]


def _half_of_day(m: Mention, clock: datetime, prefer: str) -> Mention | None:
    """``m`` at the other half of the day when that is nearer on the preferred side."""
    written = _DAY_TIME.fullmatch(m.value)
    if written is None or written[1] != clock.date().isoformat() \
            or _half_marked(lexicon.current()).search(m.text):
        return None
    hour = int(written[2])
    if not 1 <= hour <= 12:
        return None
    readings = [clock.replace(hour=h % 24, minute=int(written[3]), second=0, microsecond=0)
                for h in (hour % 12, hour % 12 + 12)]
    ahead = prefer == "future"
    side = [t for t in readings if (t >= clock if ahead else t <= clock)]
    if not side:
        return None
    best = min(side, key=lambda t: abs(t - clock))
    value = _stamp(best)
    return None if value == m.value else _at(m, value)


def _gone(m: Mention, clock: datetime, prefer: str) -> Mention | None:
    """``m`` on the next day (week) when its time of the clock's day is gone, looking ahead.

    "11:45am" asked at 14:05 is tomorrow's; "thursday 9am" asked on Thursday at 14:05 next
    Thursday's; looking back, "11pm" asked at 21:40 is last night's. "today" or "this
    morning" keep the day as written.
    """
    written = _DAY_TIME.fullmatch(m.value)
    if written is None or written[1] != clock.date().isoformat() \
            or _keeps_day(lexicon.current()).search(m.text):
        return None
    at = clock.replace(hour=int(written[2]) % 24, minute=int(written[3]), second=0,
                       microsecond=0)
    step = 7 if _names_weekday(m.text) else 1
    if prefer == "future" and at < clock:
        return _at(m, _stamp(at + timedelta(days=step)))
    if prefer == "past" and at > clock:
        return _at(m, _stamp(at - timedelta(days=step)))
    return None


def _names_weekday(text: str) -> bool:
    names = lexicon.table("weekdays")
    return any(w.lower() in names for w in re.findall(r"[^\W\d_]+", text))


def place_on_clock(parse: Parse, text: str, mentions: list[Mention], clock: datetime,
                   prefer: str) -> list[Mention]:
    """``mentions`` with hour and minute offsets placed from ``clock``, bare hours in a half.

    The half of the day a bare hour takes is the one ``prefer`` points to, nearer the clock.
    """
    groups = {(p.start, p.end, p.rule): dict(p.groups) for p in parse.matches
              if p.rule in _OFFSET_RULES}
    out = []
    for m in mentions:
        minutes = _offset(text, m, groups.get((m.start, m.end, m.rule)))
        if minutes is not None:
            if m.type is TimexType.DURATION:  # "in 2 hours": the point, "in" and all
                lead = _ahead_word(text, m.start)
                m = replace(m, start=lead.start(), text=text[lead.start():m.end])
            m = _at(m, _stamp(clock + timedelta(minutes=minutes)))
        elif m.type is TimexType.TIME:
            m = _half_of_day(m, clock, prefer) or m
            m = _gone(m, clock, prefer) or m
        out.append(m)
    return out
