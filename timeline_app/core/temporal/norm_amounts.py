"""Normalizers for amounts of time and times of day.

Durations ("for three years"), sets ("every week"), clock times ("7:15 p.m. EST") and vague
references ("recently").
"""

from __future__ import annotations

import re
from datetime import date, timedelta

from . import lexicon
from .cues import word_set
from .dates import at_unit, shift
from .norm_base import DEIXIS, Norm, lookup, titled_unit, unit_code
from .norm_dates import ACTIONS as DATES
from .resolve import Ctx, day_of_month_near

__all__ = ["ACTIONS", "duration", "duration_value"]

G = dict[str, str | None]


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


def _counts_on(text: str, end: int) -> bool:
    """True when an offset word (``offsets.txt``) follows: "comes a month after the vote"."""
    following = _NEXT_WORD.match(text, end)
    return following is not None and following.group(1).lower() in lexicon.table("offsets")


_NEXT_WORD = re.compile(r"\s+([^\W\d_]+)")


def duration(g: G, p: dict[str, str], ctx: Ctx) -> Norm | None:
    word = g.get("unit") or g.get("unit2") or g.get("unit3") or ""
    unit = unit_code(word) if word else p.get("unit")  # p: a word holding its unit ("사흘간")
    if unit is None or titled_unit(word):
        return None  # "24 Hours" in a title is not a duration
    num = g.get("num") or p.get("num")
    vague = g.get("vnum") or num == "X"
    n = None if vague else lexicon.number_value(num or "")
    if not vague and n is None:
        vague = True
    if n is not None and g.get("prehalf"):  # "two and a half years"
        n += 0.5
    if ((num or "").lower() in ("a", "an") and _SET_BEFORE.search(ctx.left())
            and not _counts_on(ctx.text, ctx.end)):
        return None  # "$2 million a year", "four flights a week": a rate, not a time
    after = ctx.text[ctx.end:ctx.end + 5]
    if (unit == "Q" and after.startswith(" of")) or (word.lower() == "second" and n == 1):
        return None  # "three-quarters of its food", "a second group"
    if re.match(r"-?old\b", after.strip()):
        return None  # ages: "a 52-year-old engineer"
    qmod = lookup("quantifiers", g.get("qmod")) or ""
    bare = ctx.text.startswith(num or "\0", ctx.start)  # not "in the past 2 weeks"
    if bare and n is not None and not qmod and _IN_BEFORE.search(ctx.left(8)) \
            and ctx.anchor is not None and ctx.tense in ("future", None) and n == int(n) \
            and unit not in _CLOCK_UNITS and not _CLAUSE_AFTER.match(ctx.text, ctx.end) \
            and not _record_before(ctx.left(80)):
        # "will reopen in 2 weeks", "in three days": that point after the anchor (TimeML);
        # "the second letter in two weeks" told in the past is a duration
        d = shift(ctx.anchor, unit, int(n))
        value, used = at_unit(d, unit)
        return Norm("DATE", value, "", "anchor", 0.8, placed=(d, used))
    value = duration_value(n, unit)
    if n is not None and (g.get("andhalf") or g.get("andquarter") or g.get("andnum")):
        value = _compound(n, unit, g) or value
    return Norm("DURATION", value, qmod, "absolute", 0.9)


_RANK = ("ML", "CE", "DE", "Y", "Q", "M", "2W", "W", "D", "TH", "TM", "TS")


def _compound(n: float, unit: str, g: G) -> str | None:
    """"an hour and 52 minutes" -> PT1H52M, "a year and a half" -> P1Y6M; None if not one."""
    if g.get("andhalf") or g.get("andquarter"):  # "dos horas y media", "una hora y cuarto"
        return duration_value(n + (0.5 if g.get("andhalf") else 0.25), unit)
    m = lexicon.number_value(g.get("andnum") or "")
    other = unit_code(g.get("andunit"))
    if m is None or other not in _RANK or unit not in _RANK or n != int(n) or m != int(m) \
            or _RANK.index(other) <= _RANK.index(unit):
        return None  # "30 minutes and 2 hours"
    (d1, _, t1), (d2, _, t2) = (v[1:].partition("T") for v in (
        duration_value(n, unit), duration_value(m, other)))
    return "P" + d1 + d2 + ("T" + t1 + t2 if t1 + t2 else "")


_IN_BEFORE = re.compile(r"\bin\s+$", re.IGNORECASE)
_CLOCK_UNITS = frozenset({"TH", "TM", "TS"})
# "in a quarter that produced a loss", "in a year or two": no point after the anchor
_CLAUSE_AFTER = re.compile(r"\s+(?:that|which|when|where|of|or)\b", re.IGNORECASE)


