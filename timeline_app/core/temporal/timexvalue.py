"""The interval and granularity a TIMEX3 value denotes, for values a user types in by hand.

The tagger's own ``interval_of`` is used where it reads the value; this module adds clear errors
for values it cannot place (and a few spellings it does not take, such as ``AU`` for autumn).
"""

from __future__ import annotations

import re
from datetime import date, timedelta

from timeline_app.core.errors import CorrectionError
from timeline_app.core.model import Granularity, Interval

from .values import interval_of as _tagger_interval_of

__all__ = ["interval_of_value"]


_DAY = re.compile(r"^(\d{4})-(\d{2})-(\d{2})(?:T[\w:.+-]*)?$")
_MONTH = re.compile(r"^(\d{4})-(\d{2})$")
_WEEK = re.compile(r"^(\d{4})-W(\d{2})$")
_SEASON = re.compile(r"^(\d{4})-(SP|SU|FA|AU|WI)$")
_QUARTER = re.compile(r"^(\d{4})-Q([1-4])$")
_YEAR = re.compile(r"^(\d{4})$")
_DECADE = re.compile(r"^(\d{3})$")
_CENTURY = re.compile(r"^(\d{2})$")

# Northern-hemisphere meteorological seasons; winter runs into the next year.
_SEASONS = {"SP": (3, 6), "SU": (6, 9), "FA": (9, 12), "AU": (9, 12), "WI": (12, 15)}


def _month_start(year: int, month: int) -> date:
    return date(year + (month - 1) // 12, (month - 1) % 12 + 1, 1)


def interval_of_value(value: str) -> tuple[Interval, Granularity]:
    """``(interval, granularity)`` of a placeable TIMEX3 date value; CorrectionError otherwise.

    >>> interval_of_value("2023-09")[0].end
    datetime.date(2023, 10, 1)
    """
    v = value.strip().upper()
    granularity, interval = _tagger_interval_of(v)  # the tagger's reading wins: one truth
    if granularity is not None and interval is not None:
        return interval, granularity
    try:
        if m := _DAY.match(v):
            d = date(int(m[1]), int(m[2]), int(m[3]))
            return Interval.day(d), Granularity.DAY
        if m := _MONTH.match(v):
            y, mo = int(m[1]), int(m[2])
            if not 1 <= mo <= 12:
                raise ValueError(f"month {mo}")
            return Interval(date(y, mo, 1), _month_start(y, mo + 1)), Granularity.MONTH
        if m := _WEEK.match(v):
            monday = date.fromisocalendar(int(m[1]), int(m[2]), 1)
            return Interval(monday, monday + timedelta(days=7)), Granularity.WEEK
        if m := _SEASON.match(v):
            y, (a, b) = int(m[1]), _SEASONS[m[2]]
            return Interval(_month_start(y, a), _month_start(y, b)), Granularity.SEASON
        if m := _QUARTER.match(v):
            y, q = int(m[1]), int(m[2])
            a = 3 * (q - 1) + 1
            return Interval(_month_start(y, a), _month_start(y, a + 3)), Granularity.QUARTER
        if m := _YEAR.match(v):
            y = int(m[1])
            return Interval(date(y, 1, 1), date(y + 1, 1, 1)), Granularity.YEAR
        if m := _DECADE.match(v):
            y = int(m[1]) * 10
            return Interval(date(max(y, 1), 1, 1), date(y + 10, 1, 1)), Granularity.DECADE
        if m := _CENTURY.match(v):
            y = int(m[1]) * 100
            return Interval(date(max(y, 1), 1, 1), date(y + 100, 1, 1)), Granularity.CENTURY
    except (ValueError, OverflowError) as exc:  # 2023-02-30; 9999-12-31 has no next day
        raise CorrectionError(f"not a valid TIMEX3 date value: {value!r} ({exc})") from None
    raise CorrectionError(
        f"not a placeable TIMEX3 date value: {value!r} "
        "(use 2023-10-18, 2023-10, 2023-W42, 2024-SU, 2024-Q1, 1948, 194 or 19)"
    )
