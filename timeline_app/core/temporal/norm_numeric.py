"""Numeric dates: which of "4/5/2016" is the month, settled by the form, the text or the language.

"18/10/2023" and "10/18/2023" settle themselves, dots are day-first ("7.6.2019"), the other
numeric dates of a text settle its ambiguous ones, else the language's ``calendar.txt``; an
English "4/5/2016" that nothing settles keeps only its year.
"""

from __future__ import annotations

import re
from functools import lru_cache

from .norm_base import Norm, lookup, two_digit_year
from .norm_dates import ACTIONS as DATES
from .resolve import Ctx

__all__ = ["ACTIONS"]

G = dict[str, str | None]


def _numeric(g: G, p: dict[str, str], ctx: Ctx) -> Norm | None:
    """"10/18/2023", "18/10/2023", "7.6.2019", "14-3-16", "on 3/17": which number is the month.

    A number over 12 settles it ("03.15.2024" too), else dots are day-first, else the other
    numeric dates of the text, else the language's convention (``calendar.txt``); when nothing
    does, only the year is told ("4/5/2016" in English is 2016).
    """
    first, second = int(g["n1"] or 0), int(g["n2"] or 0)
    order = _order(first, second, g.get("sep") or "/", ctx.text)
    if order is None:
        if not (g.get("year") or g.get("yy")):
            return None  # "on 4/5": nothing to tell
        year = int(g["year"]) if g.get("year") else two_digit_year(g["yy"] or "", ctx.anchor)
        return Norm("DATE", f"{year:04d}", "", "absolute", 0.4, explicit_year=year)
    month, day = (first, second) if order == "mdy" else (second, first)
    if not 1 <= month <= 12:
        return None
    parts = {"month": str(month), "day": str(day), "year": g.get("year"), "yy": g.get("yy")}
    return DATES["date"](parts, p, ctx)


def _order(first: int, second: int, sep: str, text: str) -> str | None:
    """"mdy" or "dmy" for one numeric date, None when nothing settles it."""
    if first > 12 or second > 12:
        return "dmy" if first > 12 else "mdy"
    if sep == ".":
        return "dmy"
    return _text_order(text) or _language_order()


_NUMERIC = re.compile(r"(?<![\d/.-])(\d{1,2})([/-])(\d{1,2})\2(?:\d{4}|\d\d)(?![\d/])")


@lru_cache(maxsize=64)
def _text_order(text: str) -> str | None:
    """The order the text's unambiguous numeric dates use ("18/10/2023": dmy), if one only."""
    seen = set()
    for m in _NUMERIC.finditer(text):
        first, second = int(m[1]), int(m[3])
        if (first > 12) != (second > 12) and max(first, second) <= 31:
            seen.add("dmy" if first > 12 else "mdy")
    return seen.pop() if len(seen) == 1 else None


def _language_order() -> str | None:
    order = lookup("calendar", "numeric_order")
    return order if order in ("dmy", "mdy") else None


ACTIONS = {"numeric": _numeric}