_CLAUSE_CUT = re.compile(r".*[.;:!?,]\s", re.DOTALL)


def _record_before(left: str) -> bool:
    """A record in the clause before "in N years" ("the first strike in 25 years"): a span."""
    cut = _CLAUSE_CUT.match(left)
    words = re.findall(r"[^\W\d_]+", (left[cut.end():] if cut else left).lower())
    return not word_set("record_before", lexicon.current()).isdisjoint(words)


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
        day = f"-{int(g['day']):02d}" if g.get("day") else ""  # "cada 23 de abril"
        return Norm("SET", f"XXXX-{m}{day}")
    if g.get("season"):  # "each winter"
        code = lookup("seasons", g["season"])
        return Norm("SET", f"XXXX-{code}") if code else None
    if g.get("part"):  # "every morning"
        part = lookup("parts_of_day", g["part"])
        return Norm("SET", f"XXXX-XX-XXT{part}") if part else None
    unit = unit_code(g.get("unit")) or p.get("unit")  # p: "ежегодно", "매년"
    if unit is None:
        return None
    n = lexicon.number_value(g.get("num") or "1") or 1
    if "other" in ctx.text[ctx.start:ctx.end].lower():
        n *= 2
    return Norm("SET", duration_value(n, unit))


def _clock(g: G, p: dict[str, str], ctx: Ctx) -> Norm | None:
    """Clock times ("7:15 p.m. EST", "noon Thursday"), on the date they name or the anchor."""
    noon = p.get("noon") or g.get("noon")  # a rule's noon=12|24: "à midi", "um Mitternacht"
    if noon:
        hh, mm = (int(p["noon"]), 0) if p.get("noon") else {
            "noon": (12, 0), "midday": (12, 0), "midnight": (24, 0)}[noon.lower()]
    else:
        raw = (g.get("hour") or g.get("hour24") or g.get("hour24b") or g.get("hourw")
               or g.get("hourc") or "0")
        hh = int(lexicon.number_value(raw) or 0)
        mm = int(g.get("minute") or g.get("minute24") or g.get("minute24b") or g.get("minutew")
                 or 0)
    if g.get("minw"):  # "half past five", "quarter to 3", "ten minutes to midnight"
        words = g["minw"].lower().split()
        minutes = 30 if "half" in words else 15 if "quarter" in words else (
            lexicon.number_value(" ".join(w for w in words if not w.startswith("minute"))))
        if minutes is None or not 0 < minutes < 60:
            return None
        if (g.get("rel") or "").lower() == "to":
            hh, mm = (hh - 1) % 24 if hh != 24 else 23, 60 - int(minutes)
        else:
            hh, mm = hh % 24, int(minutes)
    if not noon or g.get("minw"):
        ampm = (g.get("ampm") or "").lower()
        if ampm and g.get("hourto") and hh % 12 > int(g["hourto"]) % 12:
            ampm = "a" if ampm.startswith("p") else "p"  # "from 11 to 1pm": 11 a.m.
        evening = (g.get("inthe") or "").lower() in ("afternoon", "evening")
        # "오후 3시", "a las 3 de la tarde": the part of the day (a word list) says which half
        part = lookup("parts_of_day", g.get("part"))
        evening = evening or part in ("AF", "EV") or (part == "NI" and 6 <= hh < 12)
        if p.get("bare") and not ampm and part is None and 1 <= hh <= 7 and not g.get("minute"):
            hh += 12  # "tomorrow at 5": an hour of the working day ("at 7:45": as written)
        if ampm.startswith("p") or (evening and not ampm) or (p.get("pm") and hh < 12):
            # "tonight at 8"; "5am this evening" stays as written
            hh = hh % 12 + 12
        elif ampm.startswith("a") and hh == 12:
            hh = 0
        if hh > 24 or mm > 59:
            return None
    mod = "APPROX" if g.get("approx") else ""
    day = None
    ref, conf = "anchor", 0.8
    explicit = None
    if g.get("month") or g.get("month2"):
        n = DATES["date"]({**g, "day": g.get("day") or g.get("day2")}, p, ctx)
        if n is None:
            return None
        day, ref, conf, explicit = n.value, n.reference, n.confidence, n.explicit_year
    elif g.get("weekday") or g.get("weekday2"):
        n = DATES["weekday"]({"weekday": g.get("weekday") or g.get("weekday2"),
                              "rel": g.get("rel")}, p, ctx)  # "next monday at 9am"
        if n is None:
            return None
        day, ref, conf = n.value, n.reference, n.confidence
    elif g.get("dom") and (on := day_of_month_near(ctx, int(g["dom"]))) is not None:
        day = on.isoformat()  # "5pm on the 20th"
    elif (deixis := g.get("deixis") or p.get("deixis")) is None and (near := _story_day(ctx)):
        # "shot on Oct. 23 ... at 10 p.m.": the day the story is on
        day, ref, conf = near.isoformat(), "narrative", 0.6
        dates = ctx.narrative.dates
        if dates and ctx.narrative.sentence(dates[-1][0]) < ctx.narrative.sentence(ctx.start):
            # a day borrowed from a sentence before dates no event of this one: "spotted the
            # car at 6 a.m. ten days before the shooting" does not count from it
            ctx.narrative.note_defaulted(ctx.start)
    elif ctx.anchor is not None:
        shift_days = DEIXIS.get((deixis or "today").lower(), 0)  # a rule's deixis=yesterday
        if hh == 24 and deixis is None and ctx.tense == "past":
            shift_days = -1  # "walked off the job at midnight": the midnight just gone
        day = (ctx.anchor + timedelta(days=shift_days)).isoformat()
        if deixis is None:  # no day written: the page's by default, no date an event had
            ctx.narrative.note_defaulted(ctx.start)
    if day is None:
        return Norm("TIME", f"XXXX-XX-XXT{hh:02d}:{mm:02d}", mod, "unresolved", 0.3)
    placed = (date.fromisoformat(day), "D") if not day.startswith("X") else None
    return Norm("TIME", f"{day}T{hh:02d}:{mm:02d}", mod, ref, conf, placed=placed,
                explicit_year=explicit)  # "8:15 am on 6 August 1945" tells the story's year


