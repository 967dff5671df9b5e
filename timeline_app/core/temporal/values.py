"""TIMEX3 values to placeable intervals: what span of days a value (with its mod) denotes.

The value is the single source of truth: the interval and granularity are derived from it, so
the two can never disagree. Underspecified values (``XXXX-07``, ``PAST_REF``, ``P3Y``) get none.
"""

from __future__ import annotations

import re
from datetime import date, timedelta
from functools import lru_cache

from timeline_app.core.model import Granularity, Interval

from .dates import add_months, iso_week_monday, season_bounds

__all__ = ["interval_of", "narrowed"]

_DAY = re.compile(r"(\d{4})-(\d\d)-(\d\d)(?:T.*)?")
_WEEK = re.compile(r"(\d{4})-W(\d\d)(-WE)?")
_MONTH = re.compile(r"(\d{4})-(\d\d)")
_SEASON = re.compile(r"(\d{4})-(SP|SU|FA|WI)")
_QUARTER = re.compile(r"(\d{4})-([QH])([1-4])")
_DIGITS = re.compile(r"\d{2,4}")


def _span(value: str) -> tuple[Granularity, date, date] | None:
    if m := _DAY.fullmatch(value):
        d = date(int(m[1]), int(m[2]), int(m[3]))
        return Granularity.DAY, d, d + timedelta(days=1)
    if m := _WEEK.fullmatch(value):
        monday = iso_week_monday(int(m[1]), int(m[2]))
        if m[3]:
            return Granularity.WEEK, monday + timedelta(days=5), monday + timedelta(days=7)
        return Granularity.WEEK, monday, monday + timedelta(days=7)
    if m := _MONTH.fullmatch(value):
        first = date(int(m[1]), int(m[2]), 1)
        return Granularity.MONTH, first, add_months(first, 1)
    if m := _SEASON.fullmatch(value):
        return Granularity.SEASON, *season_bounds(int(m[1]), m[2])
    if m := _QUARTER.fullmatch(value):
        months = 3 if m[2] == "Q" else 6
        first = date(int(m[1]), (int(m[3]) - 1) * months + 1, 1)
        # Halves have no granularity of their own; quarter is the nearest finer one.
        return Granularity.QUARTER, first, add_months(first, months)
    digits = len(value) if _DIGITS.fullmatch(value) else 0
    if digits == 4:
        y = int(value)
        return Granularity.YEAR, date(y, 1, 1), date(y + 1, 1, 1)
    if digits == 3:
        y = int(value) * 10
        return Granularity.DECADE, date(max(y, 1), 1, 1), date(y + 10, 1, 1)
    if digits == 2:
        y = int(value) * 100
        return Granularity.CENTURY, date(max(y, 1), 1, 1), date(y + 100, 1, 1)
    return None


def narrowed(begin: date, end: date, mod: str) -> tuple[date, date]:
    """The part of ``[begin, end)`` an early/mid/late modifier picks: a third of it.

    The thirds of a decade or century fall on year boundaries ("the early 1990s" is
    1990-1992), those of a year on month boundaries; shorter spans are cut by days.
    """
    days = (end - begin).days
    third = timedelta(days=max(days // 3, 1))
    first, last = begin + third, end - third
    if days >= 3650:
        first, last = _nearest_year(first), _nearest_year(last)
    elif days >= 365:
        first, last = _nearest_month(first), _nearest_month(last)
    if mod == "START":
        return begin, first
    if mod == "END":
        return last, end
    if mod == "MID":
        return first, last
    return begin, end


def _nearest_year(d: date) -> date:
    """The 1 January nearest ``d``."""
    here, after = date(d.year, 1, 1), date(d.year + 1, 1, 1)
    return here if d - here <= after - d else after


def _nearest_month(d: date) -> date:
    """The first of the month nearest ``d``."""
    here, after = d.replace(day=1), add_months(d.replace(day=1), 1)
    return here if d - here <= after - d else after


@lru_cache(maxsize=4096)
def interval_of(value: str, mod: str = "") -> tuple[Granularity | None, Interval | None]:
    """Granularity and interval for a TIMEX3 date value; (None, None) when not placeable.

    Cached: the articles of one story name the same days again and again.
    """
    try:
        span = _span(value)
    except (ValueError, OverflowError):  # 2023-02-30, week 53 of a 52-week year, past 9999
        return None, None
    if span is None:
        return None, None
    gran, begin, end = span
    if gran.rank >= Granularity.MONTH.rank and mod in ("START", "END", "MID"):
        begin, end = narrowed(begin, end, mod)
    open_ended = mod in ("BEFORE", "AFTER", "ON_OR_BEFORE", "ON_OR_AFTER")
    if open_ended and gran.rank >= Granularity.YEAR.rank:
        return gran, None  # "pre-1990": an open-ended span, not placeable as an interval
    return gran, Interval(begin, end)
