"""Normalizers for calendar expressions: dates, weekdays, years, decades, seasons, quarters.

Each takes the rule's named groups, its parameters and the context, and returns a :class:`Norm`
(or None to reject the match). The reference date is only ever ``ctx.anchor``.
"""

from __future__ import annotations

import re
from datetime import date

from . import lexicon
from .dates import SEASON_START, holiday, quarter_of, season_of, weekday_near
from .norm_base import Norm, lookup, mod_of
from .resolve import Ctx, year_for

__all__ = ["ACTIONS"]

G = dict[str, str | None]


def _two_digit_year(yy: str, anchor: date | None) -> int:
    y = int(yy)
    pivot = (anchor.year % 100 + 10) if anchor else 30
    return 2000 + y if y <= pivot else 1900 + y


def _month_num(word: str | None) -> int | None:
    if word is None:
        return None
    if word.isdigit():
        return int(word)
    v = lookup("months", word.rstrip("."))
    return int(v) if v else None


def _date(g: G, p: dict[str, str], ctx: Ctx) -> Norm | None:
    """Month names with or without day and year ("Oct. 18, 2023", "in July", "last May")."""
    month = _month_num(g.get("month") or g.get("month2"))
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
    elif g.get("yrel") and ctx.anchor:
        year = ctx.anchor.year + {"last": -1, "this": 0, "next": 1}[g["yrel"].lower()]
        ref, conf = "anchor", 0.95
    elif g.get("rel") and ctx.anchor:
        rel = " ".join(g["rel"].lower().split())
        a = ctx.anchor
        if rel in ("last", "past", "this past"):
            year = a.year if month < a.month else a.year - 1
        elif rel in ("next", "coming", "this coming"):
            year = a.year if month > a.month else a.year + 1
        else:
            year = a.year
        ref, conf = "anchor", 0.9
    elif not g.get("rel"):
        year, ref, conf = year_for(ctx, month, day)
    ystr = f"{year:04d}" if year is not None else "XXXX"
    value = f"{ystr}-{month:02d}" + (f"-{day:02d}" if day else "")
    if day and year is not None:
        try:
            date(year, month, day)
        except ValueError:
            return None
    explicit = year if g.get("year") else None
    return Norm("DATE", value, mod, ref if year is not None else "unresolved", conf,
                explicit_year=explicit)


def _weekday(g: G, p: dict[str, str], ctx: Ctx) -> Norm | None:
    """Weekdays placed by tense: "arrived on Wednesday" looks back, "will meet Friday" ahead."""
    word = g.get("weekday") or ""
    wd = int(lookup("weekdays", word.rstrip(".").removesuffix("'s")) or 0)
    if not wd:
        return None
    part = lookup("parts_of_day", g.get("part"))
    mod = mod_of(g.get("mod"))
    rel = " ".join((g.get("rel") or "").lower().split())
    base, ref, conf = ctx.anchor, "anchor", 0.85
    near = ctx.narrative.date_in_reach(ctx.start, reach=2) if ctx.narrative.narrative_mode else None
    if near and near[2] == "D" and (base is None or (base - near[1]).days > 7):
        base, ref, conf = near[1], "narrative", 0.6
    if base is None:
        value = f"XXXX-WXX-{wd}"
        return Norm("TIME" if part else "DATE", value + (f"T{part}" if part else ""), mod,
                    "unresolved", 0.3)
    if rel in ("last", "this past", "the previous"):
        d = weekday_near(base, wd, "past", inclusive=False)
    elif rel in ("next", "the following"):
        d = weekday_near(base, wd, "future", inclusive=False)
    elif rel in ("this", "coming", "this coming"):
        d = weekday_near(base, wd, "future", inclusive=True)
    else:
        possessive = word.endswith("'s")  # "Wednesday's ruling": mostly already done
        if ctx.tense is None or possessive:
            conf = min(conf, 0.65)
        direction = ctx.prefer if possessive else ctx.direction
        if ref == "narrative":  # history moves on: "on 5 December ... on Sunday" is the 7th
            direction = "future"
        d = weekday_near(base, wd, direction, inclusive=True)
    value = d.isoformat() + (f"T{part}" if part else "")
    return Norm("TIME" if part else "DATE", value, mod, ref, conf, placed=(d, "D"))


def _spelled_year(words: str) -> int | None:
    t = " ".join(words.lower().replace("-", " ").split())
    if t.startswith("two thousand"):
        rest = t.removeprefix("two thousand").removeprefix(" and").strip()
        return 2000 + int(lexicon.number_value(rest) or 0) if rest else 2000
    m = re.fullmatch(r"nineteen (?:hundred (?:and )?)?(.+)", t)
    if m:
        tail = lexicon.number_value(m.group(1).replace(" ", "-"))
        return 1900 + int(tail) if tail is not None else None
    return None


