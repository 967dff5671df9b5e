"""Normalizers for relative and non-calendar expressions.

Deictics ("yesterday", "last week"), offsets ("three years ago", "a month later"), durations,
sets, clock times and vague references.
"""

from __future__ import annotations

import re
from datetime import date, timedelta

from . import lexicon
from .dates import quarter_of, shift, week_value
from .norm_base import Norm, lookup, mod_of, underspecified, unit_code
from .norm_calendar import ACTIONS as CALENDAR
from .resolve import Ctx

__all__ = ["ACTIONS"]

G = dict[str, str | None]

_DEIXIS = {"today": 0, "tonight": 0, "yesterday": -1, "tomorrow": 1, "this": 0, "last": -1,
           "overnight": -1, "the day before yesterday": -2, "the day after tomorrow": 2}
_REL = {"this": 0, "current": 0, "same": 0, "that": 0, "last": -1, "previous": -1, "prior": -1,
        "past": -1, "next": 1, "coming": 1, "following": 1}


def at_unit(d: date, unit: str) -> tuple[str, str]:
    """TIMEX3 value of ``d`` at the precision of ``unit``, and the precision actually used."""
    if unit in ("D", "TH", "TM", "TS"):
        return d.isoformat(), "D"
    if unit in ("W", "2W"):
        return week_value(d), "W"
    if unit == "WE":
        return week_value(d) + "-WE", "W"
    if unit == "M":
        return f"{d.year:04d}-{d.month:02d}", "M"
    if unit == "Q":
        return f"{d.year:04d}-Q{quarter_of(d)}", "Q"
    if unit == "CE":
        return f"{d.year // 100:02d}", "CE"
    return f"{d.year:04d}", "Y"


_PRECISION = ["D", "W", "M", "Q", "Y", "DE", "CE"]


def _coarser(a: str, b: str) -> str:
    ia = _PRECISION.index(a) if a in _PRECISION else 0
    ib = _PRECISION.index(b) if b in _PRECISION else 0
    return _PRECISION[max(ia, ib)]


def _title_case(word: str | None) -> bool:
    return bool(word) and word[:1].isupper() and not word.isupper()


def _deictic(g: G, p: dict[str, str], ctx: Ctx) -> Norm | None:
    word = " ".join((g.get("deixis") or g.get("deixis2") or p.get("deixis") or
                     ("tonight" if g.get("tonight") else "")).lower().split())
    if word not in _DEIXIS:
        return None
    if _title_case(g.get("deixis")) and not g.get("mod") and not ctx.at_sentence_start():
        return None  # "VOA Today", a programme title
    part = lookup("parts_of_day", g.get("part") or g.get("part2"))
    if word in ("tonight", "overnight"):
        part = "NI"
    if word == "last" and part != "NI":
        return None  # "last morning" is not an expression we place
    mod = mod_of(g.get("mod"))
    if (g.get("part") or g.get("part2") or "").lower().startswith("mid"):
        mod = "MID"
    n = _DEIXIS[word]
    typ = "TIME" if part else "DATE"
    if ctx.anchor is None:
        return Norm(typ, underspecified(n), mod, "unresolved", 0.3)
    d = ctx.anchor + timedelta(days=n)
    return Norm(typ, d.isoformat() + (f"T{part}" if part else ""), mod, "anchor", 0.95,
                placed=(d, "D"))


_COMPARED = re.compile(r"\b(?:compared|from|than|versus|corresponding|year-earlier)\b",
                       re.IGNORECASE)


_ENDED = re.compile(r"\s+(?:ended|ending)\b", re.IGNORECASE)


def _relunit(g: G, p: dict[str, str], ctx: Ctx) -> Norm | None:
    """this/last/next week, month, year, weekend, century; earlier this month."""
    if _title_case(g.get("unit")) and not ctx.at_sentence_start():
        return None  # "This Week" the television programme
    unit = unit_code(g.get("unit")) or p.get("unit", "")
    rel = " ".join((g.get("rel") or p.get("rel") or "this").lower().split())
    rel = rel.removeprefix("the ")
    n = int(p["n"]) if "n" in p else _REL.get(rel, 0)
    mod = p.get("mod") or mod_of(g.get("mod"))
    if p.get("n") == "0" and _ENDED.match(ctx.text[ctx.end:ctx.end + 12]):
        return Norm("DURATION", duration_value(1, unit), "", "absolute", 0.8)  # "the year ended"
    if ctx.anchor is None:
        return Norm("DATE", underspecified(n), mod, "unresolved", 0.3)
    if unit == "Y" and n == -1 and _COMPARED.search(ctx.left(60)):
        quarter = ctx.quarter_context()  # "up from $3 million last year": that quarter
        if quarter is not None:
            return Norm("DATE", f"{quarter[0] - 1}-Q{quarter[1]}", mod, "anchor", 0.6)
    d = shift(ctx.anchor, unit, n)
    if unit == "WE" and n == 0 and ctx.tense == "past" and ctx.anchor.isoweekday() < 6:
        d = ctx.anchor - timedelta(days=7)  # "over the weekend" in a weekday story: the last one
    value, prec = at_unit(d, unit)
    return Norm("DATE", value, mod, "anchor", 0.9, placed=(d, prec))


