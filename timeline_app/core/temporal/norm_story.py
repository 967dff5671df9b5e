"""Normalizers that lean on the story alone: "on the 18th", "the first day", years BC.

History text names a day of the month and lets the month come from the story; it counts years
before Christ downwards. None of these has a reading against the anchor.
"""

from __future__ import annotations

import re
from dataclasses import replace
from datetime import date

from . import event_anchor
from .norm_base import Norm, lookup
from .resolve import Ctx, day_of_month_near, month_day

__all__ = ["ACTIONS", "bc_shift", "bc_story_year"]

G = dict[str, str | None]


_MONTHS_IN = {"M": 1, "Q": 3, "Y": 12, "DE": 120, "CE": 1200}
_DAYS_IN = {"D": 1, "W": 7, "WE": 7, "2W": 14}


def bc_shift(ctx: Ctx, n: int, unit: str = "Y") -> Norm | None:
    """``n`` units from the latest date BC in reach, None when there is none.

    "the following year" after "49 BC" is BC0048 (no year 0: 1 BC is followed by AD 1); "two
    months later" after "August 331 BC" BC0331-10. Days and weeks are counted to the month
    when the date names one, else the year stays (a Python date cannot hold a day BC).
    """
    bc = ctx.narrative.bc_date_in_reach(ctx.start)
    if bc is None:
        return None
    year, month = bc
    if unit in _MONTHS_IN:
        months = n * _MONTHS_IN[unit]
    elif unit in _DAYS_IN:
        months = round(n * _DAYS_IN[unit] / 30.44)
    else:
        months = 0  # hours and minutes
    index = (1 - year) * 12 + (month or 1) - 1 + months  # astronomical year * 12 + month
    if month is None and unit not in ("Y", "DE", "CE"):
        index = (1 - year) * 12  # "ten days after 390 BC": still that year, as far as we know
    astronomical, new_month = index // 12, index % 12 + 1
    value = f"BC{1 - astronomical:04d}" if astronomical <= 0 else f"{astronomical:04d}"
    if month is not None and unit not in ("Y", "DE", "CE"):
        value += f"-{new_month:02d}"
    return Norm("DATE", value, "", "narrative", 0.6 if month or unit == "Y" else 0.4)


def bc_story_year(ctx: Ctx, step: int = 0) -> str | None:
    """The year BC the story is in ("BC0218"), ``step`` years on; None when it is in no year BC.

    "in December" after "218 BC" is December of that year, "the following spring" the spring
    of 217 BC: a month or season without a year takes the story's year, BC as AD.
    """
    bc = bc_shift(ctx, step, "Y")
    return bc.value if bc is not None and bc.value.startswith("BC") else None


def _first_day(g: G, p: dict[str, str], ctx: Ctx) -> Norm | None:
    """"on the first day of the war": the day the text dated the war.

    In history, else, the day the story is at; in news unplaced, hung on the event.
    """
    hook = event_anchor.hook(ctx.text, ctx.end)
    if hook is not None and (ctx.text[ctx.end:hook.lo].strip().lower() != "of"
                             or not (hook.determined or hook.noun)):
        hook = None  # "the first day of trading" names no event
    if hook is not None:
        if ctx.narrative.match_between(hook.lo, hook.hi):  # "of the 2018 talks"
            ctx.narrative.pending.append(event_anchor.Pending(ctx.start, 1, 0, "D", "",
                                                              hook.lo, hook.hi))
            return _unplaced(hook)
        known = ctx.narrative.events.get(hook.noun) if hook.noun else None
        if known is not None:
            value, day, used = event_anchor.place(known[0], known[1], 1, 0, "D")
            return Norm("DATE", value, "", "narrative", 0.6, placed=(day, used))
    if not ctx.narrative.narrative_mode:
        return _unplaced(hook) if hook is not None else None
    near = ctx.narrative.date_in_reach(ctx.start, reach=2)
    if near is None or near[2] != "D":
        return None
    return Norm("DATE", near[1].isoformat(), "", "narrative", 0.5, placed=(near[1], "D"))


def _unplaced(hook: event_anchor.Hook) -> Norm:
    return Norm("DATE", "XXXX-XX-XX", "", event_anchor.EVENT + hook.phrase, 0.3)


