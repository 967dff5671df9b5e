"""The interval and granularity a TIMEX3 value denotes, for values a user types in by hand.

The tagger's own reading (:func:`.values.interval_of`) decides; this module adds the spellings
a user may type that the tagger never writes (``AU`` for autumn) and says clearly why a value
cannot be placed ("day is out of range for month", "not a placeable TIMEX3 date value").
"""

from __future__ import annotations

import re
from datetime import date

from timeline_app.core.errors import CorrectionError
from timeline_app.core.model import Granularity, Interval

from .values import interval_of as _tagger_interval_of

__all__ = ["interval_of_value"]

_AUTUMN = re.compile(r"^(\d{4})-AU$")  # TIMEX3 writes FA
_CALENDAR = re.compile(r"^(\d{4})(?:-(\d{2})(?:-(\d{2}))?|-W(\d{2}))?(?:T[\w:.+-]*)?$")


def interval_of_value(value: str) -> tuple[Interval, Granularity]:
    """``(interval, granularity)`` of a placeable TIMEX3 date value; CorrectionError otherwise.

    >>> interval_of_value("2023-09")[0].end
    datetime.date(2023, 10, 1)
    """
    v = _AUTUMN.sub(r"\1-FA", value.strip().upper())
    granularity, interval = _tagger_interval_of(v)
    if granularity is not None and interval is not None:
        return interval, granularity
    reason = _out_of_calendar(v)
    if reason is not None:
        raise CorrectionError(f"not a valid TIMEX3 date value: {value!r} ({reason})")
    raise CorrectionError(
        f"not a placeable TIMEX3 date value: {value!r} "
        "(use 2023-10-18, 2023-10, 2023-W42, 2024-SU, 2024-Q1, 1948, 194 or 19)"
    )


def _out_of_calendar(v: str) -> str | None:
    """Why a value shaped like a calendar date names none ("day is out of range for month")."""
    m = _CALENDAR.match(v)
    if m is None:
        return None
    year, month, day, week = (int(g) if g else None for g in m.groups())
    assert year is not None
    try:
        if month is not None and not 1 <= month <= 12:
            raise ValueError(f"month {month}")
        if week is not None:
            date.fromisocalendar(year, week, 1)
        else:
            date(year, month or 1, day or 1)
    except ValueError as exc:
        return str(exc)
    return "outside the calendar"  # its interval would end past 9999-12-31
