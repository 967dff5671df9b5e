"""Normalizers for named days: calendar dates, weekdays, holidays and their parts.

Each takes the rule's named groups, its parameters and the context, and returns a :class:`Norm`
(or None to reject the match). The reference date is only ever ``ctx.anchor``.
"""

from __future__ import annotations

import re
from dataclasses import replace
from datetime import date, timedelta
from functools import cache

from timeline_app.core.regex_needs import compile_fast

from . import lexicon
from .cues import alternation
from .dates import add_months, holiday, week_of_month, week_value, weekday_near
from .lexicon import number_value
from .norm_base import (
    Norm,
    lookup,
    mod_of,
    month_num,
    spelled_year,
    story_year,
    two_digit_year,
)
from .norm_story import bc_story_year
from .resolve import Ctx, year_for

__all__ = ["ACTIONS", "FULL_DATE", "LAST", "nth_of"]

G = dict[str, str | None]


def _date(g: G, p: dict[str, str], ctx: Ctx) -> Norm | None:
    """Month names with or without day and year ("Oct. 18, 2023", "in July", "last May")."""
    month = month_num(g.get("month") or g.get("month2"))
    if month is None:
        return None
    day: int | None = None
    if g.get("day"):
        day = int(g["day"])
    elif g.get("dayword") or g.get("dayword2"):
        day = int(lookup("ordinals", g.get("dayword") or g.get("dayword2")) or 0) or None
    mod = mod_of(g.get("mod")) or ("APPROX" if g.get("approx") else "")
    ref, conf, year = "absolute", 1.0, None
    if g.get("year"):
        year = int(g["year"])
    elif g.get("yy"):  # "11/24/81", "12-Nov-83"
        year = two_digit_year(g["yy"], ctx.anchor)
    elif (g.get("yrel") or p.get("yrel")) and ctx.anchor:  # p: a rule of another language
        year = ctx.anchor.year + {"last": -1, "this": 0, "next": 1}[
            (g.get("yrel") or p["yrel"]).lower()]
        ref, conf = "anchor", 0.95
    elif (g.get("rel") or p.get("rel")) and ctx.anchor:  # p: a rule of another language
        rel = " ".join((g.get("rel") or p["rel"]).lower().split())
        a = ctx.anchor
        if rel in ("last", "past", "this past"):
            # The month just gone is "last month"; "last February" said in March is a year back.
            gone = month < a.month - (1 if rel == "last" else 0)
            if day:  # "el pasado 28 de mayo": the last such day before the anchor
                gone = (month, day) < (a.month, a.day)
            year = a.year if gone else a.year - 1
        elif rel in ("next", "coming", "this coming"):
            ahead = (month, day) > (a.month, a.day) if day else month > a.month
            year = a.year if ahead else a.year + 1  # "el próximo 7 de junio" said on 12 June
        else:
            year = a.year
        ref, conf = "anchor", 0.9
    elif not (g.get("rel") or p.get("rel")):
        bc = bc_story_year(ctx)  # "in December" after "218 BC"
        if bc is not None:
            return Norm("DATE", f"{bc}-{month:02d}", mod, "narrative", 0.6)
        year, ref, conf = year_for(ctx, month, day)
    if year is not None and not 1 <= year <= 9999:
        raise ValueError(f"year {year} outside the calendar")  # the tagger marks it unplaceable
    ystr = f"{year:04d}" if year is not None else "XXXX"
    value = f"{ystr}-{month:02d}" + (f"-{day:02d}" if day else "")
    if day and year is not None:
        try:
            date(year, month, day)
        except ValueError:
            return None
    explicit = year if g.get("year") or g.get("yy") else None
    return Norm("DATE", value, mod, ref if year is not None else "unresolved", conf,
                explicit_year=explicit)


_PREVIOUS_WEEKDAY_REACH = 5
"""How many sentences back "the previous Friday" finds the day it counts from."""


