"""Normalizers for periods: years, eras, decades, centuries, seasons, quarters and halves."""

from __future__ import annotations

from . import lexicon
from .dates import SEASON_START, quarter_of, season_of
from .norm_base import Norm, lookup, mod_of, month_num, spelled_year, story_year, two_digit_year
from .norm_story import bc_story_year
from .resolve import Ctx, year_for
from .tense import told_past

__all__ = ["ACTIONS"]

G = dict[str, str | None]


def _year(g: G, p: dict[str, str], ctx: Ctx) -> Norm | None:
    year = int(g["year"]) if g.get("year") else spelled_year(g.get("yearwords") or "")
    if year is None:
        return None
    mod = p.get("mod") or mod_of(g.get("mod"))
    half = (g.get("mod") or "").lower()
    if "half" in half:  # "the second half of 1989" is a half-year, not a modified year
        return Norm("DATE", f"{year:04d}-H{1 if 'first' in half else 2}", "", explicit_year=year)
    return Norm("DATE", f"{year:04d}", mod, explicit_year=year)


def _year_early(g: G, p: dict[str, str], ctx: Ctx) -> Norm | None:
    """A three-digit year ("in 985"), only in history: in news it is a count ("in 300 cities")."""
    if not ctx.narrative.narrative_mode or ctx.anchor is None:
        return None
    year = int(g["year"])
    return Norm("DATE", f"{year:04d}", "", explicit_year=year)


def _year_era(g: G, p: dict[str, str], ctx: Ctx) -> Norm | None:
    """Years with an era: "218 BC" -> BC0218 (TIMEX3), "AD 9" -> 0009."""
    era = (g.get("era") or p.get("era") or "AD").replace(".", "").upper()
    written = g.get("bc") or g.get("ad") or "0"
    year = int(written) if written.isdigit() else int(lexicon.number_value(written) or 0)
    if p.get("epoch") and year:  # a reign's years: "令和5年" (epoch=2018) is 2023
        year += int(p["epoch"])
    if year == 0:
        return None
    month = month_num(g.get("month"))
    tail = f"-{month:02d}" if month else ""  # "August 331 BC": BC0331-08
    if month and g.get("day"):  # "1 October 331 BC": BC0331-10-01
        tail += f"-{int(g['day']):02d}"
    elif g.get("season"):  # "the spring of 334 BC": BC0334-SP
        code = lookup("seasons", g["season"])
        tail = f"-{code}" if code else ""
    if era in ("BC", "BCE"):
        return Norm("DATE", f"BC{year:04d}{tail}")
    return Norm("DATE", f"{year:04d}{tail}", explicit_year=year)


def _decade(g: G, p: dict[str, str], ctx: Ctx) -> Norm | None:
    mod = mod_of(g.get("mod"))
    if g.get("cent"):
        value = f"{g['cent']}{g['dec']}"
    elif g.get("dec2") or g.get("dec3"):  # "the '90s", "the 90s"
        dec = int(g.get("dec2") or g["dec3"])
        a = ctx.anchor
        century = 20 if a is not None and dec <= 1 and 2000 + 10 * dec <= a.year else 19
        value = f"{century}{dec}"
    else:
        value = f"19{lookup('decades', g.get('decword'))}"
    return Norm("DATE", value, mod)


def _century(g: G, p: dict[str, str], ctx: Ctx) -> Norm | None:
    if g.get("croman"):  # "siglo XVII", "XIXe siècle"
        n = roman_value(g["croman"])
    else:
        n = int(g["cnum"]) if g.get("cnum") else int(lookup("ordinals", g.get("cord")) or 0)
    if not 1 <= n <= 21:
        return None
    bc = (g.get("era") or "").replace(".", "").upper() in ("BC", "BCE")
    return Norm("DATE", f"{'BC' if bc else ''}{n - 1:02d}", mod_of(g.get("mod")))


_ROMAN = {"i": 1, "v": 5, "x": 10, "l": 50, "c": 100}


def roman_value(numeral: str) -> int:
    """The value of a Roman numeral ("xvii" -> 17); 0 when it is not well formed."""
    values = [_ROMAN.get(ch, 0) for ch in numeral.lower()]
    if not values or 0 in values:
        return 0
    total = sum(-v if i + 1 < len(values) and v < values[i + 1] else v
                for i, v in enumerate(values))
    return total if _roman(total) == numeral.lower() else 0