def _narrative(g: G, p: dict[str, str], ctx: Ctx) -> Norm | None:
    """"the following year", "that day", "the next morning": relative to the last placed date."""
    unit = unit_code(g.get("unit")) or ("D" if (g.get("unit") or "").lower() == "morning" else "")
    part = lookup("parts_of_day", g.get("part"))
    if part:  # "that night": the story's day, at night
        unit = "D"
    if not unit:
        return None
    rel = (g.get("rel") or p.get("rel") or "same").lower()
    n = _REL.get(rel, 0)
    near = ctx.narrative.date_in_reach(ctx.start, reach=3)
    if near is not None:
        _, base, prec = near
        ref, conf = "narrative", 0.6
    elif ctx.anchor is not None:
        base, prec, ref, conf = ctx.anchor, "D", "anchor", 0.4
    else:
        return Norm("DATE", underspecified(n), "", "unresolved", 0.3)
    if _coarser(prec, unit) != unit:  # "the next day" after "in 1948": not placeable
        return Norm("DATE", "XXXX-XX-XX", "", "unresolved", 0.3)
    d = shift(base, unit, n)
    value, used = at_unit(d, unit)
    part = "TMO" if (g.get("unit") or "").lower() == "morning" else (f"T{part}" if part else "")
    # "The following year" moves the story's year on: later bare months take it.
    return Norm("TIME" if part else "DATE", value + part, mod_of(g.get("mod")), ref, conf,
                placed=(d, used), explicit_year=d.year if ref == "narrative" else None)


_POINT_MOD = {  # a quantifier on "N units ago" qualifies the point (backward, forward)
    "APPROX": ("APPROX", "APPROX"), "MORE_THAN": ("BEFORE", "AFTER"),
    "LESS_THAN": ("AFTER", "BEFORE"), "EQUAL_OR_MORE": ("ON_OR_BEFORE", "ON_OR_AFTER"),
    "EQUAL_OR_LESS": ("ON_OR_AFTER", "ON_OR_BEFORE"),
}