def _year(g: G, p: dict[str, str], ctx: Ctx) -> Norm | None:
    year = int(g["year"]) if g.get("year") else _spelled_year(g.get("yearwords") or "")
    if year is None:
        return None
    mod = p.get("mod") or mod_of(g.get("mod"))
    half = (g.get("mod") or "").lower()
    if "half" in half:  # "the second half of 1989" is a half-year, not a modified year
        return Norm("DATE", f"{year:04d}-H{1 if 'first' in half else 2}", "", explicit_year=year)
    return Norm("DATE", f"{year:04d}", mod, explicit_year=year)


def _decade(g: G, p: dict[str, str], ctx: Ctx) -> Norm | None:
    mod = mod_of(g.get("mod"))
    if g.get("cent"):
        value = f"{g['cent']}{g['dec']}"
    elif g.get("dec2"):
        dec = int(g["dec2"])
        a = ctx.anchor
        century = 20 if a is not None and dec <= 1 and 2000 + 10 * dec <= a.year else 19
        value = f"{century}{dec}"
    else:
        value = f"19{lookup('decades', g.get('decword'))}"
    return Norm("DATE", value, mod)


def _century(g: G, p: dict[str, str], ctx: Ctx) -> Norm | None:
    n = int(g["cnum"]) if g.get("cnum") else int(lookup("ordinals", g.get("cord")) or 0)
    if not 1 <= n <= 21:
        return None
    return Norm("DATE", f"{n - 1:02d}", mod_of(g.get("mod")))


_SEASON_ORDER = {"SP": 0, "SU": 1, "FA": 2, "WI": 3}


def _season(g: G, p: dict[str, str], ctx: Ctx) -> Norm | None:
    code = lookup("seasons", g.get("season"))
    if code is None:
        return None
    mod = mod_of(g.get("mod"))
    if g.get("year") or g.get("yearwords"):
        year = int(g["year"]) if g.get("year") else _spelled_year(g["yearwords"] or "")
        if year is None:
            return None
        return Norm("DATE", f"{year}-{code}", mod, explicit_year=year)
    a = ctx.anchor
    if g.get("nrel"):  # "that winter", "the following spring": after the last placed date
        near = ctx.narrative.date_in_reach(ctx.start, reach=3)
        base = near[1] if near else a
        if base is None:
            return Norm("DATE", f"XXXX-{code}", mod, "unresolved", 0.3)
        nrel = " ".join(g["nrel"].lower().split())
        if nrel in ("that", "the same"):  # "In June 1941 ... that winter": the one of that year
            return Norm("DATE", f"{base.year}-{code}", mod, "narrative" if near else "anchor", 0.6)
        y, c = season_of(base)
        cur = y * 4 + _SEASON_ORDER[c]
        cands = [yy * 4 + _SEASON_ORDER[code] for yy in range(base.year - 2, base.year + 3)]
        if nrel in ("the following", "the next"):
            idx = min(i for i in cands if i > cur)
        else:
            idx = max(i for i in cands if i < cur)
        return Norm("DATE", f"{idx // 4}-{code}", mod, "narrative" if near else "anchor", 0.6)
    rel = " ".join((g.get("rel") or "").lower().split())
    if rel and a is not None:
        y, c = season_of(a)
        cur = y * 4 + _SEASON_ORDER[c]
        cands = [yy * 4 + _SEASON_ORDER[code] for yy in range(a.year - 2, a.year + 2)]
        if rel in ("last", "past", "this past"):
            idx = max(i for i in cands if i < cur)
        elif rel in ("next", "coming", "this coming"):
            idx = min(i for i in cands if i > cur)
        else:
            idx = min(cands, key=lambda i: (abs(i - cur), i > cur))
        return Norm("DATE", f"{idx // 4}-{code}", mod, "anchor", 0.9)
    if rel:
        return Norm("DATE", f"XXXX-{code}", mod, "unresolved", 0.3)
    year, ref, conf = year_for(ctx, SEASON_START[code])
    return Norm("DATE", f"{year if year is not None else 'XXXX'}-{code}", mod, ref, conf)


_QORD = {"first": 1, "second": 2, "third": 3, "fourth": 4, "1st": 1, "2nd": 2, "3rd": 3, "4th": 4}


