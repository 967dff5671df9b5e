"""Numeric dates: which of "4/5/2016" is the month, settled by the form, the text or the language.

"18/10/2023" and "10/18/2023" settle themselves, dots are day-first ("7.6.2019"), a weekday
beside the date that only one reading falls on settles it ("Friday, 3/5/24"), then the other
numeric dates of the text, then the language's ``calendar.txt`` (``numeric_order``), then the
language's stated policy for a text with no evidence (``numeric_unsettled``: English reads
month first, at a lower confidence). Where even that is silent, or the text's dates disagree,
only the year is told. ``docs/numeric-dates.md`` states the policy.
"""

from __future__ import annotations

import re
from dataclasses import replace
from datetime import date
from functools import lru_cache

from .norm_base import Norm, lookup, two_digit_year
from .norm_dates import ACTIONS as DATES
from .resolve import Ctx

__all__ = ["ACTIONS"]

G = dict[str, str | None]

POLICY_CONFIDENCE = 0.5
"""How sure a reading only the policy gives is (a settled one keeps its rule's confidence)."""


def _numeric(g: G, p: dict[str, str], ctx: Ctx) -> Norm | None:
    """"10/18/2023", "18/10/2023", "7.6.2019", "14-3-16", "on 3/17": which number is the month."""
    first, second = int(g["n1"] or 0), int(g["n2"] or 0)
    if _named(g):
        return None  # "since 9/11": an event's name
    order, policy = _order(first, second, g.get("sep") or "/", ctx.text)
    told = None
    if first != second and first <= 12 and second <= 12:
        told = _weekday_order(g, p, ctx, first, second)
        if told is not None:
            order, policy = told, False
    if order is not None and not told and _fraction_like(g, ctx, first, second):
        return None  # "cut costs by 1/3", "rose 5/8": a share, not a day
    if order is None:
        if not (g.get("year") or g.get("yy")):
            return None  # "on 4/5": nothing to tell
        year = int(g["year"]) if g.get("year") else two_digit_year(g["yy"] or "", ctx.anchor)
        return Norm("DATE", f"{year:04d}", "", "absolute", 0.4, explicit_year=year)
    norm = _reading(g, p, ctx, *((first, second) if order == "mdy" else (second, first)))
    if norm is not None and policy:
        return replace(norm, confidence=min(norm.confidence, POLICY_CONFIDENCE))
    return norm


FRACTION_DENOMINATORS = frozenset({2, 3, 4, 8})
"""The denominators of the shares news writes with a slash ("1/3", "3/4", "5/8" of a point)."""


def _fraction_like(g: G, ctx: Ctx, first: int, second: int) -> bool:
    """A year-less "1/3" in running text: as likely a share as a day, so not read as a date.

    A phrase typed alone ("3/4" in a date box) is a date, and so is one a weekday beside it
    settles ("Tue 3/4") or a word that only dates precede ("on 1/3", "until 3/8"); "7/4" (no
    share) is read.
    """
    if g.get("year") or g.get("yy") or g.get("alone") is not None:
        return False
    if not (first < second and second in FRACTION_DENOMINATORS):
        return False
    before = _WORD_BEFORE.search(ctx.text, max(0, ctx.start - 16), ctx.start)
    return not (before and before.group(1).lower() in _setting_words("numeric_date_only_before"))


_WORD_BEFORE = re.compile(r"([^\W\d_]+)\s+$")


def _setting_words(setting: str) -> frozenset[str]:
    """The words of a ``calendar.txt`` setting (space-separated)."""
    return frozenset((lookup("calendar", setting) or "").split())


def _reading(g: G, p: dict[str, str], ctx: Ctx, month: int, day: int) -> Norm | None:
    if not 1 <= month <= 12:
        return None
    parts = {"month": str(month), "day": str(day), "year": g.get("year"), "yy": g.get("yy")}
    return DATES["date"](parts, p, ctx)


def _weekday_order(g: G, p: dict[str, str], ctx: Ctx, first: int, second: int) -> str | None:
    """"mdy" or "dmy" when the weekday written beside the date falls on one reading only.

    Before it ("Friday, 3/5/24") or after it ("3/5 (Fri)", "3/5/24, Friday").
    """
    word = (g.get("weekday") or g.get("weekday2") or "").rstrip(".").lower()
    wd = int(lookup("weekdays", word) or 0) if word else 0
    if not wd:
        return None
    fits = [order for order, (month, day) in (("mdy", (first, second)), ("dmy", (second, first)))
            if _weekday_of(_reading(g, p, ctx, month, day)) == wd]
    return fits[0] if len(fits) == 1 else None


def _weekday_of(norm: Norm | None) -> int | None:
    """ISO weekday of a day-precise reading, None for anything else."""
    try:
        return date.fromisoformat(norm.value[:10]).isoweekday() if norm else None
    except ValueError:
        return None


def _order(first: int, second: int, sep: str, text: str) -> tuple[str | None, bool]:
    """"mdy", "dmy" or None for one numeric date, and whether only the policy said it."""
    if first > 12 or second > 12:
        return ("dmy" if first > 12 else "mdy"), False
    if sep == ".":
        return "dmy", False
    told = _text_order(text)
    if told == "mixed":
        return None, False  # the text writes both: nothing settles this one
    if told or _language_order():
        return told or _language_order(), False
    policy = lookup("calendar", "numeric_unsettled")
    return (policy, True) if policy in ("dmy", "mdy") else (None, False)


_NUMERIC = re.compile(r"(?<![\d/.-])(\d{1,2})([/-])(\d{1,2})\2(?:\d{4}|\d\d)(?![\d/])")


@lru_cache(maxsize=64)
def _text_order(text: str) -> str | None:
    """The order the text's unambiguous numeric dates use ("18/10/2023": dmy), "mixed" if both."""
    seen = set()
    for m in _NUMERIC.finditer(text):
        first, second = int(m[1]), int(m[3])
        if (first > 12) != (second > 12) and max(first, second) <= 31:
            seen.add("dmy" if first > 12 else "mdy")
    return "mixed" if len(seen) > 1 else (seen.pop() if seen else None)


def _language_order() -> str | None:
    order = lookup("calendar", "numeric_order")
    return order if order in ("dmy", "mdy") else None


def _named(g: G) -> bool:
    """A year-less numeric form the language uses as a name ("9/11"), not as a day."""
    if g.get("year") or g.get("yy"):
        return False
    form = f"{int(g['n1'] or 0)}{g.get('sep') or '/'}{int(g['n2'] or 0)}"
    return form in _setting_words("numeric_names")


ACTIONS = {"numeric": _numeric}