def _ago(g: G, p: dict[str, str], ctx: Ctx) -> Norm | None:
    """"three years ago", "a year earlier", "a month after <a dated event>"."""
    unit = unit_code(g.get("unit") or (g.get("vnum") or "")) or p.get("unit")
    if unit is None:
        return None
    if (g.get("unit") or "x")[0].isupper() and ctx.start > 0:
        return None
    num = g.get("num") or p.get("num")
    n = None if g.get("vnum") else lexicon.number_value(num or "")
    direction = (g.get("dir") or g.get("dir2") or p.get("dir") or "ago").lower()
    sign = 1 if direction in ("later", "after", "from now", "hence") else -1
    qmod = lookup("quantifiers", g.get("qmod")) or ""
    mod = _POINT_MOD.get(qmod, ("", ""))[0 if sign < 0 else 1]
    if "or so" in ctx.text[ctx.start:ctx.end].lower():
        mod = "APPROX"
    base, prec, ref, conf = ctx.anchor, "D", "anchor", 0.9
    if direction in ("earlier", "later", "after", "before"):
        # "a year earlier", "a month after <the event just dated>" lean on the date told in
        # this or the previous sentence (further back in history text); with none, "two days
        # after <event>" is the duration between the two, as TimeML annotates it.
        reach = 3 if ctx.narrative.narrative_mode else 1
        near = ctx.narrative.date_in_reach(ctx.start, reach=reach)
        if (near is not None and direction in ("after", "before") and near[2] != "D"
                and not ctx.narrative.narrative_mode
                and ctx.narrative.date_in_reach(ctx.start, reach=0) is None):
            near = None  # a month or year told earlier is too loose to count days from
        if near is not None:
            _, base, prec = near
            ref, conf = "narrative", 0.6
        elif direction in ("after", "before"):
            return _duration(g, p, ctx)  # "two days after the vote" with no date to lean on
    if n is None:
        if ref == "narrative" and base is not None and ctx.narrative.narrative_mode:
            # "days after the blast": near it, roughly
            d = shift(base, unit, 3 * sign) if unit not in ("TH", "TM", "TS") else base
            value, used = at_unit(d, _coarser(prec, "Y" if unit in ("Y", "DE", "CE") else "M"))
            return Norm("DATE", value, "APPROX", ref, 0.4, placed=(d, used))
        return Norm("DATE", "PAST_REF" if sign < 0 else "FUTURE_REF", mod, ref, 0.5)
    if base is None:
        return Norm("DATE", underspecified(sign), mod, "unresolved", 0.3)
    k = round(n)
    year_back = unit == "Y" and k == 1 and sign < 0
    if year_back and ref == "anchor":  # "a year ago" in a quarterly report: that quarter
        quarter = ctx.quarter_context()
        if quarter is not None:
            return Norm("DATE", f"{quarter[0] - 1}-Q{quarter[1]}", mod, ref, 0.6)
    if year_back and ref == "narrative":  # "a year earlier" compares like with like
        d = shift(base, "Y", -1)
        value, used = at_unit(d, prec)
        return Norm("DATE", value, mod, ref, conf, placed=(d, used))
    if unit == "DE":
        unit, k = "Y", k * 10
    elif unit == "CE":
        unit, k = "Y", k * 100
    d = shift(base, unit, sign * k) if unit not in ("TH", "TM", "TS") else base
    value, used = at_unit(d, _coarser(prec, unit))
    return Norm("DATE", value, mod, ref, conf, placed=(d, used))


_SUB = {"Y": ("M", 12), "M": ("D", 30), "W": ("D", 7), "D": ("TH", 24), "TH": ("TM", 60),
        "TM": ("TS", 60), "Q": ("M", 3)}


def duration_value(n: float | None, unit: str) -> str:
    """TIMEX3 duration for ``n`` units (None = vague): P3Y, PT5H30M, P2Y6M, PXD."""
    if n is None:
        return f"PT X{unit[1]}".replace(" ", "") if unit.startswith("T") else f"PX{unit}"
    scale = {"DE": ("Y", 10), "CE": ("Y", 100), "ML": ("Y", 1000), "2W": ("W", 2),
             "WE": ("D", 2)}
    if unit in scale:
        unit, k = scale[unit]
        n *= k
    whole = int(n)
    parts = [(whole, unit)] if whole else []
    frac = n - whole
    if frac and unit in _SUB:
        sub, k = _SUB[unit]
        parts.append((round(frac * k), sub))
    date_part = "".join(f"{v}{u}" for v, u in parts if not u.startswith("T"))
    time_part = "".join(f"{v}{u[1]}" for v, u in parts if u.startswith("T"))
    return "P" + date_part + ("T" + time_part if time_part else "") if parts else "P0D"


_SET_BEFORE = re.compile(
    r"(?:once|twice|times|per|\d|%|million|billion|cents?|dollars?|"
    r"\b(?!(?:was|has|is|its|this|thus|always|perhaps|across|less|as|plus)\b)[a-z]{3,}s)\s+$",
    re.IGNORECASE,
)


def _duration(g: G, p: dict[str, str], ctx: Ctx) -> Norm | None:
    word = g.get("unit") or g.get("unit2") or ""
    unit = unit_code(word)
    if unit is None or (word[:1].isupper() and not word.isupper()):
        return None  # "24 Hours" in a title is not a duration
    num = g.get("num") or p.get("num")
    vague = g.get("vnum") or num == "X"
    n = None if vague else lexicon.number_value(num or "")
    if not vague and n is None:
        vague = True
    if (num or "").lower() in ("a", "an") and _SET_BEFORE.search(ctx.left()):
        return None  # "$2 million a year", "four flights a week": a rate, not a time
    after = ctx.text[ctx.end:ctx.end + 5]
    if (unit == "Q" and after.startswith(" of")) or (word.lower() == "second" and n == 1):
        return None  # "three-quarters of its food", "a second group"
    if re.match(r"-?old\b", after.strip()):
        return None  # ages: "a 52-year-old engineer"
    qmod = lookup("quantifiers", g.get("qmod")) or ""
    text = ctx.text[ctx.start:ctx.end]
    start = ctx.start
    if g.get("dir2"):  # "a month" of "a month after ...": the span stops before "after"
        text = text.rstrip()
    return Norm("DURATION", duration_value(n, unit), qmod, "absolute", 0.9,
                span=(start, start + len(text)))


