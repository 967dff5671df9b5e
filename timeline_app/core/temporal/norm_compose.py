"""Normalizers for composed days: ranges, weekdays counted in a month, days of a near month.

"August 20-22" and "Wednesday - Saturday" are one interval; "the last Friday of June",
"Tuesday the 14th", "the 5th of next month", "Thursday after next" are single days.
"""

from __future__ import annotations

from dataclasses import replace
from datetime import date, timedelta

from .dates import nth_weekday, weekday_near
from .norm_base import Norm, lookup, month_num
from .norm_dates import ACTIONS as DATES
from .norm_dates import FULL_DATE, nth_of
from .resolve import Ctx, weekday_day_near

__all__ = ["ACTIONS"]

G = dict[str, str | None]


def _date_range(g: G, p: dict[str, str], ctx: Ctx) -> Norm | None:
    """"August 20-22", "Oct. 18-20, 2023": the first day, its interval running to the last."""
    first = DATES["date"](g, p, ctx)
    last = int(g.get("dayto") or 0)
    if first is None or not FULL_DATE.fullmatch(first.value) or last <= int(g["day"] or 0):
        return None  # "20-18" is no range: the shorter rules read its parts
    try:
        end = date.fromisoformat(first.value).replace(day=last)
    except ValueError:  # "Feb. 27-30"
        return None
    return replace(first, until=end.isoformat())


def _month_range(g: G, p: dict[str, str], ctx: Ctx) -> Norm | None:
    """"jan-mar 2020", "january to march": the first month, its interval running to the last."""
    first = DATES["date"]({**g, "day": None}, p, ctx)
    last = month_num(g.get("month2"))
    if first is None or last is None or not first.value[:4].isdigit():
        return first
    year = int(first.value[:4]) + (1 if last < int(first.value[5:7]) else 0)  # "nov-feb"
    return replace(first, until=f"{year:04d}-{last:02d}")


def _weekday_range(g: G, p: dict[str, str], ctx: Ctx) -> Norm | None:
    """"Wednesday - Saturday": from the first day to the next of the second, told as one span.

    Placed like the first weekday; a span told as past ends no later than the anchor.
    """
    first = DATES["weekday"]({**g, "part": None}, p, ctx)
    wd2 = int(lookup("weekdays", g.get("weekday2")) or 0)
    if first is None or not wd2 or not FULL_DATE.fullmatch(first.value):
        return first
    wd1 = int(lookup("weekdays", g.get("weekday")) or 0)
    start = date.fromisoformat(first.value)
    end = start + timedelta(days=(wd2 - wd1) % 7 or 7)
    a = ctx.anchor
    if (first.reference == "anchor" and a is not None and end > a and ctx.direction == "past"
            and start <= a):
        start, end = start - timedelta(days=7), end - timedelta(days=7)
    return replace(first, value=start.isoformat(), until=end.isoformat(), placed=(start, "D"))


def _day_of_rel_month(g: G, p: dict[str, str], ctx: Ctx) -> Norm | None:
    """"the 5th of next month", "the 20th of last month": that day, counted from the anchor."""
    a, day = ctx.anchor, int(g.get("day") or lookup("ordinals", g.get("dayword")) or 0)
    if a is None:
        return Norm("DATE", f"XXXX-XX-{day:02d}", "", "unresolved", 0.3)
    rel = (g.get("rel") or p["rel"]).lower()  # p: a rule of another language ("다음 달 5일")
    index = a.year * 12 + a.month - 1 + {"last": -1, "this": 0, "next": 1}[rel]
    try:
        d = date(index // 12, index % 12 + 1, day)
    except ValueError:
        return None
    return Norm("DATE", d.isoformat(), "", "anchor", 0.9, placed=(d, "D"))


def _weekday_after_next(g: G, p: dict[str, str], ctx: Ctx) -> Norm | None:
    """"Thursday after next": a week after the next Thursday."""
    wd = int(lookup("weekdays", g.get("weekday")) or 0)
    if not wd:
        return None
    if ctx.anchor is None:
        return Norm("DATE", f"XXXX-WXX-{wd}", "", "unresolved", 0.3)
    d = weekday_near(ctx.anchor, wd, "future", inclusive=False) + timedelta(days=7)
    return Norm("DATE", d.isoformat(), "", "anchor", 0.85, placed=(d, "D"))


def _weekday_day(g: G, p: dict[str, str], ctx: Ctx) -> Norm | None:
    """"Tuesday the 14th": the 14th nearest the anchor that is a Tuesday."""
    wd = int(lookup("weekdays", g.get("weekday")) or 0)
    day = int(g.get("day") or 0)
    if not wd:
        return None
    d = weekday_day_near(ctx, wd, day)
    if d is None:
        return Norm("DATE", f"XXXX-XX-{day:02d}", "", "unresolved", 0.3)
    return Norm("DATE", d.isoformat(), "", "anchor", 0.8, placed=(d, "D"))


def _weekday_of_month(g: G, p: dict[str, str], ctx: Ctx) -> Norm | None:
    """"the last Friday of June", "the first Monday of next month": that day."""
    month = _rel_month(g.get("mrel"), ctx) if g.get("mrel") else DATES["date"](
        {**g, "day": None}, p, ctx)
    wd = int(lookup("weekdays", g.get("weekday")) or 0)
    if month is None or not wd:
        return None
    n = nth_of((g.get("nth") or "").lower())
    if month.value.startswith("X"):
        return Norm("DATE", "XXXX-XX-XX", "", "unresolved", 0.3)
    d = nth_weekday(int(month.value[:4]), int(month.value[5:7]), wd, n)
    if d is None:  # "the fifth Monday of February"
        return None
    return Norm("DATE", d.isoformat(), "", month.reference, month.confidence,
                placed=(d, "D"), explicit_year=month.explicit_year)


def _rel_month(rel: str, ctx: Ctx) -> Norm:
    """"next month", "this month", "last month" as a month value, from the anchor."""
    a = ctx.anchor
    if a is None:
        return Norm("DATE", "XXXX-XX", "", "unresolved", 0.3)
    index = a.year * 12 + a.month - 1 + {"last": -1, "this": 0, "the": 0}.get(
        rel.split()[-1].lower(), 1)  # "of the month": this one
    return Norm("DATE", f"{index // 12:04d}-{index % 12 + 1:02d}", "", "anchor", 0.9)


ACTIONS = {
    "date_range": _date_range,
    "month_range": _month_range,
    "weekday_range": _weekday_range,
    "day_of_rel_month": _day_of_rel_month,
    "weekday_after_next": _weekday_after_next,
    "weekday_day": _weekday_day,
    "weekday_of_month": _weekday_of_month,
}