def _story_day(ctx: Ctx) -> date | None:
    """The day a clock time without one is on: the date just told, if told to the day.

    Told in the past, the last day named two sentences back still holds, past a year or a
    month named since ("won on Sunday ... lost a year ago ... play began after 3 p.m."), and
    up to five sentences back a day before the page's ("a fire broke out last Tuesday ...
    At 9:40 p.m. the alarm sounded"), across the one-sentence paragraphs of news: the past
    narrative is still about that day.
    """
    near = ctx.narrative.date_in_reach(ctx.start)
    if ctx.tense == "past" and near is not None and ctx.anchor is not None \
            and near[1] > ctx.anchor and ctx.narrative.sentence(
                ctx.narrative.dates[-1][0]) < ctx.narrative.sentence(ctx.start):
        return None  # "... an election on June 8. Polls opened at 7 a.m.": not a day to come
    if ctx.tense == "future" and near is not None and ctx.anchor is not None \
            and near[1] < ctx.anchor and ctx.narrative.sentence(
                ctx.narrative.dates[-1][0]) < ctx.narrative.sentence(ctx.start):
        return None  # "... ended late Monday night. Polls close at 7 p.m.": not a day gone
    if near is not None and near[2] == "D":
        return _before_the_report(ctx) or near[1]
    if ctx.tense == "past" and (day := ctx.narrative.day_in_reach(ctx.start, 2)) is not None:
        return day[1]
    if ctx.tense == "past" and ctx.anchor is not None and (day := ctx.narrative.day_in_reach(
            ctx.start, STORY_DAY_REACH)) is not None and day[1] <= ctx.anchor:
        return day[1]
    return None


STORY_DAY_REACH = 5
"""How many sentences back a clock time told in the past finds the story's day."""


_REPORT_BEFORE = re.compile(r"([^\W\d_]+)\s+(?:([^\W\d_]+)\s+)?$")


def _before_the_report(ctx: Ctx) -> date | None:
    """The day before the one a report is dated by.

    "shook Tokyo late Sunday night, officials said Monday. The quake struck at 10:41 p.m." is
    Sunday's 10:41 p.m., not Monday's.
    """
    dates = ctx.narrative.dates
    if len(dates) < 2 or dates[-2][3] != "D" or ctx.tense != "past":
        return None
    pos = dates[-1][0]
    m = _REPORT_BEFORE.search(ctx.text, max(0, pos - 24), pos)
    if m is None:
        return None
    lang = lexicon.current()
    first, second = m.group(1).lower(), (m.group(2) or "").lower()
    verbs = word_set("reported", lang)
    if not (second in verbs or (first in verbs and (
            not second or second in word_set("reported_link", lang)))):
        return None  # "officials said Monday", "said on Monday"
    earlier = dates[-2][2]
    return earlier if earlier <= dates[-1][2] else None


def _vague(g: G, p: dict[str, str], ctx: Ctx) -> Norm | None:
    value = lookup("vague", g.get("vague")) if g.get("vague") else p.get("value")
    return Norm("DATE", value, "", "absolute", 0.5) if value else None


ACTIONS = {
    "duration": duration,
    "set": _set,
    "clock": _clock,
    "vague": _vague,
}