def _roman(n: int) -> str:
    out = ""
    for value, digits in ((100, "c"), (90, "xc"), (50, "l"), (40, "xl"), (10, "x"), (9, "ix"),
                          (5, "v"), (4, "iv"), (1, "i")):
        while n >= value:
            out, n = out + digits, n - value
    return out


def _yyyy(year: int) -> str:
    """A year as TIMEX3 writes it in a season, quarter or half; outside 1..9999 unplaceable."""
    if not 1 <= year <= 9999:
        raise ValueError(f"year {year} outside the calendar")  # the tagger marks it unplaceable
    return f"{year:04d}"


_SEASON_ORDER = {"SP": 0, "SU": 1, "FA": 2, "WI": 3}


def _next_year(year: int, to: str) -> bool:
    """True when ``to`` ("43", "1943") names the year after ``year``: a season across two years.

    A winter runs from December into the next year, so "the winter of 1942/43" is 1942-WI.
    """
    return int(to) == (year + 1 if len(to) == 4 else (year + 1) % 100)


_BC_STEP = {"the following": 1, "the next": 1, "the previous": -1, "the preceding": -1}


def _season(g: G, p: dict[str, str], ctx: Ctx) -> Norm | None:
    code = lookup("seasons", g.get("season"))
    if code is None:
        return None
    mod = mod_of(g.get("mod"))
    if g.get("yy"):  # "the summer of '69"
        g = {**g, "year": str(two_digit_year(g["yy"], ctx.anchor))}
    if g.get("year") or g.get("yearwords"):
        year = int(g["year"]) if g.get("year") else spelled_year(g["yearwords"] or "")
        if year is None:
            return None
        span = None
        if g.get("yearto") and not _next_year(year, g["yearto"]):
            at = ctx.text.index(g["year"] or "", ctx.start)
            if ctx.text[at + 4:ctx.end].lower().endswith((g.get("season") or "").lower()):
                return None  # "the 1990-95 winter" is no one season
            span = (ctx.start, at + 4)  # "summer 1990-95": only "summer 1990" is
        return Norm("DATE", f"{_yyyy(year)}-{code}", mod, explicit_year=year, span=span)
    a = ctx.anchor
    yrel = {"last": -1, "this": 0, "next": 1}.get(p.get("yrel", ""))
    if yrel is not None and a is not None:  # "昨年の夏", "去年夏天": the season of the year named
        return Norm("DATE", f"{_yyyy(a.year + yrel)}-{code}", mod, "anchor", 0.8)
    bc = bc_story_year(ctx, _BC_STEP.get(" ".join((g.get("nrel") or "").lower().split()), 0))
    if bc is not None and not g.get("nyear"):  # "that spring", "the following spring" in 217 BC
        return Norm("DATE", f"{bc}-{code}", mod, "narrative", 0.6)
    if g.get("nyear"):  # "the autumn of that year", "the spring of the following year"
        near = ctx.narrative.fine_date_in_reach(ctx.start, reach=3)
        base = near[1] if near else a
        if base is None:
            return Norm("DATE", f"XXXX-{code}", mod, "unresolved", 0.3)
        year = story_year(base.year, g["nyear"])
        return Norm("DATE", f"{_yyyy(year)}-{code}", mod, "narrative" if near else "anchor", 0.6,
                    explicit_year=year if near else None)
    if g.get("nrel"):  # "that winter", "the following spring": after the last placed date
        near = ctx.narrative.fine_date_in_reach(ctx.start, reach=3)
        base = near[1] if near else a
        if base is None:
            return Norm("DATE", f"XXXX-{code}", mod, "unresolved", 0.3)
        nrel = " ".join(g["nrel"].lower().split())
        ref = "narrative" if near else "anchor"
        if nrel in ("that", "the same"):  # "In June 1941 ... that winter": the one of that year
            return Norm("DATE", f"{_yyyy(base.year)}-{code}", mod, ref, 0.6)
        y, c = season_of(base)
        cur = y * 4 + _SEASON_ORDER[c]
        cands = [yy * 4 + _SEASON_ORDER[code] for yy in range(base.year - 2, base.year + 3)]
        if nrel in ("the following", "the next"):
            idx = min(i for i in cands if i > cur)
        else:
            idx = max(i for i in cands if i < cur)
        # "The following spring ... On 22 April": the story moves on to that spring's year
        # (as "the following year" does); a winter, astride two years, moves nothing
        moves = ref == "narrative" and nrel in ("the following", "the next") and code != "WI"
        return Norm("DATE", f"{_yyyy(idx // 4)}-{code}", mod, ref, 0.6,
                    explicit_year=idx // 4 if moves else None)
    if p.get("yrel") and a is not None:  # "осенью прошлого года": the autumn of last year
        year = a.year + {"last": -1, "this": 0, "next": 1}[p["yrel"].lower()]
        return Norm("DATE", f"{_yyyy(year)}-{code}", mod, "anchor", 0.9)
    rel = " ".join((g.get("rel") or p.get("rel") or "").lower().split())  # p: other languages
    if rel and a is not None:
        y, c = season_of(a)
        cur = y * 4 + _SEASON_ORDER[c]
        cands = [yy * 4 + _SEASON_ORDER[code] for yy in range(a.year - 2, a.year + 2)]
        if rel in ("last", "past", "this past"):
            idx = max(i for i in cands if i < cur)
        elif rel in ("next", "coming", "this coming"):
            idx = min(i for i in cands if i > cur)
        else:
            # "this winter" said in summer, a tie: the coming one ("the last one" is "last
            # winter"), unless a past verb right before tells it as done ("ended this winter")
            ahead = not told_past(ctx.text, ctx.start) and ctx.tense != "past"  # "ordered
            # new units only this spring" said in November: the clause's past, not the next
            idx = min(cands, key=lambda i: (abs(i - cur), (i > cur) != ahead))
        return Norm("DATE", f"{_yyyy(idx // 4)}-{code}", mod, "anchor", 0.9)
    if rel:
        return Norm("DATE", f"XXXX-{code}", mod, "unresolved", 0.3)
    year, ref, conf = year_for(ctx, SEASON_START[code])
    return Norm("DATE", f"{_yyyy(year) if year is not None else 'XXXX'}-{code}", mod, ref, conf)


_QORD = {"first": 1, "second": 2, "third": 3, "fourth": 4, "1st": 1, "2nd": 2, "3rd": 3, "4th": 4}


def _quarter(g: G, p: dict[str, str], ctx: Ctx) -> Norm | None:
    """Quarters, financial style: "the third quarter", "Q3 2024", "the year-ago quarter"."""
    a = ctx.anchor
    if p.get("ctx") and g.get("yago") and ctx.text[ctx.start:ctx.end].lower().endswith("period"):
        month = ctx.narrative.month_in_reach(ctx.start)  # "sales in June ... the year-earlier
        if month is not None:  # period": that month a year before
            return Norm("DATE", f"{_yyyy(month.year - 1)}-{month.month:02d}", "", "narrative", 0.6)
    if p.get("ctx"):  # "the quarter", "the year-ago period", "the 1988 quarter"
        base = ctx.quarter_context()
        if base is not None and a is not None and g.get("yago") and \
                base[0] * 4 + base[1] > a.year * 4 + quarter_of(a):
            base = None  # "losses through the third quarter of 1990" is a forecast: the
            # results "the year-ago period" compares with are the last quarter reported
        if base is None and a is not None:
            idx = a.year * 4 + quarter_of(a) - 2
            base = (idx // 4, idx % 4 + 1)
        if base is None:
            return Norm("DATE", "XXXX-QX", "", "unresolved", 0.3)
        year = int(g["year"]) if g.get("year") else base[0] - (1 if g.get("yago") else 0)
        return Norm("DATE", f"{_yyyy(year)}-Q{base[1]}", "", "anchor", 0.6)
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
        return Norm("DATE", f"{_yyyy(idx // 4)}-Q{idx % 4 + 1}", "", "anchor", 0.8)
    q = int(g.get("qnum") or p.get("q") or 0) or _QORD.get((g.get("qord") or "").lower())
    if q is None:
        return None
    if g.get("year") or g.get("year2"):
        year = int(g.get("year") or g["year2"] or 0)
        return Norm("DATE", f"{_yyyy(year)}-Q{q}", "", explicit_year=year)
    if g.get("yy"):
        return Norm("DATE", f"{_yyyy(two_digit_year(g['yy'], a))}-Q{q}")
    if a is None:
        return Norm("DATE", f"XXXX-Q{q}", "", "unresolved", 0.3)
    yrel = g.get("yrel") or g.get("yrel2") or p.get("yrel")  # p: "지난해 3분기"
    if yrel:  # "this year's third quarter", "the first quarter of next year"
        year = a.year + {"last": -1, "this": 0, "next": 1}[yrel.lower()]
        return Norm("DATE", f"{_yyyy(year)}-Q{q}", "", "anchor", 0.95)
    if g.get("yago"):
        return Norm("DATE", f"{_yyyy(a.year - 1)}-Q{q}", "", "anchor", 0.8)
    past_year = ctx.narrative.year_in_reach(ctx.start)
    if past_year is not None and past_year < a.year:
        return Norm("DATE", f"{_yyyy(past_year)}-Q{q}", "", "narrative", 0.6)
    year = a.year - 1 if (ctx.tense == "past" and q > quarter_of(a)) else a.year
    if ctx.tense is None and ctx.prefer == "future" and q < quarter_of(a):
        year = a.year + 1  # "q1" typed in November: the coming one
    return Norm("DATE", f"{_yyyy(year)}-Q{q}", "", "anchor", 0.8)


def _same_month(g: G, p: dict[str, str], ctx: Ctx) -> Norm | None:
    """"the same month last year": the month told in this sentence (else the anchor's), shifted."""
    month = ctx.narrative.month_in_reach(ctx.start)
    ref = "narrative"
    if month is None:
        if ctx.anchor is None:
            return Norm("DATE", "XXXX-XX", "", "unresolved", 0.3)
        month, ref = ctx.anchor, "anchor"
    step = 1 if (g.get("rel") or "").lower() == "next" else -1
    return Norm("DATE", f"{_yyyy(month.year + step)}-{month.month:02d}", "", ref, 0.7)


def _half(g: G, p: dict[str, str], ctx: Ctx) -> Norm | None:
    first = (g.get("hord") or "").lower() in ("first", "1st")
    h = int(p["half"]) if p.get("half") else 1 if first else 2
    if g.get("hnum") or g.get("hnum2"):  # "H1 2024", "2H19"
        h = int(g.get("hnum") or g["hnum2"])
        if g.get("yy"):
            g = {**g, "year": str(two_digit_year(g["yy"], ctx.anchor))}
    a = ctx.anchor
    if g.get("year"):
        return Norm("DATE", f"{_yyyy(int(g['year']))}-H{h}", "", explicit_year=int(g["year"]))
    if a is None:
        return Norm("DATE", f"XXXX-H{h}", "", "unresolved", 0.3)
    near = ctx.narrative.fine_date_in_reach(ctx.start, reach=3) if g.get("theyear") else None
    if near is not None and ctx.narrative.narrative_mode:  # history: "the year" is the story's
        return Norm("DATE", f"{_yyyy(near[1].year)}-H{h}", "", "narrative", 0.6)
    yrel = g.get("yrel") or p.get("yrel") or ""  # p: a rule of another language ("올 상반기")
    year = a.year + {"last": -1, "next": 1}.get(yrel.lower(), 0)
    if not yrel and ctx.tense == "past" and h == 2 and a.month < 7:
        year -= 1  # "se mantuvo estable durante el segundo semestre" said in January: last year's
    return Norm("DATE", f"{_yyyy(year)}-H{h}", "", "anchor", 0.75)


def _year_apostrophe(g: G, p: dict[str, str], ctx: Ctx) -> Norm | None:
    """"in '98", "since '05": a year written with its century left out."""
    year = two_digit_year(g.get("yy") or "0", ctx.anchor)
    return Norm("DATE", f"{year:04d}", "", explicit_year=year)


def _year_short(g: G, p: dict[str, str], ctx: Ctx) -> Norm | None:
    """The "18" of "1914-18": a year in the century of the one before the dash."""
    first = ctx.text[ctx.start - 5:ctx.start - 1]
    before = ctx.text[max(0, ctx.start - 6):ctx.start - 5]
    if not first.isdigit() or (before and (before.isalnum() or before in "-/.,")):
        return None  # part of a code or phone number ("555-1234-56")
    year = int(first) // 100 * 100 + int(g.get("yy") or 0)
    if year <= int(first):
        year += 100  # "1999-01"
    if year - int(first) > 50:
        return None  # "1990-95" yes, "1990-60" is something else
    return Norm("DATE", f"{year:04d}", explicit_year=year)


ACTIONS = {
    "year_apostrophe": _year_apostrophe,
    "year_short": _year_short,
    "year": _year,
    "year_era": _year_era,
    "year_early": _year_early,
    "decade": _decade,
    "century": _century,
    "season": _season,
    "quarter": _quarter,
    "same_month": _same_month,
    "half": _half,
}