def _day_of_month(g: G, p: dict[str, str], ctx: Ctx) -> Norm | None:
    """A day of the month, with the part of the day that may follow it ("10일 오전": TIME)."""
    norm = _day_of_month_date(g, p, ctx)
    part = lookup("parts_of_day", g.get("part"))
    if norm is None or not part or not _FULL_DATE.fullmatch(norm.value):
        return norm
    return replace(norm, type="TIME", value=f"{norm.value}T{part}")


_FULL_DATE = re.compile(r"\d{4}-\d\d-\d\d")


def _day_of_month_date(g: G, p: dict[str, str], ctx: Ctx) -> Norm | None:
    """"on the 18th": that day of the month the story is in (the next month if already past).

    A rule's ``rel=last|next`` ("지난 5일", "오는 10일") takes the day at or before (after) the
    anchor, in its month or the one next to it; ``rel=tense`` does so as the clause's tense
    says ("외교부는 14일 밝혔다" is never a day to come), the nearest day when it says nothing.
    """
    day = int(g.get("day") or 0)
    rel = (p.get("rel") or "").lower()
    near = ctx.narrative.fine_date_in_reach(ctx.start, reach=3)
    tensed = {"past": "last", "future": "next"}.get(ctx.tense or "", "") if rel == "tense" else ""
    if rel == "tense":  # a date just before ("3월 5일부터 7일까지") still gives the month
        if near is not None and near[2] == "M" and not _same_sentence(ctx):
            near = None  # "폭염은 8월 중순까지 ... . 정부는 31일": no month of its sentence
        told = near is not None and near[2] in ("D", "W", "M")
        rel = "" if told else tensed
    if rel in ("last", "next") and ctx.anchor is not None:
        return _day_of_month_rel(ctx.anchor, day, rel == "next")
    if near is None or near[2] not in ("D", "W", "M"):
        here = day_of_month_near(ctx, day)  # "reopened on the 17th": the anchor's month
        if here is None:
            return None
        return Norm("DATE", here.isoformat(), "", "anchor", 0.6, placed=(here, "D"))
    base = near[1]
    year, month = base.year, base.month
    if near[2] == "D" and day < base.day:
        # "29일부터 3일까지": the next month's 3rd; "추석(29일) ... 28일부터": the day before it
        nxt = month_day(base, 1, day)
        if nxt is None or (nxt - base).days < base.day - day:
            year, month = (year + 1, 1) if month == 12 else (year, month + 1)
    a = ctx.anchor
    try:
        d = date(year, month, day)
    except ValueError:  # "6일까지 ... 30일": no 30 February; the day is the anchor's month's
        if a is None:
            return None
        if tensed:
            return _day_of_month_rel(a, day, tensed == "next")
        here = day_of_month_near(ctx, day)
        return None if here is None else Norm("DATE", here.isoformat(), "", "anchor", 0.6,
                                              placed=(here, "D"))
    if a is not None and tensed and (d > a if tensed == "last" else d < a):
        # "오는 25일 ... 16일 밝혔다": the month of a date told before, but never against the tense
        return _day_of_month_rel(a, day, tensed == "next")
    return Norm("DATE", d.isoformat(), "", "narrative", 0.6, placed=(d, "D"))


def _same_sentence(ctx: Ctx) -> bool:
    """Whether the latest date told lies in the sentence of the expression."""
    dates = ctx.narrative.dates
    return bool(dates) and ctx.narrative.sentence(dates[-1][0]) == ctx.narrative.sentence(ctx.start)


def _day_of_month_rel(anchor: date, day: int, ahead: bool) -> Norm | None:
    """The nearest day ``day`` of a month at or before (``ahead``: at or after) ``anchor``."""
    index = anchor.year * 12 + anchor.month - 1
    for shift in ((0, 1, 2) if ahead else (0, -1, -2)):  # a 31st may skip a short month
        try:
            d = date((index + shift) // 12, (index + shift) % 12 + 1, day)
        except ValueError:
            continue
        if (d >= anchor) if ahead else (d <= anchor):
            return Norm("DATE", d.isoformat(), "", "anchor", 0.85, placed=(d, "D"))
    return None


ACTIONS = {
    "first_day": _first_day,
    "day_of_month": _day_of_month,
}