def _weekday(g: G, p: dict[str, str], ctx: Ctx) -> Norm | None:
    """Weekdays placed by tense: "arrived on Wednesday" looks back, "will meet Friday" ahead."""
    word = g.get("weekday") or ""
    wd = int(lookup("weekdays", word.rstrip(".").removesuffix("'s")) or 0)
    if not wd:
        return None
    part = lookup("parts_of_day", g.get("part"))
    mod = mod_of(g.get("mod"))
    rel = " ".join((g.get("rel") or p.get("rel") or "").lower().split())  # p: other languages
    base, ref, conf = ctx.anchor, "anchor", 0.85
    near = ctx.narrative.date_in_reach(ctx.start, reach=2) if ctx.narrative.narrative_mode else None
    if near and not ctx.narrative.document_mode and _REPORTING.search(_sentence_of(ctx)):
        near = None  # history inside news, but "the director said Tuesday" is the news again
    if near and near[2] == "D" and (base is None or (base - near[1]).days > 7):
        base, ref, conf = near[1], "narrative", 0.6
    if base is None:
        value = f"XXXX-WXX-{wd}"
        return Norm("TIME" if part else "DATE", value + (f"T{part}" if part else ""), mod,
                    "unresolved", 0.3)
    if rel in ("the previous", "the following") and ref == "anchor":
        # "closed Friday ... down from the previous Friday": a week before that Friday; the
        # words point back to a day told, a few sentences back if need be
        told = ctx.narrative.day_in_reach(ctx.start, reach=_PREVIOUS_WEEKDAY_REACH)
        if told is not None:
            base, ref, conf = told[1], "narrative", 0.6
    week = (p.get("week") or "").lower()  # "Dienstag kommender Woche", "다음 주 수요일"
    if week in ("last", "this", "next") and ref == "anchor":
        shift = {"last": -7, "this": 0, "next": 7}[week]
        d = base - timedelta(days=base.isoweekday() - wd) + timedelta(days=shift)
    elif rel in ("last", "this past", "the previous"):
        d = weekday_near(base, wd, "past", inclusive=False)
    elif rel in ("next", "the following", "coming", "this coming"):
        d = weekday_near(base, wd, "future", inclusive=False)  # "this coming Tuesday" said
    elif rel == "this":  # on a Tuesday is next week's; "this Tuesday" may be today
        d = weekday_near(base, wd, "future", inclusive=True)
    else:
        possessive = (word.endswith("'s")  # "Wednesday's ruling": mostly already done
                      or ctx.text[ctx.end - 2:ctx.end].lower() in ("'s", "\u2019s"))
        if ctx.tense is None or possessive:
            conf = min(conf, 0.65)
        direction = _possessive_direction(ctx) if possessive else ctx.direction
        if ref == "narrative":  # history moves on: "on 5 December ... on Sunday" is the 7th
            direction = "future"
        d = weekday_near(base, wd, direction, inclusive=True)
    value = d.isoformat() + (f"T{part}" if part else "")
    return Norm("TIME" if part else "DATE", value, mod, ref, conf, placed=(d, "D"))


@cache
def _possessive_cues(lang: str) -> tuple[re.Pattern[str], re.Pattern[str]]:
    ahead, behind = alternation("possessive_ahead", lang), alternation("possessive_behind", lang)
    return (compile_fast(rf"\b(?:{ahead})\s+$", re.IGNORECASE),
            compile_fast(rf"\b(?:{behind})\s+$", re.IGNORECASE))


def _possessive_direction(ctx: Ctx) -> str:
    """"for Saturday's final" looks ahead, "after Tuesday's vote" back; else the default."""
    ahead, behind = _possessive_cues(lexicon.current())
    left = ctx.left(16)
    if ahead.search(left):
        return "future"
    return "past" if behind.search(left) else ctx.prefer


_REPORTING = compile_fast(r"\b(?:said|says|told|tells|announced|reported|officials?)\b",
                        re.IGNORECASE)


def _sentence_of(ctx: Ctx) -> str:
    """The sentence holding the expression."""
    starts = ctx.narrative.starts
    i = ctx.narrative.sentence(ctx.start)
    return ctx.text[starts[i]:starts[i + 1] if i + 1 < len(starts) else len(ctx.text)]


def _holiday(g: G, p: dict[str, str], ctx: Ctx) -> Norm | None:
    """Named days ("Thanksgiving Day", "last Christmas", "the day after Easter").

    Each is computed for the year it falls in; a day before or after it is counted from it.
    """
    day = _holiday_itself({**g, "year": g.get("year") or g.get("year2") or g.get("year3")}, p, ctx)
    if day is not None and p.get("unit") == "W" and FULL_DATE.fullmatch(day.value):
        d = date.fromisoformat(day.value)  # "Semana Santa": the week the named day is in
        return replace(day, value=week_value(d), placed=(d, "W"))
    if day is not None and p.get("unit") == "WE" and FULL_DATE.fullmatch(day.value):
        d = date.fromisoformat(day.value)  # "Easter weekend", "Labor Day weekend": the nearest
        d += timedelta(days=(6 - d.isoweekday() + 3) % 7 - 3)  # Saturday's weekend
        return replace(day, value=week_value(d) + "-WE", placed=(d, "W"))
    part = lookup("parts_of_day", g.get("part"))
    if day is not None and part and FULL_DATE.fullmatch(day.value):  # "Silvesternacht"
        return replace(day, type="TIME", value=f"{day.value}T{part}")
    direction = (g.get("dir") or p.get("dir") or "").lower()  # a rule may say "after" itself
    if day is None or not direction or not FULL_DATE.fullmatch(day.value):
        return day
    n = number_value(g["num"]) if g.get("num") else 1
    if n is None or n != int(n):
        return None
    days = int(n) * (7 if g.get("weeks") else 1)  # "a week before Thanksgiving"
    shift = timedelta(days=days if direction == "after" else -days)
    d = date.fromisoformat(day.value) + shift
    return replace(day, value=d.isoformat(), placed=(d, "D"))


