"""The year of a yearless dateline from a plan's year, the years told as past, and the lead's weekday.

"March 5 (Wire) - The operator said on Tuesday ... since 2016 ... would buy more standby power
in 2024": no full date to agree with (``datelines.infer_year`` then gives nothing), yet a year
named as a plan's ("would buy ... in 2024") is the year of writing or the next (a plan for a year
is told within it or the year before), and no year told as done ("since 2016", "fell in 2023")
is later than the day of writing. Of the years so left, the dateline's day must fall on the
weekday the lead names or one or two days after it (agencies report the day itself, the day
before, a weekend's happening on the Monday). Only when exactly one year is left is it the
year: each reading the lead's weekday allows is kept, so two years that fit either way ("said on
Tuesday" in a Tuesday's or a Wednesday's copy) give none. Years told only as past give none: a
mill "bought in 2016" may be written of any year after.
"""

from __future__ import annotations

import re
from datetime import date

from .dates import valid_date
from .tense import clause_tense, told

__all__ = ["bounded_year"]

_YEAR = re.compile(r"(?<![\d.,/-])(?:19|20)\d\d(?![\d/]|[.,-]\d)")
"""A year written alone ("in 2024", "since 2016"), not a part of a number or a date's digits."""
_IN = re.compile(r"\bin\s+(?:early\s+|late\s+)?\Z", re.IGNORECASE)
"""The word that sets a plan in a year ("in 2024", "in early 2025")."""
REPORT_DAYS = 2
"""A lead's weekday names the dateline's day or a day up to this many days before it."""


def bounded_year(text: str, lead: str, month: int, day: int) -> tuple[date, str] | None:
    """``(date, why)``: the one year the text's years, their tense and the lead's weekday allow.

    ``lead`` is the dateline's paragraph; it must name one weekday, not in a plan's clause
    ("the board will meet on Friday" tells no day of writing).
    """
    weekday = _lead_weekday(lead)
    if weekday is None:
        return None
    plans: list[int] = []
    lowest = 1900
    for match in _YEAR.finditer(text):
        year = int(match.group())
        tense = clause_tense(text, match.start())
        sentence = _sentence(text, match.start())
        if tense == "plan" and told(sentence) != "past" and _IN.search(text, max(0, match.start() - 16), match.start()):
            plans.append(year)  # ("would buy ... in 2024"; "by 2030" is a target, no plan's year)
        elif tense == "event" and told(sentence) != "future":  # ("since 2016")
            lowest = max(lowest, year)
    if not plans:
        return None
    years = {year for year in (min(plans) - 1, min(plans)) if year >= lowest}
    fitting = {
        year
        for year in years
        if (value := valid_date(year, month, day)) is not None
        and (value.weekday() - weekday) % 7 <= REPORT_DAYS
    }
    if len(fitting) != 1:
        return None
    (year,) = fitting
    why = "a plan's year, the years told as past and the weekday its lead names"
    return date(year, month, day), why


def _lead_weekday(lead: str) -> int | None:
    """The one weekday (0 = Monday) the lead names, outside a plan's clause, if it names one."""
    from .datelines import weekday_mentions

    found = weekday_mentions(lead)
    if len({day for _, day in found}) != 1:
        return None
    if any(clause_tense(lead, at) == "plan" for at, _ in found):
        return None
    return found[0][1]


def _sentence(text: str, at: int) -> str:
    start = max(text.rfind(". ", 0, at), text.rfind("\n", 0, at)) + 1
    ends = [end for end in (text.find(". ", at), text.find("\n", at)) if end >= 0]
    return text[start : min(ends, default=len(text))]