_ADVERB = {"daily": "P1D", "nightly": "P1D", "weekly": "P1W", "biweekly": "P2W",
           "monthly": "P1M", "quarterly": "P1Q", "annually": "P1Y", "yearly": "P1Y",
           "semiannually": "P6M", "hourly": "PT1H"}


def _set(g: G, p: dict[str, str], ctx: Ctx) -> Norm | None:
    if g.get("adverb"):
        return Norm("SET", _ADVERB[g["adverb"].lower()])
    wd_word = g.get("weekday") or g.get("weekday3") or (g.get("weekdays") or "")[:-1] or None
    if wd_word:
        wd = lookup("weekdays", wd_word)
        part = lookup("parts_of_day", g.get("part") or g.get("partpl"))
        return Norm("SET", f"XXXX-WXX-{wd}" + (f"T{part}" if part else ""))
    if g.get("month"):
        m = lookup("months", g["month"])
        return Norm("SET", f"XXXX-{m}")
    unit = unit_code(g.get("unit"))
    if unit is None:
        return None
    n = lexicon.number_value(g.get("num") or "1") or 1
    if "other" in ctx.text[ctx.start:ctx.end].lower():
        n *= 2
    return Norm("SET", duration_value(n, unit))


def _clock(g: G, p: dict[str, str], ctx: Ctx) -> Norm | None:
    """Clock times ("7:15 p.m. EST", "noon Thursday"), on the date they name or the anchor."""
    if g.get("noon"):
        hh, mm = {"noon": (12, 0), "midday": (12, 0), "midnight": (24, 0)}[g["noon"].lower()]
    else:
        raw = g.get("hour") or g.get("hour24") or g.get("hour24b") or g.get("hourw") or "0"
        hh = int(lexicon.number_value(raw) or 0)
        mm = int(g.get("minute") or g.get("minute24") or g.get("minute24b") or 0)
        ampm = (g.get("ampm") or "").lower()
        if ampm.startswith("p") or (g.get("inthe") or "").lower() in ("afternoon", "evening"):
            hh = hh % 12 + 12
        elif ampm.startswith("a") and hh == 12:
            hh = 0
        if hh > 24 or mm > 59:
            return None
    mod = "APPROX" if g.get("approx") else ""
    day = None
    ref, conf = "anchor", 0.8
    if g.get("month") or g.get("month2"):
        n = CALENDAR["date"]({**g, "day": g.get("day") or g.get("day2")}, p, ctx)
        if n is None:
            return None
        day, ref, conf = n.value, n.reference, n.confidence
    elif g.get("weekday") or g.get("weekday2"):
        n = CALENDAR["weekday"]({"weekday": g.get("weekday") or g.get("weekday2")}, p, ctx)
        if n is None:
            return None
        day, ref, conf = n.value, n.reference, n.confidence
    elif g.get("deixis") is None and (near := ctx.narrative.date_in_reach(ctx.start)) and \
            near[2] == "D":  # "shot on Oct. 23 ... at 10 p.m.": the day the story is on
        day, ref, conf = near[1].isoformat(), "narrative", 0.6
    elif ctx.anchor is not None:
        shift_days = _DEIXIS.get((g.get("deixis") or "today").lower(), 0)
        day = (ctx.anchor + timedelta(days=shift_days)).isoformat()
    if day is None:
        return Norm("TIME", f"XXXX-XX-XXT{hh:02d}:{mm:02d}", mod, "unresolved", 0.3)
    placed = (date.fromisoformat(day), "D") if not day.startswith("X") else None
    return Norm("TIME", f"{day}T{hh:02d}:{mm:02d}", mod, ref, conf, placed=placed)


def _vague(g: G, p: dict[str, str], ctx: Ctx) -> Norm | None:
    value = lookup("vague", g.get("vague"))
    return Norm("DATE", value, "", "absolute", 0.5) if value else None


ACTIONS = {
    "deictic": _deictic,
    "relunit": _relunit,
    "narrative": _narrative,
    "ago": _ago,
    "duration": _duration,
    "set": _set,
    "clock": _clock,
    "vague": _vague,
}