def _quarter(g: G, p: dict[str, str], ctx: Ctx) -> Norm | None:
    """Quarters, financial style: "the third quarter", "Q3 2024", "the year-ago quarter"."""
    a = ctx.anchor
    if p.get("ctx"):  # "the quarter", "the year-ago period", "the 1988 quarter"
        base = ctx.quarter_context()
        if base is None and a is not None:
            idx = a.year * 4 + quarter_of(a) - 2
            base = (idx // 4, idx % 4 + 1)
        if base is None:
            return Norm("DATE", "XXXX-QX", "", "unresolved", 0.3)
        year = int(g["year"]) if g.get("year") else base[0] - (1 if g.get("yago") else 0)
        return Norm("DATE", f"{year}-Q{base[1]}", "", "anchor", 0.6)
    if g.get("qrel"):
        if a is None:
            return Norm("DATE", "XXXX-QX", "", "unresolved", 0.3)
        qrel = g["qrel"].lower()
        idx = a.year * 4 + quarter_of(a) - 1
        idx += {"current": 0, "this": 0, "next": 1}.get(qrel, -1)
        named = ctx.narrative.quarter_in_reach(ctx.start)
        if named is not None and qrel in ("same", "year-earlier", "year-ago"):
            idx = named[0] * 4 + named[1] - 1
        if qrel in ("year-earlier", "year-ago"):
            idx -= 4
        return Norm("DATE", f"{idx // 4}-Q{idx % 4 + 1}", "", "anchor", 0.8)
    q = int(g["qnum"]) if g.get("qnum") else _QORD.get((g.get("qord") or "").lower())
    if q is None:
        return None
    if g.get("year") or g.get("year2"):
        year = int(g.get("year") or g["year2"] or 0)
        return Norm("DATE", f"{year}-Q{q}", "", explicit_year=year)
    if g.get("yy"):
        return Norm("DATE", f"{_two_digit_year(g['yy'], a)}-Q{q}")
    if a is None:
        return Norm("DATE", f"XXXX-Q{q}", "", "unresolved", 0.3)
    if g.get("yrel"):
        year = a.year + {"last": -1, "this": 0, "next": 1}[g["yrel"].lower()]
        return Norm("DATE", f"{year}-Q{q}", "", "anchor", 0.95)
    if g.get("yago"):
        return Norm("DATE", f"{a.year - 1}-Q{q}", "", "anchor", 0.8)
    past_year = ctx.narrative.year_in_reach(ctx.start)
    if past_year is not None and past_year < a.year:
        return Norm("DATE", f"{past_year}-Q{q}", "", "narrative", 0.6)
    year = a.year - 1 if (ctx.tense == "past" and q > quarter_of(a)) else a.year
    return Norm("DATE", f"{year}-Q{q}", "", "anchor", 0.8)


def _half(g: G, p: dict[str, str], ctx: Ctx) -> Norm | None:
    h = 1 if (g.get("hord") or "").lower() == "first" else 2
    a = ctx.anchor
    if g.get("year"):
        return Norm("DATE", f"{g['year']}-H{h}", "", explicit_year=int(g["year"]))
    if a is None:
        return Norm("DATE", f"XXXX-H{h}", "", "unresolved", 0.3)
    year = a.year + {"last": -1, "next": 1}.get((g.get("yrel") or "").lower(), 0)
    return Norm("DATE", f"{year}-H{h}", "", "anchor", 0.75)


def _holiday(g: G, p: dict[str, str], ctx: Ctx) -> Norm | None:
    """Named days ("Thanksgiving Day", "last Christmas"), computed for the year they fall in."""
    rule = lookup("holidays", g.get("holiday"))
    if rule is None:
        return None
    a = ctx.anchor
    if g.get("year"):
        year = int(g["year"])
        return Norm("DATE", holiday(rule, year).isoformat(), explicit_year=year)
    rel = (g.get("rel") or "").lower()
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
    """"the week of March 6": the ISO week (or its weekend) holding that day."""
    day = _date(g, p, ctx)
    if day is None or day.value.startswith("X"):
        return day
    d = date.fromisoformat(day.value)
    y, w, _ = d.isocalendar()
    suffix = "-WE" if (g.get("wk") or "").lower() == "weekend" else ""
    return Norm("DATE", f"{y:04d}-W{w:02d}{suffix}", "", day.reference, day.confidence,
                explicit_year=day.explicit_year)


def _year_era(g: G, p: dict[str, str], ctx: Ctx) -> Norm | None:
    """Years with an era: "218 BC" -> BC0218 (TIMEX3), "AD 9" -> 0009."""
    era = (g.get("era") or "AD").replace(".", "").upper()
    year = int(g.get("bc") or g.get("ad") or 0)
    if year == 0:
        return None
    if era in ("BC", "BCE"):
        return Norm("DATE", f"BC{year:04d}")
    return Norm("DATE", f"{year:04d}", explicit_year=year)


def _month_narr(g: G, p: dict[str, str], ctx: Ctx) -> Norm | None:
    """"the following June", "that May": from the month the story is in."""
    month = _month_num(g.get("month"))
    if month is None:
        return None
    near = ctx.narrative.date_in_reach(ctx.start, reach=3)
    base = near[1] if near else ctx.anchor
    if base is None:
        return Norm("DATE", f"XXXX-{month:02d}", mod_of(g.get("mod")), "unresolved", 0.3)
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
    """"the morning of 6 June 1944": that day, at that part of it (a TIMEX3 TIME)."""
    day = _date({**g, "day": g.get("day") or g.get("day2")}, p, ctx)
    part = lookup("parts_of_day", g.get("part"))
    if day is None or part is None:
        return day
    return Norm("TIME", f"{day.value}T{part}", "", day.reference, day.confidence,
                explicit_year=day.explicit_year)


ACTIONS = {
    "part_of_date": _part_of_date,
    "year_era": _year_era,
    "month_narr": _month_narr,
    "week_of": _week_of,
    "holiday": _holiday,
    "date": _date,
    "weekday": _weekday,
    "year": _year,
    "decade": _decade,
    "century": _century,
    "season": _season,
    "quarter": _quarter,
    "half": _half,
}