FULL_DATE = re.compile(r"\d{4}-\d\d-\d\d")
_FIXED = re.compile(r"\d\d-\d\d")


def _holiday_itself(g: G, p: dict[str, str], ctx: Ctx) -> Norm | None:
    """The holiday a match names, with its year (written, relative or from the anchor)."""
    rule = lookup("holidays", g.get("holiday"))
    if rule is None:
        return None
    a = ctx.anchor
    if g.get("year"):
        year = int(g["year"])
        if year < 1583 and not _FIXED.fullmatch(rule):  # "Easter 912": a Julian-calendar
            return Norm("DATE", f"{year:04d}", explicit_year=year)  # feast, only its year
        return Norm("DATE", holiday(rule, year).isoformat(), explicit_year=year)
    if a is not None and p.get("yrel"):  # "지난해 추석": last year's, whatever the day
        year = a.year + {"last": -1, "this": 0, "next": 1}[p["yrel"].lower()]
        return Norm("DATE", holiday(rule, year).isoformat(), "", "anchor", 0.9)
    rel = (g.get("rel") or p.get("rel") or "").lower()
    if a is not None and rel:
        this_year = holiday(rule, a.year)
        if rel == "last":
            year = a.year if this_year < a else a.year - 1
        elif rel == "next":
            year = a.year if this_year > a else a.year + 1
        else:
            year = a.year
        return Norm("DATE", holiday(rule, year).isoformat(), "", "anchor", 0.9)
    approx = holiday(rule, a.year if a else 2001)
    year, ref, conf = year_for(ctx, approx.month, approx.day)
    if year is None:
        return Norm("DATE", f"XXXX-{approx.month:02d}-{approx.day:02d}", "", "unresolved", 0.3)
    return Norm("DATE", holiday(rule, year).isoformat(), "", ref, conf)


def _week_of(g: G, p: dict[str, str], ctx: Ctx) -> Norm | None:
    """"the week of March 6", "the weekend of 14-15 October": the ISO week (weekend) of that day."""
    day = _date({**g, "day": g.get("day") or g.get("dayfrom") or g.get("day2")}, p, ctx)
    if day is None or day.value.startswith("X"):
        return day
    d = date.fromisoformat(day.value)
    y, w, _ = d.isocalendar()
    suffix = "-WE" if (g.get("wk") or "").lower() == "weekend" else ""
    return Norm("DATE", f"{y:04d}-W{w:02d}{suffix}", "", day.reference, day.confidence,
                explicit_year=day.explicit_year)


LAST = frozenset({"last", "final"})


def nth_of(word: str) -> int:
    """The rank an ordinal names: "third" 3, "2nd" 2, "last" -1 (0 if none)."""
    if word in LAST:
        return -1
    return int(word[0]) if word[:1].isdigit() else int(lookup("ordinals", word) or 0)


def _week_of_month(g: G, p: dict[str, str], ctx: Ctx) -> Norm | None:
    """"the last week of June", "the first weekend of March 2020": that ISO week (or weekend)."""
    month = _date({**g, "day": None}, p, ctx)
    if month is None or month.value.startswith("X"):
        return month
    n = nth_of((g.get("nth") or "").lower())
    weekend = (g.get("wk") or "").lower() == "weekend"
    d = week_of_month(int(month.value[:4]), int(month.value[5:7]), n, weekend=weekend)
    if d is None:  # "the sixth week of June"
        return None
    return Norm("DATE", week_value(d) + ("-WE" if weekend else ""), "", month.reference,
                month.confidence, placed=(d, "W"), explicit_year=month.explicit_year)


