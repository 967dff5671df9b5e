"""The year of a yearless dateline from the years told as done and as planned, and a weekday.

"HARARE, Feb 12 (Wire) - The central bank said on Monday ... after inflation fell in 2023 ...
growth would reach 3.5 percent in 2024": no full date to agree with (``datelines.infer_year``
then gives nothing), yet a year told as done ("fell in 2023") is no later than the year of
writing, and a year set for a plan ("would reach ... in 2024") no earlier. When the two lie at
most a year apart they leave two years at most; of those, the dateline's day must fall on the
weekday the lead names or one or two days after it (agencies report the day itself, the day
before, a weekend's happening on the Monday). Only when exactly one year is left is it the year.

Each bound alone leaves the year open: a mill "bought in 2016" may be written of any year after,
a plan "in 2026" told two years ahead; with the nearest plan year taken as the year of writing or
the next, the weekday would pick a wrong year half the time such a plan lies further off.
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
IN_REACH = 16
SPAN_YEARS = 1
"""The years told as done and as planned bound the year of writing only this close together."""
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
        set_in = _IN.search(text, max(0, match.start() - IN_REACH), match.start())
        if tense == "plan" and told(sentence) != "past" and set_in:
            plans.append(year)  # ("would buy ... in 2024"; "by 2030" is a target, no plan's year)
        elif tense == "event" and told(sentence) != "future":  # ("since 2016")
            lowest = max(lowest, year)
    if not plans or not 0 <= min(plans) - lowest <= SPAN_YEARS:
        return None
    years = set(range(lowest, min(plans) + 1))
    fitting = {
        year
        for year in years
        if (value := valid_date(year, month, day)) is not None
        and (value.weekday() - weekday) % 7 <= REPORT_DAYS
    }
    if len(fitting) != 1:
        return None
    (year,) = fitting
    why = "the years the text tells as done and as planned, and the weekday its lead names"
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
