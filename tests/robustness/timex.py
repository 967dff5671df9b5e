"""A validator for TIMEX3 values (TimeML 1.2.1, ISO-TimeML), written from the specification.

DATE   ``2023``, ``2023-10``, ``2023-10-18``, ``2023-W42``, ``2023-W42-WE``, ``2023-SU``, ``2023-Q4``,
       ``2023-H1``, ``199`` (decade), ``19`` (century), with ``X`` for unknown digits
       (``XXXX-10-18``), ``BC`` years, and ``PAST_REF``/``PRESENT_REF``/``FUTURE_REF``.
TIME   a date with ``T`` and a clock time or part of day: ``2023-10-18T07:00``, ``2023-10-18TMO``.
DURATION ``P3Y``, ``P1.5M``, ``P2W``, ``P1DE``, ``PT30M``, ``PXY``...
SET    a duration (``P1W``) or a date with unknowns (``XXXX-WXX-1``).
"""

from __future__ import annotations

import re

__all__ = ["MODS", "is_timex_value"]

_Y = r"(?:BC)?(?:[0-9X]{4}|[0-9X]{3}|[0-9X]{2})"  # year, decade, century
_DATE = (
    rf"{_Y}"
    r"|(?:BC)?[0-9X]{4}-(?:"
    r"(?:0[1-9]|1[0-2]|XX)(?:-(?:0[1-9]|[12]\d|3[01]|XX))?"  # month, day
    r"|W(?:0[1-9]|[1-4]\d|5[0-3]|XX)(?:-(?:[1-7]|WE|X))?"  # week, weekday or weekend
    r"|(?:SP|SU|FA|WI)"  # season
    r"|Q[1-4X]|H[12X]"  # quarter, half
    r")"
)
_TIME_OF_DAY = (
    r"T(?:(?:[01]\d|2[0-4]|XX)(?::[0-5X][0-9X](?::[0-5X][0-9X](?:\.\d+)?)?)?|MO|MI|AF|EV|NI|DT)"
)
_ZONE = r"(?:Z|[+-](?:[01]\d|2[0-4])(?::?[0-5]\d)?)?"
_NUMBER = r"(?:\d+(?:\.\d+)?|X)"
_DURATION = (
    rf"P(?:(?:{_NUMBER}(?:Y|M|W|D|Q|DE|CE|ML|WE|H))+"  # H: half-year, as some taggers write
    rf"(?:T(?:{_NUMBER}(?:H|M|S))+)?"
    rf"|T(?:{_NUMBER}(?:H|M|S|MO|MI|AF|EV|NI|DT))+)"
)
_REF = r"PAST_REF|PRESENT_REF|FUTURE_REF"

_PATTERNS = {
    "DATE": re.compile(rf"(?:{_DATE}|{_REF})"),
    "TIME": re.compile(rf"(?:{_DATE}){_TIME_OF_DAY}{_ZONE}|{_TIME_OF_DAY}{_ZONE}|{_REF}"),
    "DURATION": re.compile(rf"{_DURATION}"),
    "SET": re.compile(rf"{_DURATION}|(?:{_DATE})(?:{_TIME_OF_DAY})?"),
}

MODS = frozenset(
    {
        "", "BEFORE", "AFTER", "ON_OR_BEFORE", "ON_OR_AFTER", "LESS_THAN", "MORE_THAN",
        "EQUAL_OR_LESS", "EQUAL_OR_MORE", "START", "MID", "END", "APPROX",
    }
)  # fmt: skip


def is_timex_value(value: str, timex_type: str) -> bool:
    pattern = _PATTERNS.get(str(timex_type))
    return bool(pattern and pattern.fullmatch(value))