def _month_narr(g: G, p: dict[str, str], ctx: Ctx) -> Norm | None:
    """"the following June", "that May", "June of that year": from the story's month."""
    month = month_num(g.get("month"))
    if month is None:
        return None
    bc = ctx.narrative.bc_date_in_reach(ctx.start)
    if bc is not None and not g.get("nyear"):  # "the following March" after "December 218 BC"
        nrel = " ".join((g.get("nrel") or "").lower().split())
        step = (nrel in ("the following", "the next") and (bc[1] is None or month <= bc[1])) - (
            nrel == "the previous" and (bc[1] is None or month >= bc[1]))
        value = bc_story_year(ctx, step)
        if value is not None:
            return Norm("DATE", f"{value}-{month:02d}", mod_of(g.get("mod")), "narrative", 0.6)
    near = ctx.narrative.fine_date_in_reach(ctx.start, reach=3)
    base = near[1] if near else ctx.anchor
    if base is None:
        return Norm("DATE", f"XXXX-{month:02d}", mod_of(g.get("mod")), "unresolved", 0.3)
    if g.get("nyear"):  # "June of that year", "12 June of the following year"
        year = story_year(base.year, g["nyear"])
        day = int(g.get("day") or g.get("day2") or 0)
        try:
            value = date(year, month, day).isoformat() if day else f"{year:04d}-{month:02d}"
        except ValueError:  # "31 June"
            return None
        placed = (date(year, month, day), "D") if day else None
        return Norm("DATE", value, mod_of(g.get("mod")), "narrative" if near else "anchor", 0.6,
                    explicit_year=year, placed=placed)
    nrel = " ".join((g.get("nrel") or "").lower().split())
    year = base.year
    whole_year = near is not None and near[2] == "Y"  # "in 1826 ... the following June": 1827
    if nrel in ("the following", "the next") and (whole_year or month <= base.month):
        year += 1
    elif nrel == "the previous" and (whole_year or month >= base.month):
        year -= 1
    return Norm("DATE", f"{year:04d}-{month:02d}", mod_of(g.get("mod")),
                "narrative" if near else "anchor", 0.6, explicit_year=year)


def _part_of_date(g: G, p: dict[str, str], ctx: Ctx) -> Norm | None:
    """"the morning of 6 June 1944": that day, at that part of it (a TIMEX3 TIME).

    A night across two dates ("the night of 16/17 September") is the evening's date.
    """
    first = g.get("dayfrom") or g.get("dayfrom2")
    last = g.get("day") or g.get("day2")
    if first and last and int(first) >= int(last):
        return None  # "the night of 17/16 September", a ratio or a score
    day = _date({**g, "day": first or last}, p, ctx)
    part = lookup("parts_of_day", g.get("part"))
    if day is None or part is None:
        return day
    return Norm("TIME", f"{day.value}T{part}", "", day.reference, day.confidence,
                explicit_year=day.explicit_year)


_RANGE_HEAD = re.compile(
    r"\b([A-Z][a-z]{2,8})\.?\s+(\d{1,2})(?:st|nd|rd|th)?(?:\s*[-\u2013]\s*|\s+and\s+)$")
_RANGE_TAIL = re.compile(r",?\s+((?:1\d|20)\d\d)\b")


def _day_range_end(g: G, p: dict[str, str], ctx: Ctx) -> Norm | None:
    """The second day of "Oct. 18-20" or "April 24 and 25": the month (and year) of the first."""
    head = _RANGE_HEAD.search(ctx.text, max(0, ctx.start - 20), ctx.start)
    if head is None or month_num(head.group(1)) is None:
        return None
    day = g.get("day") or g.get("day2")
    if day is None or int(day) <= int(head.group(2)):
        return None
    tail = _RANGE_TAIL.match(ctx.text, ctx.end)
    year = g.get("year") or (tail.group(1) if tail else None)
    return _date({"month": head.group(1), "day": day, "year": year}, p, ctx)


def _date_words(g: G, p: dict[str, str], ctx: Ctx) -> Norm | None:
    """A month with its year spelled out: "January nineteen ninety-seven"."""
    year = spelled_year(g.get("yearwords") or "")
    if year is None:
        return None
    return _date({**g, "year": str(year)}, p, ctx)


def _month_edge_day(g: G, p: dict[str, str], ctx: Ctx) -> Norm | None:
    """"the last day of February", "the first day of May 2020": that month's edge day."""
    month = _date({**g, "day": None}, p, ctx)
    if month is None or len(month.value) != 7 or not month.value[:4].isdigit():
        return month  # unplaced: the month as far as it is known
    first = date(int(month.value[:4]), int(month.value[5:]), 1)
    day = (add_months(first, 1) - timedelta(days=1)) if (g.get("edge") or "").lower() == "last" \
        else first
    return replace(month, value=day.isoformat(), placed=(day, "D"))


ACTIONS = {
    "month_edge_day": _month_edge_day,
    "date_words": _date_words,
    "day_range_end": _day_range_end,
    "date": _date,
    "weekday": _weekday,
    "holiday": _holiday,
    "week_of": _week_of,
    "week_of_month": _week_of_month,
    "month_narr": _month_narr,
    "part_of_date": _part_of_date,
}
